"""Signatories of a joint statement: a sign-on sheet (CSV) read into rows to preview, then
merged into the submission's list (``model/signatories.py``)."""

from __future__ import annotations

from tccm_drafter.model.signatories import SignatoryMerge, merge_signatories
from tccm_drafter.storage.signatories_csv import CsvImport, read_signatories_csv

__all__ = ["CsvImport", "SignatoryMerge", "merge_signatories", "read_signatories_csv"]

"""The text of a PDF from outside (a call for input), read with pypdf, bounded, one line.

pypdf reports what it repairs in a damaged file through the ``logging`` module and, for some
things, ``warnings``; with no handler of the app's, Python prints each one to standard error
(up to ten lines for one malformed file), so they are collected here while a file is read:
a file that cannot be read gets one line, and the first of them when pypdf itself gives no
reason. Encrypted PDFs are refused in one line, whatever the method: pypdf needs a separate
cryptography package for AES (its absence is a ``DependencyError`` from deep inside the
reader), and the app does not carry one for this; printing or saving the call as a PDF without
protection takes a moment.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted

if TYPE_CHECKING:
    from pypdf import PageObject

_UNPROTECT = "save or print an unprotected copy and choose that"


class _Collect(logging.Handler):
    def __init__(self, notes: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.notes = notes

    def emit(self, record: logging.LogRecord) -> None:
        self.notes.append(record.getMessage())


@contextlib.contextmanager
def collected_warnings(notes: list[str], logger_name: str = "pypdf") -> Iterator[None]:
    """While the block runs, what the library logs or warns goes to ``notes``, not stderr."""
    logger = logging.getLogger(logger_name)
    handler = _Collect(notes)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
        notes.extend(str(item.message) for item in caught)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def pdf_text(
    data: bytes,
    path: Path,
    *,
    max_pages: int,
    max_chars: int,
    page_text: Callable[[PageObject], str] | None = None,
) -> str:
    """The text of the PDF's pages (at most ``max_chars``); InputError naming ``path``.
    ``page_text`` reads one page (default: pypdf's plain extraction)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    notes: list[str] = []
    pages: list[str] = []
    try:
        with collected_warnings(notes):
            try:
                reader = PdfReader(io.BytesIO(data), strict=False)
            except DependencyError:
                raise InputError(
                    f"the PDF is encrypted (AES), which the app does not read; {_UNPROTECT}",
                    path=path,
                ) from None
            if reader.is_encrypted:
                raise InputError(
                    f"the PDF is encrypted ({_method(reader)}), which the app does not read; "
                    f"{_UNPROTECT}",
                    path=path,
                )
            if len(reader.pages) > max_pages:
                raise InputError(
                    f"the PDF has {counted(len(reader.pages), 'page')}; at most {max_pages} "
                    "are read",
                    path=path,
                )
            size = 0
            for page in reader.pages:
                text = page_text(page) if page_text else page.extract_text() or ""
                size += len(text)
                if size > max_chars:
                    break
                pages.append(text)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        reason = str(exc).strip() or (notes[0] if notes else "damaged")
        raise InputError(f"not a PDF that can be read ({_short(reason)})", path=path) from None
    return "\n\n".join(pages)


def _method(reader: object) -> str:
    """RC4, AES-128 or AES-256, as far as the encryption dictionary says."""
    try:
        encrypt = reader.trailer["/Encrypt"].get_object()  # type: ignore[attr-defined]
        version = int(encrypt.get("/V", 0))
    except (KeyError, TypeError, ValueError, AttributeError):
        return "unknown method"
    return {5: "AES-256", 4: "AES-128 or RC4"}.get(version, "RC4")


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 200 else line[:199] + "…"

"""Dialogs of the desktop app. They hold no drafting logic: they collect input and call the core.

Each dialog is imported when first used (``from tccm_drafter.gui.dialogs import X`` still
works): the window's first frame needs none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tccm_drafter.gui.dialogs.consultation import ConsultationDialog as ConsultationDialog
    from tccm_drafter.gui.dialogs.copy_section import CopySectionDialog as CopySectionDialog
    from tccm_drafter.gui.dialogs.diff import DiffDialog as DiffDialog
    from tccm_drafter.gui.dialogs.diff import SourceChangeDialog as SourceChangeDialog
    from tccm_drafter.gui.dialogs.diff import TextDiffDialog as TextDiffDialog
    from tccm_drafter.gui.dialogs.export import ExportDialog as ExportDialog
    from tccm_drafter.gui.dialogs.paragraph_editor import (
        ParagraphEditorDialog as ParagraphEditorDialog,
    )
    from tccm_drafter.gui.dialogs.paste_questions import (
        PasteQuestionsDialog as PasteQuestionsDialog,
    )
    from tccm_drafter.gui.dialogs.preflight import PreflightPanel as PreflightPanel
    from tccm_drafter.gui.dialogs.profile import ProfileDialog as ProfileDialog
    from tccm_drafter.gui.dialogs.retire import RetireDialog as RetireDialog
    from tccm_drafter.gui.dialogs.section import SectionDialog as SectionDialog
    from tccm_drafter.gui.dialogs.signatories import SignatoriesDialog as SignatoriesDialog
    from tccm_drafter.gui.dialogs.signatories import SignatoryDialog as SignatoryDialog
    from tccm_drafter.gui.dialogs.template import TemplateDialog as TemplateDialog

_WHERE = {
    "ConsultationDialog": "tccm_drafter.gui.dialogs.consultation",
    "CopySectionDialog": "tccm_drafter.gui.dialogs.copy_section",
    "DiffDialog": "tccm_drafter.gui.dialogs.diff",
    "ExportDialog": "tccm_drafter.gui.dialogs.export",
    "ParagraphEditorDialog": "tccm_drafter.gui.dialogs.paragraph_editor",
    "PasteQuestionsDialog": "tccm_drafter.gui.dialogs.paste_questions",
    "PreflightPanel": "tccm_drafter.gui.dialogs.preflight",
    "ProfileDialog": "tccm_drafter.gui.dialogs.profile",
    "RetireDialog": "tccm_drafter.gui.dialogs.retire",
    "SectionDialog": "tccm_drafter.gui.dialogs.section",
    "SignatoriesDialog": "tccm_drafter.gui.dialogs.signatories",
    "SignatoryDialog": "tccm_drafter.gui.dialogs.signatories",
    "SourceChangeDialog": "tccm_drafter.gui.dialogs.diff",
    "TemplateDialog": "tccm_drafter.gui.dialogs.template",
    "TextDiffDialog": "tccm_drafter.gui.dialogs.diff",
}


def __getattr__(name: str) -> type[QWidget]:
    """A dialog's (or panel's) class, imported on first use. The type checker takes each
    name from the imports above; this type is what the lookup itself gives."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    found: object = getattr(importlib.import_module(module), name)
    if not (isinstance(found, type) and issubclass(found, QWidget)):
        raise AttributeError(f"{module}.{name} is not a widget class")
    return found

"""Dialogs of the desktop app. They hold no drafting logic: they collect input and call the core."""

from tccm_drafter.gui.dialogs.about import show_about
from tccm_drafter.gui.dialogs.consultation import ConsultationDialog
from tccm_drafter.gui.dialogs.copy_section import CopySectionDialog
from tccm_drafter.gui.dialogs.diff import DiffDialog, SourceChangeDialog, TextDiffDialog
from tccm_drafter.gui.dialogs.export import ExportDialog
from tccm_drafter.gui.dialogs.paragraph_editor import ParagraphEditorDialog
from tccm_drafter.gui.dialogs.paste_questions import PasteQuestionsDialog
from tccm_drafter.gui.dialogs.preflight import PreflightPanel
from tccm_drafter.gui.dialogs.profile import ProfileDialog
from tccm_drafter.gui.dialogs.retire import RetireDialog
from tccm_drafter.gui.dialogs.section import SectionDialog
from tccm_drafter.gui.dialogs.signatories import SignatoriesDialog, SignatoryDialog
from tccm_drafter.gui.dialogs.template import TemplateDialog

__all__ = [
    "ConsultationDialog",
    "CopySectionDialog",
    "DiffDialog",
    "ExportDialog",
    "ParagraphEditorDialog",
    "PasteQuestionsDialog",
    "PreflightPanel",
    "ProfileDialog",
    "RetireDialog",
    "SectionDialog",
    "SignatoriesDialog",
    "SignatoryDialog",
    "SourceChangeDialog",
    "TemplateDialog",
    "TextDiffDialog",
    "show_about",
]

"""The names of the core's edits, for the Undo menu in the user's language.

The application layer (``tccm_drafter.app``) names each edit in English ("Move Paragraph");
``gui/commands.py`` translates the name with the context "Edit" when it shows it. This list is
how ``pyside6-lupdate`` finds those names (``tools/translations.py update``);
``tests/test_gui_edit_labels.py`` fails when an edit's label is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EDIT_LABELS = (
    QT_TRANSLATE_NOOP("Edit", "Add Closing"),
    QT_TRANSLATE_NOOP("Edit", "Add Introduction"),
    QT_TRANSLATE_NOOP("Edit", "Add Section"),
    QT_TRANSLATE_NOOP("Edit", "Add Sections from Questions"),
    QT_TRANSLATE_NOOP("Edit", "Change Consultation Details"),
    QT_TRANSLATE_NOOP("Edit", "Change Organisation"),
    QT_TRANSLATE_NOOP("Edit", "Change Signatories"),
    QT_TRANSLATE_NOOP("Edit", "Change Status"),
    QT_TRANSLATE_NOOP("Edit", "Change Submission Details"),
    QT_TRANSLATE_NOOP("Edit", "Change Template"),
    QT_TRANSLATE_NOOP("Edit", "Change Title"),
    QT_TRANSLATE_NOOP("Edit", "Draft from Library"),
    QT_TRANSLATE_NOOP("Edit", "Duplicate Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Edit Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Edit Section"),
    QT_TRANSLATE_NOOP("Edit", "Edit Text"),
    QT_TRANSLATE_NOOP("Edit", "Import Bundle"),
    QT_TRANSLATE_NOOP("Edit", "Import Review"),
    QT_TRANSLATE_NOOP("Edit", "Insert Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Insert Paragraphs"),
    QT_TRANSLATE_NOOP("Edit", "Insert Text"),
    QT_TRANSLATE_NOOP("Edit", "Move Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Move Section"),
    QT_TRANSLATE_NOOP("Edit", "New Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Remove Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Remove Section"),
    QT_TRANSLATE_NOOP("Edit", "Replace"),
    QT_TRANSLATE_NOOP("Edit", "Replace All"),
    QT_TRANSLATE_NOOP("Edit", "Retire Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Revert to Library Text"),
    QT_TRANSLATE_NOOP("Edit", "Save to Library"),
    QT_TRANSLATE_NOOP("Edit", "Sync Shared Library"),
    QT_TRANSLATE_NOOP("Edit", "Take Library Version"),
    QT_TRANSLATE_NOOP("Edit", "Use Full Text"),
    QT_TRANSLATE_NOOP("Edit", "Use Saved Paragraph"),
    QT_TRANSLATE_NOOP("Edit", "Use Short Variant"),
    QT_TRANSLATE_NOOP("Edit", "Use the Translation"),
)

"""File › Import Review… in the window: a Word export edited as Word records a review, the
preview dialog played through its own widgets, one undo step; notes in the outline."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from review_helpers import WordEdit
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.review_dialog import ReviewImportDialog
from tccm_drafter.model import ParagraphBlock, Submission, TextBlock
from tccm_drafter.sharing.review import Decision
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import (
    ScriptedPrompter,
    prepare_home,
    read_action,
    submission,
    window_settings,
)

CALLS = Path(__file__).parent / "data" / "calls"
WHAT_TO_DO = 4  # the dialog's column of choices


class FilePrompter(ScriptedPrompter):
    """Also answers the file chooser with ``open_to``."""

    def __init__(self) -> None:
        super().__init__()
        self.open_to: Path | None = None

    def open_path(
        self, parent: QWidget, folder: str, *, title: str = "", filters: str = ""
    ) -> Path | None:
        self.asked.append(f"open:{title}")
        return self.open_to


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths: AppPaths = prepare_home()
    saved = tmp_path / "response.tccm"
    save_submission(submission(), saved)
    window = create_window(
        paths, saved, prompter=FilePrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    return window


def prompter_of(window: MainWindow) -> FilePrompter:
    assert isinstance(window.prompter, FilePrompter)
    return window.prompter


def export(qtbot: QtBot, window: MainWindow, folder: Path) -> WordEdit:
    """Export the open submission's copy for review through the window; the file to edit."""
    out = folder / "response.docx"
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000) as done:
        window.export_to(out, "docx", for_review=True)
    assert done.args == [str(out), ""]
    return WordEdit(out.read_bytes())


def choose(dialog: ReviewImportDialog, row: int, decision: Decision) -> None:
    """Pick a choice in a row's "What to do" box, as the user does."""
    box = dialog.table.cellWidget(row, WHAT_TO_DO)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(decision))


def press_accept(dialog: ReviewImportDialog) -> bool:
    dialog.accept_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def rows(dialog: ReviewImportDialog) -> list[tuple[str, str]]:
    return [
        (dialog.table.item(row, 0).text(), dialog.table.item(row, 2).text())
        for row in range(dialog.table.rowCount())
    ]


def test_accept_some_blocks_reject_others_then_one_undo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    prompter = prompter_of(window)
    before = copy.deepcopy(window.submission)
    word = export(qtbot, window, tmp_path)
    word.replace_words("supports the IGF", "place", "home")
    word.delete_paragraph("review matters")
    word.comment("One open", "interoperable", "Which <b>Internet</b> do we mean?")
    word.insert_paragraph_after("One open", "A point typed by legal.")
    prompter.open_to = word.save(tmp_path / "response-legal.docx")
    seen: list[ReviewImportDialog] = []

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReviewImportDialog)
        seen.append(dialog)
        assert rows(dialog) == [
            ("Changed by reviewer", "Example Registry supports the IGF as the home for "
             "multistakeholder dialogue."),
            ("Deleted", "We add that the review matters."),
            ("Unchanged", "One open, global, interoperable Internet."),
            ("Added", "A point typed by legal."),
        ]  # fmt: skip
        assert window.submission == before, "nothing changes while the preview is open"
        dialog.table.selectRow(0)
        assert "home" in dialog.details.texts[1].toPlainText()
        assert dialog.details.texts[0].toPlainText().startswith("{{ org.name }} supports")
        dialog.table.selectRow(2)
        assert (
            dialog.details.comments.item(0)
            .text()
            .startswith("Legal team, 2 March 2026: Which <b>Internet</b> do we mean?")
        )
        choose(dialog, 1, Decision.REJECT)  # keep the free text the reviewer deleted
        choose(dialog, 3, Decision.REJECT)  # and leave their new paragraph out
        assert dialog.accept_button.isEnabled()
        return press_accept(dialog)

    prompter.on_dialog = play
    read_action(qtbot, window, "import_review")
    assert seen and prompter.asked[-1] == "open:Import a Reviewed Word File"
    assert prompter.errors == []
    sections = window.submission.sections
    taken = sections[0].blocks[0]
    assert isinstance(taken, ParagraphBlock)
    assert taken.local_text == (
        "{{ org.name }} supports the IGF as the home for multistakeholder dialogue."
    ), "the reviewer's wording is the block's own edit, placeholder kept"
    assert sections[0].blocks[1] == TextBlock("We add that the review matters.")
    assert len(sections[1].blocks) == 1, "the new paragraph was left out"
    notes = sections[1].blocks[0].notes
    assert [(n.author, n.resolved) for n in notes] == [("Legal team", False)]
    assert window.act["undo"].text() == "&Undo Import Review (response-legal.docx)"
    assert window.isWindowModified()

    window.act["undo"].trigger()
    assert window.submission == before, "one undo puts everything back"
    window.act["redo"].trigger()
    assert window.submission.sections[1].blocks[0].notes == notes


def test_notes_show_in_the_outline_and_under_the_editor(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    prompter = prompter_of(window)
    word = export(qtbot, window, tmp_path)
    word.comment("One open", "interoperable", "Which <b>Internet</b> do we mean?")
    word.comment("One open", "global", "Agreed.", author="Head of policy", resolved=True)
    prompter.open_to = word.save(tmp_path / "commented.docx")

    def accept_defaults(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReviewImportDialog)
        return press_accept(dialog)

    prompter.on_dialog = accept_defaults
    read_action(qtbot, window, "import_review")

    index = window.outline.block_index(1, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole).endswith("[2 notes]")
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Legal team, 2 March 2026:\nWhich &lt;b&gt;Internet&lt;/b&gt; do we mean?" in tooltip
    assert "Head of policy, 2 March 2026 (resolved):\nAgreed." in tooltip
    assert "<b>" not in tooltip, "the file's text is shown as text"
    other = window.outline.block_index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "note" not in other

    window.outline_view.select_location(1, 0)
    notes = window.editor.notes
    assert not notes.isHidden()
    assert notes.caption.text() == "2 notes from review · 1 resolved"
    assert [notes.list.item(n).text() for n in range(notes.list.count())] == [
        "Head of policy, 2 March 2026 (resolved): Agreed. (on “global”)",
        "Legal team, 2 March 2026: Which <b>Internet</b> do we mean? (on “interoperable”)",
    ]
    window.outline_view.select_location(0, 0)
    assert notes.isHidden(), "a block without notes shows no list"


def test_a_conflict_needs_a_choice_before_accept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    prompter = prompter_of(window)
    word = export(qtbot, window, tmp_path)
    word.replace_words("supports the IGF", "place", "home")
    word.comment("supports the IGF", "dialogue", "Keep this word.")
    prompter.open_to = word.save(tmp_path / "reviewed.docx")
    window.outline_view.select_location(0, 0)
    window.editor.text.setPlainText("Our own new wording, written after the export.")

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReviewImportDialog)
        assert rows(dialog)[0][0] == "Conflict"
        assert not dialog.accept_button.isEnabled()
        assert dialog.accept_button.toolTip() == "Choose what to do with 1 conflict first"
        dialog.table.selectRow(0)
        assert dialog.details.captions[0].text() == "Your text now (changed since the export)"
        assert "Our own new wording" in dialog.details.texts[0].toPlainText()
        choose(dialog, 0, Decision.NOTES_ONLY)  # keep mine, but take the comment
        assert dialog.accept_button.isEnabled()
        return press_accept(dialog)

    prompter.on_dialog = play
    read_action(qtbot, window, "import_review")
    block = window.submission.sections[0].blocks[0]
    assert isinstance(block, ParagraphBlock)
    assert block.local_text == "Our own new wording, written after the export."
    assert [n.text for n in block.notes] == ["Keep this word.\n(on “dialogue”)"]


def test_files_that_cannot_be_imported_are_one_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    prompter = prompter_of(window)
    word = export(qtbot, window, tmp_path)
    word.replace_words("supports the IGF", "place", "home")
    reviewed = word.save(tmp_path / "reviewed.docx")
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a Word file")
    before = copy.deepcopy(window.submission)
    prompter.on_dialog = lambda dialog: pytest.fail("no preview for a file that cannot be used")

    for path in (CALLS / "call.docx", damaged):
        prompter.open_to = path
        read_action(qtbot, window, "import_review")
    assert "has no review marks" in prompter.errors[0][1]
    assert "damaged.docx" in prompter.errors[1][1]

    window.set_document(Submission(title="Another submission"), None)
    prompter.open_to = reviewed
    read_action(qtbot, window, "import_review")
    assert prompter.errors[2] == (
        "Import Review",
        f"{reviewed}: this Word file is not an export of the open submission: none of its "
        "blocks is found here as it was exported; open the submission it was exported from",
    )
    assert all("\n" not in message for _, message in prompter.errors), "one line each"
    assert window.submission == Submission(title="Another submission")
    assert window.history.core.count == 0
    assert before.sections, "(the first submission had blocks)"


def test_cancelling_the_preview_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    prompter = prompter_of(window)
    word = export(qtbot, window, tmp_path)
    word.delete_paragraph("review matters")
    prompter.open_to = word.save(tmp_path / "reviewed.docx")
    before = copy.deepcopy(window.submission)
    read_action(qtbot, window, "import_review")  # the scripted user cancels the dialog
    assert len(prompter.dialogs) == 1
    assert window.submission == before and window.history.core.count == 0
    prompter.open_to = None  # the user closes the file chooser
    window.act["import_review"].trigger()
    assert len(prompter.dialogs) == 1


def test_the_copy_for_sending_is_refused_in_one_line_naming_the_copy_for_review(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    prompter = prompter_of(window)
    sent = tmp_path / "response.docx"
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000) as done:
        window.export_to(sent, "docx")  # the default: the copy to send
    assert done.args == [str(sent), ""]
    prompter.on_dialog = lambda dialog: pytest.fail("no preview for the copy to send")
    prompter.open_to = sent
    read_action(qtbot, window, "import_review")
    title, message = prompter.errors[-1]
    assert title == "Import Review" and "\n" not in message
    assert message.startswith(f"{sent}: this Word file has no review marks")
    assert "export the copy for review" in message

"""The dialogs, filled in the way a user does it, read back as model objects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clock_helpers import TODAY
from render_helpers import make_library, make_submission
from tccm_drafter.checks.preflight import Finding
from tccm_drafter.gui.dialogs import (
    ConsultationDialog,
    CopySectionDialog,
    DiffDialog,
    ExportDialog,
    ParagraphEditorDialog,
    PasteQuestionsDialog,
    PreflightPanel,
    ProfileDialog,
    TemplateDialog,
)
from tccm_drafter.model import Consultation, Organisation, ParagraphBlock, Rules, Status
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import load_profiles


def test_consultation_dialog(qtbot: QtBot) -> None:
    dialog = ConsultationDialog(Consultation(title="Old", rules=Rules(word_limit=300)), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "IGF 2027 call for inputs")
    qtbot.keyClicks(dialog.organiser_edit, "IGF Secretariat")
    dialog.has_deadline.setChecked(True)
    dialog.deadline_edit.setDate(date(2027, 3, 31))
    dialog.word_limit.setValue(0)  # "no limit"
    dialog.char_limit.setValue(1500)
    dialog.numbered.setChecked(True)
    dialog.footnotes.setChecked(False)
    dialog.language_box.setCurrentText("fr-FR")
    dialog.accept()
    result = dialog.consultation()
    assert (result.title, result.organiser, result.deadline, result.language) == (
        "IGF 2027 call for inputs",
        "IGF Secretariat",
        date(2027, 3, 31),
        "fr-FR",
    )
    assert result.rules == Rules(
        word_limit=None, char_limit=1500, numbered_paragraphs=True, footnotes_allowed=False
    )
    assert dialog.char_limit.accessibleName() == "Character limit:"


def test_profile_dialog_saves_a_reusable_profile(qtbot: QtBot) -> None:
    paths = AppPaths.resolve()
    dialog = ProfileDialog(paths, Organisation())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Example IXP Association")
    qtbot.keyClicks(dialog.country, "ke")
    dialog.group.setCurrentText("Technical community")
    dialog.save_for_reuse.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.organisation().country == "KE"
    saved = load_profiles(paths)
    assert [p.name for p in saved] == ["Example IXP Association"]
    again = ProfileDialog(paths, Organisation())
    qtbot.addWidget(again)
    again.saved.setCurrentIndex(1)
    again.saved.activated.emit(1)
    assert again.organisation().stakeholder_group == "Technical community"


def test_paragraph_editor_new_paragraph_is_validated(qtbot: QtBot) -> None:
    library = make_library()
    dialog = ParagraphEditorDialog(None, library, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.id_edit, "igf-support")  # already used
    qtbot.keyClicks(dialog.title_edit, "Funding the IGF")
    qtbot.keyClicks(dialog.body_edit, "{{ org.name }} supports *stable* funding.")
    assert dialog.body_count.text() == "4 words"  # a placeholder counts as one word
    assert "already used" in (dialog.problem() or "")
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, "igf-funding-2027")
    qtbot.keyClicks(dialog.topics_edit, "igf, funding")
    dialog.status_box.setCurrentIndex(1)
    dialog._add_source("Tunis Agenda, paragraph 72", "")
    assert dialog.problem() is None
    paragraph = dialog.paragraph()
    assert paragraph.id == "igf-funding-2027" and paragraph.topics == ["igf", "funding"]
    assert paragraph.status is Status.APPROVED
    assert [s.citation for s in paragraph.sources] == ["Tunis Agenda, paragraph 72"]


def test_paragraph_editor_keeps_the_id_of_an_existing_paragraph(qtbot: QtBot) -> None:
    library = make_library()
    original = library.get("open-internet")
    assert original is not None
    dialog = ParagraphEditorDialog(original, library, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.id_edit.isReadOnly()
    dialog.title_edit.setText("One Internet")
    edited = dialog.paragraph()
    assert (edited.id, edited.title, edited.body) == (
        "open-internet",
        "One Internet",
        original.body,
    )


def test_paste_questions_previews_sections(qtbot: QtBot) -> None:
    dialog = PasteQuestionsDialog()
    qtbot.addWidget(dialog)
    dialog.edit.setPlainText("1. First question? (200 words)\n2. Second question?")
    assert dialog.preview.rowCount() == 2
    assert [dialog.preview.item(0, column).text() for column in range(3)] == [
        "First question",
        "200 words",
        "First question?",
    ]
    assert dialog.summary.text() == "2 sections will be added."
    assert [s.word_limit for s in dialog.sections()] == [200, None]


def test_export_dialog_follows_the_format(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(tmp_path / "answer.tccm")
    qtbot.addWidget(dialog)
    assert dialog.format() == "docx" and dialog.output_path() == tmp_path / "answer.docx"
    dialog.buttons["txt"].setChecked(True)
    assert dialog.output_path() == tmp_path / "answer.txt"


def test_template_dialog_lists_builtins(qtbot: QtBot) -> None:
    dialog = TemplateDialog(AppPaths.resolve(), "joint-statement", "")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    assert dialog.template_name() == "joint-statement"
    dialog.reference.setText("/tmp/letterhead.dotx")
    assert dialog.reference_docx() == "/tmp/letterhead.dotx"


def test_preflight_panel_jumps_to_a_finding(qtbot: QtBot) -> None:
    findings = [
        Finding("over-word-limit", "error", "Section 2 has 300 words", 1, None),
        Finding("retired", "warning", "Section 1, paragraph 'x' is retired", 0, 2),
    ]
    panel = PreflightPanel(findings)
    qtbot.addWidget(panel)
    assert panel.summary.text() == "1 problem, 1 warning"
    with qtbot.waitSignal(panel.findingActivated) as signal:
        panel.list.itemActivated.emit(panel.list.item(1))
    assert signal.args == [0, 2]
    with qtbot.waitSignal(panel.findingActivated) as signal:
        panel.list.itemActivated.emit(panel.list.item(0))
    assert signal.args == [1, -1]
    panel.set_findings([])
    assert panel.summary.text().startswith("No problems found")


def test_copy_section_puts_text_on_the_clipboard(qtbot: QtBot) -> None:
    from tccm_drafter.model.counting import Counts

    dialog = CopySectionDialog(
        "The IGF", "1. One two three.\n\nFour.", Counts.of(["One two three.", "Four."])
    )
    qtbot.addWidget(dialog)
    assert dialog.counts.text() == "Words: 4 · Characters: 20"
    QApplication.clipboard().clear()
    dialog.copy()
    assert QApplication.clipboard().text() == "1. One two three.\n\nFour."


def test_diff_dialog_marks_the_changed_words(qtbot: QtBot) -> None:
    submission = make_submission()
    block = submission.sections[1].blocks[0]
    assert isinstance(block, ParagraphBlock)
    block.local_text = "One open, global and free **Internet**."
    dialog = DiffDialog(submission, make_library(), 1, 0)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTextBrowser

    views = {view.accessibleName(): view for view in dialog.findChildren(QTextBrowser)}
    left, right = views["Library text"], views["Your wording"]
    assert "and free" in right.toPlainText() and "and free" not in left.toPlainText()
    assert "#dff5e1" in right.toHtml().lower() or "223, 245, 225" in right.toHtml()

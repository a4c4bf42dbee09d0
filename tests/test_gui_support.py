"""Shared builders for the GUI tests: a real home folder with a library and a template,
a scripted Prompter, and a MainWindow over them. (No tests in this module.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget

from tccm_drafter.gui.document_state import Prompter, SaveChoice
from tccm_drafter.model import (
    Consultation,
    Library,
    Organisation,
    Paragraph,
    ParagraphBlock,
    Rules,
    Section,
    Source,
    Status,
    Submission,
    TextBlock,
)
from tccm_drafter.sharing.merge import Decision
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tccm_drafter.gui.main_window import MainWindow

TEMPLATE = """\
{.title}
{{ submission.title }}

{% for section in sections %}
## {{ section.number }}. {{ section.title }}

{{ section.body }}
{% endfor %}
"""


def paragraphs() -> list[Paragraph]:
    return [
        Paragraph(
            "igf-support",
            "Supporting the IGF",
            "{{ org.name }} supports the IGF as the place for multistakeholder dialogue.",
            topics=["igf"],
            status=Status.APPROVED,
            sources=[Source("Tunis Agenda 72")],
            short="{{ org.name }} supports the IGF.",
        ),
        Paragraph(
            "open-internet",
            "An open Internet",
            "One open, global, interoperable Internet.",
            topics=["open-internet"],
            status=Status.APPROVED,
        ),
        Paragraph(
            "funding",
            "Stable funding",
            "The IGF needs stable and predictable funding.",
            topics=["igf", "funding"],
            status=Status.DRAFT,
        ),
        Paragraph(
            "old-position",
            "Renew the mandate",
            "Renew the IGF mandate.",
            status=Status.RETIRED,
            superseded_by="igf-support",
        ),
    ]


def submission() -> Submission:
    return Submission(
        title="Response to the review",
        organisation=Organisation(name="Example Registry", country="NO"),
        consultation=Consultation(title="WSIS+20", rules=Rules(word_limit=250)),
        sections=[
            Section(
                "The IGF",
                "How should the IGF evolve?",
                blocks=[
                    ParagraphBlock(
                        "igf-support", version=1, base_hash=paragraphs()[0].content_hash()
                    ),
                    TextBlock("We add that the review matters."),
                ],
            ),
            Section(
                "The Internet",
                "What Internet do you want?",
                blocks=[
                    ParagraphBlock(
                        "open-internet", version=1, base_hash=paragraphs()[1].content_hash()
                    ),
                ],
            ),
        ],
    )


def prepare_home() -> AppPaths:
    """The test's home (TCCM_DRAFTER_HOME) with a personal library and a user template."""
    paths = AppPaths.resolve()
    paths.ensure()
    folder = LibraryFolder(paths.library_dir)
    for paragraph in paragraphs():
        folder.save(paragraph)
    template = paths.templates_dir / "consultation-response"
    template.mkdir(parents=True, exist_ok=True)
    (template / "template.toml").write_text(
        'format = 1\ntitle = "Test"\ndescription = "Made by a test."\n', encoding="utf-8"
    )
    (template / "document.md.j2").write_text(TEMPLATE, encoding="utf-8")
    return paths


class ScriptedPrompter(Prompter):
    """Answers the window's questions from a script and records what it was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.save_choice = SaveChoice.CANCEL
        self.restore = True
        self.save_to: Path | None = None
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []
        #: Modal dialogs the window opened; ``on_dialog`` plays the user (default: Cancel).
        self.dialogs: list[QDialog] = []
        self.on_dialog: Callable[[QDialog], bool] | None = None

    def run_dialog(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        return self.on_dialog(dialog) if self.on_dialog else False

    def ask_save_changes(self, parent: QWidget, name: str) -> SaveChoice:
        self.asked.append(f"save-changes:{name}")
        return self.save_choice

    def ask_restore(self, parent: QWidget | None, names: list[str]) -> bool:
        self.asked.append("restore:" + ",".join(names))
        return self.restore

    def ask_overwrite(self, parent: QWidget | None, message: str) -> bool:
        self.asked.append("overwrite")
        return True

    disk_choice: Decision | None = Decision.KEEP_MINE
    #: What "Retire Paragraph" is told replaces the paragraph ("" none, None cancel).
    successor: str | None = ""
    open_links = False

    def resolve_disk_conflict(
        self, parent: QWidget | None, message: str, mine: Paragraph, on_disk: Paragraph | None
    ) -> Decision | None:
        self.asked.append(f"disk-conflict:{mine.id}")
        return self.disk_choice

    def ask_successor(
        self, parent: QWidget | None, paragraph: Paragraph, library: Library
    ) -> str | None:
        self.asked.append(f"successor:{paragraph.id}")
        return self.successor

    #: Inserting a retired or superseded paragraph: "successor", "anyway" or None (cancel).
    outdated_answer: str | None = "successor"

    def ask_outdated(
        self, parent: QWidget | None, paragraph: Paragraph, successor: Paragraph | None
    ) -> str | None:
        self.asked.append(f"outdated:{paragraph.id}")
        if self.outdated_answer == "successor" and successor is not None:
            return successor.id
        return paragraph.id if self.outdated_answer == "anyway" else None

    def ask_open_link(self, parent: QWidget | None, address: str) -> bool:
        self.asked.append(f"open-link:{address}")
        return self.open_links

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        self.errors.append((title, message))

    def export_done(self, parent: QWidget, path: Path, warnings: list[str]) -> None:
        self.asked.append(f"exported:{path.name}")

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        self.asked.append("info:" + title)

    def save_path(self, parent: QWidget, suggested: str, filters: str = "") -> Path | None:
        return self.save_to


def window_settings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)


class EditingPrompter(ScriptedPrompter):
    """Also stands in for the paragraph editor: applies ``edit`` to what it is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Paragraph | None] = []

    def edit_paragraph(
        self,
        parent: QWidget,
        paragraph: Paragraph | None,
        library: object,
        title: str,
        *,
        today: date,
    ) -> Paragraph | None:
        self.shown.append(paragraph)
        return paragraph


def read_action(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Trigger an action that reads a file off the GUI thread (New from Call…, Import
    Review…) and wait until what the read brings (a preview, a message) has been handled."""
    with qtbot.waitSignal(window.reader.finished, timeout=60_000):
        window.act[name].trigger()


def click_section(qtbot: QtBot, window: MainWindow, section: int) -> None:
    """Click a section's row in the outline, as the user does."""
    view = window.outline_view
    rect = view.visualRect(window.outline.section_index(section))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_location() == (section, None)

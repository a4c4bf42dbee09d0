"""Help › User Guide: the shipped guide, rendered in a window of the app, with strict links."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.dialogs.guide import GuideWindow, LinkActions, show_user_guide
from tccm_drafter.render.help_html import headings
from tccm_drafter.storage.paths import user_guide_path
from test_gui_support import ScriptedPrompter, prepare_home, window_settings

IMAGE = QTextDocument.ResourceType.ImageResource.value


class Browser:
    """Stands in for the user's web browser and for the user answering "Open it?"."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.opened: list[str] = []

    def confirm(self, parent: QWidget, url: QUrl) -> bool:
        self.asked.append(url.toString())
        return self.answer

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        return True

    def actions(self) -> LinkActions:
        return LinkActions(confirm=self.confirm, open_url=self.open_url)


def strong_phrases(markdown: str) -> list[str]:
    """The text of every **bold** phrase of a Markdown page."""
    found = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        children = token.children or []
        for index, child in enumerate(children[:-1]):
            if child.type == "strong_open" and children[index + 1].type == "text":
                found.append(children[index + 1].content)
    return found


def block_headings(window: GuideWindow) -> list[tuple[int, str]]:
    document = window.browser.document()
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            found.append((level, block.text()))
        block = block.next()
    return found


def test_help_menu_opens_the_guide_rendered(qtbot: QtBot) -> None:
    paths = prepare_home()
    prompter = ScriptedPrompter()
    window = create_window(paths, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    window.act["guide"].trigger()

    guide = window.findChild(GuideWindow)
    assert isinstance(guide, GuideWindow)
    assert guide.isVisible()
    expected = headings(user_guide_path().read_text(encoding="utf-8"))
    assert (2, "The window") in expected
    # Rendered: real headings at their levels, no Markdown markup left in the text.
    assert block_headings(guide) == expected
    text = guide.browser.toPlainText()
    for _, heading in expected:
        assert f"# {heading}" not in text
    bold = strong_phrases(user_guide_path().read_text(encoding="utf-8"))
    assert bold
    for phrase in bold:
        assert phrase in text and f"**{phrase}**" not in text
    assert "![" not in text
    # The screenshot it shows comes from the guide's own folder.
    screenshot = guide.browser.loadResource(IMAGE, QUrl("screenshots/main-window.png"))
    assert isinstance(screenshot, QImage)
    assert prompter.errors == []

    # Asking again brings the same window forward instead of opening a second one.
    window.act["guide"].trigger()
    assert len(window.findChildren(GuideWindow)) == 1


def test_a_missing_guide_is_an_error_message(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    prompter = ScriptedPrompter()
    missing = tmp_path / "user-guide.md"

    assert show_user_guide(parent, prompter, missing) is None

    assert len(prompter.errors) == 1
    title, message = prompter.errors[0]
    assert title == "User Guide"
    assert "could not be opened" in message and str(missing) in message
    assert parent.findChild(GuideWindow) is None


def test_an_unreadable_guide_is_an_error_message(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    prompter = ScriptedPrompter()
    broken = tmp_path / "user-guide.md"
    broken.write_bytes(b"# Guide\n\n\xff\xfe not UTF-8\n")

    assert show_user_guide(parent, prompter, broken) is None
    assert "could not be opened" in prompter.errors[0][1]


def guide_window(qtbot: QtBot, folder: Path, browser: Browser, markdown: str) -> GuideWindow:
    window = GuideWindow(markdown, folder, browser.actions())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


LONG_PAGE = "# Top\n\n[to the end](#the-end)\n\n" + "Filler.\n\n" * 200 + "## The end\n\nDone.\n"


def test_links_within_the_page_scroll_to_their_heading(qtbot: QtBot, tmp_path: Path) -> None:
    browser = Browser(answer=True)
    window = guide_window(qtbot, tmp_path, browser, LONG_PAGE)
    bar = window.browser.verticalScrollBar()
    assert bar.value() == 0

    window.browser.anchorClicked.emit(QUrl("#the-end"))

    assert bar.value() > 0
    assert browser.asked == [] and browser.opened == []


@pytest.mark.parametrize("answer", [True, False])
def test_web_links_open_only_after_asking(qtbot: QtBot, tmp_path: Path, answer: bool) -> None:
    browser = Browser(answer=answer)
    window = guide_window(qtbot, tmp_path, browser, "[site](https://example.org/page)\n")

    window.browser.anchorClicked.emit(QUrl("https://example.org/page"))

    assert browser.asked == ["https://example.org/page"]
    assert browser.opened == (["https://example.org/page"] if answer else [])


@pytest.mark.parametrize(
    "link",
    ["sharing.md", "file:///etc/passwd", "mailto:someone@example.org", "javascript:alert(1)"],
)
def test_other_links_are_refused(qtbot: QtBot, tmp_path: Path, link: str) -> None:
    browser = Browser(answer=True)
    window = guide_window(qtbot, tmp_path, browser, f"[x]({link})\n")

    window.browser.anchorClicked.emit(QUrl(link))

    assert browser.asked == [] and browser.opened == []
    assert window.browser.note.text().startswith("Not opened:")


def test_pictures_only_from_the_guide_folder(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    picture = QImage(4, 4, QImage.Format.Format_RGB32)
    picture.fill(0)
    assert picture.save(str(folder / "inside.png"))
    assert picture.save(str(tmp_path / "outside.png"))
    window = guide_window(qtbot, folder, Browser(answer=True), "![a](inside.png)\n")
    load = window.browser.loadResource

    assert isinstance(load(IMAGE, QUrl("inside.png")), QImage)
    assert isinstance(load(IMAGE, QUrl.fromLocalFile(str(folder / "inside.png"))), QImage)
    assert load(IMAGE, QUrl("../outside.png")) is None
    assert load(IMAGE, QUrl.fromLocalFile(str(tmp_path / "outside.png"))) is None
    assert load(IMAGE, QUrl("https://example.org/tracker.png")) is None
    assert load(IMAGE, QUrl("missing.png")) is None


def test_raw_html_in_the_guide_shows_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    markdown = '# Guide\n\n<img src="https://example.org/x.png"> <b>not bold</b>\n'
    window = guide_window(qtbot, tmp_path, Browser(answer=True), markdown)

    assert '<img src="https://example.org/x.png">' in window.browser.toPlainText()
    assert "<b>not bold</b>" in window.browser.toPlainText()

"""About: version, the app's licence, and the licences of everything it is built on."""

from __future__ import annotations

import re
from importlib.metadata import distribution
from pathlib import Path

from packaging.requirements import Requirement
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tccm_drafter import __version__
from tccm_drafter.gui.dialogs.about import AboutDialog
from tccm_drafter.gui.dialogs.guide import LinkActions


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> set[str]:
    """Every distribution the installed app needs, following requirements transitively."""
    found: set[str] = set()
    todo = ["tccm-drafter"]
    while todo:
        name = normalise(todo.pop())
        if name in found:
            continue
        found.add(name)
        for line in distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return found - {"tccm-drafter"}


def about(qtbot: QtBot, **kwargs: object) -> AboutDialog:
    dialog = AboutDialog(**kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_version_licence_and_qt(qtbot: QtBot) -> None:
    dialog = about(qtbot)
    text = dialog.summary.text()
    assert f"TCCM Drafter {__version__}" in text
    assert "MIT licence" in text
    assert f"Qt {qVersion()}" in text and "LGPL" in text
    assert [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())] == [
        "About",
        "Third-Party Licences",
        "Licence Texts",
    ]


def test_notices_name_every_bundled_component(qtbot: QtBot) -> None:
    dialog = about(qtbot)
    dialog.tabs.setCurrentWidget(dialog.notices)
    shown = dialog.notices.toPlainText()
    # Each component the app installs has a heading with its licence (a new dependency needs
    # a notice).
    named = set()
    block = dialog.notices.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            named |= {normalise(w) for w in re.findall(r"[\w.-]+", block.text())}
        block = block.next()
    for name in runtime_distributions():
        assert name in named, f"{name} has no heading in THIRD-PARTY-NOTICES.md"
    # Qt's LGPL notice says where its source is.
    assert "GNU Lesser General Public License, version 3" in shown
    assert "https://download.qt.io/official_releases/QtForPython/" in shown
    for licence in ("MIT licence", "BSD 3-clause licence", "Python Software Foundation"):
        assert licence in shown


def test_licence_texts_are_shown(qtbot: QtBot) -> None:
    dialog = about(qtbot)
    names = [dialog.texts.itemText(i) for i in range(dialog.texts.count())]
    assert {"LGPL-3.0", "GPL-3.0", "LGPL-2.1"} <= set(names)
    dialog.texts.setCurrentIndex(names.index("LGPL-3.0"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text_view.toPlainText()
    assert "Version 3, 29 June 2007" in dialog.text_view.toPlainText()


def test_missing_notices_say_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = about(qtbot, notices=tmp_path / "gone.md", licenses=tmp_path / "none")
    assert "could not be read" in dialog.notices.toPlainText()
    assert str(tmp_path / "gone.md") in dialog.notices.toPlainText()
    assert "No licence texts found" in dialog.text_view.toPlainText()


def test_web_links_in_the_notices_ask_first(qtbot: QtBot) -> None:
    asked: list[str] = []

    def refuse(parent: QWidget, url: QUrl) -> bool:
        asked.append(url.toString())
        return False

    def must_not_open(url: QUrl) -> bool:
        raise AssertionError(f"opened {url.toString()} without consent")

    dialog = about(qtbot, actions=LinkActions(confirm=refuse, open_url=must_not_open))
    dialog.notices.anchorClicked.emit(QUrl("https://code.qt.io/"))
    assert asked == ["https://code.qt.io/"]

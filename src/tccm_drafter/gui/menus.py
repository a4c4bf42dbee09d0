"""The main window's menus, toolbar and actions: mnemonics, standard shortcuts, icons with
tooltips. Built from a table of handlers the window passes in; nothing here changes data."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu

from tccm_drafter.gui.icons import icon
from tccm_drafter.gui.plaintext import tip

Handler = Callable[[], object]
Shortcut = QKeySequence.StandardKey | str | None

_KS = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


# (key, text, shortcut, icon name, tip); None separates groups.
Entry = tuple[str, str, Shortcut, str, str] | None

FILE: list[Entry] = [
    ("new", "&New", _KS.New, "new", "Start a new submission"),
    (
        "new_from_call",
        "New from Ca&ll…",
        None,
        "",
        "Start a submission from the call's own file: its questions become sections",
    ),
    ("open", "&Open…", _KS.Open, "open", "Open a submission file"),
    None,
    ("save", "&Save", _KS.Save, "save", "Save the submission"),
    ("save_as", "Save &As…", _KS.SaveAs, "", ""),
    None,
    ("export", "&Export…", "Ctrl+E", "export", "Export to Word, Markdown or plain text"),
    (
        "import_review",
        "&Import Review…",
        None,
        "",
        "Bring back a reviewed Word export: tracked changes and comments, block by block",
    ),
    None,
    (
        "register",
        "Re&gister of Submissions…",
        None,
        "",
        "Every submission you saved: deadlines, status, where it was sent; a calendar",
    ),
    None,
    ("close", "&Close", _KS.Close, "", ""),
    ("quit", "&Quit", _KS.Quit, "", ""),
]
EDIT: list[Entry] = [
    (
        "insert",
        "&Insert Paragraph",
        "Ctrl+I",
        "insert",
        "Insert the selected library paragraphs (Enter in the list)",
    ),
    (
        "insert_text",
        "Insert Free &Text",
        "Ctrl+T",
        "text",
        "Insert text written for this submission",
    ),
    ("move_up", "Move U&p", "Alt+Up", "up", "Move up (Alt+Up)"),
    ("move_down", "Move &Down", "Alt+Down", "down", "Move down (Alt+Down)"),
    ("remove", "Re&move", _KS.Delete, "remove", "Remove the selected paragraph or section"),
    None,
    ("copy_section", "&Copy Section as Plain Text…", "Ctrl+Shift+C", "", ""),
    None,
    ("find", "&Find in Library", _KS.Find, "", "Search the library (Ctrl+F)"),
    (
        "find_submission",
        "Find in &Submission…",
        None,
        "",
        "Find text in the submission (Ctrl+F while you write in the block editor)",
    ),
    ("replace", "R&eplace…", "Ctrl+H", "", "Find and replace text in the submission (Ctrl+H)"),
]
SUBMISSION: list[Entry] = [
    ("consultation", "&Consultation Details…", None, "", ""),
    ("profile", "&Organisation Profile…", None, "", ""),
    ("template", "&Template and Word Reference…", None, "", ""),
    ("signatories", "Si&gnatories…", None, "", "Organisations signing a joint statement"),
    None,
    ("add_section", "&Add Section", "Ctrl+Shift+N", "", ""),
    ("add_introduction", "Add &Introduction", None, "", "Text before the first question"),
    ("add_closing", "Add C&losing", None, "", "Text after the last question"),
    ("edit_section", "&Edit Section…", "F2", "", "Title, question and limits"),
    ("paste_questions", "&Paste Questions…", "Ctrl+Shift+V", "", ""),
    None,
    ("checks", "Run C&hecks", "F7", "checks", "Check the submission before sending"),
]
LIBRARY: list[Entry] = [
    (
        "suggest",
        "&Suggest Paragraphs",
        "Ctrl+Shift+G",
        "",
        "The paragraphs that best answer the selected section's question",
    ),
    (
        "draft",
        "Draft fro&m Library",
        None,
        "",
        "Fill the empty section with the best suggestions that fit its limit (one undo step)",
    ),
    None,
    ("new_paragraph", "&New Paragraph…", "Ctrl+Shift+P", "", ""),
    ("edit_paragraph", "&Edit Paragraph…", None, "", ""),
    ("duplicate_paragraph", "&Duplicate Paragraph…", None, "", ""),
    ("retire_paragraph", "&Retire Paragraph…", None, "", ""),
    None,
    (
        "import_bundle",
        "&Import Bundle…",
        None,
        "",
        "Preview a .tccmlib bundle and choose what to take from it",
    ),
    (
        "export_bundle",
        "E&xport Bundle…",
        None,
        "",
        "Write the library to a .tccmlib file to share by email",
    ),
    (
        "add_library",
        "Add Library &Folder…",
        None,
        "",
        "Also use a shared folder or a git checkout of paragraphs",
    ),
    (
        "subscribe",
        "Su&bscribe to a Shared Library…",
        None,
        "",
        "Use the coalition's paragraphs from a git server",
    ),
    (
        "sync_shared",
        "S&ync Shared Libraries",
        None,
        "",
        "Bring in what changed in your shared libraries",
    ),
    (
        "share_changes",
        "S&hare My Changes…",
        None,
        "",
        "Send the paragraphs you changed in a shared library",
    ),
    None,
    (
        "health",
        "Heal&th…",
        None,
        "",
        "Paragraphs written twice, due for review, without sources or unused for a year",
    ),
    ("reload", "Re&load", _KS.Refresh, "reload", "Read the library folders again"),
    (
        "load_problems",
        "Load &Problems…",
        None,
        "",
        "Files that could not be read, and other notes from reading the library folders",
    ),
]
VIEW: list[Entry] = [
    ("next_pane", "Next &Pane", "F6", "", "Move to the next pane (F6)"),
    ("previous_pane", "Pre&vious Pane", "Shift+F6", "", ""),
    None,
    (
        "spell_check",
        "Check &Spelling as You Type",
        None,
        "",
        "Underline misspelt words in the submission's language",
    ),
    ("language", "Interface &Language…", None, "", "The language of menus and dialogs"),
]
HELP: list[Entry] = [
    ("guide", "&User Guide", _KS.HelpContents, "", ""),
    ("about", "&About TCCM Drafter", None, "", ""),
]
TOOLBAR = [
    "new",
    "open",
    "save",
    None,
    "undo",
    "redo",
    None,
    "insert",
    "move_up",
    "move_down",
    None,
    "checks",
    "export",
]
THEMES = [("system", "&System"), ("light", "&Light"), ("dark", "&Dark")]


def _action(
    window: QMainWindow, entry: tuple[str, str, Shortcut, str, str], handler: Handler
) -> QAction:
    key, text, shortcut, icon_name, hint = entry
    action = QAction(_tr(text), window)
    action.setObjectName(key)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name, window.palette()))
        action.setProperty("icon_name", icon_name)
    plain = _tr(text).replace("&", "").rstrip("…")
    action.setToolTip(_tr(hint) if hint else plain)
    action.setStatusTip(_tr(hint) if hint else plain)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def build_menus(
    window: QMainWindow,
    handlers: Mapping[str, Handler],
    undo: QAction,
    redo: QAction,
    *,
    recent: Callable[[], list[Path]],
    open_recent: Callable[[Path], object],
    theme: str,
    set_theme: Callable[[str], object],
) -> dict[str, QAction]:
    """Menus, toolbar and actions; returns the actions by key."""
    act: dict[str, QAction] = {"undo": undo, "redo": redo}
    # Every key the platform binds to Undo and Redo (a text box would take the ones left out),
    # and both Ctrl+Y (Windows) and Ctrl+Shift+Z (elsewhere) for Redo.
    undo.setShortcuts(QKeySequence.keyBindings(_KS.Undo))
    undo.setIcon(icon("undo", window.palette()))
    undo.setProperty("icon_name", "undo")
    redo_keys = QKeySequence.keyBindings(_KS.Redo)
    for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
        if QKeySequence(extra) not in redo_keys:
            redo_keys.append(QKeySequence(extra))
    redo.setShortcuts(redo_keys)
    redo.setIcon(icon("redo", window.palette()))
    redo.setProperty("icon_name", "redo")

    def menu(title: str, entries: list[Entry], after: QMenu | None = None) -> QMenu:
        found = window.menuBar().addMenu(_tr(title))
        for entry in entries:
            if entry is None:
                found.addSeparator()
                continue
            act[entry[0]] = _action(window, entry, handlers[entry[0]])
            found.addAction(act[entry[0]])
        return found

    file_menu = menu("&File", FILE)
    recent_menu = QMenu(_tr("Open &Recent"), file_menu)
    file_menu.insertMenu(act["save"], recent_menu)
    file_menu.insertSeparator(act["save"])
    recent_menu.aboutToShow.connect(lambda: _fill_recent(recent_menu, recent(), open_recent))
    edit_menu = window.menuBar().addMenu(_tr("&Edit"))
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    for entry in EDIT:
        if entry is None:
            edit_menu.addSeparator()
        else:
            act[entry[0]] = _action(window, entry, handlers[entry[0]])
            edit_menu.addAction(act[entry[0]])
    menu("&Submission", SUBMISSION)
    menu("&Library", LIBRARY)
    view = menu("&View", VIEW)
    view.addSeparator()
    themes = view.addMenu(_tr("&Theme"))
    group = QActionGroup(window)
    for key, text in THEMES:
        choice = themes.addAction(_tr(text))
        choice.setCheckable(True)
        choice.setChecked(key == theme)
        choice.triggered.connect(lambda _c=False, k=key: set_theme(k))
        group.addAction(choice)
        act[f"theme_{key}"] = choice
    menu("&Help", HELP)

    bar = window.addToolBar(_tr("Main"))
    bar.setObjectName("main-toolbar")
    for name in TOOLBAR:
        if name is None:
            bar.addSeparator()
        else:
            bar.addAction(act[name])
    return act


def recolour(actions: dict[str, QAction], palette: QPalette) -> None:
    """Draw the action icons again in a new theme's colours."""
    for action in actions.values():
        name = action.property("icon_name")
        if isinstance(name, str) and name:
            action.setIcon(icon(name, palette))


def _fill_recent(menu: QMenu, paths: list[Path], open_recent: Callable[[Path], object]) -> None:
    menu.clear()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number % 10} {path.name}")
        action.setToolTip(tip(str(path)))
        action.triggered.connect(lambda _c=False, p=path: open_recent(p))
    if not paths:
        menu.addAction(_tr("(no recent files)")).setEnabled(False)


def outline_only(action: QAction, widget: object) -> None:
    """Delete removes a block only while the outline has focus; elsewhere it edits text."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if hasattr(widget, "addAction"):
        widget.addAction(action)


__all__ = ["QIcon", "build_menus", "outline_only"]

"""The main window's menus, toolbar and actions: mnemonics, standard shortcuts, icons with
tooltips. Each action calls a window method; nothing here changes data itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow


def add_action(
    window: MainWindow,
    key: str,
    text: str,
    slot: Any,
    shortcut: Any = None,
    icon: QStyle.StandardPixmap | None = None,
    tip: str = "",
    theme: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:  # the desktop theme's icon when there is one, else Qt's own
        fallback = window.style().standardIcon(icon)
        action.setIcon(QIcon.fromTheme(theme, fallback) if theme else fallback)
    plain = text.replace("&", "").rstrip("…")
    action.setToolTip(tip or plain)
    action.setStatusTip(tip or plain)
    action.triggered.connect(lambda _checked=False: slot())
    window.act[key] = action
    return action


def build_menus(window: MainWindow) -> None:
    """Menus with mnemonics, standard shortcuts, a toolbar with icons and tooltips."""
    sp, ks = QStyle.StandardPixmap, QKeySequence.StandardKey
    window.act = {}

    def a(*args: Any) -> QAction:
        return add_action(window, *args)

    menu = window.menuBar().addMenu(window.tr("&File"))
    menu.addAction(
        a(
            "new",
            window.tr("&New"),
            window.new_document,
            ks.New,
            sp.SP_FileIcon,
            window.tr("Start a new submission"),
            "document-new",
        )
    )
    menu.addAction(
        a(
            "open",
            window.tr("&Open…"),
            window.open_dialog,
            ks.Open,
            sp.SP_DialogOpenButton,
            window.tr("Open a submission file"),
            "document-open",
        )
    )
    window.recent_menu = menu.addMenu(window.tr("Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    menu.addAction(
        a(
            "save",
            window.tr("&Save"),
            window.save,
            ks.Save,
            sp.SP_DialogSaveButton,
            window.tr("Save the submission"),
            "document-save",
        )
    )
    menu.addAction(a("save_as", window.tr("Save &As…"), window.save_as, ks.SaveAs))
    menu.addSeparator()
    menu.addAction(
        a(
            "export",
            window.tr("&Export…"),
            window.export_dialog,
            "Ctrl+E",
            sp.SP_FileDialogDetailedView,
            window.tr("Export to Word, Markdown or plain text"),
            "document-export",
        )
    )
    menu.addSeparator()
    menu.addAction(a("close", window.tr("&Close"), window.close_document, ks.Close))
    menu.addAction(a("quit", window.tr("&Quit"), window.close, ks.Quit))

    menu = window.menuBar().addMenu(window.tr("&Edit"))
    undo = window.stack.createUndoAction(window, window.tr("&Undo"))
    undo.setShortcut(QKeySequence(ks.Undo))
    undo.setIcon(QIcon.fromTheme("edit-undo", window.style().standardIcon(sp.SP_ArrowBack)))
    redo = window.stack.createRedoAction(window, window.tr("&Redo"))
    redo.setShortcut(QKeySequence(ks.Redo))
    redo.setIcon(QIcon.fromTheme("edit-redo", window.style().standardIcon(sp.SP_ArrowForward)))
    window.act["undo"], window.act["redo"] = undo, redo
    menu.addActions([undo, redo])
    menu.addSeparator()
    menu.addAction(
        a(
            "insert",
            window.tr("&Insert Paragraph"),
            window._insert_selected,
            "Ctrl+I",
            sp.SP_ArrowRight,
            window.tr("Insert the selected library paragraphs (Enter in the list)"),
            "list-add",
        )
    )
    menu.addAction(
        a(
            "insert_text",
            window.tr("Insert Free &Text"),
            window.composer.insert_text_block,
            "Ctrl+T",
        )
    )
    menu.addAction(
        a(
            "move_up",
            window.tr("Move U&p"),
            lambda: window.composer.move_current(-1),
            "Alt+Up",
            sp.SP_ArrowUp,
            window.tr("Move up (Alt+Up)"),
            "go-up",
        )
    )
    menu.addAction(
        a(
            "move_down",
            window.tr("Move &Down"),
            lambda: window.composer.move_current(1),
            "Alt+Down",
            sp.SP_ArrowDown,
            window.tr("Move down (Alt+Down)"),
            "go-down",
        )
    )
    menu.addAction(
        a(
            "remove",
            window.tr("Re&move"),
            window.composer.remove_current,
            ks.Delete,
            sp.SP_TrashIcon,
            window.tr("Remove the selected paragraph or section"),
            "edit-delete",
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "copy_section",
            window.tr("&Copy Section as Plain Text…"),
            window.copy_section,
            "Ctrl+Shift+C",
        )
    )

    menu = window.menuBar().addMenu(window.tr("&Submission"))
    menu.addAction(a("consultation", window.tr("&Consultation Details…"), window.edit_consultation))
    menu.addAction(a("profile", window.tr("&Organisation Profile…"), window.edit_profile))
    menu.addAction(
        a("template", window.tr("&Template and Word Reference…"), window.choose_template)
    )
    menu.addSeparator()
    menu.addAction(
        a("add_section", window.tr("&Add Section"), window.composer.add_section, "Ctrl+Shift+N")
    )
    menu.addAction(
        a("rename_section", window.tr("Re&name Section…"), window.composer.rename_section, "F2")
    )
    menu.addAction(
        a("paste_questions", window.tr("&Paste Questions…"), window.paste_questions, "Ctrl+Shift+V")
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "checks",
            window.tr("Run C&hecks"),
            window.run_checks,
            "F7",
            sp.SP_DialogApplyButton,
            window.tr("Check the submission before sending"),
        )
    )

    menu = window.menuBar().addMenu(window.tr("&Library"))
    menu.addAction(
        a("new_paragraph", window.tr("&New Paragraph…"), window.new_paragraph, "Ctrl+Shift+P")
    )
    menu.addAction(a("edit_paragraph", window.tr("&Edit Paragraph…"), window.edit_paragraph))
    menu.addAction(
        a("duplicate_paragraph", window.tr("&Duplicate Paragraph…"), window.duplicate_paragraph)
    )
    menu.addAction(a("retire_paragraph", window.tr("&Retire Paragraph"), window.retire_paragraph))
    menu.addSeparator()
    menu.addAction(
        a(
            "import_bundle",
            window.tr("&Import Bundle…"),
            lambda: window.sharing.import_bundle(),
            None,
            None,
            window.tr("Preview a .tccmlib bundle and choose what to take from it"),
        )
    )
    menu.addAction(
        a(
            "export_bundle",
            window.tr("E&xport Bundle…"),
            lambda: window.sharing.export_bundle(),
            None,
            None,
            window.tr("Write the library to a .tccmlib file to share by email"),
        )
    )
    menu.addAction(
        a(
            "add_library",
            window.tr("Add Library &Folder…"),
            lambda: window.sharing.add_library_folder(),
            None,
            None,
            window.tr("Also use a shared folder or a git checkout of paragraphs"),
        )
    )
    menu.addAction(a("undo_import", window.tr("&Undo Last Import"), window._undo_import))
    window.act["undo_import"].setEnabled(False)
    menu.addSeparator()
    menu.addAction(
        a(
            "reload",
            window.tr("Re&load"),
            window.reload_library,
            ks.Refresh,
            sp.SP_BrowserReload,
            window.tr("Read the library folders again"),
        )
    )

    menu = window.menuBar().addMenu(window.tr("&Help"))
    menu.addAction(a("guide", window.tr("&User Guide"), window.open_user_guide, ks.HelpContents))
    menu.addAction(a("about", window.tr("&About TCCM Drafter"), window.about))

    # Delete removes a block only from the outline; elsewhere it edits text.
    remove = window.act["remove"]
    remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.outline_view.addAction(remove)

    bar = window.addToolBar(window.tr("Main"))
    bar.setObjectName("main-toolbar")
    for key in (
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
    ):
        if key is None:
            bar.addSeparator()
        else:
            bar.addAction(window.act[key])


def fill_recent(window: MainWindow) -> None:
    window.recent_menu.clear()
    for number, path in enumerate(window.settings.recent_files, start=1):
        action = window.recent_menu.addAction(f"&{number % 10} {path.name}")
        action.setToolTip(str(path))
        action.triggered.connect(lambda _c=False, p=path: window.open_file(p))
    if not window.settings.recent_files:
        window.recent_menu.addAction(window.tr("(no recent files)")).setEnabled(False)

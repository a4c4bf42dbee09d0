"""The window's action handlers by key (the keys of the tables in gui/menus.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tccm_drafter.app.paths import AppPaths
    from tccm_drafter.gui.main_window import MainWindow


def new_from_call(window: MainWindow) -> None:
    from tccm_drafter.gui.call_actions import new_from_call as run

    run(window)


def import_review(window: MainWindow) -> None:
    from tccm_drafter.gui.review_actions import import_review as run

    run(window)


def show_register(window: MainWindow) -> None:
    from tccm_drafter.gui.register_window import show_register as run

    run(window)


def choose_language(window: MainWindow) -> None:
    from tccm_drafter.gui.dialogs.language import choose_language as run

    run(window)


def open_user_guide(window: MainWindow) -> None:
    from tccm_drafter.gui.dialogs.guide import show_user_guide

    show_user_guide(window, window.prompter)


def about(window: MainWindow) -> None:
    from tccm_drafter.gui.dialogs.about import show_about

    show_about(window)


def show_health(window: MainWindow) -> None:
    from tccm_drafter.gui.health_window import show_health as run

    run(window)


def used_in(paths: AppPaths, paragraph_id: str) -> list[str]:
    """The submissions that used a paragraph, one line each (the paragraph preview)."""
    from PySide6.QtCore import QCoreApplication

    from tccm_drafter.app.usage import submissions_using

    version = QCoreApplication.translate("MainWindow", "version {0}")
    return [
        f"{use.title or use.path.name} ({use.path.name}, {use.recorded}, "
        + version.format(use.version)
        + ")"
        for use in submissions_using(paths, paragraph_id)
    ]


def action_handlers(window: MainWindow) -> dict[str, Callable[[], object]]:
    """What each menu and toolbar action (gui/menus.py) does in this window. Dialogs and
    windows are imported when first opened: the first frame needs none of them."""
    files, actions, library, sharing = (
        window.files,
        window.submission_actions,
        window.library_editing,
        window.sharing,
    )
    composer = window.composer
    return {
        "new": files.new_document,
        "new_from_call": lambda: new_from_call(window),
        "open": files.open_dialog,
        "save": files.save,
        "save_as": files.save_as,
        "export": actions.export_dialog,
        "import_review": lambda: import_review(window),
        "register": lambda: show_register(window),
        "close": files.close_document,
        "quit": window.close,
        "insert": lambda: window._insert_ids(window.library_panel.selected_ids()),
        "insert_text": composer.insert_text_block,
        "move_up": lambda: composer.move_current(-1),
        "move_down": lambda: composer.move_current(1),
        "remove": composer.remove_current,
        "copy_section": actions.copy_section,
        "find": window.library_panel.focus_search,
        "find_submission": lambda: window.editor.find_bar.open_find(),
        "replace": lambda: window.editor.find_bar.open_find(replacing=True),
        "consultation": actions.edit_consultation,
        "profile": actions.edit_profile,
        "template": actions.choose_template,
        "signatories": actions.edit_signatories,
        "add_section": composer.add_section,
        "add_introduction": composer.add_introduction,
        "add_closing": composer.add_closing,
        "edit_section": actions.edit_section,
        "paste_questions": actions.paste_questions,
        "checks": actions.run_checks,
        "new_paragraph": library.new_paragraph,
        "edit_paragraph": library.edit_selected,
        "duplicate_paragraph": library.duplicate_selected,
        "retire_paragraph": library.retire_selected,
        "import_bundle": lambda: sharing.import_bundle(),
        "export_bundle": lambda: sharing.export_bundle(),
        "add_library": lambda: sharing.add_library_folder(),
        "subscribe": lambda: sharing.shared.subscribe(),
        "sync_shared": lambda: sharing.shared.sync(),
        "share_changes": lambda: sharing.shared.share(),
        "reload": window.reload_library,
        "load_problems": lambda: _load_problems(window),
        "spell_check": lambda: window.spelling.set_enabled(window.act["spell_check"].isChecked()),
        "next_pane": lambda: window.cycle_panes(1),
        "previous_pane": lambda: window.cycle_panes(-1),
        "language": lambda: choose_language(window),
        "guide": lambda: open_user_guide(window),
        "about": lambda: about(window),
        "suggest": window.library_panel.show_suggestions,
        "draft": lambda: window.suggesting.draft(),
        "health": lambda: show_health(window),
    }


def _load_problems(window: MainWindow) -> None:
    from tccm_drafter.gui.load_problems import show

    show(window)

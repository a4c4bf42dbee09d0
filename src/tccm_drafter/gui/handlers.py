"""The window's action handlers by key (the keys of the tables in gui/menus.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tccm_drafter.gui.call_actions import new_from_call
from tccm_drafter.gui.dialogs.language import choose_language
from tccm_drafter.gui.register_window import show_register
from tccm_drafter.gui.review_actions import import_review

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow


def action_handlers(window: MainWindow) -> dict[str, Any]:
    """What each menu and toolbar action (gui/menus.py) does in this window."""
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
        "reload": window.reload_library,
        "next_pane": lambda: window.cycle_panes(1),
        "previous_pane": lambda: window.cycle_panes(-1),
        "language": lambda: choose_language(window),
        "guide": window.open_user_guide,
        "about": window.about,
    }

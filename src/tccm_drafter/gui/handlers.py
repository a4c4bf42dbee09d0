"""The window's action handlers by key (the keys of the tables in gui/menus.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from tccm_drafter.gui.host import WindowHost

if TYPE_CHECKING:
    from tccm_drafter.gui.editor import BlockEditor
    from tccm_drafter.gui.file_actions import FileActions
    from tccm_drafter.gui.library_editing import LibraryEditing
    from tccm_drafter.gui.library_sharing import LibrarySharing
    from tccm_drafter.gui.spell_actions import WindowSpelling
    from tccm_drafter.gui.submission_actions import SubmissionActions
    from tccm_drafter.gui.suggestions_controller import SuggestionsController


class WindowParts(WindowHost, Protocol):
    """The window as its wiring table sees it: the host and the helpers it built (they take
    the host, so ``gui/host.py`` cannot name them without an import cycle)."""

    #: File menu: new, open, save, save as, close.
    files: FileActions
    #: The submission's menus: export, details, template, signatories, sections, checks.
    submission_actions: SubmissionActions
    #: Library menu: new, edit, duplicate, retire a paragraph.
    library_editing: LibraryEditing
    #: Library bundles, library folders and shared libraries.
    sharing: LibrarySharing
    #: The block editor (its Find and Replace bar).
    editor: BlockEditor
    #: Spelling in the editor (Tools › Check Spelling).
    spelling: WindowSpelling
    #: Suggestions for the selected section, and Draft from Library.
    suggesting: SuggestionsController

    def cycle_panes(self, step: int) -> None:
        """F6 / Shift+F6: the keyboard focus to the next or previous pane."""
        ...


def new_from_call(host: WindowHost) -> None:
    from tccm_drafter.gui.call_actions import new_from_call as run

    run(host)


def import_review(host: WindowHost) -> None:
    from tccm_drafter.gui.review_actions import import_review as run

    run(host)


def show_register(host: WindowHost) -> None:
    from tccm_drafter.gui.register_window import show_register as run

    run(host)


def choose_language(host: WindowHost) -> None:
    from tccm_drafter.gui.dialogs.language import choose_language as run

    run(host)


def open_user_guide(host: WindowHost) -> None:
    from tccm_drafter.gui.dialogs.guide import show_user_guide

    show_user_guide(host.widget(), host.prompter)


def about(host: WindowHost) -> None:
    from tccm_drafter.gui.dialogs.about import show_about

    show_about(host.widget())


def show_health(host: WindowHost) -> None:
    from tccm_drafter.gui.health_window import show_health as run

    run(host)


def load_problems(host: WindowHost) -> None:
    from tccm_drafter.gui.load_problems import show

    show(host)


def action_handlers(window: WindowParts) -> dict[str, Callable[[], object]]:
    """What each menu and toolbar action (gui/menus.py) does in this window. Dialogs and
    windows are imported when first opened: the first frame needs none of them."""
    files, actions, library, sharing = (
        window.files,
        window.submission_actions,
        window.library_editing,
        window.sharing,
    )
    composer, panel, find_bar = window.composer, window.library_panel, window.editor.find_bar
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
        "quit": window.widget().close,
        "insert": lambda: composer.insert_paragraphs(panel.selected_ids()),
        "insert_text": composer.insert_text_block,
        "move_up": lambda: composer.move_current(-1),
        "move_down": lambda: composer.move_current(1),
        "remove": composer.remove_current,
        "copy_section": actions.copy_section,
        "find": panel.focus_search,
        "find_submission": lambda: find_bar.open_find(),
        "replace": lambda: find_bar.open_find(replacing=True),
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
        "load_problems": lambda: load_problems(window),
        "spell_check": lambda: window.spelling.set_enabled(window.act["spell_check"].isChecked()),
        "next_pane": lambda: window.cycle_panes(1),
        "previous_pane": lambda: window.cycle_panes(-1),
        "language": lambda: choose_language(window),
        "guide": lambda: open_user_guide(window),
        "about": lambda: about(window),
        "suggest": panel.show_suggestions,
        "draft": lambda: window.suggesting.draft(),
        "health": lambda: show_health(window),
    }

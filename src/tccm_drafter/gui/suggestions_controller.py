"""Keeps the Suggestions view on the selected section: asks app/suggestions.py when the view
is shown or another section is selected, and performs Draft from Library as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tccm_drafter.app.workspace import Event, LibraryChanged, SectionReplaced, SubmissionReset
from tccm_drafter.errors import InputError
from tccm_drafter.model import ParagraphBlock

if TYPE_CHECKING:  # the suggestions load when first asked for (not before the first frame)
    from tccm_drafter.app import suggestions
    from tccm_drafter.gui.host import WindowHost


class SuggestionsController(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self._host = host
        self._section = -1
        self._ranker: suggestions.Ranker | None = None
        panel = host.library_panel
        panel.suggestionsShown.connect(self.refresh)
        panel.suggestions.draftRequested.connect(self.draft)
        panel.suggestions.insertRequested.connect(host.composer.insert_paragraphs)
        host.outline_view.locationChanged.connect(self._location_changed)
        host.workspace.add_listener(self)

    def before(self, event: Event) -> None:
        pass

    def after(self, event: Event) -> None:
        if isinstance(event, LibraryChanged | SubmissionReset):
            self._ranker = None
        if isinstance(event, LibraryChanged | SubmissionReset | SectionReplaced):
            self.refresh()

    def _location_changed(self, section: int, _block: int) -> None:
        self._section = section
        self.refresh()

    def refresh(self) -> None:
        """Suggestions for the selected section, when the view is on screen."""
        panel = self._host.library_panel
        if not panel.suggestions_visible():
            return
        view = panel.suggestions
        sections = self._host.workspace.submission.sections
        if not 0 <= self._section < len(sections):
            view.show_message(self.tr("Select a section to see the paragraphs that answer it."))
            return
        from tccm_drafter.app import suggestions

        section = sections[self._section]
        question = suggestions.question_of(section)
        if not question:
            view.show_message(self.tr("This section has no question or title to answer."))
            return
        library = self._host.workspace.library
        if self._ranker is None:
            self._ranker = suggestions.ranker_for(library)
        found = suggestions.suggest(
            library,
            question,
            self._host.workspace.submission.consultation.language,
            today=self._host.clock.now().date(),
            ranker=self._ranker,
        )
        used = frozenset(
            block.paragraph_id
            for each in sections
            for block in each.blocks
            if isinstance(block, ParagraphBlock)
        )
        view.show_suggestions(question, found, can_draft=not section.blocks, used=used)

    def draft(self) -> None:
        """Draft from Library: the empty section filled as one step of the undo history."""
        from tccm_drafter.app import suggestions

        host = self._host
        try:
            edit = suggestions.draft(
                host.workspace,
                self._section,
                today=host.clock.now().date(),
                ranker=self._ranker,
            )
            host.history.perform(edit)
        except InputError as error:
            host.prompter.show_error(host.widget(), self.tr("Draft from Library"), str(error))
        self.refresh()

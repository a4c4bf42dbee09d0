"""Submission menu actions: details, sections, questions, checks, copy and export.

Every change is an edit performed through the history; exports are prepared by the core
(``app/exporting.py``, the same checks as the command line) and written on the job runner.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QDialog

from tccm_drafter.app import drafting
from tccm_drafter.app.checks import Finding, run_checks
from tccm_drafter.app.new_submission import retitled
from tccm_drafter.app.preview import is_safe_link
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.gui import dialogs
from tccm_drafter.gui.deadline_label import DeadlineLabel
from tccm_drafter.gui.host import WindowHost
from tccm_drafter.gui.i18n import ntr
from tccm_drafter.gui.jobs import JobRunner


class SubmissionActions(QObject):
    exportFinished = Signal(str, str)  # output path, error message ("" = written)

    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._exports = JobRunner(self)
        #: The open submission's deadline, in the status bar (it follows the workspace).
        self.deadline_label = DeadlineLabel(
            host.workspace,
            lambda: host.settings.deadline_warning_days,
            host.clock,
            host.widget(),
        )
        host.statusBar().addPermanentWidget(self.deadline_label)

    @property
    def _ws(self) -> Workspace:
        return self._host.workspace

    def _run(self, dialog: QDialog) -> bool:
        return bool(self._host.prompter.run_dialog(dialog))

    # -- details ----------------------------------------------------------------------------
    def edit_consultation(self) -> None:
        submission = self._ws.submission
        dialog = dialogs.ConsultationDialog(
            submission.consultation,
            self._host.widget(),
            today=self._host.clock.now().date(),
            sign_off=submission.sign_off,
            endorsement_deadline=submission.endorsement_deadline,
        )
        if self._run(dialog):
            consultation = dialog.consultation()
            changed = replace(submission, consultation=consultation)
            title = retitled(submission, changed)
            self._host.history.perform(
                drafting.set_fields(
                    self._ws,
                    "Change Consultation Details",
                    consultation=consultation,
                    title=title,
                    **dialog.submission_fields(),
                )
            )

    def edit_signatories(self) -> None:
        """Submission › Signatories…: the whole list (with an import) as one undoable edit."""
        submission = self._ws.submission
        dialog = dialogs.SignatoriesDialog(
            submission.signatories,
            submission.endorsement_deadline,
            today=self._host.clock.now().date(),
            run_dialog=self._host.prompter.run_dialog,
            parent=self._host.widget(),
        )
        if self._run(dialog):
            self._host.history.perform(
                drafting.set_fields(
                    self._ws,
                    "Change Signatories",
                    signatories=dialog.signatories(),
                    endorsement_deadline=dialog.endorsement_deadline(),
                )
            )

    def edit_profile(self) -> None:
        dialog = dialogs.ProfileDialog(
            self._host.paths, self._ws.submission.organisation, self._host.widget()
        )
        if self._run(dialog):
            organisation = dialog.organisation()
            changed = replace(self._ws.submission, organisation=organisation)
            title = retitled(self._ws.submission, changed)
            self._host.history.perform(
                drafting.set_fields(
                    self._ws, "Change Organisation", organisation=organisation, title=title
                )
            )

    def choose_template(self) -> None:
        submission = self._ws.submission
        dialog = dialogs.TemplateDialog(
            self._host.paths, submission.template, submission.reference_docx, self._host.widget()
        )
        if self._run(dialog):
            name, reference = dialog.template_name(), dialog.reference_docx()
            edit = drafting.set_fields(
                self._ws, "Change Template", template=name, reference_docx=reference
            )
            self._host.history.perform(edit)
            self._host.settings.last_template = name
            self._host.live.reset_template()

    def set_title(self, title: str) -> None:
        self._host.history.perform(drafting.set_fields(self._ws, "Change Title", title=title))

    # -- sections ---------------------------------------------------------------------------
    def paste_questions(self) -> None:
        dialog = dialogs.PasteQuestionsDialog(self._host.widget())
        if self._run(dialog):
            self._host.history.perform(drafting.add_sections(self._ws, dialog.sections()))

    def edit_section(self) -> None:
        section, _ = self._host.outline_view.current_location()
        if section < 0:
            return
        dialog = dialogs.SectionDialog(self._ws.submission.sections[section], self._host.widget())
        if self._run(dialog):
            title, question, words, chars = dialog.values()
            edit = drafting.edit_section(
                self._ws,
                section,
                title=title,
                question=question,
                word_limit=words,
                char_limit=chars,
            )
            self._host.history.perform(edit)

    # -- checks, copy, difference ------------------------------------------------------------
    def copy_section(self) -> None:
        from tccm_drafter.app.rendering import answer_text, section_counts

        section, _ = self._host.outline_view.current_location()
        if section < 0:
            return
        try:
            document = self._host.live.render_here().document
        except InputError as error:
            self._host.prompter.show_error(self._host.widget(), self.tr("Cannot copy"), str(error))
            return
        text = answer_text(document, section)
        counts = section_counts(document, section)
        title = self._ws.submission.sections[section].title
        self._run(dialogs.CopySectionDialog(title, text, counts, self._host.widget()))

    def findings(self) -> list[Finding]:
        """The checks of the submission as it is now (raises InputError)."""
        return run_checks(
            self._ws.submission,
            self._ws.library,
            self._host.live.template(),
            settings=self._host.settings,
            now=self._host.clock.now(),
            submission_path=self._host.state.path,
        )

    def run_checks(self) -> list[Finding]:
        """Run the checks and show them in the docked panel beside the outline."""
        try:
            found = self.findings()
        except InputError as error:
            self._host.prompter.show_error(
                self._host.widget(), self.tr("Cannot run the checks"), str(error)
            )
            return []
        self._host.show_checks(found)
        self._host.statusBar().showMessage(
            ntr("SubmissionActions", "%n finding(s)", len(found)), 6000
        )
        return found

    def apply_fix(self, finding: Finding) -> None:
        """A finding's fix, as one undoable edit; the checks run again after it."""
        from tccm_drafter.app.fixes import fix_edit

        if self._host.history.perform(fix_edit(self._ws, finding)):
            self.run_checks()

    def show_difference(self, section: int, row: int) -> None:
        """The user's wording against the library's; for a translation left as the library has
        it whose source changed, that source beside the translation."""
        from tccm_drafter.model import ParagraphBlock
        from tccm_drafter.model.translations import source_change

        block = self._ws.block(section, row)
        if isinstance(block, ParagraphBlock) and not block.is_edited:
            paragraph = self._ws.library.get(block.paragraph_id)
            change = source_change(paragraph, self._ws.library) if paragraph else None
            if change is not None and change.changed:
                self._run(dialogs.SourceChangeDialog(change, self._host.widget()))
                return
        self._run(
            dialogs.DiffDialog(
                self._ws.submission, self._ws.library, section, row, self._host.widget()
            )
        )

    # -- export -----------------------------------------------------------------------------
    def export_dialog(self) -> None:
        """Format and file; open problems are shown first (Export Anyway or Review)."""
        state = self._host.state
        try:
            found = self.findings()
        except InputError:
            found = []  # the export itself will say what cannot be rendered
        dialog = dialogs.ExportDialog(
            state.path or Path.home() / state.name, self._host.widget(), found
        )
        if self._run(dialog):
            self.export_to(
                dialog.output_path(),
                dialog.format(),
                page_numbers=dialog.page_numbers(),
                for_review=dialog.for_review(),
                counts=dialog.with_counts(),
            )
        elif dialog.review_requested:
            self._host.show_checks(found)

    def export_to(
        self,
        out_path: Path,
        fmt: str,
        *,
        page_numbers: bool = True,
        for_review: bool = False,
        counts: bool = True,
    ) -> None:
        """Export on the job runner; ``exportFinished`` tells when it is done.

        ``page_numbers``: a Word export on a letterhead that shows none gets them;
        ``for_review``: the Word copy with review marks (else the copy for sending);
        ``counts``: the plain text's count lines."""
        from tccm_drafter.app.exporting import prepare_export, write_export

        submission, library = self._ws.snapshot()
        try:
            plan = prepare_export(
                submission,
                library,
                self._host.paths.templates_dir,
                submission_path=self._host.state.path,
                fmt=fmt,
                output=Path(out_path),
                template=self._host.live.template(),
                page_numbers=None if page_numbers else False,
                for_review=for_review,
                counts=counts,
            )
        except InputError as error:
            self._host.prompter.show_error(
                self._host.widget(), self.tr("Cannot export"), str(error)
            )
            self.exportFinished.emit(str(out_path), str(error))
            return
        self._host.statusBar().showMessage(self.tr("Exporting {0}…").format(Path(out_path).name))

        now = self._host.clock.now()

        def work() -> list[str]:
            return [w.message for w in write_export(plan, now=now)]

        self._exports.submit(
            work,
            lambda warnings: self._export_done(str(out_path), warnings, ""),
            lambda error: self._export_done(str(out_path), [], str(error)),
        )

    def _export_done(self, path: str, warnings: list[str], error: str) -> None:
        bar = self._host.statusBar()
        if error:
            bar.clearMessage()
            self._host.prompter.show_error(self._host.widget(), self.tr("Export failed"), error)
        else:
            note = self.tr("Exported {0}").format(path)
            if warnings:
                note += " · " + ntr("PreflightPanel", "%n warning(s)", len(warnings))
            bar.showMessage(note, 8000)
        self.exportFinished.emit(path, error)
        if not error:
            self._host.prompter.export_done(self._host.widget(), Path(path), warnings)

    def wait(self) -> None:
        self._exports.wait()

    # -- links ------------------------------------------------------------------------------
    def open_link(self, url: QUrl) -> None:
        """A link clicked in the preview: web and mail addresses after asking, nothing else."""
        from PySide6.QtGui import QDesktopServices

        address = url.toString()
        if not is_safe_link(address):
            self._host.prompter.show_info(
                self._host.widget(),
                self.tr("Link not opened"),
                self.tr(
                    "TCCM Drafter opens only web (http, https) and e-mail links.\n\n{0}"
                ).format(address),
            )
            return
        if self._host.prompter.ask_open_link(self._host.widget(), address):
            QDesktopServices.openUrl(url)

"""Library › Subscribe to a Shared Library…, Sync Shared Libraries, Share My Changes….

The network work (fetch, push) runs on the job runner's thread; the window shows the results.
A sync shows the bundle import's own preview (``ImportBundleDialog``) and is one step of the
undo history (``app.shared_libraries.SyncLibrary``). At start the app syncs every shared
library: when something came in it shows the same preview, when the server cannot be reached
the status bar says so and when the library was last synced.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer
from PySide6.QtWidgets import QDialog

from tccm_drafter.errors import InputError
from tccm_drafter.gui.host import WindowHost
from tccm_drafter.gui.jobs import JobRunner

if TYPE_CHECKING:
    from tccm_drafter.app.shared_libraries import (
        Credentials,
        KeyringStore,
        Subscribed,
        Subscription,
        SyncPreview,
    )
    from tccm_drafter.app.shared_propose import Proposal

T = TypeVar("T")

#: After the window shows, wait this long before the start-up sync (the window comes first).
START_SYNC_DELAY_MS = 1500


class SharedLibraryActions(QObject):
    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._keyring: KeyringStore | None = None
        self.runner = JobRunner(self)
        #: Shared libraries still to sync: (subscription, at start, a login typed just now).
        self._queue: list[tuple[Subscription, bool, Credentials | None]] = []
        #: The last dialog shown (the tests play the user through the prompter).
        self.dialog: QDialog | None = None
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_SYNC_DELAY_MS)
        self._start_timer.timeout.connect(lambda: self.sync(at_start=True))

    @property
    def _store(self) -> KeyringStore:
        """The system's keyring, reached on first use: the git modules behind it load after
        the window's first frame."""
        if self._keyring is None:
            from tccm_drafter.app.shared_libraries import KeyringStore

            self._keyring = KeyringStore()
        return self._keyring

    def busy(self) -> bool:
        return self.runner.busy() or bool(self._queue)

    def schedule_start_sync(self) -> None:
        self._start_timer.start()

    def start_sync_pending(self) -> bool:
        return self._start_timer.isActive()

    def _user_first(self) -> None:
        """The user subscribes, syncs or shares before the sync at start: it is not needed
        after that (and would only race with what the user is doing)."""
        self._start_timer.stop()

    # -- helpers ---------------------------------------------------------------------------

    def _error(self, title: str, error: Exception) -> None:
        self._host.prompter.show_error(self._host.widget(), title, str(error))

    def _status(self, text: str) -> None:
        self._host.statusBar().showMessage(text, 10000)

    def when(self, moment: datetime | None) -> str:
        """A moment in the interface's language ("never" when there is none)."""
        if moment is None:
            return self.tr("never")
        shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)

    def _run(self, work: Callable[[], T], done: Callable[[T], None], title: str) -> None:
        self._host.statusBar().showMessage(self.tr("Contacting the server…"))
        self.runner.submit(work, done, lambda error: self._failed(title, error))

    def _failed(self, title: str, error: Exception) -> None:
        self._host.statusBar().clearMessage()
        self._queue.clear()
        if isinstance(error, InputError):
            self._error(title, error)
        else:
            raise error

    # -- subscribe -------------------------------------------------------------------------

    def subscribe(self) -> bool:
        """Ask for the repository, then fetch and add it in the background."""
        from tccm_drafter.app.shared_libraries import Credentials, subscribe
        from tccm_drafter.gui.shared_dialogs import SubscribeDialog

        self._user_first()
        host, title = self._host, self.tr("Subscribe to a Shared Library")
        dialog = SubscribeDialog(host.widget())
        self.dialog = dialog
        if not host.prompter.run_dialog(dialog):
            return False
        request = dialog.request()
        login = (
            Credentials(request.username, request.password)
            if request.username and request.password
            else None
        )
        paths, settings, now = host.paths, copy.deepcopy(host.settings), self._host.clock.now()

        def work() -> Subscribed:
            return subscribe(
                paths,
                settings,
                request.address,
                self._store,
                now=now,
                name=request.name or None,
                branch=request.branch,
                writable=request.writable,
                credentials=login,
            )

        self._run(work, self._subscribed, title)
        return True

    def _subscribed(self, done: Subscribed) -> None:
        from tccm_drafter.app.libraries import LibraryFolder
        from tccm_drafter.app.preferences import LibrarySetting

        host, sub = self._host, done.subscription
        host.settings.libraries.append(LibrarySetting(sub.name, sub.library_dir, sub.writable))
        host.workspace.libraries.folders.append(
            LibraryFolder(sub.library_dir, sub.name, sub.writable)
        )
        host.reload_library()
        self._status(
            self.tr("Subscribed to “{0}”: %n paragraph(s)", "", done.written).format(sub.name)
        )
        if done.keyring_note:
            host.prompter.show_info(host.widget(), self.tr("Subscribed"), done.keyring_note)

    # -- sync ------------------------------------------------------------------------------

    def sync(self, name: str | None = None, *, at_start: bool = False) -> bool:
        """Fetch every shared library (or the one named) and preview what came in."""
        from tccm_drafter.app.subscriptions import subscriptions

        if not at_start:
            self._user_first()
        found, errors = subscriptions(self._host.paths)
        chosen = [s for s in found if name in (None, s.name)]
        if not chosen:
            if not at_start:
                message = (
                    str(errors[0])
                    if errors
                    else self.tr(
                        "There is no shared library yet: Library › Subscribe to a Shared Library…"
                    )
                )
                self._host.prompter.show_info(
                    self._host.widget(), self.tr("Sync Shared Libraries"), message
                )
            return False
        self._queue = [(s, at_start, None) for s in chosen]
        self._next_sync()
        return True

    def _next_sync(self) -> None:
        from tccm_drafter.app.shared_libraries import credentials_for, fetch_and_plan

        if not self._queue:
            return
        subscription, at_start, login = self._queue.pop(0)
        libraries = self._host.workspace.libraries

        def work() -> tuple[SyncPreview, Credentials | None]:
            # The keyring may take a moment (or ask the system): not on the window's thread.
            credentials = credentials_for(self._store, subscription, login)
            return fetch_and_plan(subscription, libraries, credentials), login

        def failed(error: Exception) -> None:
            from tccm_drafter.app.shared_libraries import RemoteError

            if isinstance(error, RemoteError) and error.kind == "auth" and not at_start:
                retry = self._ask_login(subscription)
                if retry is not None:
                    self._queue.insert(0, (subscription, at_start, retry))
                    self._next_sync()
                    return
            self._host.statusBar().clearMessage()
            if at_start:
                self._status(self.tr("“{0}” was not synced: {1}").format(subscription.name, error))
            else:
                self._error(self.tr("Sync Shared Libraries"), error)
            self._next_sync()

        self._host.statusBar().showMessage(self.tr("Contacting the server…"))
        self.runner.submit(
            work, lambda result: self._synced(result[0], result[1], at_start), failed
        )

    def _ask_login(self, subscription: Subscription) -> Credentials | None:
        from tccm_drafter.app.shared_libraries import Credentials, shown
        from tccm_drafter.gui.shared_dialogs import LoginDialog

        dialog = LoginDialog(
            shown(subscription.address), subscription.username, self._host.widget()
        )
        self.dialog = dialog
        if not self._host.prompter.run_dialog(dialog) or not dialog.password.text():
            return None
        return Credentials(dialog.username.text().strip(), dialog.password.text())

    def _synced(self, preview: SyncPreview, login: Credentials | None, at_start: bool) -> None:
        """Show what came in; a login typed for this sync is kept once it worked."""
        from tccm_drafter.app.shared_libraries import apply_sync

        host = self._host
        host.statusBar().clearMessage()
        sub = preview.subscription
        if login is not None and preview.offline is None:
            try:
                self._store.save(sub.address, login)
            except InputError as error:
                self._status(error.message)
        if preview.offline is not None:
            self._status(
                self.tr(
                    "“{0}”: the server cannot be reached, you are working offline (last synced {1})"
                ).format(sub.name, self.when(sub.last_synced))
            )
        if preview.sync.changes() == 0:
            if preview.offline is None:
                taken = {p.id for p in host.workspace.library}
                apply_sync(preview, {}, taken, self._host.clock.now())
                self._status(self.tr("“{0}” is up to date").format(sub.name))
            self._next_sync()
            return
        self._preview(preview)
        self._next_sync()

    def _preview(self, preview: SyncPreview) -> None:
        from tccm_drafter.app.shared_libraries import SyncLibrary, shown
        from tccm_drafter.gui.import_dialog import ImportBundleDialog

        host, sub = self._host, preview.subscription
        intro = self.tr("Shared library “{0}” ({1}), last synced {2}.").format(
            sub.name, shown(sub.address), self.when(sub.last_synced)
        )
        if preview.sync.removed:
            intro += " " + self.tr(
                "%n paragraph(s) no longer in the repository stay here.",
                "",
                len(preview.sync.removed),
            )
        dialog = ImportBundleDialog(
            preview.sync.plan,
            host.widget(),
            title=self.tr("Sync {0}").format(sub.name),
            intro=intro,
            accept_text=self.tr("&Sync"),
        )
        self.dialog = dialog
        if not host.prompter.run_dialog(dialog):
            return
        edit = SyncLibrary(preview, dialog.decisions(), self._host.clock.now())
        try:
            host.history.perform(edit)
        except InputError as error:
            self._error(self.tr("Sync Shared Libraries"), error)
            return
        written = len(edit.result.written) if edit.result is not None else 0
        self._status(self.tr("Synced “{0}”: %n paragraph(s) written", "", written).format(sub.name))

    # -- share back ------------------------------------------------------------------------

    def share(self, name: str | None = None) -> bool:
        """Show the changed paragraphs of a writable shared library, then send them."""
        from tccm_drafter.app.new_submission import default_organisation
        from tccm_drafter.app.shared_libraries import credentials_for, subscriptions
        from tccm_drafter.app.shared_propose import pending_changes, propose
        from tccm_drafter.gui.shared_dialogs import ShareDialog

        self._user_first()
        host, title = self._host, self.tr("Share My Changes")
        found, _ = subscriptions(host.paths)
        writable = [s for s in found if s.writable and name in (None, s.name)]
        if not writable:
            host.prompter.show_info(
                host.widget(), title, self.tr("None of your shared libraries is writable here.")
            )
            return False
        organisation = default_organisation(host.paths, host.settings)
        if not organisation.name:
            organisation = host.workspace.submission.organisation
        if not organisation.name:
            host.prompter.show_info(
                host.widget(),
                title,
                self.tr(
                    "Set up your organisation's profile first (Submission › Organisation "
                    "Profile…): its name is the author of your changes."
                ),
            )
            return False
        subscription = writable[0]
        try:
            changes = pending_changes(subscription)
        except InputError as error:
            self._error(title, error)
            return False
        if not changes:
            host.prompter.show_info(
                host.widget(),
                title,
                self.tr("Nothing to share: “{0}” has no changes of yours.").format(
                    subscription.name
                ),
            )
            return False
        lines = [
            f"{c.paragraph_id} — {c.paragraph.title} "
            + (self.tr("(new)") if c.new else self.tr("(version {0})").format(c.paragraph.version))
            for c in changes
        ]
        dialog = ShareDialog(subscription.name, organisation.name, lines, host.widget())
        self.dialog = dialog
        if not host.prompter.run_dialog(dialog):
            return False
        now = self._host.clock.now()
        self._run(
            lambda: propose(
                subscription, organisation, credentials_for(self._store, subscription), now=now
            ),
            self._shared,
            title,
        )
        return True

    def _shared(self, result: Proposal) -> None:
        from tccm_drafter.app.shared_propose import MERGED, PROPOSED, PUSHED

        host, title = self._host, self.tr("Share My Changes")
        host.statusBar().clearMessage()
        count, sub = len(result.changes), result.subscription
        if result.outcome == PUSHED:
            text = self.tr("Shared %n paragraph(s) on “{0}”.", "", count).format(result.branch)
        elif result.outcome == MERGED:
            text = self.tr(
                "Shared %n paragraph(s) on “{0}”, on top of newer changes on the server; "
                "sync to bring those in.",
                "",
                count,
            ).format(result.branch)
        elif result.outcome == PROPOSED:
            text = self.tr(
                "The server does not take changes on “{0}” directly ({1}). Your changes are on "
                "the branch “{2}”: open a merge request from “{2}” into “{0}” on the server's "
                "website."
            ).format(sub.branch if sub is not None else "", result.reason, result.branch)
            if result.merge_request_url:
                text += "\n\n" + result.merge_request_url
        else:
            text = self.tr(
                "Not shared: the server also changed {0} since your last sync. Sync first "
                "(Library › Sync Shared Libraries), settle it in the preview, then share again."
            ).format(", ".join(result.overlapping))
        host.prompter.show_info(host.widget(), title, text)

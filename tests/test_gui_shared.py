"""Shared libraries through the real window: Library › Subscribe to a Shared Library…, Sync
Shared Libraries (the bundle import's preview, one undo step) and Share My Changes…, against a
real git server, with no git on the app's PATH."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from git_server import (
    GitHttpServer,
    git,
    make_server_repo,
    protect_branch,
    server_commit,
    server_file,
)
from shared_helpers import Member, files_for, memory_keyring, no_git_program, position
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.import_dialog import ImportBundleDialog
from tccm_drafter.gui.shared_dialogs import ShareDialog, SubscribeDialog
from tccm_drafter.model import Organisation
from tccm_drafter.sharing.merge import Decision
from tccm_drafter.storage.profiles import save_profile
from test_gui_support import EditingPrompter, prepare_home, window_settings

PASSWORD = "s3cret-token"


class Prompter(EditingPrompter):
    """Also keeps the text of every message box."""

    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        super().show_info(parent, title, message)
        self.infos.append(message)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[GitHttpServer, Path]]:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(
        root,
        "positions.git",
        files_for(
            position("coalition-igf", "The IGF should stay open to every stakeholder."),
            position("coalition-wsis", "The WSIS vision still guides us."),
        ),
    )
    with memory_keyring(), GitHttpServer(root) as http:
        yield http, bare


def wait_idle(qtbot: QtBot, window: object) -> None:
    shared = window.sharing.shared  # type: ignore[attr-defined]
    loader = window.loader  # type: ignore[attr-defined]  # reads the library again after
    qtbot.waitUntil(lambda: not shared.busy() and not loader.busy(), timeout=30_000)


def test_subscribe_sync_undo_and_share_through_the_window(
    qtbot: QtBot, server: tuple[GitHttpServer, Path], tmp_path: Path
) -> None:
    http, bare = server
    paths = prepare_home()
    save_profile(paths, Organisation(name="Example IXP", email="ixp@example.org"))
    prompter = Prompter()
    window = create_window(paths, None, prompter=prompter, qsettings=window_settings(paths))
    qtbot.addWidget(window)

    def fill_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, SubscribeDialog)
        assert not dialog.subscribe_button.isEnabled()
        qtbot.keyClicks(dialog.address, http.url("positions.git"))
        qtbot.keyClicks(dialog.username, "kari")
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.writable.setChecked(True)
        assert dialog.subscribe_button.isEnabled()
        qtbot.mouseClick(dialog.subscribe_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = fill_in
    assert window.sharing.shared.start_sync_pending()
    with no_git_program(tmp_path):
        window.act["subscribe"].trigger()
        # Subscribing first makes the sync at start unneeded: it would only race with the
        # changes below (and did, on a busy machine, taking them in before the test's sync).
        assert not window.sharing.shared.start_sync_pending()
        wait_idle(qtbot, window)
    assert prompter.errors == []
    assert window.library.origin("coalition-igf") == "positions"
    assert window.library_panel.model.row_of("coalition-wsis") >= 0, "the list shows it"
    kari = Member(paths.data_dir.parent, Organisation(name="Example IXP"))
    assert kari.subscription().writable

    # A colleague changes both paragraphs on the server; kari changed one of them here.
    server_commit(
        bare,
        files_for(
            position("coalition-igf", "The IGF should stay open to all, online and on site."),
            position("coalition-wsis", "The WSIS vision, twenty years on, still guides us."),
        ),
        "Secretariat's round of edits",
    )
    kari.edit("coalition-igf", "The IGF should stay open to every stakeholder, everywhere.")
    window.reload_library()
    mine = kari.library_file("coalition-igf").read_bytes()
    previews: list[ImportBundleDialog] = []

    def keep_both(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportBundleDialog)
        previews.append(dialog)
        assert dialog.windowTitle() == "Sync positions"
        assert [(i.kind.value, i.paragraph_id) for i in dialog.items] == [
            ("conflict", "coalition-igf"),
            ("update", "coalition-wsis"),
        ]
        assert not dialog.import_button.isEnabled(), "the conflict needs a choice first"
        choice = dialog._choices["coalition-igf"]
        choice.setCurrentIndex(choice.findData(Decision.KEEP_BOTH))
        assert dialog.import_button.text() == "&Sync"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = keep_both
    with no_git_program(tmp_path):
        window.act["sync_shared"].trigger()
        wait_idle(qtbot, window)
    assert previews, "the sync showed its preview"
    assert "twenty years on" in kari.paragraph("coalition-wsis").body
    assert kari.library_file("coalition-igf").read_bytes() == mine
    assert "online and on site" in kari.paragraph("coalition-igf-positions").body
    assert window.library.get("coalition-igf-positions") is not None
    assert window.act["undo"].text() == "&Undo Sync Shared Library"
    window.act["undo"].trigger()
    assert not kari.library_file("coalition-igf-positions").exists()
    assert "twenty years on" not in kari.paragraph("coalition-wsis").body
    window.act["redo"].trigger()
    assert "twenty years on" in kari.paragraph("coalition-wsis").body

    # Share back: the server protects main, so the change goes to a proposal branch.
    protect_branch(bare)
    shown: list[ShareDialog] = []

    def share(dialog: QDialog) -> bool:
        assert isinstance(dialog, ShareDialog)
        shown.append(dialog)
        items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert any(item.startswith("coalition-igf ") for item in items), items
        return True

    prompter.on_dialog = share
    with no_git_program(tmp_path):
        window.act["share_changes"].trigger()
        wait_idle(qtbot, window)
    assert shown and prompter.errors == []
    message = prompter.infos[-1]
    assert "does not take changes on “main” directly" in message and "proposals/" in message
    branch = message.split("the branch “", 1)[1].split("”", 1)[0]
    assert b"everywhere" in server_file(bare, "positions/coalition-igf.md", branch)
    assert git("log", "-1", "--format=%an", branch, cwd=bare) == "Example IXP"


def test_offline_at_start_says_when_it_last_synced(
    qtbot: QtBot, server: tuple[GitHttpServer, Path]
) -> None:
    http, _ = server
    paths = prepare_home()
    from datetime import UTC, datetime

    from tccm_drafter.app.shared_libraries import subscribe
    from tccm_drafter.sharing.git_credentials import KeyringStore
    from tccm_drafter.storage.settings import load_settings

    subscribe(
        paths,
        load_settings(paths),
        http.url("positions.git", user="kari", password=PASSWORD),
        KeyringStore(),
        now=datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
    )
    http.stop()
    prompter = Prompter()
    window = create_window(paths, None, prompter=prompter, qsettings=window_settings(paths))
    qtbot.addWidget(window)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.waitUntil(lambda: any("offline" in m for m in messages), timeout=30_000)
    offline = next(m for m in messages if "offline" in m)
    assert offline.startswith("“positions”: the server cannot be reached")
    assert "last synced" in offline and "never" not in offline
    assert prompter.dialogs == [], "nothing to review: no preview pops up"


def test_at_start_what_came_in_is_previewed(
    qtbot: QtBot, server: tuple[GitHttpServer, Path]
) -> None:
    from datetime import UTC, datetime

    from tccm_drafter.app.shared_libraries import subscribe
    from tccm_drafter.sharing.git_credentials import KeyringStore
    from tccm_drafter.storage.settings import load_settings

    http, bare = server
    paths = prepare_home()
    subscribe(
        paths,
        load_settings(paths),
        http.url("positions.git", user="kari", password=PASSWORD),
        KeyringStore(),
        now=datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
    )
    server_commit(
        bare, files_for(position("coalition-igf", "A newer text from the secretariat.")), "Edit"
    )
    prompter = Prompter()
    seen: list[QDialog] = []

    def take(dialog: QDialog) -> bool:
        seen.append(dialog)
        return True

    prompter.on_dialog = take
    window = create_window(paths, None, prompter=prompter, qsettings=window_settings(paths))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    wait_idle(qtbot, window)
    (preview,) = seen
    assert isinstance(preview, ImportBundleDialog) and preview.windowTitle() == "Sync positions"
    assert [(i.kind.value, i.paragraph_id) for i in preview.items] == [("update", "coalition-igf")]
    assert window.library.get("coalition-igf").body == "A newer text from the secretariat."  # type: ignore[union-attr]


def test_a_sync_the_server_refuses_asks_for_a_login_and_keeps_it(
    qtbot: QtBot, server: tuple[GitHttpServer, Path]
) -> None:

    from tccm_drafter.gui.shared_dialogs import LoginDialog
    from tccm_drafter.sharing.git_credentials import KeyringStore

    http, bare = server
    paths = prepare_home()
    prompter = Prompter()
    window = create_window(paths, None, prompter=prompter, qsettings=window_settings(paths))
    qtbot.addWidget(window)

    def fill_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, SubscribeDialog)
        dialog.address.setText(http.url("positions.git"))
        dialog.username.setText("kari")
        dialog.password.setText(PASSWORD)
        return True

    prompter.on_dialog = fill_in
    window.act["subscribe"].trigger()
    wait_idle(qtbot, window)
    member = Member(paths.data_dir.parent, Organisation(name="Example IXP"))
    address = member.subscription().address
    store = KeyringStore()
    assert store.get(address, "kari") is not None
    store.forget(address, "kari")  # say, the user cleared the keyring
    server_commit(bare, files_for(position("coalition-wsis", "Changed.")), "Edit")
    logins: list[LoginDialog] = []

    def login_then_sync(dialog: QDialog) -> bool:
        if isinstance(dialog, LoginDialog):
            logins.append(dialog)
            assert dialog.username.text() == "kari"
            qtbot.keyClicks(dialog.password, PASSWORD)
        return True

    prompter.on_dialog = login_then_sync
    window.act["sync_shared"].trigger()
    wait_idle(qtbot, window)
    assert len(logins) == 1 and prompter.errors == []
    assert member.paragraph("coalition-wsis").body == "Changed."
    assert store.get(address, "kari") is not None, "kept in the keyring once it worked"


def test_a_subscription_that_fails_says_why_and_adds_nothing(
    qtbot: QtBot, server: tuple[GitHttpServer, Path]
) -> None:
    http, _ = server
    paths = prepare_home()
    prompter = Prompter()
    window = create_window(paths, None, prompter=prompter, qsettings=window_settings(paths))
    qtbot.addWidget(window)
    folders_before = [f.name for f in window.workspace.libraries.folders]

    def fill_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, SubscribeDialog)
        dialog.address.setText(http.url("no-such-library.git"))
        dialog.username.setText("kari")
        dialog.password.setText(PASSWORD)
        return True

    prompter.on_dialog = fill_in
    window.act["subscribe"].trigger()
    wait_idle(qtbot, window)
    ((title, message),) = prompter.errors
    assert title == "Subscribe to a Shared Library"
    assert message.startswith(f"{http.url('no-such-library.git')}: ")
    assert "\n" not in message and PASSWORD not in message
    assert [f.name for f in window.workspace.libraries.folders] == folders_before
    assert not any((paths.data_dir / "shared").iterdir())

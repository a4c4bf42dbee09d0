"""Screenshots of Library › Subscribe to a Shared Library… and of a sync's preview:
docs/screenshots/shared-subscribe.png and shared-sync.png. Runs offscreen (part of `make
screenshots`).

A real git server runs on 127.0.0.1 for the occasion (the tests' tests/git_server.py: git
http-backend, so the server side needs git); the coalition's repository holds paragraphs of
the starter library. The member subscribes, changes one paragraph; the secretariat changes that
one and another, and adds a third: the preview shows a conflict, an update and a new paragraph.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "tests"))
    import keyring
    from PySide6.QtWidgets import QApplication, QWidget

    from git_server import GitHttpServer, make_server_repo, server_commit
    from shared_helpers import Member, MemoryKeyring
    from tccm_drafter.app.shared_libraries import fetch_and_plan, subscribe
    from tccm_drafter.gui.app import _application, create_window
    from tccm_drafter.gui.import_dialog import ImportBundleDialog
    from tccm_drafter.gui.shared_dialogs import SubscribeDialog
    from tccm_drafter.gui.table_rows import select_row
    from tccm_drafter.model import Organisation
    from tccm_drafter.model.paragraph import revised
    from tccm_drafter.sharing.git_credentials import KeyringStore
    from tccm_drafter.storage.library_folder import LibraryFolder
    from tccm_drafter.storage.paragraph_file import dump_paragraph
    from tccm_drafter.storage.paths import AppPaths, starter_library_dir
    from tccm_drafter.storage.settings import load_settings

    app = _application([])
    keyring.set_keyring(MemoryKeyring())

    def shoot(widget: QWidget, name: str, size: tuple[int, int]) -> Path:
        widget.resize(*size)
        widget.show()
        for _ in range(5):
            QApplication.processEvents()
        target = out_dir / name
        widget.grab().save(str(target))
        widget.close()
        return target

    out_dir.mkdir(parents=True, exist_ok=True)
    starter = {p.id: p for p in LibraryFolder(starter_library_dir()).load().paragraphs}
    # The coalition's own copies (the personal library has the starter's ids already).
    chosen = [
        replace(p, id=f"coalition-{p.id}", superseded_by=None, supersedes=[])
        for p in starter.values()
        if p.language.startswith("en") and not p.translation_of
    ][:12]
    with tempfile.TemporaryDirectory(prefix="tccm-shared-shots-") as work:
        root = Path(work) / "server"
        root.mkdir()
        files = {f"positions/{p.id}.md": dump_paragraph(p).encode() for p in chosen}
        bare = make_server_repo(root, "positions.git", files)
        with GitHttpServer(root, {"kari": "token"}) as http:
            paths = AppPaths.resolve(Path(work) / "home")
            window = create_window(paths)
            dialog = SubscribeDialog(window)
            dialog.address.setText("https://git.example.org/coalition/positions.git")
            dialog.username.setText("kari")
            dialog.password.setText("token")
            dialog.writable.setChecked(True)
            written = [shoot(dialog, "shared-subscribe.png", (620, 360))]

            now = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
            subscribe(
                paths,
                load_settings(paths),
                http.url("positions.git", user="kari", password="token"),
                KeyringStore(),
                now=now,
                name="coalition",
                writable=True,
            )
            member = Member(Path(work) / "home", Organisation(name="Example IXP"))
            first, second = chosen[0], chosen[1]
            member.edit(first.id, first.body + " We would add a line on regional forums.")
            theirs = [
                revised(first, replace(first, body=first.body + " Funding must be predictable.")),
                revised(second, replace(second, body=second.body.replace(".", ";", 1))),
                replace(
                    chosen[2],
                    id="coalition-wsis-action-lines-review",
                    title="Reviewing the WSIS action lines",
                ),
            ]
            server_commit(
                bare,
                {f"positions/{p.id}.md": dump_paragraph(p).encode() for p in theirs},
                "Secretariat's edits after the December call",
            )
            subscription = member.subscription()
            preview = fetch_and_plan(
                subscription,
                window.workspace.libraries,
                KeyringStore().get(subscription.address, "kari"),
            )
            shown = subscription.with_state(
                address="https://git.example.org/coalition/positions.git"
            )
            sync = ImportBundleDialog(
                preview.sync.plan,
                window,
                title="Sync coalition",
                intro=(
                    f"Shared library “coalition” ({shown.address}), last synced 07/12/2026 09:30."
                ),
                accept_text="&Sync",
            )
            select_row(sync.table, 0)
            written.append(shoot(sync, "shared-sync.png", (900, 420)))
            window.state.reset(None)
            window.close()
    for path in written:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))

"""Nothing a file says reaches the terminal as a control sequence.

Escape sequences in a bundle's organisation name or a paragraph title could clear the screen,
move the cursor or fake a line of output. Everything the command line prints goes through
``text_hygiene.terminal_safe``; one-line fields also lose their line breaks.
"""

from __future__ import annotations

import io
from pathlib import Path

from cli_helpers import run_cli
from clock_helpers import NOW
from sharing_helpers import paragraph
from tccm_drafter.cli import main
from tccm_drafter.sharing.bundle import write_bundle
from tccm_drafter.storage.library_folder import LibraryFolder

ESCAPES = "\x1b[2J\x1b[H\x9b31m\x07\r"


def _no_controls(text: str) -> bool:
    return not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_a_hostile_bundle_prints_plain_text(tmp_path: Path) -> None:
    hostile = paragraph("hostile", "Body.")
    hostile.title = f"Fine title{ESCAPES}\nFAKE: Imported 0 paragraph(s)"
    bundle = tmp_path / "hostile.tccmlib"
    write_bundle([hostile], bundle, f"Example IXP{ESCAPES}", now=NOW)
    home = tmp_path / "home"
    for args in (["--dry-run"], []):
        result = run_cli("library", "import", bundle, *args, home=home)
        assert result.returncode == 0, result.stderr
        assert _no_controls(result.stdout) and _no_controls(result.stderr)
        assert "from Example IXP" in result.stdout
        assert not any(line.startswith("FAKE") for line in result.stdout.splitlines())


def test_library_listing_and_errors_are_plain(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    shown = paragraph("shown", "Body \x9b2J text.")
    shown.title = "Title with a C1 control \x9b2J"
    LibraryFolder(library).save(shown)
    (library / f"bad{ESCAPES[:4]}.md").write_text("not a paragraph", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    home = tmp_path / "home"
    main(["library", "list", "--library", str(library), "--home", str(home)], out, err)
    main(["library", "show", "shown", "--library", str(library), "--home", str(home)], out, err)
    assert "Title with a C1 control 2J" in out.getvalue()
    assert _no_controls(out.getvalue()) and _no_controls(err.getvalue())
    assert "bad[2J.md" in err.getvalue()

"""The command line, run as a user runs it: a real process, real files, exit codes and stderr."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from clock_helpers import CLOCK
from tccm_drafter.app.clock import FixedClock
from tccm_drafter.cli import main
from tccm_drafter.storage.paths import examples_dir

EXAMPLE = examples_dir() / "wsis20-response.tccm"


def run_cli(
    *args: str | Path, home: Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TCCM_DRAFTER_HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "tccm_drafter", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_version(home: Path) -> None:
    result = run_cli("--version", home=home)
    assert result.returncode == 0
    assert result.stdout.startswith("tccm-drafter ")


def test_first_run_creates_personal_library_from_starter(home: Path) -> None:
    result = run_cli("library", "list", home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 20
    assert any(line.startswith("igf-permanent-mandate\t") for line in lines)
    assert list((home / "data" / "library").glob("*.md"))


def test_list_filters_by_status_and_topic(home: Path) -> None:
    retired = run_cli("library", "list", "--status", "retired", home=home)
    assert retired.returncode == 0
    ids = [line.split("\t")[0] for line in retired.stdout.splitlines()]
    assert "igf-renew-mandate-2024" in ids
    assert all("\tretired" in line for line in retired.stdout.splitlines())
    # A retired paragraph says what replaces it.
    assert "retired -> igf-permanent-mandate" in retired.stdout

    igf = run_cli("library", "list", "--topic", "igf", home=home)
    assert igf.returncode == 0
    assert igf.stdout and all(
        "igf" in line.split("\t")[3].split(",") for line in igf.stdout.splitlines()
    )


def test_search_and_show(home: Path) -> None:
    found = run_cli("library", "search", "permanent", "mandate", home=home)
    assert found.returncode == 0
    assert "igf-permanent-mandate" in found.stdout

    shown = run_cli("library", "show", "igf-permanent-mandate", home=home)
    assert shown.returncode == 0
    assert "status:" in shown.stdout and "approved" in shown.stdout
    assert "supersedes:" in shown.stdout and "igf-renew-mandate-2024" in shown.stdout


def test_show_unknown_id_is_one_clear_line(home: Path) -> None:
    result = run_cli("library", "show", "no-such-paragraph", home=home)
    assert result.returncode == 2
    assert "no-such-paragraph" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_templates_lists_builtins(home: Path) -> None:
    result = run_cli("templates", home=home)
    assert result.returncode == 0
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert {"consultation-response", "position-paper", "joint-statement"} <= set(names)


def test_broken_user_template_is_named(home: Path) -> None:
    broken = home / "data" / "templates" / "my-letterhead"
    broken.mkdir(parents=True)
    (broken / "template.toml").write_text(
        'name = "my-letterhead"\ntitle = "Mine"\ndescription = "broken"\n', encoding="utf-8"
    )
    (broken / "document.md.j2").write_text("{% for x in %}\n", encoding="utf-8")
    result = run_cli("templates", home=home)
    assert "consultation-response" in result.stdout
    assert "my-letterhead" in result.stderr
    assert result.returncode == 1


def test_check_example_is_clean(home: Path) -> None:
    # In this process, on a fixed day before the example's deadline (the check's deadline
    # findings depend on the day: a subprocess would read the real clock).
    out, err = io.StringIO(), io.StringIO()
    status = main(["check", str(EXAMPLE), "--home", str(home)], out=out, err=err, clock=CLOCK)
    assert status == 0, out.getvalue() + err.getvalue()
    assert out.getvalue().strip().endswith("no findings")


def test_check_says_when_the_deadline_has_passed(home: Path) -> None:
    late = FixedClock.on(date(2027, 3, 1))
    out, err = io.StringIO(), io.StringIO()
    status = main(["check", str(EXAMPLE), "--home", str(home)], out=out, err=err, clock=late)
    assert status == 1
    assert "deadline, 15 February 2027" in out.getvalue() and "has passed" in out.getvalue()


def test_export_markdown_to_stdout_and_text_file(home: Path, tmp_path: Path) -> None:
    md = run_cli("export", EXAMPLE, "--format", "md", home=home)
    assert md.returncode == 0, md.stderr
    assert md.stdout.lstrip().startswith("#") or "**" in md.stdout
    assert "{{" not in md.stdout

    out = tmp_path / "answer.txt"
    txt = run_cli("export", EXAMPLE, "-o", out, home=home)
    assert txt.returncode == 0, txt.stderr
    text = out.read_text(encoding="utf-8")
    assert "Words:" in text
    assert "**" not in text and "](" not in text


def test_export_docx(home: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "answer.docx"
    result = run_cli("export", EXAMPLE, "-o", out, home=home)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    assert any(p.style.name.startswith("Heading") for p in document.paragraphs)


BAD_SUBMISSIONS: dict[str, bytes] = {
    "empty": b"",
    "random-bytes": bytes(range(256)) * 4,
    "latin-1": 'title = "R\xe9ponse"\n'.encode("latin-1"),
    "newer-format": b'format = 99\nkind = "tccm-submission"\ntitle = "From the future"\n',
    "bad-toml": b'format = 1\nkind = "tccm-submission"\ntitle = "unclosed\n',
}


@pytest.mark.parametrize("case", sorted(BAD_SUBMISSIONS))
def test_bad_submission_gets_one_line_and_nothing_written(
    case: str, home: Path, tmp_path: Path
) -> None:
    bad = tmp_path / f"{case}.tccm"
    bad.write_bytes(BAD_SUBMISSIONS[case])
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous export")
    for command in (["check", bad], ["export", bad, "-o", out]):
        result = run_cli(*command, home=home)
        assert result.returncode == 2, (case, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(bad) in lines[0]
    assert out.read_bytes() == b"previous export"
    assert bad.read_bytes() == BAD_SUBMISSIONS[case]


def test_missing_file(home: Path, tmp_path: Path) -> None:
    result = run_cli("check", tmp_path / "nowhere.tccm", home=home)
    assert result.returncode == 2
    assert "nowhere.tccm" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_paragraph_id_refuses_export(home: Path, tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        'id = "igf-permanent-mandate"', 'id = "igf-typo-mandate"', 1
    )
    assert "igf-typo-mandate" in text, "the example should use igf-permanent-mandate"
    bad = tmp_path / "typo.tccm"
    bad.write_text(text, encoding="utf-8")
    out = tmp_path / "typo.docx"
    result = run_cli("export", bad, "-o", out, home=home)
    assert result.returncode == 2
    assert "igf-typo-mandate" in result.stderr
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "igf-typo-mandate" in row)
    assert f"typo.tccm:{line}:" in result.stderr
    assert not out.exists()

    check = run_cli("check", bad, home=home)
    assert check.returncode == 1
    assert "igf-typo-mandate" in check.stdout


def test_malformed_front_matter_in_extra_library(home: Path, tmp_path: Path) -> None:
    library = tmp_path / "coalition"
    library.mkdir()
    (library / "broken.md").write_text(
        '+++\nformat = 1\nid = "broken"\ntitle = "x\n+++\nBody\n', encoding="utf-8"
    )
    before = folder_digest(library)
    result = run_cli("library", "list", "--library", library, home=home)
    assert result.returncode == 1
    assert "broken.md:4" in result.stderr or "broken.md:3" in result.stderr
    assert "Traceback" not in result.stderr
    assert folder_digest(library) == before


def test_template_with_syntax_error(home: Path, tmp_path: Path) -> None:
    template = tmp_path / "bad-template"
    template.mkdir()
    (template / "template.toml").write_text(
        'name = "bad-template"\ntitle = "Bad"\ndescription = "x"\n', encoding="utf-8"
    )
    (template / "document.md.j2").write_text(
        "# {{ submission.title }}\n\n{% if %}\n", encoding="utf-8"
    )
    out = tmp_path / "x.md"
    result = run_cli("export", EXAMPLE, "--template", template, "-o", out, home=home)
    assert result.returncode == 2
    assert "document.md.j2" in result.stderr and ":3" in result.stderr
    assert not out.exists()


def test_export_into_missing_folder(home: Path, tmp_path: Path) -> None:
    result = run_cli("export", EXAMPLE, "-o", tmp_path / "no" / "such" / "x.docx", home=home)
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_home_option_keeps_everything_in_one_folder(tmp_path: Path) -> None:
    portable = tmp_path / "usb-stick"
    env_home = tmp_path / "env-home"
    result = run_cli("library", "list", "--home", portable, home=env_home)
    assert result.returncode == 0
    assert (portable / "data" / "library").is_dir()
    assert not env_home.exists()


def test_cli_runs_from_any_folder(home: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.tccm"
    shutil.copy(EXAMPLE, copy)
    # A command whose outcome does not depend on the day (check's deadline findings do).
    result = run_cli("export", "copy.tccm", "-o", "copy.md", home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "copy.md").read_text(encoding="utf-8").lstrip().startswith("#")

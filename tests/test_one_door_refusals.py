"""Same input, same refusal: each refusal run through the command line and through the
window's real actions gives the same one line (both go through app/), and after-save work
happens whichever front end wrote the submission."""

from __future__ import annotations

import io
from pathlib import Path

from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from review_helpers import WordEdit, export_docx, review_library, review_submission
from tccm_drafter.app.register import load_register
from tccm_drafter.app.templates import template_named
from tccm_drafter.cli import main
from tccm_drafter.cli.main import opens_the_app
from tccm_drafter.model import ParagraphBlock, Submission
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import save_submission
from test_gui_review import FilePrompter
from test_gui_support import prepare_home, read_action, window_settings


def cli(*arguments: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([str(a) for a in arguments], out=out, err=err, clock=CLOCK)
    return status, out.getvalue(), err.getvalue()


def the_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0].removeprefix("tccm-drafter: error: ")


def open_window(qtbot: QtBot, path: Path) -> tuple[object, FilePrompter]:
    from tccm_drafter.gui.app import create_window

    paths = AppPaths.resolve()
    prompter = FilePrompter()
    window = create_window(
        paths, path, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    return window, prompter


def test_a_review_of_another_submission_is_refused_by_both(qtbot: QtBot, tmp_path: Path) -> None:
    paths = prepare_home()
    library = review_library()
    ours = review_submission()
    word = WordEdit(export_docx(ours, library, template_named("consultation-response", paths)))
    word.replace_words("stable funding", "stable", "predictable")
    reviewed = word.save(tmp_path / "reviewed.docx")
    other = tmp_path / "other.tccm"
    save_submission(Submission(title="Another submission"), other)

    status, out, err = cli("review", "import", other, reviewed)
    assert status == 2 and "Nothing to change" not in out
    from_cli = the_line(err)
    assert "not an export of the open submission" in from_cli

    window, prompter = open_window(qtbot, other)
    prompter.open_to = reviewed
    read_action(qtbot, window, "import_review")  # type: ignore[arg-type]
    assert prompter.errors == [("Import Review", from_cli)]


def test_an_export_with_a_paragraph_missing_is_refused_by_both(
    qtbot: QtBot, tmp_path: Path
) -> None:
    prepare_home()
    path = tmp_path / "response.tccm"
    missing = Submission(title="Response")
    from tccm_drafter.model import Section

    missing.sections = [Section("One", blocks=[ParagraphBlock("no-such-paragraph")])]
    save_submission(missing, path)
    status, _out, err = cli("export", path, "-o", tmp_path / "out.docx")
    assert status == 2 and not (tmp_path / "out.docx").exists()
    from_cli = the_line(err)
    assert "no-such-paragraph" in from_cli

    window, prompter = open_window(qtbot, path)
    window.export_to(tmp_path / "out.docx", "docx")  # type: ignore[attr-defined]
    assert prompter.errors == [("Cannot export", from_cli)]
    assert not (tmp_path / "out.docx").exists()


def test_checks_with_an_unknown_template_are_refused_by_both(qtbot: QtBot, tmp_path: Path) -> None:
    prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(Submission(title="Response", template="no-such-template"), path)
    status, _out, err = cli("check", path)
    assert status == 2
    from_cli = the_line(err)
    assert "no-such-template" in from_cli

    window, prompter = open_window(qtbot, path)
    window.act["checks"].trigger()  # type: ignore[attr-defined]
    assert prompter.errors[-1] == ("Cannot run the checks", from_cli)


def test_a_submission_the_command_line_writes_is_recorded(tmp_path: Path) -> None:
    prepare_home()
    made = tmp_path / "new.tccm"
    status, out, _err = cli("new", "-o", made, "--title", "Made on the command line")
    assert status == 0 and made.exists(), out
    assert [e.path for e in load_register(AppPaths.resolve())] == [made.absolute()]
    status, out, _err = cli("register", "list")
    assert status == 0 and "Made on the command line" in out


def test_the_app_opens_with_the_options_every_command_takes() -> None:
    assert opens_the_app([])
    assert opens_the_app(["response.tccm"])
    assert opens_the_app(["--library", "shared", "response.tccm"])
    assert opens_the_app(["--home=/tmp/home", "--library", "x", "R.TCCM"])
    assert opens_the_app(["--self-test", "out.docx"])
    assert not opens_the_app(["--library", "shared", "check", "response.tccm"])
    assert not opens_the_app(["export", "response.tccm"])


def test_load_problems_are_the_same_lines_in_both(qtbot: QtBot, tmp_path: Path) -> None:
    """A broken file and an id in two libraries: `library list` prints them; the window says
    so in the status bar and lists the very same lines in Library › Load Problems…."""
    from PySide6.QtWidgets import QDialog

    from tccm_drafter.gui.load_problems import LoadProblemsDialog
    from tccm_drafter.storage.library_folder import LibraryFolder
    from test_gui_support import paragraphs

    paths = prepare_home()
    (paths.library_dir / "broken.md").write_text("+++\nformat = 1\n", encoding="utf-8")
    other = tmp_path / "other-library"
    LibraryFolder(other).save(paragraphs()[0])
    status, _out, err = cli("library", "list", "--library", other)
    assert status == 1
    printed = [line.split(": ", 2)[2] for line in err.strip().splitlines()]

    from tccm_drafter.gui.app import create_window

    prompter = FilePrompter()
    window = create_window(
        paths,
        prompter=prompter,
        qsettings=window_settings(paths),
        clock=CLOCK,
        extra_libraries=[other],
    )
    qtbot.addWidget(window)
    assert "could not be read" in window.statusBar().currentMessage()
    shown: list[str] = []

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, LoadProblemsDialog)
        shown.extend(dialog.view.toPlainText().splitlines())
        return False

    prompter.on_dialog = play
    assert window.act["load_problems"].isEnabled()
    window.act["load_problems"].trigger()
    assert shown == printed and any("is in both" in line for line in shown)

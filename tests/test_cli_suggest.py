"""`tccm-drafter suggest`: the paragraphs that answer each question, from a real process."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import one_error_line, run_cli
from tccm_drafter.storage.paths import examples_dir

EXAMPLE = examples_dir() / "wsis20-response.tccm"


def test_suggest_lists_each_question_with_its_best_paragraphs(tmp_path: Path) -> None:
    result = run_cli("suggest", EXAMPLE, "--limit", "3", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    sections = result.stdout.split("Section ")[1:]
    assert len(sections) == 5
    funding = next(s for s in sections if "funded" in s)
    assert "igf-sustainable-funding" in funding
    assert "igf-renew-mandate-2024" not in result.stdout  # retired: never suggested
    assert all(line.count(".") >= 1 for line in funding.splitlines()[2:])


def test_one_section_and_a_wrong_number(tmp_path: Path) -> None:
    home = tmp_path / "home"
    one = run_cli("suggest", EXAMPLE, "--section", "4", home=home)
    assert one.returncode == 0, one.stderr
    assert one.stdout.startswith("Section 4: Avoiding duplication")
    assert "gdc-wsis-alignment" in one.stdout
    wrong = run_cli("suggest", EXAMPLE, "--section", "9", home=home)
    assert wrong.returncode == 2
    assert "there is no section 9" in one_error_line(wrong.stderr)

"""Documents from outside carry work budgets, not only byte budgets (issue 24, cases 3 to 7).

Each hostile document is built here (tests/hostile_files.py) at a size just past its cap, so
the cap is what refuses it, with one line naming the file and what was too large; a document
just inside the cap is still read. The full-size documents the issue measured (minutes and
gigabytes before these caps) are timed in benchmarks/bench_security.py, never here.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cli_helpers import one_error_line, run_cli
from hostile_files import (
    CALL,
    REFERENCE,
    central_directory_zip,
    many_elements,
    many_paragraphs,
    merged_down_call,
    numbered_call,
    reference_with_styles,
    spanning_call,
    with_parts,
)
from tccm_drafter.errors import InputError
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.page_estimate import PageModel
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.storage import limits
from tccm_drafter.storage.call_file import read_call
from tccm_drafter.storage.review_docx import read_reviewed_docx

EXAMPLES = Path(__file__).parent.parent / "resources" / "examples"


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refused(read: object, path: Path, *words: str) -> str:
    assert callable(read)
    with pytest.raises(InputError) as caught:
        read(path)
    line = str(caught.value)
    assert caught.value.path == path and "\n" not in line, line
    for word in words:
        assert word in line, line
    return line


# -- case 3: list numbering ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "fmt"),
    [(40_000_000, "decimal"), (10**9, "lowerRoman"), (10**12, "lowerLetter")],
)
def test_a_list_numbered_from_a_huge_value_is_refused(tmp_path: Path, start: int, fmt: str) -> None:
    path = _file(tmp_path, "call.docx", numbered_call(start, fmt, placeholders=2_000))
    _refused(read_call, path, "starts at", f"{start:,}")
    result = run_cli("questions", path, home=tmp_path / "home")
    assert result.returncode != 0 and "starts at" in one_error_line(result.stderr)


def test_a_level_pattern_of_many_numbers_is_refused(tmp_path: Path) -> None:
    limit = limits.DOCX_MAX_LEVELS
    fine = _file(tmp_path, "fine.docx", numbered_call(1, placeholders=limit))
    assert [p.label for p in read_call(fine)][:2] == ["1" * limit + ".", "2" * limit + "."]
    path = _file(tmp_path, "call.docx", numbered_call(1, placeholders=limit + 1))
    _refused(read_call, path, "pattern", f"{limit + 1}")


def test_numbers_at_the_largest_start_are_labels_of_a_few_characters(tmp_path: Path) -> None:
    top = limits.DOCX_MAX_LIST_START
    roman = _file(tmp_path, "roman.docx", numbered_call(3_998, "upperRoman"))
    assert [p.label for p in read_call(roman)][:2] == ["MMMCMXCVIII.", "MMMCMXCIX."]
    letters = _file(tmp_path, "letters.docx", numbered_call(top, "lowerLetter", levels=2_000))
    assert [p.label for p in read_call(letters)][:1] == [f"{top}."]
    _refused(read_call, _file(tmp_path, "over.docx", numbered_call(top + 1)), "starts at")


# -- case 4: table cells --------------------------------------------------------------------


def test_a_cell_spanning_two_billion_columns_is_refused(tmp_path: Path) -> None:
    fine = _file(tmp_path, "fine.docx", spanning_call(limits.DOCX_MAX_TABLE_SPAN))
    assert any("What do you propose?" in p.text for p in read_call(fine))
    path = _file(tmp_path, "call.docx", spanning_call(2_000_000_000))
    _refused(read_call, path, "spans 2,000,000,000 columns")


def test_a_cell_merged_down_thousands_of_rows_is_read_row_by_row(tmp_path: Path) -> None:
    """python-docx recurses through every row above a merged cell (a RecursionError here)."""
    path = _file(tmp_path, "call.docx", merged_down_call(3_000))
    rows = [p for p in read_call(path) if p.kind == "table"]
    assert len(rows) == 3_000 and rows[-1].text == "What is question 3000?"


# -- case 5: paragraph counts ---------------------------------------------------------------


def test_a_call_of_too_many_tiny_paragraphs_is_refused(tmp_path: Path) -> None:
    cap = limits.CALL_MAX_PARAGRAPHS
    fine = _file(tmp_path, "fine.docx", many_paragraphs(cap))
    assert len(read_call(fine)) == cap
    path = _file(tmp_path, "call.docx", many_paragraphs(cap + 1))
    _refused(read_call, path, f"{cap + 1:,} paragraphs")


def test_a_reviewed_file_of_too_many_tiny_paragraphs_is_refused(tmp_path: Path) -> None:
    cap = limits.DOCX_MAX_PARAGRAPHS
    path = _file(tmp_path, "reviewed.docx", many_paragraphs(cap + 1, base=REFERENCE))
    _refused(read_reviewed_docx, path, f"{cap + 1:,} paragraphs")
    home = tmp_path / "home"
    result = run_cli(
        "review", "import", EXAMPLES / "position-paper.tccm", path, "--dry-run", home=home
    )
    assert result.returncode != 0 and "paragraphs" in one_error_line(result.stderr)


def test_a_call_of_too_many_elements_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    cap = limits.DOCX_MAX_XML_ELEMENTS  # one paragraph of a million words, each its own text
    _refused(read_call, _file(tmp_path, "call.docx", many_elements(cap)), "XML elements")


def test_the_reviewed_file_reader_counts_elements_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same budget in the review reader, shown with a small cap (read at each open)."""
    monkeypatch.setattr(limits, "DOCX_MAX_XML_ELEMENTS", 20_000)
    path = _file(tmp_path, "reviewed.docx", many_elements(20_000, base=REFERENCE))
    _refused(read_reviewed_docx, path, "more than 20,000 XML elements")


# -- case 6: style chains -------------------------------------------------------------------


def test_a_reference_document_with_a_deep_style_chain_is_refused(tmp_path: Path) -> None:
    depth = limits.DOCX_MAX_STYLE_DEPTH
    fine = _file(tmp_path, "fine.docx", reference_with_styles(depth - 2))
    assert PageModel.from_reference_docx(fine).font_size == 9.0  # through the whole chain
    deep = _file(tmp_path, "letterhead.docx", reference_with_styles(depth + 1))
    _refused(PageModel.from_reference_docx, deep, "based on one another", f"{depth}")
    with pytest.raises(InputError, match="based on one another"):
        DocxExporter(deep).reference_document()
    # The issue's 20,000-style chain: refused before any style is resolved.
    issue = _file(tmp_path, "chain.docx", reference_with_styles(20_000))
    _refused(PageModel.from_reference_docx, issue, "styles")


def test_a_style_chain_that_loops_is_refused(tmp_path: Path) -> None:
    looped = _file(tmp_path, "letterhead.docx", reference_with_styles(5, loop=True))
    _refused(PageModel.from_reference_docx, looped, "loop")


def test_a_call_with_a_deep_style_chain_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(CALL) as source:
        styles = source.read("word/styles.xml")
    from hostile_files import styles_chain

    deep = styles_chain(styles, limits.DOCX_MAX_STYLE_DEPTH + 1)
    data = with_parts(CALL, {"word/styles.xml": deep})
    _refused(read_call, _file(tmp_path, "call.docx", data), "based on one another")


# -- case 7: zip entries --------------------------------------------------------------------


def test_a_bundle_listing_too_many_entries_is_refused_from_its_raw_directory(
    tmp_path: Path,
) -> None:
    cap = limits.BUNDLE_MAX_MEMBERS
    path = _file(tmp_path, "many.tccmlib", central_directory_zip(cap + 1))
    _refused(read_bundle, path, f"{cap + 1:,} files is more than the limit of {cap:,}")
    # An end record that claims one entry does not hide a directory of more.
    lying = _file(tmp_path, "lying.tccmlib", central_directory_zip(cap + 1, declared=1))
    _refused(read_bundle, lying, f"more than the limit of {cap:,}")
    # Beyond 65,535 entries the count is in the zip64 end record.
    big = _file(tmp_path, "big.tccmlib", central_directory_zip(70_000))
    _refused(read_bundle, big, "70,000 files")

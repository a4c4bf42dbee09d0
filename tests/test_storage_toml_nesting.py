"""Deeply nested TOML (tables or arrays inside one another) is one clear line at every entry."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cli_helpers import one_error_line, run_cli
from sharing_helpers import good_members, make_zip, paragraph
from tccm_drafter.errors import InputError
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.storage import limits
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import load_profiles
from tccm_drafter.storage.settings import load_settings
from tccm_drafter.storage.submission_file import load_submission
from tccm_drafter.storage.textfile import parse_toml


def _arrays(depth: int) -> str:
    return "deep = " + "[" * depth + "1" + "]" * depth + "\n"


def _tables(depth: int) -> str:
    return "deep = " + "{ a = " * depth + "1" + " }" * depth + "\n"


NESTINGS = {"arrays-1000": _arrays(1000), "tables-1000": _tables(1000), "arrays-33": _arrays(33)}


@pytest.mark.parametrize("name", sorted(NESTINGS))
def test_parse_refuses_deep_nesting(name: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_toml(NESTINGS[name], Path("x.toml"))
    assert "nested more than 32 levels" in str(caught.value)
    assert str(caught.value).startswith("x.toml: ")


def test_ordinary_nesting_is_fine() -> None:
    assert parse_toml(_arrays(limits.TOML_MAX_DEPTH - 1), Path("x.toml"))["deep"]


@pytest.mark.parametrize("name", sorted(NESTINGS))
def test_every_entry_point(tmp_path: Path, name: str) -> None:
    deep = NESTINGS[name]
    # a paragraph's front matter: reported, the other paragraphs load
    library = tmp_path / "library"
    library.mkdir()
    (library / "deep.md").write_text(
        f'+++\nformat = 1\nid = "deep"\ntitle = "T"\nstatus = "draft"\n{deep}+++\nBody.\n',
        encoding="utf-8",
    )
    LibraryFolder(library).save(paragraph("fine"))
    result = LibraryFolder(library).load()
    assert [p.id for p in result.paragraphs] == ["fine"]
    assert "nested more than" in str(result.errors[0])
    # a submission
    tccm = tmp_path / "deep.tccm"
    tccm.write_text(f'format = 1\nkind = "tccm-submission"\n{deep}', encoding="utf-8")
    with pytest.raises(InputError, match="nested more than"):
        load_submission(tccm)
    # a profile and the settings
    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    (paths.profiles_dir / "deep.toml").write_text(f'format = 1\nname = "X"\n{deep}', "utf-8")
    errors: list[InputError] = []
    load_profiles(paths, errors)
    assert "nested more than" in str(errors[0])
    paths.settings_file.write_text(f"format = 1\n{deep}", encoding="utf-8")
    with pytest.raises(InputError, match="nested more than"):
        load_settings(paths)
    # a bundle's manifest
    members = good_members(paragraph("new-one"))
    manifest = members[0][1] + deep.encode("utf-8")
    bundle = make_zip(tmp_path / "deep.tccmlib", [("manifest.toml", manifest), *members[1:]])
    with pytest.raises(InputError, match="nested more than") as caught:
        read_bundle(bundle)
    assert "bundle refused" in str(caught.value)


def test_the_cli_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    tccm = tmp_path / "deep.tccm"
    tccm.write_text(f'format = 1\nkind = "tccm-submission"\n{_tables(1000)}', encoding="utf-8")
    for command in (["check", tccm], ["export", tccm]):
        result = run_cli(*command, home=tmp_path / "home")
        assert result.returncode == 2
        assert "deep.tccm" in one_error_line(result.stderr)
    bundle = tmp_path / "deep.tccmlib"
    members = good_members(paragraph("new-one"))
    manifest = members[0][1] + _arrays(1000).encode("utf-8")
    make_zip(bundle, [("manifest.toml", manifest), *members[1:]], zipfile.ZIP_DEFLATED)
    result = run_cli("library", "import", bundle, home=tmp_path / "home")
    assert result.returncode == 2 and "nested more than" in one_error_line(result.stderr)

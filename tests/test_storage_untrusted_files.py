"""Files that are not what they claim: devices, pipes and huge files are refused in one line.

A library folder, a submission's folder, a profile or a bundle can hold anything a sync
client, a git checkout or an unzip put there. Only ordinary files are read, and each kind of
file has a size limit (storage/limits.py); the rest is one clear line, and the other files
still load.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from cli_helpers import one_error_line, run_cli
from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph, Status
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.storage import limits
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paragraph_file import dump_paragraph
from tccm_drafter.storage.paths import AppPaths, examples_dir
from tccm_drafter.storage.profiles import load_profiles
from tccm_drafter.storage.settings import load_settings
from tccm_drafter.storage.submission_file import load_submission, save_submission
from tccm_drafter.storage.textfile import read_bytes

posix_only = pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs are POSIX things")


def _good(folder: Path, pid: str = "good-one") -> Path:
    path = folder / f"{pid}.md"
    paragraph = Paragraph(pid, "A good paragraph", "Plain words.", status=Status.APPROVED)
    path.write_text(dump_paragraph(paragraph), encoding="utf-8")
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _device_link(target: str) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        if not os.path.exists(target):
            pytest.skip(f"{target} does not exist here")
        path.symlink_to(target)
        return path

    return make


def _sparse(size: int) -> Callable[[Path], Path]:
    """A file of ``size`` bytes that costs no disk space (reading it all would cost memory)."""

    def make(path: Path) -> Path:
        with open(path, "wb") as handle:
            handle.truncate(size)
        return path

    return make


HOSTILE = {
    "fifo": (_fifo, "not an ordinary file"),
    "dev-zero": (_device_link("/dev/zero"), "not an ordinary file"),
    "dev-urandom": (_device_link("/dev/urandom"), "not an ordinary file"),
    "fifo-behind-link": (None, "not an ordinary file"),
    "50-mb": (_sparse(50 * limits.MIB), "larger than 1 MB"),
}


def _make(kind: str, path: Path) -> Path:
    if kind == "fifo-behind-link":
        _fifo(path.parent / "pipe")
        path.symlink_to(path.parent / "pipe")
        return path
    maker, _ = HOSTILE[kind]
    assert maker is not None
    return maker(path)


@posix_only
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_library_folder_reports_the_file_and_loads_the_rest(tmp_path: Path, kind: str) -> None:
    _good(tmp_path)
    _make(kind, tmp_path / "x.md")
    result = LibraryFolder(tmp_path).load()
    assert [p.id for p in result.paragraphs] == ["good-one"]
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith(str(tmp_path / "x.md"))
    assert HOSTILE[kind][1] in str(result.errors[0])


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "50-mb"])
def test_library_list_in_a_real_process(tmp_path: Path, kind: str) -> None:
    home = tmp_path / "home"
    assert run_cli("library", "list", home=home).returncode == 0
    library = home / "data" / "library"
    _make(kind, library / "x.md")
    result = run_cli("library", "list", home=home, timeout=60)
    assert result.returncode == 1  # one file could not be read; the rest is listed
    assert "igf-permanent-mandate" in result.stdout
    line = one_error_line(result.stderr)
    assert "x.md" in line and HOSTILE[kind][1] in line


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_every_other_kind_of_user_file(tmp_path: Path, kind: str) -> None:
    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    _make(kind, paths.settings_file)
    with pytest.raises(InputError, match="not an ordinary file"):
        load_settings(paths)
    _make(kind, paths.profiles_dir / "hostile.toml")
    errors: list[InputError] = []
    assert load_profiles(paths, errors) == []
    assert "not an ordinary file" in str(errors[0])
    with pytest.raises(InputError, match="not an ordinary file"):
        load_submission(_make(kind, tmp_path / "x.tccm"))
    with pytest.raises(InputError, match="not an ordinary file"):
        read_bundle(_make(kind, tmp_path / "x.tccmlib"))


def test_sizes_have_a_limit_per_kind(tmp_path: Path) -> None:
    kinds = [
        (limits.PARAGRAPH, "1 MB"),
        (limits.SUBMISSION, "20 MB"),
        (limits.PROFILE, "1 MB"),
        (limits.SETTINGS, "1 MB"),
        (limits.BUNDLE, "256 MB"),
    ]
    for limit, words in kinds:
        path = _sparse(limit.max_bytes + 1)(tmp_path / "big")
        with pytest.raises(InputError) as caught:
            read_bytes(path, limit)
        assert f"larger than {words}, the limit for {limit.what}" in str(caught.value)
        exactly = _sparse(limit.max_bytes)(tmp_path / "just-fits")
        assert len(read_bytes(exactly, limit)) == limit.max_bytes


def test_a_huge_submission_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _sparse(50 * limits.MIB)(tmp_path / "huge.tccm")
    result = run_cli("check", path, home=tmp_path / "home")
    assert result.returncode == 2
    assert "larger than 20 MB" in one_error_line(result.stderr)


def test_a_submission_with_too_many_blocks(tmp_path: Path) -> None:
    block = '[[sections.blocks]]\ntype = "text"\ntext = "x"\n'
    head = 'format = 1\nkind = "tccm-submission"\n[[sections]]\ntitle = "S"\n'
    path = tmp_path / "many.tccm"
    path.write_text(head + block * (limits.SUBMISSION_MAX_BLOCKS + 1), encoding="utf-8")
    with pytest.raises(InputError, match="more than 10,000 blocks"):
        load_submission(path)
    path.write_text(head + block * 200_000, encoding="utf-8")  # refused before parsing
    result = run_cli("check", path, home=tmp_path / "home")
    assert result.returncode == 2 and "10,000 blocks" in one_error_line(result.stderr)
    path.write_text(head + block * 50, encoding="utf-8")
    assert len(load_submission(path).sections[0].blocks) == 50


@posix_only
def test_saving_over_a_fifo_does_not_hang(tmp_path: Path) -> None:
    submission = load_submission(examples_dir() / "wsis20-response.tccm")
    target = _fifo(tmp_path / "mine.tccm")
    save_submission(submission, target)  # the pipe is replaced by the file
    assert load_submission(target) == submission

"""The examples in docs/file-formats.md are real files the app reads."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tccm_drafter.model import Organisation, ParagraphBlock, Status, TextBlock
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import load_profiles
from tccm_drafter.storage.settings import load_settings
from tccm_drafter.storage.submission_file import load_submission

DOC = Path(__file__).resolve().parent.parent / "docs" / "file-formats.md"


def _examples() -> list[str]:
    return re.findall(r"```\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def _example(starting: str) -> str:
    return next(block for block in _examples() if block.startswith(starting))


def test_documented_paragraph_loads(tmp_path: Path) -> None:
    (tmp_path / "igf-permanent-mandate.md").write_text(_example("+++"), encoding="utf-8")
    result = LibraryFolder(tmp_path).load()
    assert result.errors == []
    paragraph = result.paragraphs[0]
    assert paragraph.status is Status.APPROVED
    assert paragraph.body.startswith("{{ org.name }} welcomes")
    assert paragraph.sources[0].url == "https://example.org/wsis20-outcome"
    assert paragraph.review_by == date(2027, 6, 30)


def test_documented_translation_loads(tmp_path: Path) -> None:
    text = _example('+++\nformat = 1\nid = "igf-sustainable-funding-fr"')
    (tmp_path / "fr.md").write_text(text, encoding="utf-8")
    result = LibraryFolder(tmp_path).load()
    assert result.errors == []
    french = result.paragraphs[0]
    assert (french.language, french.translation_of) == ("fr", "igf-sustainable-funding")
    assert french.translated_from_version == 2 and len(french.translated_from_hash) == 16


def test_documented_submission_loads(tmp_path: Path) -> None:
    path = tmp_path / "response.tccm"
    path.write_text(_example('format = 1\nkind = "tccm-submission"'), encoding="utf-8")
    submission = load_submission(path)
    assert submission.consultation.reference == "007"
    assert submission.organisation.country == "NO"
    blocks = submission.sections[0].blocks
    assert isinstance(blocks[1], ParagraphBlock) and blocks[1].local_text is not None
    assert isinstance(blocks[2], TextBlock)


def test_documented_profile_and_settings_load(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    paths.ensure()
    (paths.profiles_dir / "exreg.toml").write_text(
        _example('format = 1\nname = "Example Registry"'), encoding="utf-8"
    )
    paths.settings_file.write_text(_example("format = 1\ndefault_profile"), encoding="utf-8")
    assert [o.short_name for o in load_profiles(paths)] == ["ExReg"]
    assert isinstance(load_profiles(paths)[0], Organisation)
    settings = load_settings(paths)
    assert settings.libraries[0].name == "coalition" and not settings.libraries[0].writable
    assert len(settings.recent_files) == 2


def test_documented_label_catalogue_loads(tmp_path: Path) -> None:
    from tccm_drafter.storage.labels_file import load_label_catalogue

    path = tmp_path / "fr.toml"
    path.write_text(_example('format = 1\nlanguage = "fr"'), encoding="utf-8")
    catalogue = load_label_catalogue(path)
    assert catalogue.language == "fr"
    assert catalogue.labels["page_of"] == "Page {page} sur {pages}"


def test_documented_register_loads(tmp_path: Path) -> None:
    from tccm_drafter.sharing.register import load_register, register_path

    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    paths.ensure()
    register_path(paths).write_text(
        _example('format = 1\nkind = "tccm-register"'), encoding="utf-8"
    )
    [entry] = load_register(paths)
    assert entry.sent_to == "wsis20-inputs@un.example"
    assert entry.deadline is not None and entry.deadline.zone == "Europe/Zurich"

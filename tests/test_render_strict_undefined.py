"""A template naming something that does not exist is an error its author sees, with the file
and line; the built-in templates name nothing that does not exist."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from render_helpers import SIMPLE_TEMPLATE, make_library, make_submission, make_template
from tccm_drafter.errors import RenderError
from tccm_drafter.model import Library
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission

TODAY = date(2026, 11, 22)

UNKNOWN = {
    "unknown variable": ("{{ organisation.name }}", "'organisation' is undefined"),
    "unknown attribute": ("{{ org.nmae }}", "has no attribute 'nmae'"),
    "unknown in a condition": ("{% if consultaton.title %}x{% endif %}", "'consultaton'"),
    "unknown loop attribute": (
        "{% for s in sections %}{{ s.titel }}{% endfor %}",
        "has no attribute 'titel'",
    ),
    "unknown in a macro": ("{% macro m() %}{{ nothing }}{% endmacro %}{{ m() }}", "'nothing'"),
}


@pytest.mark.parametrize("name", sorted(UNKNOWN))
def test_unknown_name_is_an_error_with_file_and_line(tmp_path: Path, name: str) -> None:
    source, expected = UNKNOWN[name]
    template = make_template(tmp_path / "strict", SIMPLE_TEMPLATE + "\n\n" + source + "\n")
    with pytest.raises(RenderError) as caught:
        render_submission(make_submission(), make_library(), template, today=TODAY)
    message = str(caught.value)
    line = SIMPLE_TEMPLATE.count("\n") + 3
    assert message.startswith(f"{tmp_path / 'strict' / 'document.md.j2'}:{line}: ")
    assert "template 'strict' uses a name that does not exist" in message
    assert expected in message


def test_defined_test_and_default_still_work_for_optional_names(tmp_path: Path) -> None:
    source = "{% if extra is defined %}x{% endif %}{{ missing | default('fallback') }}\n"
    template = make_template(tmp_path / "optional", source)
    result = render_submission(make_submission(), make_library(), template, today=TODAY)
    assert "fallback" in repr(result.document.blocks)


@pytest.fixture(scope="module")
def library() -> Library:
    loaded = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    return Library.of(loaded.paragraphs, "starter")


@pytest.mark.parametrize(
    "template_name", ["consultation-response", "joint-statement", "position-paper"]
)
@pytest.mark.parametrize("example", sorted(examples_dir().glob("*.tccm")), ids=lambda p: p.stem)
def test_builtin_templates_render_every_example(
    library: Library, template_name: str, example: Path
) -> None:
    submission = load_submission(example)
    result = render_submission(submission, library, find_template(template_name, None), today=TODAY)
    assert result.errors == []
    assert result.document.blocks

"""The templates a submission can be exported with: the built-in ones and the user's own
(``<data>/templates``), found by name or by folder."""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.render.templates import Template, find_template, list_templates
from tccm_drafter.storage.paths import AppPaths


def all_templates(paths: AppPaths) -> tuple[list[Template], list[InputError]]:
    """Every template the user can choose, and one error line for each that cannot be used."""
    return list_templates(paths.templates_dir)


def template_named(name_or_path: str | Path, paths: AppPaths) -> Template:
    """The template of that name (or in that folder); raises InputError naming it."""
    return find_template(str(name_or_path), paths.templates_dir)


__all__ = ["Template", "all_templates", "find_template", "list_templates", "template_named"]

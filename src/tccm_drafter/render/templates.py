"""Document templates: a folder with ``template.toml`` and ``document.md.j2``.

Built-in templates ship in the package; a user adds one by dropping a folder into the user
templates folder. Template files are untrusted: they are compiled in the sandbox and a broken
one is reported by name, never allowed to take the others down.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2

from tccm_drafter.errors import InputError, RenderError
from tccm_drafter.render.sandbox import (
    DrafterSandbox,
    FolderLoader,
    TemplateLimitError,
    bounded_render,
    time_limit,
)
from tccm_drafter.storage import limits
from tccm_drafter.storage.paths import builtin_templates_dir
from tccm_drafter.storage.textfile import parse_toml, read_text

TEMPLATE_FILE = "document.md.j2"
DESCRIPTION_FILE = "template.toml"
TEMPLATE_FORMAT = 1


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    description: str
    folder: Path
    builtin: bool
    reference_docx: Path | None = None
    numbering_restart: Literal["document", "section"] = "document"
    footnote_fallback: Literal["inline", "references"] = "references"

    @property
    def source_path(self) -> Path:
        return self.folder / TEMPLATE_FILE


def load_template(folder: Path, *, builtin: bool = False) -> Template:
    """Read and check one template folder (its description and that its Jinja compiles)."""
    description_path = folder / DESCRIPTION_FILE
    if not description_path.is_file():
        raise InputError(f"template '{folder.name}' has no {DESCRIPTION_FILE}", path=folder)
    data = parse_toml(read_text(description_path, limits.TEMPLATE)[0], description_path)
    fmt = data.get("format", TEMPLATE_FORMAT)
    if not isinstance(fmt, int) or fmt > TEMPLATE_FORMAT:
        raise InputError(
            f"template format {fmt} is newer than this app understands (up to "
            f"{TEMPLATE_FORMAT}); please update TCCM Drafter",
            path=description_path,
            field="format",
        )

    def text(key: str, default: str) -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            raise InputError(f"'{key}' must be text", path=description_path, field=key)
        return value

    restart = text("numbering_restart", "document")
    if restart not in ("document", "section"):
        raise InputError(
            'numbering_restart must be "document" or "section"',
            path=description_path,
            field="numbering_restart",
        )
    fallback = text("footnote_fallback", "references")
    if fallback not in ("inline", "references"):
        raise InputError(
            'footnote_fallback must be "inline" or "references"',
            path=description_path,
            field="footnote_fallback",
        )
    reference: Path | None = None
    if data.get("reference_docx"):
        name = text("reference_docx", "")
        reference = (folder / name).resolve()
        if reference.parent != folder.resolve() or not reference.is_file():
            raise InputError(
                f"reference document '{name}' is not in the template folder",
                path=description_path,
                field="reference_docx",
            )
    template = Template(
        name=folder.name,
        title=text("title", folder.name),
        description=text("description", ""),
        folder=folder,
        builtin=builtin,
        reference_docx=reference,
        numbering_restart="section" if restart == "section" else "document",
        footnote_fallback="inline" if fallback == "inline" else "references",
    )
    compile_template(template)
    return template


def list_templates(user_dir: Path | None) -> tuple[list[Template], list[InputError]]:
    """Built-in templates, then the user's; broken user templates are returned as errors."""
    templates: list[Template] = []
    problems: list[InputError] = []
    seen: set[str] = set()
    for base, builtin in ((builtin_templates_dir(), True), (user_dir, False)):
        if base is None or not base.is_dir():
            continue
        for folder in sorted(p for p in base.iterdir() if p.is_dir()):
            if folder.name.startswith((".", "_")):
                continue
            try:
                template = load_template(folder, builtin=builtin)
            except InputError as error:
                problems.append(error)
                continue
            if template.name in seen:
                problems.append(
                    InputError(
                        f"user template '{template.name}' has the name of a built-in one and is "
                        "ignored; rename its folder",
                        path=folder,
                    )
                )
                continue
            seen.add(template.name)
            templates.append(template)
    return templates, problems


def find_template(name_or_path: str, user_dir: Path | None) -> Template:
    """A template by name (built-in or user) or by the path of its folder."""
    candidate = Path(name_or_path).expanduser()
    if ("/" in name_or_path or "\\" in name_or_path) and candidate.is_dir():
        return load_template(candidate)
    for base, builtin in ((builtin_templates_dir(), True), (user_dir, False)):
        if base is not None and (base / name_or_path).is_dir():
            return load_template(base / name_or_path, builtin=builtin)
    raise InputError(
        f"there is no template called '{name_or_path}' (see `tccm-drafter templates`)",
        field="template",
    )


_compiled: dict[tuple[Path, int], jinja2.Template] = {}


def compile_template(template: Template) -> jinja2.Template:
    """Compile (once per file version) in the sandbox; syntax errors name file and line."""
    path = template.source_path
    if not path.is_file():
        raise InputError(f"template '{template.name}' has no {TEMPLATE_FILE}", path=template.folder)
    key = (path.resolve(), path.stat().st_mtime_ns)
    cached = _compiled.get(key)
    if cached is not None:
        return cached
    environment = DrafterSandbox(
        loader=FolderLoader(template.folder),
        finalize=_finalize,
        trim_blocks=False,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    try:
        compiled = environment.get_template(TEMPLATE_FILE)
    except jinja2.TemplateSyntaxError as error:
        raise InputError(
            f"template '{template.name}': {error.message}",
            path=Path(error.filename or path),
            line=error.lineno,
        ) from None
    except UnicodeDecodeError:
        raise InputError(f"template '{template.name}' is not UTF-8 text", path=path) from None
    _compiled[key] = compiled
    return compiled


class Raw(str):
    """Text the template prints as it is (block markers); everything else is escaped."""

    __slots__ = ()


def _finalize(value: Any) -> Any:
    from tccm_drafter.render.placeholders import escape_markdown

    if value is None:
        return ""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, str):
        return escape_markdown(value)
    return value


def render_template(template: Template, context: dict[str, Any]) -> str:
    """Run the template in the sandbox, bounded in time and size."""
    compiled = compile_template(template)
    filename = compiled.filename or "<template>"
    try:
        with time_limit(filename):
            return bounded_render(compiled.generate(context))
    except TemplateLimitError as error:
        raise RenderError(f"template '{template.name}' was stopped: {error}") from None
    except jinja2.TemplateError as error:
        line = getattr(error, "lineno", None)
        where = f" (line {line})" if line else ""
        raise RenderError(f"template '{template.name}'{where}: {error}") from None
    except RecursionError:
        raise RenderError(f"template '{template.name}' recursed too deeply") from None
    except (TypeError, ValueError, AttributeError, ArithmeticError, LookupError) as error:
        raise RenderError(f"template '{template.name}' failed: {error}") from None

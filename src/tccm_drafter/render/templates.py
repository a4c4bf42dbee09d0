"""Document templates: a folder with ``template.toml`` and ``document.md.j2``.

Built-in templates ship in the package; a user adds one by dropping a folder into the user
templates folder. Template files are untrusted: they are compiled in the sandbox and a broken
one is reported by name, never allowed to take the others down.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import jinja2

from tccm_drafter.errors import InputError, RenderError
from tccm_drafter.render.sandbox import (
    DrafterSandbox,
    FolderLoader,
    TemplateLimitError,
    bounded_render,
)
from tccm_drafter.storage.paths import builtin_templates_dir
from tccm_drafter.storage.template_file import DESCRIPTION_FILE, load_template_file

if TYPE_CHECKING:
    from tccm_drafter.model import Submission

TEMPLATE_FILE = "document.md.j2"
__all__ = ["DESCRIPTION_FILE", "TEMPLATE_FILE", "Raw", "Template", "render_template"]


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
    #: Add page numbers to a Word export whose letterhead shows none.
    page_numbers: bool = True

    @property
    def source_path(self) -> Path:
        return self.folder / TEMPLATE_FILE


def load_template(folder: Path, *, builtin: bool = False) -> Template:
    """Read and check one template folder (its description and that its Jinja compiles)."""
    described = load_template_file(folder)
    template = Template(
        name=folder.name,
        title=described.title,
        description=described.description,
        folder=folder,
        builtin=builtin,
        reference_docx=described.reference_docx,
        numbering_restart=described.numbering_restart,
        footnote_fallback=described.footnote_fallback,
        page_numbers=described.page_numbers,
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


def reference_for(
    submission: Submission, template: Template, submission_path: Path | None
) -> Path | None:
    """The Word reference document an export would use: the submission's, else the
    organisation's (relative to the submission's folder), else the template's; None for the
    built-in one. A file that is not there is passed over: the page estimate and the checks
    that use this are estimates only."""
    chosen = submission.reference_docx or submission.organisation.reference_docx
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_absolute() and submission_path is not None:
            path = submission_path.parent / path
        if path.is_file():
            return path
    return template.reference_docx


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
    """Compile (once per file version) in the sandbox; every error names file and line."""
    path = template.source_path
    if not path.exists() and not path.is_symlink():
        raise InputError(f"template '{template.name}' has no {TEMPLATE_FILE}", path=template.folder)
    try:
        key = (path.resolve(), path.stat().st_mtime_ns)
    except FileNotFoundError:
        raise InputError(
            f"template '{template.name}': this symbolic link points at nothing", path=path
        ) from None
    except (OSError, RuntimeError) as exc:
        raise InputError(f"template '{template.name}': cannot read it ({exc})", path=path) from None
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
    except InputError as error:
        raise InputError(
            f"template '{template.name}': {error.message}", path=error.path, line=error.line
        ) from None
    except (RecursionError, SyntaxError, MemoryError):
        raise InputError(
            f"template '{template.name}' nests too deeply or is too long to compile", path=path
        ) from None
    except (ValueError, OverflowError):
        raise InputError(
            f"template '{template.name}' holds a number too long to read", path=path
        ) from None
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


def _where(error: BaseException, folder: Path) -> tuple[Path | None, int | None]:
    """The template file and line an error happened at (Jinja rewrites the traceback)."""
    prefix = str(folder.resolve())
    path: Path | None = None
    line: int | None = None
    trace = error.__traceback__
    while trace is not None:
        name = trace.tb_frame.f_code.co_filename
        if name.startswith(prefix):
            path = Path(name)
            if trace.tb_lineno > 0:  # Jinja gives 0 inside a block's own helper code
                line = trace.tb_lineno
        trace = trace.tb_next
    return path, line


def render_template(template: Template, context: dict[str, Any]) -> str:
    """Run the template in the sandbox, bounded in time, size and depth.

    Raises :class:`RenderError` naming the template, and the file and line where known.
    """
    compiled = compile_template(template)
    environment = compiled.environment
    assert isinstance(environment, DrafterSandbox)
    try:
        with environment.limits(template.folder):
            return bounded_render(compiled.generate(context))
    except TemplateLimitError as error:
        message = f"template '{template.name}' was stopped: {error}"
        failure: BaseException = error
    except jinja2.UndefinedError as error:
        message = f"template '{template.name}' uses a name that does not exist: {error}"
        failure = error
    except jinja2.TemplateError as error:
        message = f"template '{template.name}': {error}"
        failure = error
    except InputError as error:  # an included file that cannot be read
        raise RenderError(
            f"template '{template.name}': {error.message}", path=error.path, line=error.line
        ) from None
    except RecursionError as error:
        message = f"template '{template.name}' recursed too deeply"
        failure = error
    except MemoryError as error:
        message = f"template '{template.name}' ran out of memory"
        failure = error
    except (TypeError, ValueError, AttributeError, ArithmeticError, LookupError) as error:
        message = f"template '{template.name}' failed: {error}"
        failure = error
    path, line = _where(failure, template.folder)
    raise RenderError(message, path=path, line=line) from None

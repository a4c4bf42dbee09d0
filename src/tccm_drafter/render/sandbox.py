"""The sandboxed Jinja2 environments every untrusted text goes through.

Paragraph bodies and templates come from other organisations. Templates run in Jinja2's
``ImmutableSandboxedEnvironment`` (no attribute starting with ``_``, no mutation of lists or
dicts, no unsafe callables), with a loader that cannot reach outside the template's folder and
with limits on time and output size so a hostile template cannot hang or flood the app.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from jinja2 import BaseLoader, TemplateNotFound
from jinja2.sandbox import ImmutableSandboxedEnvironment

#: A template may produce at most this much text (characters).
MAX_OUTPUT_CHARS = 5_000_000
#: ... and may run at most this long (seconds).
MAX_SECONDS = 3.0
#: ``range()`` inside a template may not produce more items than this.
MAX_RANGE = 10_000


class TemplateLimitError(Exception):
    """A template ran too long, produced too much text or asked for a huge range."""


class FolderLoader(BaseLoader):
    """Load templates by plain file name from one folder, and nothing else."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        if "/" in template or "\\" in template or template.startswith(".") or ":" in template:
            raise TemplateNotFound(template)
        path = (self.folder / template).resolve()
        if path.parent != self.folder or not path.is_file():
            raise TemplateNotFound(template)
        source = path.read_text(encoding="utf-8-sig")
        mtime = path.stat().st_mtime_ns
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime_ns == mtime


def _safe_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise TemplateLimitError(f"range() of {len(result):,} items is over the limit")
    return result


#: Filters a template may use; the rest (``center``, ``indent``, ``format``, ``wordwrap``,
#: ``replace``...) can be made to allocate huge strings from tiny source text.
ALLOWED_FILTERS = frozenset(
    {
        "capitalize",
        "count",
        "d",
        "default",
        "first",
        "groupby",
        "int",
        "join",
        "last",
        "length",
        "list",
        "lower",
        "map",
        "reject",
        "rejectattr",
        "reverse",
        "round",
        "select",
        "selectattr",
        "sort",
        "string",
        "title",
        "trim",
        "unique",
        "upper",
        "batch",
        "slice",
    }
)


class DrafterSandbox(ImmutableSandboxedEnvironment):
    """Immutable sandbox without Jinja's default globals (``cycler``, ``joiner``, ``lipsum``...)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(autoescape=False, **options)
        self.globals.clear()
        self.globals["range"] = _safe_range
        self.filters = {k: v for k, v in self.filters.items() if k in ALLOWED_FILTERS}

    # Jinja only routes these operators through call_binop (and stops folding them at compile
    # time) when they are listed here.
    intercepted_binops = frozenset({"*", "**", "%"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_") or attr in ("format", "format_map", "mro"):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        # String (or list) multiplication is the cheapest way to exhaust memory.
        sequence = isinstance(left, str | list | tuple) or isinstance(right, str | list | tuple)
        if operator == "**" or (operator in ("*", "%") and sequence):
            raise TemplateLimitError(f"the operator {operator} is not allowed on this value")
        return super().call_binop(context, operator, left, right)


def bounded_render(chunks: Iterator[str]) -> str:
    """Join a template's output chunks, stopping at the time and size limits."""
    started = time.monotonic()
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_OUTPUT_CHARS:
            raise TemplateLimitError(
                f"the output grew over {MAX_OUTPUT_CHARS // 1_000_000} million characters"
            )
        if time.monotonic() - started > MAX_SECONDS:
            raise TemplateLimitError(f"rendering took longer than {MAX_SECONDS:g} seconds")
        parts.append(chunk)
    return "".join(parts)


@contextmanager
def time_limit(template_filename: str, seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Stop the template code compiled from ``template_filename`` once ``seconds`` have passed.

    Python threads cannot be killed and ``SIGALRM`` exists neither on Windows nor outside the
    main thread, so the check rides on the tracing hook: only frames of the template's own
    compiled code are traced (loops without output included), everything else runs untraced.
    """
    deadline = time.monotonic() + seconds
    counter = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal counter
        counter += 1
        if counter % 256 == 0 and time.monotonic() > deadline:
            raise TemplateLimitError(f"rendering took longer than {seconds:g} seconds")
        return local

    def global_(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename == template_filename:
            if time.monotonic() > deadline:
                raise TemplateLimitError(f"rendering took longer than {seconds:g} seconds")
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        yield
    finally:
        sys.settrace(previous)

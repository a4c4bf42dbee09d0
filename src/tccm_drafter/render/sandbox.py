"""The sandboxed Jinja2 environment templates run in.

Templates come from other organisations. They run in Jinja2's ``ImmutableSandboxedEnvironment``
(no attribute starting with ``_``, no mutation of lists or dicts, no unsafe callables), with a
loader that reads only regular files of the template's own folder, with strict undefined names,
and with limits that hold: every operation that can build something big is checked before it
runs (:mod:`tccm_drafter.render.sandbox_limits`), and the render as a whole is stopped after
:data:`MAX_SECONDS` or :data:`MAX_OUTPUT_CHARS`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.nodes import EvalContext
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import pass_eval_context

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted
from tccm_drafter.render.sandbox_calls import (
    ALLOWED_TESTS,
    STR_METHODS,
    bounded_filters,
    call_str_method,
    is_iterator,
)
from tccm_drafter.render.sandbox_codegen import SandboxCodeGenerator
from tccm_drafter.render.sandbox_limits import (
    MAX_BLOCK_DEPTH,
    MAX_BRACKET_DEPTH,
    MAX_CALL_DEPTH,
    MAX_INT_BITS,
    MAX_TAG_TOKENS,
    MAX_TAGS,
    Budget,
    TemplateLimitError,
    as_text,
    bounded_list,
    check_chars,
    check_int,
    check_items,
    check_value,
    total_chars,
    weigh,
)
from tccm_drafter.storage.template_file import read_folder_file

#: A template may produce at most this much text (characters).
MAX_OUTPUT_CHARS = 5_000_000
#: ... and may run at most this long (seconds).
MAX_SECONDS = 3.0
#: ``range()`` inside a template may not produce more items than this.
MAX_RANGE = 10_000

__all__ = ["MAX_OUTPUT_CHARS", "MAX_SECONDS", "DrafterSandbox", "TemplateLimitError"]

_OPENING_TAGS = frozenset(
    {"for", "if", "macro", "call", "filter", "block", "with", "autoescape", "set"}
)
_NUMBER_ATTRIBUTES = frozenset({"real", "imag", "is_integer"})
_SEQUENCE_METHODS = frozenset({"index", "count"})
_DICT_METHODS = frozenset({"items", "keys", "values", "get"})


class FolderLoader(BaseLoader):
    """Load templates by plain file name from one folder, and nothing else."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        if "/" in template or "\\" in template or template.startswith(".") or ":" in template:
            raise TemplateNotFound(template)
        path = self.folder / template
        if not path.exists() and not path.is_symlink():
            raise TemplateNotFound(template)
        data = read_folder_file(self.folder, template)
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError("the template is not UTF-8 text", path=path, line=line) from None
        check_nesting(environment, source, template, str(path))
        mtime = path.stat().st_mtime_ns
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime_ns == mtime


def check_nesting(environment: Any, source: str, name: str | None, filename: str | None) -> None:
    """Refuse source that nests deeper than Jinja and Python can compile, before parsing it.

    Plain syntax errors are left to the parser, which reports them in its own words.
    """
    brackets = blocks = tag_tokens = tags = 0
    tag_name: str | None = None
    tag_assigns = False
    problem = ""
    line = 1
    try:
        for at, kind, value in environment.lexer.tokeniter(source, name, filename):
            line = at
            if kind in ("variable_begin", "block_begin"):
                tag_tokens, tag_name, tag_assigns = 0, None, False
                tags += 1
                if tags > MAX_TAGS:
                    problem = f"the file holds more than {MAX_TAGS:,} tags"
            elif kind == "block_end":
                if tag_name in _OPENING_TAGS and not (tag_name == "set" and tag_assigns):
                    blocks += 1
                    if blocks > MAX_BLOCK_DEPTH:
                        problem = f"blocks are nested more than {MAX_BLOCK_DEPTH} deep"
                elif tag_name is not None and tag_name.startswith("end"):
                    blocks = max(blocks - 1, 0)
            elif kind != "whitespace":
                tag_tokens += 1
                if kind == "name" and tag_name is None:
                    tag_name = value
                elif kind == "operator":
                    if value in "([{":
                        brackets += 1
                    elif value in ")]}":
                        brackets = max(brackets - 1, 0)
                    elif value == "=":
                        tag_assigns = True
                if brackets > MAX_BRACKET_DEPTH:
                    problem = f"brackets are nested more than {MAX_BRACKET_DEPTH} deep"
                elif tag_tokens > MAX_TAG_TOKENS:
                    problem = f"one tag holds more than {MAX_TAG_TOKENS} words and symbols"
            if problem:
                break
    except TemplateSyntaxError:
        return
    if problem:
        raise TemplateSyntaxError(problem, line, name, filename)


def _safe_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise TemplateLimitError(f"range() of {counted(len(result), 'item')} is over the limit")
    return result


class DrafterSandbox(ImmutableSandboxedEnvironment):
    """Immutable sandbox without Jinja's default globals (``cycler``, ``joiner``, ``lipsum``...)
    whose every value-building operation is bounded.

    ``finalize`` (optional) turns a printed value into text before it is output, e.g. to escape
    it; whatever it returns is then converted to text within the limits.
    """

    code_generator_class = SandboxCodeGenerator
    # Jinja only routes these operators through call_binop when they are listed here.
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})

    def __init__(self, finalize: Callable[[Any], Any] | None = None, **options: Any) -> None:
        # optimized=False: nothing is evaluated at compile time, out of the limits' reach.
        super().__init__(
            autoescape=False,
            optimized=False,
            undefined=StrictUndefined,
            finalize=self._bounded_finalize,
            **options,
        )
        self._user_finalize = finalize
        self._state = threading.local()
        self.globals.clear()
        self.globals["range"] = _safe_range
        self.filters = bounded_filters(self.filters)
        self.tests = {k: v for k, v in self.tests.items() if k in ALLOWED_TESTS}
        self.concat = self._concat  # type: ignore[method-assign]

    # ------------------------------------------------------------------ the render's budget

    @property
    def budget(self) -> Budget:
        budget: Budget | None = getattr(self._state, "budget", None)
        return budget if budget is not None else Budget()

    @contextmanager
    def limits(self, folder: Path, seconds: float = MAX_SECONDS) -> Iterator[None]:
        """One render: a fresh budget, and the time and call-depth limits for ``folder``'s
        template code."""
        self._state.budget = Budget()
        try:
            with time_limit(str(folder.resolve()), seconds):
                yield
        finally:
            self._state.budget = None

    def produced(self, value: Any) -> Any:
        """Check and count a value an operation built."""
        if isinstance(value, str):
            check_chars(len(value))
            self.budget.text(len(value))
        elif isinstance(value, int) and not isinstance(value, bool):
            check_int(value)
        elif isinstance(value, list | tuple | dict):
            weigh(value)
            self.budget.sequence(len(value))
        elif is_iterator(value):
            items = bounded_list(value)
            self.budget.sequence(len(items))
            return items
        return value

    # ------------------------------------------------------------------ hooks

    def sandbox_join(self, parts: Iterable[Any]) -> str:
        """``a ~ b ~ c``."""
        texts = [as_text(part) for part in parts]
        total = total_chars(texts)
        self.budget.text(total)
        return "".join(texts)

    def sandbox_literal(self, value: Any) -> Any:
        """``[a, b]``, ``(a, b)``, ``{'k': v}``."""
        return self.produced(value)

    def _concat(self, parts: Iterable[str]) -> str:
        """The text of a block (macro, ``{% filter %}``, ``{% set %}...{% endset %}``)."""
        texts = list(parts) if not isinstance(parts, list) else parts
        total = total_chars(texts)
        self.budget.text(total)
        return "".join(texts)

    @pass_eval_context
    def _bounded_finalize(self, eval_ctx: EvalContext, value: Any) -> str:
        if self._user_finalize is not None:
            value = self._user_finalize(value)
        text = as_text(value)
        self.budget.text(len(text))
        return text

    def wrap_str_format(self, value: Any) -> None:
        # Jinja hands out a sandboxed str.format before asking is_safe_attribute; the width in
        # '{:>3000000000}' would still allocate gigabytes. Formatting is refused outright.
        return None

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_") or attr in ("format", "format_map", "mro"):
            return False
        if isinstance(obj, str):
            # Text methods, and the data a text subclass of ours carries (Label.before...).
            return attr in STR_METHODS or attr in getattr(obj, "__dict__", {})
        if isinstance(obj, int | float):
            return attr in _NUMBER_ATTRIBUTES
        if isinstance(obj, list | tuple):
            return attr in _SEQUENCE_METHODS
        if isinstance(obj, dict):
            return attr in _DICT_METHODS
        return bool(super().is_safe_attribute(obj, attr, value))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str) and type(__obj).__name__ == "builtin_function_or_method":
            return __self.produced(call_str_method(owner, __obj.__name__, args, kwargs))
        return check_value(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str):
            raise TemplateLimitError("the % operator is not allowed on text; use ~ to join")
        _check_binop(operator, left, right)
        return self.produced(super().call_binop(context, operator, left, right))


def _is_int(value: Any) -> bool:
    return isinstance(value, int)


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an arithmetic or joining step whose result would be over the limits."""
    if _is_int(left) and _is_int(right):
        if operator == "*" and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            check_int(1 << (MAX_INT_BITS + 1))
        too_big = operator == "**" and right > 0 and abs(left) > 1
        if too_big and left.bit_length() * right > MAX_INT_BITS:
            check_int(1 << (MAX_INT_BITS + 1))
        return
    if operator == "*":
        sequence, times = (left, right) if _is_int(right) else (right, left)
        if isinstance(sequence, str) and _is_int(times):
            check_chars(len(sequence) * max(times, 0))
        elif isinstance(sequence, list | tuple) and _is_int(times):
            check_items(weigh(sequence)[0] * max(times, 0) + max(times, 0))
    elif operator == "+":
        if isinstance(left, str) and isinstance(right, str):
            check_chars(len(left) + len(right))
        elif isinstance(left, list | tuple) and isinstance(right, list | tuple):
            check_items(weigh(left)[0] + weigh(right)[0])
    elif operator == "**" and (isinstance(left, str | list | tuple) or isinstance(right, str)):
        raise TemplateLimitError("the ** operator works on numbers only")


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
def time_limit(folder: str, seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Stop the template code compiled from files in ``folder`` once ``seconds`` have passed,
    or when its macros call each other more than :data:`MAX_CALL_DEPTH` deep.

    Python threads cannot be killed and ``SIGALRM`` exists neither on Windows nor outside the
    main thread, so the check rides on the tracing hook: only frames of the template's own
    compiled code are traced (loops without output included), everything else runs untraced.
    Each single operation is bounded by the sandbox, so the checks come often enough.
    """
    deadline = time.monotonic() + seconds
    prefix = folder.rstrip("/\\")
    counter = 0

    def ours(frame: FrameType) -> bool:
        name = frame.f_code.co_filename
        return name.startswith(prefix) and name[len(prefix) : len(prefix) + 1] in ("/", "\\")

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal counter
        counter += 1
        if counter % 256 == 0 and time.monotonic() > deadline:
            raise TemplateLimitError(f"rendering took longer than {seconds:g} seconds")
        return local

    def global_(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_trace is not None:  # a generator resumed: checked when it started
            return frame.f_trace
        if not ours(frame):
            return None
        if time.monotonic() > deadline:
            raise TemplateLimitError(f"rendering took longer than {seconds:g} seconds")
        depth = 0
        current: FrameType | None = frame
        while current is not None:
            if ours(current):
                depth += 1
                if depth > MAX_CALL_DEPTH:
                    raise TemplateLimitError(
                        f"macros call each other more than {MAX_CALL_DEPTH} deep"
                    )
            current = current.f_back
        return local

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        yield
    finally:
        sys.settrace(previous)

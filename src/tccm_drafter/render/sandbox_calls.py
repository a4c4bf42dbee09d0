"""The filters, tests and text methods a template may call, each bounded before it runs.

Jinja's own filters are kept where they are useful to a document template, but every one of
them is wrapped: its input is read into a bounded list or text first, arguments that set a size
(``batch(n)``, ``slice(n)``, ``round(n)``) are checked, and what it returns is counted. Text
methods (``'x'.ljust(n)``, ``sep.join(items)``...) are estimated before they run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

from jinja2.filters import make_attrgetter
from jinja2.runtime import Context
from jinja2.utils import _PassArg, pass_context

from tccm_drafter.render.sandbox_limits import (
    MAX_ITEMS,
    TemplateLimitError,
    as_text,
    bounded_list,
    check_chars,
    check_int,
    check_items,
    total_chars,
)


class Producer(Protocol):
    """The part of the sandbox environment the wrappers need."""

    def produced(self, value: Any) -> Any: ...


#: Text methods a template may call (no ``format``, ``translate`` or ``encode``).
STR_METHODS = frozenset(
    {
        "capitalize",
        "casefold",
        "center",
        "count",
        "endswith",
        "expandtabs",
        "find",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "islower",
        "isnumeric",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
        "zfill",
    }
)

#: Tests a template may use; ``lower``/``upper``/``escaped`` would turn any value into text.
ALLOWED_TESTS = frozenset(
    {
        "defined",
        "undefined",
        "none",
        "boolean",
        "false",
        "true",
        "integer",
        "float",
        "number",
        "string",
        "mapping",
        "sequence",
        "iterable",
        "sameas",
        "in",
        "eq",
        "equalto",
        "==",
        "ne",
        "!=",
        "gt",
        ">",
        "greaterthan",
        "ge",
        ">=",
        "lt",
        "<",
        "lessthan",
        "le",
        "<=",
        "odd",
        "even",
        "divisibleby",
    }
)

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _arg(args: tuple[Any, ...], kwargs: Mapping[str, Any], index: int, name: str) -> Any:
    if len(args) > index:
        return args[index]
    return kwargs.get(name)


def _width(value: Any) -> int:
    return value if isinstance(value, int) else 0


def call_str_method(text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Run ``text.name(*args, **kwargs)`` after checking what it would build."""
    if name not in STR_METHODS:
        raise TemplateLimitError(f"the text method {name}() is not allowed")
    if name in ("center", "ljust", "rjust", "zfill"):
        check_chars(_width(_arg(args, kwargs, 0, "width")), f"{name}()")
    elif name == "expandtabs":
        size = _arg(args, kwargs, 0, "tabsize")
        tab = 8 if size is None else _width(size)
        check_chars(len(text) + text.count("\t") * max(tab, 0), "expandtabs()")
    elif name == "replace":
        old, new = _arg(args, kwargs, 0, "old"), _arg(args, kwargs, 1, "new")
        if isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
            times = text.count(old) if old else len(text) + 1
            count = _arg(args, kwargs, 2, "count")
            if isinstance(count, int) and count >= 0:
                times = min(times, count)
            check_chars(len(text) + times * (len(new) - len(old)), "replace()")
    elif name == "join":
        items = bounded_list(_arg(args, kwargs, 0, "iterable"))
        texts = [item for item in items if isinstance(item, str)]
        check_chars(total_chars(texts) + len(text) * max(len(items) - 1, 0), "join()")
        args = (items,)
    elif name in ("split", "rsplit"):
        return _split(text, name, args, kwargs)
    elif name == "splitlines" and len(text) > MAX_ITEMS:
        check_items(sum(text.count(mark) for mark in _LINE_BREAKS) + 1, "splitlines()")
    return getattr(text, name)(*args, **kwargs)


def _split(text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[str]:
    sep = _arg(args, kwargs, 0, "sep")
    asked = _arg(args, kwargs, 1, "maxsplit")
    asked = -1 if asked is None else asked
    if not isinstance(asked, int):
        raise TypeError("maxsplit must be a whole number")
    limit = MAX_ITEMS if asked < 0 or asked > MAX_ITEMS else asked
    parts: list[str] = getattr(text, name)(sep, limit)
    if len(parts) > MAX_ITEMS:
        check_items(len(parts), f"{name}()")
    return parts


# ---------------------------------------------------------------------------- filters


def _text_input(value: Any, args: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
    return as_text(value), args


def _list_input(value: Any, args: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
    return bounded_list(value), args


def _reverse_input(value: Any, args: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
    return (value if isinstance(value, str) else bounded_list(value)), args


def _count_arg(name: str, *, minimum: int) -> Callable[..., tuple[Any, tuple[Any, ...]]]:
    def prepare(value: Any, args: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
        count = args[0] if args else None
        if isinstance(count, int) and not minimum <= count <= MAX_ITEMS:
            raise TemplateLimitError(
                f"{name}() needs a number from {minimum} to {MAX_ITEMS:,} (got {count:,})"
            )
        return bounded_list(value), args

    return prepare


def _round_input(value: Any, args: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
    precision = args[0] if args else 0
    if isinstance(precision, int) and abs(precision) > 100:
        raise TemplateLimitError("round() takes a precision from -100 to 100")
    return value, args


def _int_input(value: Any, args: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
    if isinstance(value, str) and len(value.strip()) > 1200:
        raise TemplateLimitError("int() of a text of more than 1,200 characters")
    return value, args


_PREPARE: dict[str, Callable[[Any, tuple[Any, ...]], tuple[Any, tuple[Any, ...]]]] = {
    "capitalize": _text_input,
    "lower": _text_input,
    "upper": _text_input,
    "title": _text_input,
    "trim": _text_input,
    "string": _text_input,
    "list": _list_input,
    "sort": _list_input,
    "unique": _list_input,
    "groupby": _list_input,
    "reverse": _reverse_input,
    "batch": _count_arg("batch", minimum=1),
    "slice": _count_arg("slice", minimum=1),
    "round": _round_input,
    "int": _int_input,
}

#: Filters a template may use; the others (``center``, ``indent``, ``format``, ``wordwrap``,
#: ``replace``, ``sum``...) add nothing a document template needs.
ALLOWED_FILTERS = frozenset(
    {
        *_PREPARE,
        "count",
        "d",
        "default",
        "first",
        "join",
        "last",
        "length",
        "map",
        "reject",
        "rejectattr",
        "select",
        "selectattr",
    }
)


def _wrap(original: Callable[..., Any], prepare: Callable[..., Any] | None) -> Callable[..., Any]:
    pass_arg = _PassArg.from_obj(original)

    # pass_context also keeps Jinja from running the filter at compile time.
    @pass_context
    def bounded(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
        environment: Producer = context.environment  # type: ignore[assignment]
        if prepare is not None:
            value, args = prepare(value, args)
        if pass_arg is _PassArg.context:
            result = original(context, value, *args, **kwargs)
        elif pass_arg is _PassArg.eval_context:
            result = original(context.eval_ctx, value, *args, **kwargs)
        elif pass_arg is _PassArg.environment:
            result = original(context.environment, value, *args, **kwargs)
        else:
            result = original(value, *args, **kwargs)
        if isinstance(result, int) and not isinstance(result, bool):
            check_int(result)
        return environment.produced(result)

    return bounded


@pass_context
def _join(context: Context, value: Any, d: Any = "", attribute: Any = None) -> str:
    items = bounded_list(value)
    if attribute is not None:
        getter = make_attrgetter(context.environment, attribute)
        items = [getter(item) for item in items]
    texts = [as_text(item) for item in items]
    separator = as_text(d)
    check_chars(total_chars(texts) + len(separator) * max(len(texts) - 1, 0), "join()")
    environment: Producer = context.environment  # type: ignore[assignment]
    return str(environment.produced(separator.join(texts)))


def bounded_filters(filters: Mapping[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """The allowed filters out of Jinja's defaults, each wrapped."""
    out: dict[str, Callable[..., Any]] = {}
    for name in sorted(ALLOWED_FILTERS):
        if name == "join":
            out[name] = _join
        elif name in filters:
            out[name] = _wrap(filters[name], _PREPARE.get(name))
    return out


def is_iterator(value: Any) -> bool:
    return isinstance(value, Iterator)

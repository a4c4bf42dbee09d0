"""The sizes a template's values may reach, checked before each operation allocates.

Python's trace hook (see :mod:`tccm_drafter.render.sandbox`) can stop a template between two
steps, never inside one C call: ``'x'.ljust(3000000000)`` is a single step. So every operation
that can make something big (joining, repeating, padding, splitting, arithmetic on integers,
filters that build lists) is estimated first and refused when the result would be over a limit,
and what it produced is counted against a budget for the whole render. Together with the time
limit that keeps each render small in memory and short in time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice
from typing import Any

from jinja2.runtime import Undefined

from tccm_drafter.model.counted import counted

#: One string a template builds may hold at most this many characters ...
MAX_VALUE_CHARS = 1_000_000
#: ... one list, tuple or dictionary at most this many items, nested ones counted in full ...
MAX_ITEMS = 100_000
#: ... and one whole number at most this many bits (about 1,200 digits).
MAX_INT_BITS = 4096
#: Everything one render builds together: characters of new strings, items of new lists.
MAX_TOTAL_CHARS = 20_000_000
MAX_TOTAL_ITEMS = 2_000_000
#: Nesting in a template's source: brackets, and blocks such as for/if/filter/macro.
MAX_BRACKET_DEPTH = 20
MAX_BLOCK_DEPTH = 12
#: Tokens inside one ``{{ ... }}`` or ``{% ... %}`` (long operator chains recurse in Jinja).
MAX_TAG_TOKENS = 300
#: Tags (``{{ ... }}`` and ``{% ... %}``) in one template file: compiling costs memory per tag
#: (a megabyte of tags would take seconds and over a gigabyte); real templates use a few dozen.
MAX_TAGS = 5_000
#: Macros calling macros (each level keeps its values alive).
MAX_CALL_DEPTH = 40


class TemplateLimitError(Exception):
    """A template ran too long, nested too deeply or tried to build something too big."""


class Budget:
    """What one render has built so far; refuses once the totals are reached."""

    def __init__(self) -> None:
        self.chars = 0
        self.items = 0

    def text(self, count: int) -> None:
        self.chars += count
        if self.chars > MAX_TOTAL_CHARS:
            raise TemplateLimitError(
                f"the template built more than {MAX_TOTAL_CHARS:,} characters of text in all"
            )

    def sequence(self, count: int) -> None:
        self.items += count
        if self.items > MAX_TOTAL_ITEMS:
            raise TemplateLimitError(
                f"the template built lists of more than {MAX_TOTAL_ITEMS:,} items in all"
            )


def check_chars(count: int, what: str = "a text") -> None:
    if count > MAX_VALUE_CHARS:
        raise TemplateLimitError(
            f"{what} of {counted(count, 'character')} would be over the limit of "
            f"{MAX_VALUE_CHARS:,}"
        )


def check_items(count: int, what: str = "a list") -> None:
    if count > MAX_ITEMS:
        raise TemplateLimitError(
            f"{what} of {counted(count, 'item')} would be over the limit of {MAX_ITEMS:,}"
        )


def check_int(value: int) -> int:
    if value.bit_length() > MAX_INT_BITS:
        raise TemplateLimitError(f"a number of more than {MAX_INT_BITS:,} bits is over the limit")
    return value


def _is_container(value: Any) -> bool:
    return isinstance(value, list | tuple | dict | set | frozenset)


def weigh(value: Any) -> tuple[int, int]:
    """``(items, characters)`` of a value, nested containers counted in full (shared ones as
    often as they appear, as printing or comparing them would). Stops at the limits."""
    items = 0
    chars = 0
    stack: list[Any] = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            chars += len(current) + 2
        elif isinstance(current, dict):
            items += len(current)
            stack.extend(current.keys())
            stack.extend(current.values())
        elif _is_container(current):
            items += len(current)
            stack.extend(current)
        else:
            chars += 8
        if items > MAX_ITEMS:
            check_items(items, "a nested list")
    return items, chars


def check_value(value: Any) -> Any:
    """Refuse a string or container over the limits (containers counted with what they hold)."""
    if isinstance(value, str):
        check_chars(len(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        check_int(value)
    elif _is_container(value):
        weigh(value)
    return value


def as_text(value: Any) -> str:
    """``str(value)``, but refused before converting when the text would be over the limit."""
    if isinstance(value, str):
        return value
    if isinstance(value, Undefined):
        return str(value)  # StrictUndefined raises here with the name that is missing
    if isinstance(value, int) and not isinstance(value, bool):
        check_int(value)
    elif _is_container(value):
        _, chars = weigh(value)
        check_chars(chars, "the text of a list")
    text = str(value)
    check_chars(len(text))
    return text


def bounded_list(value: Any, what: str = "a list") -> list[Any]:
    """The items of an iterable as a list, refused beyond :data:`MAX_ITEMS` (read lazily)."""
    if isinstance(value, Undefined):
        return list(value)
    if isinstance(value, str):
        check_items(len(value), what)
        return list(value)
    if isinstance(value, Mapping):
        value = list(value)
    try:
        size = len(value)
    except TypeError:
        size = None
    if size is not None:
        check_items(size, what)
        items = list(value)
    else:
        items = list(islice(iter(value), MAX_ITEMS + 1))
        check_items(len(items), what)
    weigh(items)
    return items


def total_chars(texts: Iterable[str]) -> int:
    total = 0
    for text in texts:
        total += len(text)
        if total > MAX_VALUE_CHARS:
            check_chars(total)
    return total

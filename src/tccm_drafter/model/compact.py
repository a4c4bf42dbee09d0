"""Sequences that hold a column of tens of thousands of values in little memory: values that
repeat (statuses, languages, topic lists) as one byte each, and values that are nearly
always the same (no successor, no review date) as the few that differ."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from itertools import compress, count, repeat
from operator import ne
from typing import TypeVar, overload

T = TypeVar("T", bound=Hashable)

#: A column with this many distinct values or fewer is held as one byte per value.
_CODES = 256


class Coded(Sequence[T]):
    """Values as one-byte codes into a table of the distinct values."""

    __slots__ = ("_codes", "_values")

    def __init__(self, codes: bytes, values: tuple[T, ...]) -> None:
        self._codes, self._values = codes, values

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...
    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        if isinstance(i, slice):
            return Coded(self._codes[i], self._values)
        return self._values[self._codes[i]]

    def __iter__(self) -> Iterator[T]:
        return map(self._values.__getitem__, self._codes)

    def distinct(self) -> tuple[T, ...]:
        return self._values


class Sparse(Sequence[T]):
    """Values that are nearly all ``default``: only the others are held."""

    __slots__ = ("_default", "_length", "_others")

    def __init__(self, length: int, default: T, others: dict[int, T]) -> None:
        self._length, self._default, self._others = length, default, others

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...
    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError(i)
        return self._others.get(i, self._default)

    def __iter__(self) -> Iterator[T]:
        values = [self._default] * self._length  # a list for the pass: made in C, then freed
        for i, value in self._others.items():
            values[i] = value
        return iter(values)

    def positions(self) -> dict[int, T]:
        """Where the values that are not the default are."""
        return self._others


def compact(values: Sequence[T]) -> Sequence[T]:
    """``values`` held in little memory: as :class:`Sparse` when fewer than one in eight
    differs from the most common value, else as :class:`Coded` when they repeat (at most
    256 distinct values), else as they are."""
    if isinstance(values, Sparse) or len(values) < 64:
        return values
    counts = Counter(values)
    if len(counts) > _CODES:
        return values
    default, times = counts.most_common(1)[0]
    if (len(values) - times) * 8 < len(values):
        # The positions that differ, found without a Python step per value.
        differ = compress(count(), map(ne, values, repeat(default)))
        return Sparse(len(values), default, {i: values[i] for i in differ})
    codes = {value: code for code, value in enumerate(counts)}
    return Coded(bytes(map(codes.__getitem__, values)), tuple(counts))

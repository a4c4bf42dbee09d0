"""Reading user files as text and TOML, turning every failure into one InputError.

A file may come from any editor on any platform: a UTF-8 byte-order mark and CRLF line ends
are accepted; anything that is not UTF-8 text is refused with the line of the first bad byte.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Any

import tomli

from tccm_drafter.errors import InputError
from tccm_drafter.storage.limits import TOML_MAX_DEPTH, Limit, describe_bytes

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")


class FileMissingError(InputError):
    """The file does not exist (a save may create it)."""


#: Open without blocking (a FIFO named ``x.md`` must not hang the app), never as a terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_bytes(path: Path | str, limit: Limit) -> bytes:
    """The bytes of an ordinary file of at most ``limit.max_bytes``, else one InputError.

    The file is opened first and the open descriptor examined (no check-then-open race): a
    device (``/dev/zero``), a pipe or a socket is refused whatever it is called and wherever
    a link points, and at most ``limit + 1`` bytes are ever read, so a file that grows while
    it is read cannot cost more either.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise FileMissingError("file not found", path=path) from None
    except IsADirectoryError:
        raise InputError("this is a folder, not a file", path=path) from None
    except PermissionError:
        if os.path.isdir(path):
            raise InputError("this is a folder, not a file", path=path) from None
        raise InputError("no permission to read this file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("this is a folder, not a file", path=path)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                "this is not an ordinary file (a device, a pipe or a socket); it was not read",
                path=path,
            )
        budget = limit.max_bytes + 1
        if info.st_size >= budget:
            raise too_large(path, limit)
        chunks: list[bytes] = []
        total = 0
        while total < budget:
            # One read for an ordinary file: its size plus one byte, to see the end.
            wanted = min(budget - total, max(info.st_size - total, 0) + 1)
            chunk = os.read(fd, wanted)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if len(chunk) < wanted:
                break
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    finally:
        os.close(fd)
    if total > limit.max_bytes:
        raise too_large(path, limit)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def too_large(path: Path | str, limit: Limit) -> InputError:
    return InputError(
        f"the file is larger than {describe_bytes(limit.max_bytes)}, the limit for "
        f"{limit.what}; it was not read",
        path=path,
    )


def digest(data: bytes) -> str:
    """Content hash of a file as loaded: tells whether it changed on disk since."""
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes, path: Path | str) -> str:
    """UTF-8 text with ``\\n`` line ends; a BOM is dropped. Empty or binary files are refused.

    Text saved as UTF-16 (a byte-order mark, or a NUL byte in every other place) and binary
    files are refused. A few control characters in UTF-8 text are not a reason to refuse the
    file: they are valid UTF-8, and the reader removes them with a warning
    (:mod:`tccm_drafter.model.text_hygiene`).
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (
        b"\x00" in data and data.count(b"\x00") * 8 > len(data)
    ):
        raise _binary(data, path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in data:
            raise _binary(data, path) from None
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            f"not UTF-8 text (byte 0x{bad} cannot be read); save the file as UTF-8",
            path=path,
            line=line,
        ) from None
    if not text or text.isspace():  # (no stripped copy of a whole file made to see it)
        raise InputError("the file is empty", path=path)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return text


def _binary(data: bytes, path: Path | str) -> InputError:
    line = data[: data.index(b"\x00")].count(b"\n") + 1 if b"\x00" in data else 1
    return InputError(
        "this is not a text file (binary, or text saved as UTF-16); save it as UTF-8 text",
        path=path,
        line=line,
    )


def read_text(path: Path, limit: Limit) -> tuple[str, str]:
    """``(text, content hash)`` of a UTF-8 text file of at most ``limit`` bytes."""
    data = read_bytes(path, limit)
    return decode_text(data, path), digest(data)


def parse_toml(text: str, path: Path | str, first_line: int = 1) -> dict[str, Any]:
    """Parse TOML that starts at line ``first_line`` of the file; errors name the real line."""
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise toml_error(exc, path, first_line, text) from None
    except RecursionError:
        raise _too_deep(path) from None
    # Each level of nesting takes a bracket, a brace or a dot: a text with fewer of them
    # cannot be nested too deep, and is not walked (most files).
    marks = text.count("[") + text.count("{") + text.count(".")
    if marks >= TOML_MAX_DEPTH - 1 and not _shallow(data):
        raise _too_deep(path)
    return data


def _too_deep(path: Path | str) -> InputError:
    return InputError(
        f"tables and lists are nested more than {TOML_MAX_DEPTH} levels deep; this is not a "
        "file the app wrote",
        path=path,
    )


def _shallow(data: dict[str, Any]) -> bool:
    """True when no table or list lies more than TOML_MAX_DEPTH levels deep (no recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > TOML_MAX_DEPTH:
            return False
        if isinstance(value, dict):
            stack.extend(
                (item, depth + 1) for item in value.values() if isinstance(item, dict | list)
            )
        else:
            stack.extend((item, depth + 1) for item in value if isinstance(item, dict | list))
    return True


def toml_error(
    exc: tomli.TOMLDecodeError, path: Path | str, first_line: int, text: str
) -> InputError:
    """Restate a tomllib message with the file's own line number instead of the snippet's."""
    message = str(exc)
    line: int | None = None
    found = _TOML_POSITION.search(message)
    if found:
        line = int(found.group(1)) + first_line - 1
        message = message[: found.start()] + f" (column {found.group(2)})"
    elif _TOML_END.search(message):
        message = _TOML_END.sub("", message) + " (at the end of the TOML part)"
        line = first_line + max(text.count("\n") - 1, 0)
    message = message[0].lower() + message[1:] if message else "invalid TOML"
    return InputError(f"TOML syntax error: {message}", path=path, line=line)

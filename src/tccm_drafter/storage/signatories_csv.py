"""Signatories from the CSV file a sign-on form produces (Google Forms, Microsoft Forms, Excel).

Headers are matched loosely: "Organisation", "Organization name", "Name of organisation" all
give the organisation; "Contact", "Email address", "Country", "Status", "Endorse?",
"Timestamp" are recognised the same way. The delimiter (comma, semicolon, tab) is sniffed; the
text is UTF-8 (with or without a byte-order mark) or, failing that, Windows-1252 as Excel
saves it. Each row that cannot be used is reported on one line with its line number; the
other rows are imported.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Signatory, SignatoryStatus
from tccm_drafter.storage import limits
from tccm_drafter.storage.textfile import read_bytes

#: Rows read at most (the file's size is bounded by ``limits.SIGN_ON_SHEET``).
MAX_ROWS = 20_000

#: Column -> words that, found in a header, name it (checked in this order).
_HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("status", ("status", "endorse", "sign on", "sign-on", "signing", "support", "join")),
    ("when", ("timestamp", "date", "submitted", "time")),
    ("contact", ("e-mail", "email", "mail", "contact")),
    ("country", ("country", "pays", "país")),
    ("organisation", ("organisation", "organization", "institution", "entity", "company")),
    ("name", ("name", "signatory", "representative", "person")),
)
#: Headers that mention an organisation without holding its name.
_NOT_A_NAME = ("website", "web site", "url", "logo", "type", "size", "sector", "kind")
_CONFIRMED = {"yes", "y", "confirmed", "confirm", "endorse", "endorsed", "signed", "sign", "x"}
_CONFIRMED |= {"true", "1", "oui", "sí", "si", "i endorse", "we endorse", "agree", "accepted"}
_DECLINED = {"no", "n", "declined", "decline", "false", "0", "non", "refused", "not endorsing"}
_WITHDRAWN = {"withdrawn", "withdraw", "withdrew", "retracted"}
_INVITED = {"", "invited", "pending", "maybe", "no answer", "not yet", "?", "tbc", "waiting"}
_STAMP_FORMATS = (
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
)


@dataclass
class CsvImport:
    """The signatories read, and one error per row that could not be used."""

    signatories: list[Signatory] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    #: Which header was taken for which column, for showing the user.
    columns: dict[str, str] = field(default_factory=dict)


def read_signatories_csv(path: Path, *, today: date) -> CsvImport:
    """Read a sign-on sheet. Raises :class:`InputError` when the file as a whole is unusable
    (over ``limits.SIGN_ON_SHEET``, no organisation column); bad rows are in ``.problems``.
    A row without a date of its own gets ``today`` as the day of its status."""
    path = Path(path)
    text = _decode(read_bytes(path, limits.SIGN_ON_SHEET), path)
    return parse_signatories_csv(text, path, today=today)


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data:
        raise InputError(
            "this is not a CSV text file (binary, or saved as UTF-16); save it as CSV UTF-8",
            path=path,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # what Excel saves on Windows


def parse_signatories_csv(text: str, path: Path, *, today: date) -> CsvImport:
    if not text.strip():
        raise InputError("the file is empty", path=path)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as error:
        raise InputError(f"cannot read the header line ({error})", path=path, line=1) from None
    columns = _columns(header)
    if "organisation" not in columns:
        if "name" not in columns:
            raise InputError(
                "no column for the organisation; name one 'Organisation' (found: "
                f"{', '.join(repr(h.strip()) for h in header if h.strip()) or 'nothing'})",
                path=path,
                line=1,
            )
        columns["organisation"] = columns.pop("name")  # a lone "Name" column is the org
    result = CsvImport(columns={key: header[index].strip() for key, index in columns.items()})
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.problems.append(
                InputError(f"cannot read this row ({error})", path=path, line=start)
            )
            break
        line = reader.line_num
        if len(result.signatories) + len(result.problems) >= MAX_ROWS:
            result.problems.append(
                InputError(
                    f"more than {MAX_ROWS:,} rows; the rest is not read", path=path, line=start
                )
            )
            break
        if not any(cell.strip() for cell in row):
            continue
        try:
            result.signatories.append(_signatory(row, columns, today))
        except ValueError as error:
            result.problems.append(InputError(str(error), path=path, line=start))
    return result


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        words = re.sub(r"[^\w@+\- ]+", " ", raw.strip().lower().removeprefix("\ufeff"))
        words = " ".join(words.split())
        if any(word in words for word in _NOT_A_NAME):
            continue
        for key, needles in _HEADERS:
            if key in found:
                continue
            if any(needle in words for needle in needles):
                found[key] = index
                break
    return found


def _cell(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    if index is None or index >= len(row):
        return ""
    return " ".join(row[index].split())


def _signatory(row: list[str], columns: dict[str, int], today: date) -> Signatory:
    organisation = _cell(row, columns, "organisation")
    if not organisation:
        raise ValueError("no organisation in this row")
    answer = _cell(row, columns, "status")
    status = _status(answer) if "status" in columns else SignatoryStatus.CONFIRMED
    return Signatory(
        organisation=organisation,
        name=_cell(row, columns, "name"),
        country=_cell(row, columns, "country"),
        status=status,
        status_date=_stamp(_cell(row, columns, "when")) or today,
        contact=_cell(row, columns, "contact"),
    )


def _status(answer: str) -> SignatoryStatus:
    key = answer.strip().lower().rstrip(".!")
    if key in _CONFIRMED or key.startswith(("yes", "we endorse", "i endorse", "confirm")):
        return SignatoryStatus.CONFIRMED
    if key in _DECLINED or key.startswith(("no,", "no ", "decline")):
        return SignatoryStatus.DECLINED
    if key in _WITHDRAWN or key.startswith("withdr"):
        return SignatoryStatus.WITHDRAWN
    if key in _INVITED:
        return SignatoryStatus.INVITED
    raise ValueError(
        f"cannot tell whether '{answer}' means yes or no; use confirmed, declined, withdrawn "
        "or invited"
    )


def _stamp(text: str) -> date | None:
    cleaned = re.sub(r"\s*(GMT|UTC)[+\-]?\d*(:\d\d)?$", "", text.strip())
    for pattern in _STAMP_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    return None

"""Sign-on sheets as forms and spreadsheets export them, and merging them into a statement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError
from tccm_drafter.model import Signatory, SignatoryStatus
from tccm_drafter.model.signatories import merge_signatories
from tccm_drafter.storage import limits
from tccm_drafter.storage.signatories_csv import read_signatories_csv

TODAY = date(2026, 11, 22)
CONFIRMED, INVITED = SignatoryStatus.CONFIRMED, SignatoryStatus.INVITED
DECLINED, WITHDRAWN = SignatoryStatus.DECLINED, SignatoryStatus.WITHDRAWN

GOOGLE_FORM = (
    "Timestamp,Name of organisation,Your name,Email address,Country,"
    "Does your organisation endorse the statement?,Type of organisation\n"
    "2026/11/20 14:02:11 GMT+1,Example IXP Association,Amina,amina@ixp.example,Kenya,Yes,"
    "Technical community\n"
    '2026/11/21 09:30:00 GMT+1,"Example Network Operators\' Group, India",,,IN,'
    '"No, not this time",Technical community\n'
)


def _write(tmp_path: Path, data: bytes | str, name: str = "sign-on.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_google_form_export(tmp_path: Path) -> None:
    result = read_signatories_csv(_write(tmp_path, GOOGLE_FORM), today=TODAY)
    assert result.problems == []
    assert result.signatories == [
        Signatory(
            "Example IXP Association",
            "Amina",
            "Kenya",
            CONFIRMED,
            date(2026, 11, 20),
            "amina@ixp.example",
        ),
        Signatory(
            "Example Network Operators' Group, India", "", "IN", DECLINED, date(2026, 11, 21)
        ),
    ]
    # "Type of organisation" is not mistaken for the organisation's name.
    assert result.columns["organisation"] == "Name of organisation"
    assert result.columns["status"] == "Does your organisation endorse the statement?"


@pytest.mark.parametrize(
    "header",
    ["Organisation;Contact;Country;Status", "Organization name;Contact;Country;Endorse?"],
)
def test_excel_semicolons_bom_and_header_wordings(tmp_path: Path, header: str) -> None:
    text = f"{header}\r\nExample RIR;ops@rir.example;UY;confirmed\r\nExample Root Ops;;NL;\r\n"
    result = read_signatories_csv(_write(tmp_path, "\ufeff" + text), today=TODAY)
    assert [(s.organisation, s.contact, s.country, s.status) for s in result.signatories] == [
        ("Example RIR", "ops@rir.example", "UY", CONFIRMED),
        ("Example Root Ops", "", "NL", INVITED),
    ]
    assert all(s.status_date == TODAY for s in result.signatories)


def test_excel_on_windows_saves_cp1252(tmp_path: Path) -> None:
    text = (
        "Organisation\tCountry\tStatus\n"
        "Associação Exemplo\tBR\twithdrawn\n"
        "Réseau Exemple\tFR\tyes\n"
    )
    path = _write(tmp_path, text.encode("cp1252"))
    result = read_signatories_csv(path, today=TODAY)
    assert [(s.organisation, s.status) for s in result.signatories] == [
        ("Associação Exemplo", WITHDRAWN),
        ("Réseau Exemple", CONFIRMED),
    ]


def test_a_sheet_without_a_status_column_lists_those_who_signed(tmp_path: Path) -> None:
    result = read_signatories_csv(_write(tmp_path, "Organisation\nExample IXP\n"), today=TODAY)
    assert result.signatories[0].status is CONFIRMED


def test_each_bad_row_is_one_line_with_its_number(tmp_path: Path) -> None:
    text = (
        "Organisation,Country,Endorse?\n"
        "Example IXP,KE,yes\n"
        ',NO,"yes"\n'  # line 3: no organisation
        '"Example\nForum",CH,perhaps\n'  # lines 4-5: an answer that is neither
        "\n"
        "Example NOG,IN,no\n"
    )
    result = read_signatories_csv(_write(tmp_path, text), today=TODAY)
    assert [s.organisation for s in result.signatories] == ["Example IXP", "Example NOG"]
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'sign-on.csv'}:3: no organisation in this row",
        f"{tmp_path / 'sign-on.csv'}:4: cannot tell whether 'perhaps' means yes or no; use "
        "confirmed, declined, withdrawn or invited",
    ]


def test_unusable_files_are_refused_whole(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no column for the organisation.*'Colour'"):
        read_signatories_csv(_write(tmp_path, "Colour,Size\nred,L\n"), today=TODAY)
    with pytest.raises(InputError, match="the file is empty"):
        read_signatories_csv(_write(tmp_path, "  \n"), today=TODAY)
    with pytest.raises(InputError, match="not a CSV text file"):
        read_signatories_csv(_write(tmp_path, "Organisation\n".encode("utf-16")), today=TODAY)
    huge = GOOGLE_FORM * (limits.SIGN_ON_SHEET.max_bytes // len(GOOGLE_FORM) + 1)
    with pytest.raises(InputError, match="larger than 5 MB, the limit for a sign-on sheet"):
        read_signatories_csv(_write(tmp_path, huge), today=TODAY)


def test_a_lone_name_column_is_the_organisation(tmp_path: Path) -> None:
    result = read_signatories_csv(_write(tmp_path, "Name,Status\nExample IXP,yes\n"), today=TODAY)
    assert result.signatories[0].organisation == "Example IXP"


def test_merging_updates_statuses_and_adds_newcomers() -> None:
    existing = [
        Signatory("Example IXP", "Amina", "KE", INVITED, date(2026, 11, 1)),
        Signatory("Example RIR", "", "UY", CONFIRMED, date(2026, 11, 2)),
    ]
    incoming = [
        Signatory("example  ixp", "", "", CONFIRMED, date(2026, 11, 20), "amina@ixp.example"),
        Signatory("Example RIR", "", "UY", CONFIRMED, date(2026, 11, 21)),
        Signatory("Example NOG", "", "IN", INVITED, date(2026, 11, 21)),
        Signatory("Example NOG", "", "IN", DECLINED, date(2026, 11, 22)),  # answered twice
    ]
    merge = merge_signatories(existing, incoming)
    assert merge.signatories == [
        Signatory("Example IXP", "Amina", "KE", CONFIRMED, date(2026, 11, 20), "amina@ixp.example"),
        Signatory("Example RIR", "", "UY", CONFIRMED, date(2026, 11, 2)),
        Signatory("Example NOG", "", "IN", DECLINED, date(2026, 11, 22)),
    ]
    assert (merge.added, merge.changed, merge.unchanged) == (
        ["Example NOG"],
        ["Example IXP"],
        ["Example RIR"],
    )
    assert existing[0].status is INVITED  # the list given is not changed

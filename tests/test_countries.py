"""The organisation's country: chosen from the ISO 3166 list, stored as its code, printed in
the document's language; a country typed as a name in an older profile is matched to its code
where that is unambiguous, and anything else is kept as typed and flagged, never capitalised."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.gui.dialogs import ProfileDialog
from tccm_drafter.gui.dialogs.country_box import CountryBox
from tccm_drafter.model import Organisation
from tccm_drafter.model.countries import country_code, country_codes, country_names
from tccm_drafter.render.i18n import country_name
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.text_export import to_plain_text
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import load_profiles
from tccm_drafter.storage.submission_file import load_submission, save_submission

TODAY = date(2026, 12, 7)


def test_the_list_is_iso_3166_with_cldr_names() -> None:
    codes = country_codes()
    assert {"KE", "NO", "CI", "AQ", "PS", "TW"} <= codes
    assert not codes & {"EU", "UN", "EZ", "ZZ", "XA", "XK", "IC", "EA", "AC"}
    assert all(len(c) == 2 and c.isupper() for c in codes)
    french = dict(country_names("fr"))
    assert french["KE"] == "Kenya" and french["EG"] == "Égypte" and french["NO"] == "Norvège"
    names = [name for _, name in country_names("fr")]
    # Sorted as a reader looks for them: "Égypte" among the E's, not after "Zimbabwe".
    assert names.index("Égypte") < names.index("Équateur") < names.index("Espagne")
    assert names[-1] == "Zimbabwe"
    assert dict(country_names("ar"))["KE"] == "كينيا"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Kenya", "KE"),
        ("KENYA", "KE"),
        (" kenya ", "KE"),
        ("Kenia", "KE"),  # Spanish, German
        ("كينيا", "KE"),
        ("Norvège", "NO"),
        ("norvege", "NO"),
        ("no", "NO"),
        ("The Gambia", "GM"),
        ("Cote d'Ivoire", "CI"),
        ("Myanmar", "MM"),  # CLDR: "Myanmar (Burma)"
        ("Deutschland", "DE"),
        ("Congo", None),  # two countries
        ("Atlantis", None),
        ("UK", None),  # not an ISO code
        ("", None),
    ],
)
def test_typed_country_to_code(typed: str, code: str | None) -> None:
    assert country_code(typed) == code


def test_a_profile_typed_as_text_is_matched_on_load(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    paths.profiles_dir.mkdir(parents=True)
    for slug, country in (("kenya", "Kenya"), ("atlantis", "Atlantis"), ("code", "no")):
        (paths.profiles_dir / f"{slug}.toml").write_text(
            f'format = 1\nname = "Org {slug}"\ncountry = "{country}"\n', encoding="utf-8"
        )
    loaded = {org.name: org.country for org in load_profiles(paths)}
    assert loaded == {"Org kenya": "KE", "Org atlantis": "Atlantis", "Org code": "NO"}


def test_documents_print_the_name_in_their_language_and_unknown_text_as_typed(
    tmp_path: Path,
) -> None:
    template = make_template(tmp_path / "t", "{{ org.country_name }}\n\n{{ sections[0].body }}\n")
    submission = make_submission()
    path = tmp_path / "old.tccm"
    submission.organisation.country = "Kenya"
    save_submission(submission, path)
    assert load_submission(path).organisation.country == "KE"
    for country in ("KE", "Kenya"):
        submission.organisation.country = country
        printed = {}
        for language in ("en", "fr", "ar", "zh"):
            submission.consultation.language = language
            doc = render_submission(submission, make_library(), template, today=TODAY).document
            printed[language] = to_plain_text(doc, counts=False).splitlines()[0]
        assert printed == {"en": "Kenya", "fr": "Kenya", "ar": "كينيا", "zh": "肯尼亚"}
    assert country_name("Atlantis", "fr") == "Atlantis"
    assert country_name("atlantis", "ar") == "atlantis"


def test_an_unknown_country_is_a_warning_and_a_known_one_is_not(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t")
    submission = make_submission()
    findings = check_submission(submission, make_library(), template, today=TODAY)
    assert not [f for f in findings if f.code == "unknown-country"]
    submission.organisation.country = "Atlantis"
    found = [
        f
        for f in check_submission(submission, make_library(), template, today=TODAY)
        if f.code == "unknown-country"
    ]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "'Atlantis'" in found[0].message and "Organisation Profile" in found[0].message


def test_the_country_box_searches_and_stores_the_code(qtbot: QtBot) -> None:
    box = CountryBox(language="en")
    qtbot.addWidget(box)
    search = box.completer()
    assert search is not None
    search.setCompletionPrefix("orw")
    assert search.currentCompletion() == "Norway"
    box.set_value("NO")
    assert box.currentText() == "Norway" and box.code() == "NO"
    box.setEditText("")
    qtbot.keyClicks(box, "kenya")
    assert box.code() == "KE"
    box.setEditText("Norvège")  # a name in another language still finds its code
    assert box.code() == "NO" and box.is_known()
    french = CountryBox(language="fr")
    qtbot.addWidget(french)
    french.set_value("NO")
    assert french.currentText() == "Norvège"


def test_the_profile_dialog_keeps_and_flags_an_unknown_country(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    dialog = ProfileDialog(paths, Organisation(name="Org", country="Atlantis"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.country.currentText() == "Atlantis"
    assert dialog.country_note.isVisible()
    assert dialog.country_note.text().startswith("“Atlantis” is not in the list of countries")
    dialog.save_for_reuse.setChecked(False)
    assert dialog.organisation().country == "Atlantis"  # kept as typed, never "ATLANTIS"
    # Choosing a country from the list puts its code in place and the note goes.
    dialog.country.setCurrentIndex(dialog.country.findData("KE"))
    assert not dialog.country_note.isVisible()
    assert dialog.organisation().country == "KE"
    qtbot.keyClick(dialog.country, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.country, "Kenya")
    dialog.accept()
    assert dialog.organisation().country == "KE"

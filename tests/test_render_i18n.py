"""Dates, numbers, country names and labels in the consultation's language."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date as babel_date
from babel.numbers import format_decimal

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.errors import InputError, RenderError
from tccm_drafter.model import Signatory
from tccm_drafter.render.i18n import (
    country_name,
    document_labels,
    fill_label,
    format_date,
    format_number,
    is_rtl,
)
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.text_export import to_plain_text

DAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("tag", "locale"),
    [
        ("ar", "ar"),
        ("zh", "zh"),
        ("zh-Hant-TW", "zh_Hant_TW"),
        ("ru", "ru"),
        ("fr-CA", "fr_CA"),
        ("es", "es"),
        ("en", "en_GB"),
        ("en-US", "en_US"),
        ("", "en_GB"),
        ("tlh", "en_GB"),
    ],
)
def test_dates_and_numbers_come_from_cldr(tag: str, locale: str) -> None:
    assert format_date(DAY, tag) == babel_date(DAY, format="long", locale=locale)
    assert format_number(1480, tag) == format_decimal(1480, locale=locale)
    assert format_date(None, tag) == ""


def test_no_language_falls_back_to_iso_any_more() -> None:
    for tag in ("ar", "ru", "zh"):
        assert format_date(DAY, tag) != DAY.isoformat()
        assert "2026" in format_date(DAY, tag)
    assert format_date(DAY, "en") == "22 November 2026"
    assert format_date(DAY, "ru").startswith("22 ноября 2026")
    assert format_date(DAY, "zh") == "2026年11月22日"


def test_country_codes_become_names_and_other_text_stays() -> None:
    assert country_name("NO", "fr") == "Norvège"
    assert country_name("no", "en") == "Norway"
    # A country's name typed as text is named in the document's language too; other text
    # stays exactly as typed.
    assert country_name("Norway", "fr") == "Norvège"
    assert country_name("Atlantis", "fr") == "Atlantis"
    assert country_name("", "ar") == ""
    assert country_name("XQ", "en") == "XQ"


def test_right_to_left_languages() -> None:
    assert is_rtl("ar") and is_rtl("ar-EG") and is_rtl("fa") and is_rtl("he-IL")
    assert not is_rtl("en-GB") and not is_rtl("zh") and not is_rtl("")


def test_labels_fall_back_to_english(tmp_path: Path) -> None:
    english = document_labels("en")
    assert english["submitted_by"] == "Submitted by"
    assert english["submitted_by"].before == "Submitted by "
    assert document_labels("tlh")["references"] == "References"
    assert document_labels("fr-CH")["references"] == "Références"
    chinese = document_labels("zh-Hans-CN")["submitted_by"]
    assert (chinese.before, chinese.after) == ("提交方：", "")
    assert fill_label(document_labels("ar")["page_of"], page="1", pages="3") == "الصفحة 1 من 3"


def test_a_template_can_add_and_override_labels_per_language(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    (folder / "labels").mkdir(parents=True)
    (folder / "labels" / "en.toml").write_text(
        'format = 1\n[labels]\non_behalf_of = "On behalf of {}"\nreferences = "Sources"\n',
        encoding="utf-8",
    )
    (folder / "labels" / "fr.toml").write_text(
        'format = 1\n[labels]\non_behalf_of = "Au nom de {}"\n', encoding="utf-8"
    )
    french = document_labels("fr", folder)
    assert french["on_behalf_of"].before == "Au nom de "
    # The built-in French word wins over the template's English one.
    assert french["references"] == "Références"
    spanish = document_labels("es", folder)
    assert spanish["on_behalf_of"] == "On behalf of" and spanish["references"] == "Referencias"
    assert document_labels("en", folder)["references"] == "Sources"
    (folder / "labels" / "fr.toml").write_text("format = 1\n[labels]\nx = 1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        document_labels("fr", folder)
    assert caught.value.line == 3 and caught.value.path == folder / "labels" / "fr.toml"


def test_templates_print_labels_dates_and_countries_in_the_language(tmp_path: Path) -> None:
    source = (
        "{.meta}\n{{ labels.submitted_by.before }}**{{ org.name }}**"
        "{{ labels.submitted_by.after }} · {{ org.country_name }} · {{ date }}\n\n"
        "## {{ labels.signatories }}\n\n"
        "{% for s in signatories %}{.signatory}\n{{ s.organisation }} ({{ s.country_name }})\n\n"
        "{% endfor %}"
    )
    template = make_template(tmp_path / "t", source)
    submission = make_submission()
    submission.signatories = [Signatory("Réseau", country="SN")]
    submission.date = DAY
    submission.consultation.language = "ru"
    text = to_plain_text(
        render_submission(submission, make_library(), template, today=DAY).document
    )
    assert f"Представлено: Example Registry · Норвегия · {format_date(DAY, 'ru')}" in text
    assert "Подписавшие организации" in text and "Réseau (Сенегал)" in text
    submission.consultation.language = "zh"
    text = to_plain_text(
        render_submission(submission, make_library(), template, today=DAY).document
    )
    assert "提交方：Example Registry · 挪威 · 2026年11月22日" in text
    # A label that does not exist is the template author's error, at its line (strict names).
    broken = make_template(tmp_path / "b", source + "{{ labels.no_such_label }}\n")
    with pytest.raises(RenderError, match="no_such_label") as caught:
        render_submission(submission, make_library(), broken, today=DAY)
    assert caught.value.line == source.count("\n") + 1


def test_plain_text_counts_are_written_in_the_language(tmp_path: Path) -> None:
    submission = make_submission()
    submission.consultation.rules.word_limit = 12000
    submission.consultation.language = "fr"
    doc = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=DAY
    ).document
    text = to_plain_text(doc)
    limit = format_decimal(12000, locale="fr")
    assert re.search(rf"\[Mots\u00a0: \d+ / {limit} · Caractères\u00a0: \d+\]", text)
    assert "Notes" in text and "Words" not in text
    doc.meta.language = "ar"
    assert re.search(r"\[عدد الكلمات: \d+ / 12,000 · عدد الأحرف: \d+\]", to_plain_text(doc))
    doc.meta.language = "zh"
    assert "注释" in to_plain_text(doc)

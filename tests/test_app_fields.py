"""What a block's first words are as they print (the outline's name for free text)."""

from __future__ import annotations

from tccm_drafter.app.fields import first_words

VALUES = {"org.name": "Example Registry"}


def test_marks_go_and_fields_show_their_values() -> None:
    text = "**We** support *the* [IGF](https://igf.org)[^1], says {{ org.name }}.\n\n[^1]: Note."
    assert first_words(text, VALUES) == "We support the IGF, says Example Registry."


def test_the_first_paragraph_with_words_and_a_limit() -> None:
    assert first_words("\n\n- first item\n- second", VALUES) == "first item"
    long = "word " * 30
    shown = first_words(long, VALUES, limit=20)
    assert len(shown) <= 20 and shown.endswith("…") and shown.startswith("word word")


def test_a_field_without_a_value_shows_its_name_and_empty_text_is_empty() -> None:
    assert first_words("Signed by {{ org.signatory }}", {}) == "Signed by {{ org.signatory }}"
    assert first_words("   \n\n", VALUES) == ""

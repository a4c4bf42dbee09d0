"""The TOML writer produces documents the standard tomllib reads back identically."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tccm_drafter.model import Paragraph, Source
from tccm_drafter.model.text_hygiene import clean_paragraph
from tccm_drafter.storage.paragraph_file import dump_paragraph, parse_paragraph
from tccm_drafter.storage.toml_writer import dumps_toml

_PARAGRAPH_KEYS = {f.name for f in fields(Paragraph)} | {"format"}
_keys = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)
# Windows line ends inside texts are written as "\n" (documented), so leave them out here.
_text = st.text(max_size=30).filter(lambda t: "\r\n" not in t)
_scalars = st.one_of(
    _text,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1)),
    st.lists(_text, max_size=4),
)
_tables = st.dictionaries(_keys, _scalars, max_size=5)
_documents = st.fixed_dictionaries(
    {},
    optional={"sources": st.lists(_tables, min_size=1, max_size=3), "meta": _tables},
).flatmap(lambda tables: _tables.map(lambda scalars: {**scalars, **tables}))


@settings(max_examples=300, deadline=None)
@given(_documents)
def test_written_toml_reads_back_identically(document: dict[str, Any]) -> None:
    text = dumps_toml(document)
    assert tomllib.loads(text) == document


_any_text = st.text(max_size=40).filter(lambda t: "\r\n" not in t)
_body = st.text(max_size=80).map(lambda t: t.replace("\r", "").strip())


@settings(max_examples=200, deadline=None)
@given(
    title=_any_text,
    author=_any_text,
    short=_any_text,
    body=_body,
    topics=st.lists(_any_text, max_size=3),
    extra=st.dictionaries(_keys.filter(lambda k: k not in _PARAGRAPH_KEYS), _scalars, max_size=3),
)
def test_any_paragraph_text_round_trips(
    title: str, author: str, short: str, body: str, topics: list[str], extra: dict[str, Any]
) -> None:
    paragraph = Paragraph(
        id="p",
        title=title,
        author=author,
        short=short,
        body=body,
        topics=topics,
        extra=extra,
        sources=[Source(citation=title, url=author)],
    )
    # Control characters a document cannot hold are removed on reading (text_hygiene).
    expected, _ = clean_paragraph(paragraph)
    assert parse_paragraph(dump_paragraph(paragraph), Path("p.md")) == expected

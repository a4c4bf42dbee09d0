"""Find and Replace in the submission, without Qt: matches are on the text as it prints (not
on Markdown syntax or field names), across bold and links, in footnotes too; Replace All is
one undo step that leaves untouched text byte for byte and says which library paragraphs it
tailored."""

from __future__ import annotations

from tccm_drafter.app.find_replace import Query, find_all, next_match, replace_all, replace_one
from tccm_drafter.app.history import History
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.model import Library, Paragraph, ParagraphBlock, Section, Submission, TextBlock
from tccm_drafter.model.blocks import block_source

LIBRARY_TEXT = (
    "{{ org.name }} supports the **Internet** Governance Forum[^1] as a place for "
    "dialogue.\n\n- one *internet*\n- two\n\n[^1]: The Internet Governance Forum, since 2006.\n"
)
FREE_TEXT = "We add: the internet is *one* network. 5 \\* 3 is not a [link](https://x.example).\n"


def workspace() -> Workspace:
    paragraph = Paragraph("igf", "The IGF", LIBRARY_TEXT)
    submission = Submission(
        title="Response",
        sections=[
            Section(
                "One",
                blocks=[
                    ParagraphBlock("igf", version=1, base_hash=paragraph.content_hash()),
                    TextBlock(FREE_TEXT),
                ],
            ),
            Section("Two", blocks=[TextBlock("Nothing here but the Internet.")]),
        ],
    )
    return Workspace(submission, Libraries([], Library.of([paragraph])))


def texts(ws: Workspace) -> list[str]:
    return [
        block_source(block, ws.library)
        for section in ws.submission.sections
        for block in section.blocks
    ]


def test_matches_are_on_the_printed_text() -> None:
    ws = workspace()
    found = find_all(ws, Query("internet"))
    # "**Internet**", "*internet*", the note's "Internet", "internet", "Internet."
    assert len(found) == 5
    assert [m.note for m in found].count("1") == 1
    assert len(find_all(ws, Query("Internet Governance"))) == 2  # across bold; in the note
    assert find_all(ws, Query("**")) == []
    assert find_all(ws, Query("org.name")) == []  # a field's name is not its text
    assert len(find_all(ws, Query("5 * 3"))) == 1  # as it prints, not as escaped
    assert find_all(ws, Query("https")) == []  # a link's address does not print
    assert len(find_all(ws, Query("not a link"))) == 1  # across the link's edge


def test_match_case_and_whole_words() -> None:
    ws = workspace()
    assert len(find_all(ws, Query("Internet", match_case=True))) == 3
    assert len(find_all(ws, Query("inter", whole_word=True))) == 0
    assert len(find_all(ws, Query("inter"))) == 5
    assert len(find_all(ws, Query("one", whole_word=True))) == 2  # "one" twice, not "one(s)"


def test_next_and_previous_go_round_the_submission() -> None:
    ws = workspace()
    query = Query("internet")
    first = next_match(ws, query, (0, 0, 0, 0))
    assert first is not None and (first.section, first.row, first.part) == (0, 0, 0)
    last = next_match(ws, query, (0, 0, 0, 0), backwards=True)
    assert last is not None and last.section == 1
    after_last = next_match(ws, query, (last.section, last.row, last.part, last.start + 1))
    assert after_last == first


def test_replace_all_is_one_step_and_tailors_the_library_paragraph() -> None:
    ws = workspace()
    before = texts(ws)
    history = History(ws)
    result = replace_all(ws, Query("internet"), "Net")
    assert (result.count, result.tailored) == (5, 1)
    assert history.perform(result.edit)
    after = texts(ws)
    assert after[0] == (
        "{{ org.name }} supports the **Net** Governance Forum[^1] as a place for "
        "dialogue.\n\n- one *Net*\n- two\n\n[^1]: The Net Governance Forum, since 2006.\n"
    )
    # Untouched text keeps its bytes: the escape and the link are as they were.
    assert after[1] == FREE_TEXT.replace("internet", "Net")
    assert after[2] == "Nothing here but the Net."
    block = ws.submission.sections[0].blocks[0]
    assert isinstance(block, ParagraphBlock) and block.local_text is not None
    assert history.count == 1 and history.undo_label() == "Replace All"
    history.undo()
    assert texts(ws) == before


def test_replace_one_keeps_the_formatting_of_the_match() -> None:
    ws = workspace()
    match = find_all(ws, Query("one", whole_word=True))[1]  # "*one* network"
    result = replace_one(ws, match, Query("one", whole_word=True), "a single")
    assert result.count == 1 and result.tailored == 0
    History(ws).perform(result.edit)
    assert texts(ws)[1].startswith("We add: the internet is *a single* network.")
    # The match is gone now: replacing it again does nothing.
    assert replace_one(ws, match, Query("one", whole_word=True), "x").edit is None

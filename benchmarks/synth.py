"""Synthetic libraries and submissions of a realistic shape, for benchmarks and scale tests."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from tccm_drafter.model import (
    Consultation,
    Organisation,
    Paragraph,
    ParagraphBlock,
    Rules,
    Section,
    Source,
    Status,
    Submission,
    TextBlock,
)

_WORDS = (
    "multistakeholder governance Internet technical community registry operators infrastructure "
    "forum dialogue mandate funding sustainable inclusive open global secure resilient "
    "interoperable stakeholders governments civil society academia private sector cooperation "
    "standards protocols addressing routing exchange points capacity development access digital "
    "divide outcome review implementation action lines compact duplication coordination "
    "transparency accountability participation equal footing decisions policy national regional "
    "youth initiatives intersessional outputs consensus resolution assembly secretariat process"
).split()
_TOPICS = (
    "igf",
    "wsis20",
    "gdc",
    "multistakeholder",
    "technical-community",
    "funding",
    "action-lines",
    "security",
    "capacity",
    "standards",
)


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _body(rng: random.Random, words: int) -> str:
    sentences: list[str] = []
    remaining = words
    while remaining > 0:
        length = min(remaining, rng.randint(12, 22))
        sentences.append(_sentence(rng, length))
        remaining -= length
    text = " ".join(sentences)
    # A few paragraphs use the same features as real ones: emphasis, a placeholder, a link.
    if rng.random() < 0.3:
        text = "{{ org.name }} notes that " + text[0].lower() + text[1:]
    if rng.random() < 0.2:
        text += " See *the outcome document* at [the UN site](https://un.example/wsis20)."
    return text


def make_library(n: int, seed: int = 1) -> list[Paragraph]:
    """``n`` paragraphs of about 86 words each (43,000 words per 500)."""
    rng = random.Random(seed)
    paragraphs = []
    for i in range(n):
        created = date(2024 + i % 3, 1 + i % 12, 1 + i % 28)
        paragraphs.append(
            Paragraph(
                id=f"p{i:05d}",
                title=_sentence(rng, rng.randint(4, 8)).rstrip("."),
                body=_body(rng, rng.randint(76, 96)),
                topics=rng.sample(_TOPICS, 2),
                status=Status.RETIRED if i % 50 == 0 else Status.APPROVED,
                language="en-GB",
                author=f"Member {i % 40}",
                created=created,
                updated=created,
                reviewed=created,
                sources=[Source(f"A/RES/{70 + i % 10}/{100 + i % 90}")] if i % 4 == 0 else [],
                short=_sentence(rng, 20) if i % 5 == 0 else "",
            )
        )
    return paragraphs


def make_submission(paragraphs: list[Paragraph], n_paragraphs: int = 500) -> Submission:
    """A submission using ``n_paragraphs`` library paragraphs in sections of 25, some edited."""
    rng = random.Random(7)
    sections: list[Section] = []
    for start in range(0, n_paragraphs, 25):
        blocks: list[ParagraphBlock | TextBlock] = []
        for offset, paragraph in enumerate(paragraphs[start : start + 25]):
            edited = None
            if offset % 10 == 3:
                edited = paragraph.body + " " + _sentence(rng, 8)
            blocks.append(
                ParagraphBlock(
                    paragraph.id, paragraph.version, paragraph.content_hash(), local_text=edited
                )
            )
        number = len(sections) + 1
        sections.append(
            Section(
                title=f"Question {number}",
                question=_sentence(rng, 18).rstrip(".") + "?",
                word_limit=2500,
                blocks=blocks,
            )
        )
    return Submission(
        title="Synthetic response",
        consultation=Consultation(
            title="Synthetic consultation",
            organiser="UN Example Office",
            deadline=date(2027, 1, 15),
            language="en-GB",
            rules=Rules(numbered_paragraphs=True, footnotes_allowed=True),
        ),
        organisation=Organisation(name="Example Registry", short_name="ExReg", country="NO"),
        date=date(2026, 11, 20),
        sections=sections,
    )


def _starter_text() -> list[list[str]]:
    """The sentences of the starter library's English paragraphs, as lists of words."""
    import re

    from tccm_drafter.storage.library_folder import LibraryFolder
    from tccm_drafter.storage.paths import starter_library_dir

    sentences: list[list[str]] = []
    for paragraph in LibraryFolder(starter_library_dir(), writable=False).load().paragraphs:
        if not paragraph.language.startswith("en"):
            continue
        text = re.sub(r"\{\{.*?\}\}|\[\^\d+\]|[*_]", "", paragraph.body)
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            words = sentence.split()
            if len(words) >= 5:
                sentences.append(words)
    return sentences


class Markov:
    """Word pairs of the starter library's own text: new sentences that read like policy
    prose, with its vocabulary and word frequencies (a realistic index and ranking load)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.starts: list[str] = []
        self.next: dict[str, list[str]] = {}
        for words in _starter_text():
            self.starts.append(words[0])
            for a, b in zip(words, [*words[1:], "\n"], strict=True):
                self.next.setdefault(a, []).append(b)

    def sentence(self, most: int = 28) -> str:
        word = self.rng.choice(self.starts)
        words = [word]
        while len(words) < most:
            word = self.rng.choice(self.next.get(word, ["\n"]))
            if word == "\n":
                break
            words.append(word)
        text = " ".join(words)
        return text if text.endswith((".", "?", "!")) else text.rstrip(",;:") + "."

    def body(self, words: int) -> str:
        sentences: list[str] = []
        while sum(len(s.split()) for s in sentences) < words:
            sentences.append(self.sentence())
        return " ".join(sentences)


def make_realistic_library(n: int, seed: int = 1) -> list[Paragraph]:
    """``n`` paragraphs of about 90 words whose text is made from the starter library's own
    sentences (word pairs), with its topics and a share of sources, drafts and retired ones."""
    rng = random.Random(seed)
    chain = Markov(rng)
    topics = [
        "igf", "wsis20", "gdc", "multistakeholder", "technical-community", "funding",
        "action-lines", "infrastructure", "capacity-building", "open-internet", "human-rights",
        "participation", "cooperation",
    ]  # fmt: skip
    paragraphs = []
    for i in range(n):
        created = date(2024 + i % 3, 1 + i % 12, 1 + i % 28)
        title = " ".join(chain.sentence(9).rstrip(".").split()[: rng.randint(4, 9)])
        paragraphs.append(
            Paragraph(
                id=f"r{i:05d}",
                title=title,
                body=chain.body(rng.randint(70, 110)),
                topics=rng.sample(topics, 2),
                status=Status.RETIRED
                if i % 50 == 0
                else (Status.DRAFT if i % 7 == 0 else Status.APPROVED),
                language="en-GB",
                author=f"Member {i % 40}",
                created=created,
                updated=created,
                reviewed=created,
                sources=[Source(f"A/RES/{70 + i % 10}/{100 + i % 90}")] if i % 4 == 0 else [],
                short=chain.sentence(24) if i % 5 == 0 else "",
            )
        )
    return paragraphs


def write_library(paragraphs: list[Paragraph], folder: Path) -> None:
    """Paragraph files spread over topic sub-folders, as a shared library is organised."""
    from tccm_drafter.storage.paragraph_file import dump_paragraph

    for paragraph in paragraphs:
        target = folder / paragraph.topics[0] / f"{paragraph.id}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_paragraph(paragraph), encoding="utf-8")

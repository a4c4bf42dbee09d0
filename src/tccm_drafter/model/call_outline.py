"""The outline of a call's paragraphs, and which of its items are questions. No file access.

Rules (each one read off real calls, see tests/data/calls/SOURCES.md):

- Depth comes from the labels (:func:`~tccm_drafter.model.call_labels.outline_depths`); an
  item's deeper items are its sub-items.
- A labelled item asks when it has a "?", starts like a request ("Describe…", "How…"),
  states a limit for itself, or is an item of a list that a cue paragraph announces
  ("…information concerning the following:", "…the following questions:").
- An item that asks keeps its sub-items in its text (options, parts of one question). An item
  that only introduces ("F) The Secretary-General set up a panel…") is no question itself:
  each of its sub-questions is one, led by its text. An item announced as a topic
  ("Surveillance:") keeps its sub-items.
- Unlabelled text is a question only when it ends with "?" and is not about the call itself
  ("Who can submit and what is the deadline?" is a heading).
- After a cue, titles each followed by one paragraph ("Key Issues on …" + what it asks) are
  items too. A numbered title of a template ("3. SWOT Analysis", "5. Forums (where?)") takes
  the requests written under it ("Please assess …") into its question.
- Items that state a limit for a field ("-Abstract: up to 500 characters") or for every
  answer ("Your submission to each question should not exceed 500 words") are no questions:
  :mod:`tccm_drafter.model.call_reading` reads them as limits stated once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tccm_drafter.model.call_labels import BULLETS, inner_label, outline_depths
from tccm_drafter.model.limits import find_limits

_ASKING = re.compile(
    r"^(?:please\s+(?!note|refer|ensure|send|submit|use|contact|click|visit|read|see|register"
    r"|keep|make\s+sure|include|attach|find|do\s+not|be\s+aware|also\s+state|login|log\s+in)"
    r"|describe|explain|provide|share|identify|list|outline|suggest|comment|give|indicate"
    r"|specify|elaborate|propose|tell|how|what|which|why|who|where|when|in\s+what|to\s+what"
    r"|do|does|is|are|should|can|could|would|have|has)\b",
    re.IGNORECASE,
)
#: Questions about the call itself, which calls use as headings.
_ABOUT_THE_CALL = re.compile(
    r"\b(?:deadline|submit|submissions?|contributions?|call\s+for\s+\w+|key\s+questions|"
    r"guiding\s+questions|questions\s+for|who\s+can|how\s+to|register|apply|send|sent)\b",
    re.IGNORECASE,
)
_CUE_WORDS = re.compile(
    r"\b(?:questions?|themes?|issues?|aspects?|topics?|sessions?|areas?)\b", re.IGNORECASE
)
_CUE_REQUEST = re.compile(
    r"\b(?:following|information|views|inputs?)\b.*\b(?:provide|submit|share|send|respond|"
    r"address|receive|welcome|invite|reflect|comment|consider)|\b(?:provide|submit|share|send|"
    r"respond|address|receive|welcome|invite|reflect|comment|consider)\w*\b.*\b(?:following|"
    r"information|views|inputs?)\b",
    re.IGNORECASE,
)
_FIELD = re.compile(r"^[\w /&'’-]{1,40}:?$")
_END_PUNCTUATION = ".?!:;,"
_CLOSERS = " \"'”’»)]"
MAX_QUESTION = 3000
MAX_CUE = 1000  # a cue is a sentence; longer text is never one


@dataclass
class Item:
    """A paragraph of the call in its outline."""

    text: str
    label: str = ""
    kind: str = "paragraph"  # "paragraph", "heading", "table" or "limit"
    depth: int = 0
    cue: bool = False  # an item of a list a cue paragraph announced
    inline: bool = False  # an item of a list written inside a paragraph
    children: list[Item] = field(default_factory=list)
    limits: list[str] = field(default_factory=list)  # limit lines that follow it


def ends_with_question(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith("?")


def about_the_call(text: str) -> bool:
    return bool(_ABOUT_THE_CALL.search(text))


def is_cue(text: str) -> bool:
    """A paragraph that announces the items to answer: "… the following questions:"."""
    plain = text.strip()
    if len(plain) > MAX_CUE or not plain.endswith(":") or ends_with_question(plain[:-1]):
        return False
    return bool(_CUE_WORDS.search(plain) or _CUE_REQUEST.search(plain))


def states_limit_only(item: Item) -> bool:
    """A labelled line that states a limit for a field or for every answer, not a question."""
    limits = find_limits(item.text)
    if not (limits.words or limits.chars):
        return False
    rest = limits.text
    if "?" in rest or item.label[:1].isdigit() or item.label.lower().startswith("q"):
        return False
    return bool(
        (_FIELD.match(rest) and len(rest.split()) <= 4)
        or (len(rest.split()) <= 12 and about_the_call(rest))
    )


def asks(item: Item) -> bool:
    """Whether an item is a question by itself (see the module's rules)."""
    text = item.text.strip()
    if not text or len(text) > MAX_QUESTION:
        return False
    if item.kind == "heading" or not item.label:
        # "What has worked? (300 words)": the question is what comes before its limit.
        plain = find_limits(text).text.strip() or text
        return ends_with_question(plain) and not about_the_call(plain)
    if "?" in text:
        return True
    if states_limit_only(item):
        return False
    if item.cue:
        return True
    limits = find_limits(text)
    if limits.words or limits.chars:
        return bool(limits.text)
    plain = inner_label(text)
    body = text[len(plain) :].strip() if plain else text
    return bool(item.label.lower().startswith("q") or _ASKING.match(body))


def build(items: list[Item]) -> list[Item]:
    """The outline: top-level items with their sub-items; limit lines go to the item before."""
    labels: list[str | None] = []
    for item in items:
        if item.kind == "limit":
            labels.append("")
        elif item.kind == "heading" or not item.label:
            labels.append(None)
        else:
            labels.append(item.label)
            inner = inner_label(item.text)
            if inner:
                labels.append(inner)
    depths = outline_depths(labels)
    roots: list[Item] = []
    path: list[Item] = []
    position = 0
    for item in items:
        depth = depths[position]
        position += 1
        if item.kind not in ("limit", "heading") and item.label and inner_label(item.text):
            position += 1
        if item.kind == "limit":
            if roots:
                roots[-1].limits.append(item.text)
            continue
        item.depth = depth if item.label and item.kind != "heading" else 0
        del path[item.depth :]
        if path and item.depth > 0:
            path[-1].children.append(item)
        else:
            roots.append(item)
            path.clear()
        path.append(item)
    _mark_cues(roots)
    return roots


def _mark_cues(roots: list[Item]) -> None:
    cue = False
    for item in roots:
        if item.kind == "heading" or not item.label:
            cue = is_cue(item.text)
            continue
        item.cue = cue and not item.inline


def descendants(item: Item) -> list[Item]:
    out: list[Item] = []
    for child in item.children:
        out.append(child)
        out.extend(descendants(child))
    return out


def titled_items(roots: list[Item], start: int) -> list[tuple[Item, Item]]:
    """After a cue at ``start``, pairs of a title and the one paragraph that says what it
    asks ("Key Issues on Global AI Governance" + "Researchers … are encouraged to …")."""
    pairs: list[tuple[Item, Item]] = []
    index = start + 1
    while index + 1 < len(roots):
        title, body = roots[index], roots[index + 1]
        if title.label or body.label or not _is_title(title.text) or _is_title(body.text):
            break
        pairs.append((title, body))
        index += 2
    return pairs if len(pairs) >= 2 else []


def requests_under(roots: list[Item], index: int) -> list[Item]:
    """The paragraphs that say what a template's numbered title asks: unlabelled paragraphs
    right after it that ask or start like a request ("Please identify …")."""
    item = roots[index]
    plain = item.text.strip()
    numbered = item.label and item.label[0] not in BULLETS
    if not numbered or item.kind == "heading" or len(plain.split()) > 12:
        return []
    if plain[-1] in ".;," or not (plain[0].isupper() or plain[0].isdigit()):
        return []
    out: list[Item] = []
    for following in roots[index + 1 :]:
        text = following.text.strip()
        if following.label or following.kind != "paragraph" or following.children:
            break
        if not ("?" in text or _ASKING.match(text)) or text.endswith(":"):
            break
        out.append(following)
    return out


def _is_title(text: str) -> bool:
    plain = text.strip()
    return (
        0 < len(plain) <= 80
        and len(plain.split()) <= 10
        and plain[-1] not in _END_PUNCTUATION
        and plain[0].isupper()
    )

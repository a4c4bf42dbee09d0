"""The comments of a reviewed Word file: text, author, date, resolved, and reply threads.

``comments.xml`` (2006) holds each comment with its author, date and paragraphs. Word adds, by
the paragraph id (``w14:paraId``, 2010) of a comment's last paragraph:

- ``commentsExtended.xml``: ``done`` (resolved) and ``paraIdParent`` (a reply and the comment
  it answers), in the 2012 namespace (``.../word/2012/wordml``) and, in files of the Office
  2013 preview, in ``.../word/2010/11/wordml``;
- ``commentsIds.xml`` (2016, ``w16cid``): a durable id for each comment, and
  ``commentsExtensible.xml`` (2018, ``w16cex``) the moment in UTC (``dateUtc``) by that id.

Empty comments are comments (a reviewer marking a place); none is dropped. A reply is kept
with the comment it answers (``ReviewComment.replies``), in the order of the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.storage.docx_package import DocxPackage
from tccm_drafter.storage.review_runs import symbol_text
from tccm_drafter.storage.review_walk import w

_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
#: commentsExtended in Word 2013 and later, and in the Office 2013 preview.
_W15 = (
    "http://schemas.microsoft.com/office/word/2012/wordml",
    "http://schemas.microsoft.com/office/word/2010/11/wordml",
)
_W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
_W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex"


@dataclass(frozen=True)
class ReviewComment:
    id: str
    author: str
    date: datetime | None
    text: str
    #: The text the comment was attached to.
    anchor: str = ""
    resolved: bool = False
    #: The answers to this comment, in order (a reply to a reply answers the same thread).
    replies: tuple[ReviewComment, ...] = ()
    #: For a reply: the id of the comment it answers.
    parent: str | None = None


@dataclass
class _Extra:
    done: dict[str, bool] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    when: dict[str, datetime] = field(default_factory=dict)


def read_comments(package: DocxPackage, main: str) -> dict[str, ReviewComment]:
    """Comment id -> comment, every comment of the file (replies too, with ``parent`` set)."""
    parts = package.related(main, "comments")
    if not parts:
        return {}
    extra = _extra(package, main)
    found: dict[str, ReviewComment] = {}
    by_para: dict[str, str] = {}
    for comment in package.xml(parts[0]).iter(w("comment")):
        key = comment.get(w("id"), "")
        paragraphs = list(comment.iter(w("p")))
        text = "\n".join(_visible_text(p) for p in paragraphs).strip()
        para_id = paragraphs[-1].get(f"{{{_W14}}}paraId", "") if paragraphs else ""
        if para_id:
            by_para[para_id] = key
        found[key] = ReviewComment(
            key,
            comment.get(w("author"), "") or comment.get(w("initials"), ""),
            extra.when.get(para_id) or _date(comment.get(w("date"))),
            text,
            resolved=extra.done.get(para_id, False),
            parent=para_id,  # the paragraph id for now; the parent's comment id below
        )
    for key, comment in found.items():
        parent = by_para.get(extra.parent.get(comment.parent or "", ""))
        found[key] = replace(comment, parent=parent if parent != key else None)
    return found


def threads(comments: dict[str, ReviewComment]) -> dict[str, ReviewComment]:
    """The comments that start a thread, each with its replies; replies of a reply (and of a
    comment that is not there) go to the first comment of the thread they belong to."""

    def root(key: str) -> str:
        seen = {key}
        while (parent := comments[key].parent) is not None and parent in comments:
            if parent in seen:
                break
            seen.add(parent)
            key = parent
        return key

    answers: dict[str, list[ReviewComment]] = {}
    for key, comment in comments.items():
        top = root(key)
        if top != key:
            answers.setdefault(top, []).append(comment)
    return {
        key: replace(comment, replies=tuple(answers.get(key, [])), parent=None)
        for key, comment in comments.items()
        if root(key) == key
    }


def _extra(package: DocxPackage, main: str) -> _Extra:
    extra = _Extra()
    for part in package.related(main, "commentsExtended"):
        for namespace in _W15:
            for item in package.xml(part).iter(f"{{{namespace}}}commentEx"):
                para_id = item.get(f"{{{namespace}}}paraId", "")
                done = item.get(f"{{{namespace}}}done", "")
                extra.done[para_id] = done.lower() in ("1", "true", "on")
                parent = item.get(f"{{{namespace}}}paraIdParent")
                if parent:
                    extra.parent[para_id] = parent
    durable: dict[str, str] = {}
    for part in package.related(main, "commentsIds"):
        for item in package.xml(part).iter(f"{{{_W16CID}}}commentId"):
            durable[item.get(f"{{{_W16CID}}}durableId", "")] = item.get(f"{{{_W16CID}}}paraId", "")
    for part in package.related(main, "commentsExtensible"):
        for item in package.xml(part).iter(f"{{{_W16CEX}}}commentExtensible"):
            para_id = durable.get(item.get(f"{{{_W16CEX}}}durableId", ""), "")
            when = _date(item.get(f"{{{_W16CEX}}}dateUtc"))
            if para_id and when is not None:
                extra.when[para_id] = when
    return extra


def _visible_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter(w("t"), w("tab"), w("br"), w("sym")):
        if any(a.tag == w("del") for a in node.iterancestors()):
            continue
        if node.tag == w("t"):
            parts.append(node.text or "")
        elif node.tag == w("sym"):
            parts.append(symbol_text(node.get(w("font"), ""), node.get(w("char"), "")) or "")
        else:
            parts.append(" ")
    return "".join(parts)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


__all__ = ["ReviewComment", "read_comments", "threads"]

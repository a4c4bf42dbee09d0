"""Which link targets may become live links: one rule for every writer and front end.

A link in a paragraph comes from other organisations. Only web pages (``http``, ``https``), e-mail
addresses (``mailto``) and anchors inside the document (``#name``) may become something a reader
can click. Everything else (``javascript:``, ``file:``, ``data:``, ``vbscript:``, ``smb:``,
``ms-msdt:``, ``search-ms:``, UNC paths, relative paths...) is written as plain text. A target
that hides its scheme (spaces, tabs, control or invisible characters, backslashes, entities that
were never decoded) is refused too: it is checked exactly as it would be written.

Front ends call :func:`is_safe_link` before opening or writing a link, and may show
:data:`LINK_RULE` to say why a link is not live.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl

__all__ = ["ALLOWED_SCHEMES", "LINK_RULE", "SAFE_SCHEMES", "anchor_name", "is_safe_link"]

#: Schemes a live link may use (compared without regard to case).
SAFE_SCHEMES = ("http", "https", "mailto")
ALLOWED_SCHEMES = frozenset(SAFE_SCHEMES)
#: The rule in one sentence, for messages and tooltips.
LINK_RULE = (
    "only web (http, https) and e-mail (mailto) addresses and links within the document "
    "become live links; anything else is shown as plain text"
)

_MAX_LENGTH = 4096
_WEB = re.compile(r"(?i:https?)://([^/?#]+)(?:[/?#].*)?", re.DOTALL)
_MAILTO = re.compile(r"(?i:mailto):([^?]+)(?:\?(.*))?", re.DOTALL)
_ANCHOR = re.compile(r"#[A-Za-z0-9_.\-]{1,100}")
#: Never part of a URL as written: quotes, angle brackets, backslash, backtick, braces, pipe.
_NEVER = frozenset('"<>\\`{}|^')
#: Fields a mailto link may fill in (``attach=`` would make some mail programs attach a file).
_MAILTO_FIELDS = frozenset({"to", "cc", "bcc", "subject", "body"})


def _clean(target: str) -> bool:
    """No whitespace, control, format (invisible) or separator characters, nothing unquoted
    that URLs never hold, and not too long."""
    if not target or len(target) > _MAX_LENGTH:
        return False
    for char in target:
        if char in _NEVER or char.isspace():
            return False
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zs", "Zl", "Zp"):
            return False
    return True


def anchor_name(target: str) -> str | None:
    """``"#summary"`` -> ``"summary"`` for a link within the document, else None."""
    return target[1:] if _ANCHOR.fullmatch(target) else None


def is_safe_link(target: str) -> bool:
    """True when ``target``, exactly as given, may become a live link."""
    if not isinstance(target, str) or not _clean(target):
        return False
    if anchor_name(target) is not None:
        return True
    web = _WEB.fullmatch(target)
    if web is not None:
        host = web.group(1).rsplit("@", 1)[-1]
        return bool(host) and not host.startswith((":", "."))
    mail = _MAILTO.fullmatch(target)
    if mail is not None:
        if "@" not in mail.group(1):
            return False
        query = mail.group(2)
        if not query:
            return True
        fields = parse_qsl(query, keep_blank_values=True)
        return all(key.lower() in _MAILTO_FIELDS for key, _ in fields)
    return False

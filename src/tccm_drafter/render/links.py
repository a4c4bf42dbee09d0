"""Which link targets may become live links: the one rule for the preview and the exports.

Only web pages (http, https) and e-mail addresses (mailto) are opened, and only after the user
agreed; every other scheme (file:, smb:, javascript:, data:, ms-msdt:, search-ms: and the
like) and every relative or local path stays plain text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})


def link_scheme(target: str) -> str:
    """The scheme of a link target, lower-cased ("" when there is none)."""
    cleaned = "".join(ch for ch in target.strip() if ch >= " " and not ch.isspace())
    try:
        return urlsplit(cleaned).scheme.lower()
    except ValueError:
        return ""


def is_safe_link(target: str) -> bool:
    """True for an http(s) address with a host, or a mailto address."""
    scheme = link_scheme(target)
    if scheme not in ALLOWED_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in target
    try:
        return bool(urlsplit(target.strip()).netloc)
    except ValueError:
        return False

"""What one run of a reviewed Word file looks like: its formatting now and before a tracked
formatting change, the formatting the import cannot bring back, and symbol characters.

Word and LibreOffice record a tracked formatting change (a word made bold, italics removed) as
the run's new properties with ``w:rPrChange`` holding the old ones. Bold and italic come back
as Markdown; underline, strike-through, highlighting, colour and raised or lowered text have no
place in the Markdown the library holds, so they are named ("not brought back") instead of
being dropped without a word. ``w:sym`` is a character from a symbol font (Symbol, Wingdings);
the common ones have a Unicode character of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OFF = ("0", "false", "off", "none")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


#: Formatting a run may carry that Markdown cannot hold, by how it is named to the user.
_LOST = (
    ("u", "underline"),
    ("strike", "strike-through"),
    ("dstrike", "strike-through"),
    ("highlight", "highlighting"),
    ("shd", "shading"),
    ("color", "colour"),
    ("caps", "capitals"),
    ("smallCaps", "small capitals"),
)
#: Run properties that are no formatting a reader sees (revision ids, proofing, languages).
_QUIET = frozenset(
    w(tag)
    for tag in (
        "rPrChange",
        "rStyle",
        "lang",
        "noProof",
        "webHidden",
        "specVanish",
        "rtl",
        "cs",
        "bCs",
        "iCs",
        "szCs",
        "eastAsianLayout",
        "kern",
    )
)


@dataclass(frozen=True)
class RunLook:
    """The formatting of a run that matters to the import, in one reading (now or before)."""

    bold: bool = False
    italic: bool = False
    #: Formatting Markdown cannot hold ("underline", "colour"...), in a fixed order.
    lost: tuple[str, ...] = ()


def looks(properties: etree._Element | None) -> tuple[RunLook, RunLook, bool]:
    """``(now, before, other_change)`` of a run's ``w:rPr``.

    ``before`` is the reading before a tracked formatting change (the same as ``now`` when
    there is none); ``other_change`` is True when that change touched more than bold, italic
    and the named formatting (a font, a size): something the import cannot bring back either.
    """
    now = _look(properties)
    change = properties.find(w("rPrChange")) if properties is not None else None
    if change is None:
        return now, now, False
    old = change.find(w("rPr"))
    before = _look(old)
    other = _others(properties) != _others(old)
    return now, before, other


def _look(properties: etree._Element | None) -> RunLook:
    if properties is None:
        return RunLook()
    lost: list[str] = []
    for tag, name in _LOST:
        if _on(properties, tag) and name not in lost:
            lost.append(name)
    align = properties.find(w("vertAlign"))
    if align is not None and align.get(w("val")) in ("superscript", "subscript"):
        lost.append("raised or lowered text")
    return RunLook(_on(properties, "b"), _on(properties, "i"), tuple(lost))


def _on(properties: etree._Element, name: str) -> bool:
    found = properties.find(w(name))
    if found is None:
        return False
    value = (found.get(w("val")) or "").lower()
    if name == "color":
        return value not in ("", "auto", "000000")
    if name == "shd":
        return (found.get(w("fill")) or "auto").lower() not in ("auto", "ffffff")
    return value not in _OFF


def _others(properties: etree._Element | None) -> set[str]:
    """The run properties besides bold, italic and the named ones, as comparable text."""
    if properties is None:
        return set()
    named = {w(tag) for tag, _ in _LOST} | {w("b"), w("i"), w("vertAlign")}
    found: set[str] = set()
    for child in properties:
        if not isinstance(child.tag, str) or child.tag in _QUIET or child.tag in named:
            continue
        if child.tag == w("rFonts"):
            values = sorted(
                f"{k}={v}" for k, v in child.attrib.items() if not str(k).endswith("}hint")
            )
        else:
            values = sorted(f"{k}={v}" for k, v in child.attrib.items())
        if values or child.tag != w("rFonts"):
            found.add(child.tag + "|" + ",".join(values))
    return found


def lost_remarks(
    remarks: list[str],
    open_kinds: frozenset[str],
    text: str,
    now: tuple[str, ...],
    before: tuple[str, ...],
    *,
    in_link: bool,
) -> frozenset[str]:
    """Name, in ``remarks``, the formatting the reviewer gave ``text`` that Markdown cannot
    hold ("not brought back: underline on “…”"); the text of neighbouring runs with the same
    formatting joins one remark. Returns the kinds this run carried (``open_kinds`` next)."""
    carried: set[str] = set()
    for name in now:
        if name in before:
            continue
        if in_link and name in ("underline", "colour"):
            continue  # how a link looks: the link itself comes back
        if name == "highlighting" and text.startswith("{{"):
            continue  # the export marks a placeholder without a value this way
        carried.add(name)
        lead = f"not brought back: {name} on “"
        found = next(
            (n for n in range(len(remarks) - 1, -1, -1) if remarks[n].startswith(lead)), None
        )
        if name in open_kinds and found is not None:
            remarks[found] = remarks[found][:-1] + text + "”"
        else:
            remarks.append(lead + text + "”")
    return frozenset(carried)


def graphic_remark(element: etree._Element) -> str:
    """A picture, a text box (with its words) or an embedded object, in words."""
    words = " ".join(
        "".join(t.text or "" for t in box.iter(w("t"))) for box in element.iter(w("txbxContent"))
    ).strip()
    if words:
        return f"a text box “{quote(words)}”"
    return "an embedded object" if element.tag == w("object") else "a picture"


def quote(text: str, size: int = 60) -> str:
    """``text`` on one line, cut with "…" past ``size`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


# ---------------------------------------------------------------------- symbols

#: Symbol font (the Adobe Symbol layout) characters with a Unicode character of their own.
_SYMBOL = {
    0x22: "\u2200",
    0x24: "\u2203",
    0x27: "\u220b",
    0x2A: "\u2217",
    0x2D: "\u2212",
    0x40: "\u2245",
    0x5C: "\u2234",
    0x5E: "\u22a5",
    0x60: "\u203e",
    0x7E: "\u223c",
    0xA2: "\u2032",
    0xA3: "\u2264",
    0xA5: "\u221e",
    0xA7: "\u2663",
    0xA8: "\u2666",
    0xA9: "\u2665",
    0xAA: "\u2660",
    0xAB: "\u2194",
    0xAC: "\u2190",
    0xAD: "\u2191",
    0xAE: "\u2192",
    0xAF: "\u2193",
    0xB0: "\u00b0",
    0xB1: "\u00b1",
    0xB2: "\u2033",
    0xB3: "\u2265",
    0xB4: "\u00d7",
    0xB5: "\u221d",
    0xB7: "\u2022",
    0xB8: "\u00f7",
    0xB9: "\u2260",
    0xBA: "\u2261",
    0xBB: "\u2248",
    0xBC: "\u2026",
    0xC5: "\u2295",
    0xC6: "\u2205",
    0xC7: "\u2229",
    0xC8: "\u222a",
    0xCC: "\u2282",
    0xCE: "\u2208",
    0xCF: "\u2209",
    0xD0: "\u2220",
    0xD1: "\u2207",
    0xD2: "\u00ae",
    0xD3: "\u00a9",
    0xD4: "\u2122",
    0xD6: "\u221a",
    0xD7: "\u22c5",
    0xD8: "\u00ac",
    0xD9: "\u2227",
    0xDA: "\u2228",
    0xDB: "\u21d4",
    0xDC: "\u21d0",
    0xDE: "\u21d2",
    0xE0: "\u25ca",
    0xE5: "\u2211",
    0xF2: "\u222b",
}
_GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
_GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
_SYMBOL.update({0x41 + n: c for n, c in enumerate(_GREEK_UPPER)})
_SYMBOL.update({0x61 + n: c for n, c in enumerate(_GREEK_LOWER)})
#: Wingdings, Wingdings 2 and Webdings: the few that office writing uses (ticks, boxes,
#: arrows and bullets, the smiling face Outlook puts for ":)").
_DINGBATS = {
    "wingdings": {
        0x4A: "\u263a",
        0x4C: "\u2639",
        0x6C: "\u25cf",
        0x6E: "\u25a0",
        0x6F: "\u25a1",
        0x71: "\u2751",
        0xA7: "\u25aa",
        0xA8: "\u25fb",
        0xD8: "\u27a2",
        0xE8: "\u2794",
        0xEF: "\u21e6",
        0xF0: "\u21e8",
        0xFB: "\u2717",
        0xFC: "\u2713",
        0xFD: "\u2612",
        0xFE: "\u2611",
    },
    "wingdings 2": {0x4F: "\u2717", 0x50: "\u2713", 0x52: "\u2611", 0x53: "\u2612"},
    "webdings": {0x61: "\u2713", 0x72: "\u2716"},
}


def run_font(properties: etree._Element | None) -> str:
    """The font a run's text is set in by its own properties ("" when it says none)."""
    fonts = properties.find(w("rFonts")) if properties is not None else None
    if fonts is None:
        return ""
    return str(fonts.get(w("ascii")) or fonts.get(w("hAnsi")) or "")


def symbol_chars(text: str, font: str) -> tuple[str, list[str]]:
    """``text`` with symbol-font characters (U+F020-U+F0FF, as LibreOffice writes a symbol)
    turned into their Unicode ones; also the codes of those that have none."""
    if not any(0xF000 <= ord(c) <= 0xF0FF for c in text):
        return text, []
    out: list[str] = []
    missing: list[str] = []
    for char in text:
        if 0xF000 <= ord(char) <= 0xF0FF:
            found = symbol_text(font, f"{ord(char):04X}")
            if found is None:
                missing.append(f"{ord(char):04X}")
            out.append(found or "")
        else:
            out.append(char)
    return "".join(out), missing


def symbol_text(font: str, code: str) -> str | None:
    """The Unicode character of a ``w:sym`` (font name and hexadecimal code), or None.

    A code outside the symbol fonts' private range is a Unicode character already. Symbol
    fonts put their characters at F020-F0FF (and older files at 0020-00FF).
    """
    try:
        value = int(code, 16)
    except ValueError:
        return None
    name = " ".join(font.lower().split())
    table = _SYMBOL if name == "symbol" else _DINGBATS.get(name)
    if table is None:
        if 0xE000 <= value <= 0xF8FF or value < 0x20:
            return None
        return chr(value) if value <= 0x10FFFF else None
    if 0xF000 <= value <= 0xF0FF:
        value -= 0xF000
    return table.get(value)


__all__ = [
    "RunLook",
    "graphic_remark",
    "looks",
    "lost_remarks",
    "quote",
    "run_font",
    "symbol_chars",
    "symbol_text",
]

"""A Word reference document from someone else, reduced to what lays out the page.

A .docx/.dotx is a zip of XML parts joined by relationships. Every export copies the reference
document, so whatever it carries would reach every submission: a remote attached template,
images loaded over http or from ``file://host/share`` (on Windows that hands out the user's
network credentials), macros, hidden custom properties, mail-merge data sources, field codes
that fetch outside content, an old body with its images. This module rebuilds the package from
the parts that matter: the main document (its body emptied, the page set-up kept), styles,
numbering, settings, fonts, theme, headers, footers, footnotes and the images they embed.

Every member is read through a byte budget (stored and deflate only), every XML part is parsed
without DTDs or entities, and only relationships that are still referenced survive. External
relationships are dropped, except web and e-mail links that pass :func:`is_safe_link`. What was
removed is returned as lines for the user. ``docProps`` is written fresh (no thumbnail).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter import APP_NAME
from tccm_drafter.errors import InputError
from tccm_drafter.render.docx_package import (
    OFFICE_REL,
    W,
    drop,
    empty_body,
    only_separators,
    parse_part,
    read_members,
    to_xml,
    unlink,
    unwrap,
)
from tccm_drafter.render.links import is_safe_link
from tccm_drafter.storage.docx_budget import check_styles

_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
#: ISO/IEC 29500 Strict: every namespace and relationship type differs from the usual ones.
_STRICT = "http://purl.oclc.org/ooxml/"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_VML = "urn:schemas-microsoft-com:vml"
_OFFICE = "urn:schemas-microsoft-com:office:office"
_WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_MAIN_CT = _WML_CT + "document.main+xml"
_PKG_REL_CT = "application/vnd.openxmlformats-package.relationships+xml"
_MAIN_TYPES = {
    _MAIN_CT,
    _WML_CT + "template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
#: Relationship type (last path piece) -> content type of the part kept for it.
_XML_PARTS = {
    "styles": _WML_CT + "styles+xml",
    "stylesWithEffects": "application/vnd.ms-word.stylesWithEffects+xml",
    "numbering": _WML_CT + "numbering+xml",
    "settings": _WML_CT + "settings+xml",
    "fontTable": _WML_CT + "fontTable+xml",
    "theme": "application/vnd.openxmlformats-officedocument.theme+xml",
    "header": _WML_CT + "header+xml",
    "footer": _WML_CT + "footer+xml",
    "footnotes": _WML_CT + "footnotes+xml",
    "endnotes": _WML_CT + "endnotes+xml",
}
_MEDIA = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "emf": "image/x-emf",
    "wmf": "image/x-wmf",
    "odttf": "application/vnd.openxmlformats-officedocument.obfuscatedFont",
}
#: Referenced from the XML by id: kept only while something still refers to them.
_REFERENCED = {"header", "footer", "image", "font", "hyperlink"}
_REPORTED = {
    "attachedTemplate": "its link to another template",
    "vbaProject": "macros",
    "keyMapCustomizations": "macros",
    "wordVbaData": "macros",
    "custom-properties": "hidden document properties",
    "comments": "comments",
    "glossaryDocument": "saved building blocks",
    "customXml": "hidden data stored with the file",
    "oleObject": "embedded objects",
    "package": "embedded objects",
    "control": "form controls",
    "aFChunk": "embedded documents",
    "subDocument": "linked sub-documents",
    "people": "comments",
}
#: Settings that reach outside the document or restrict the user's own export.
_SETTINGS_REMOVED = {
    "attachedTemplate": "its link to another template",
    "linkStyles": "its link to another template",
    "mailMerge": "mail-merge data sources",
    "docVars": "hidden document variables",
    "documentProtection": "editing restrictions",
    "writeProtection": "editing restrictions",
    "attachedSchema": "hidden data stored with the file",
    "saveThroughXslt": "hidden data stored with the file",
}
_FIELD = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT|DATABASE)\b", re.I)


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


class _Removed:
    """Collects what was taken out, one line per kind."""

    def __init__(self) -> None:
        self.kinds: dict[str, list[str]] = {}

    def add(self, kind: str, detail: str = "") -> None:
        details = self.kinds.setdefault(kind, [])
        if detail and detail not in details:
            details.append(detail)

    def lines(self) -> list[str]:
        out: list[str] = []
        for kind, details in self.kinds.items():
            shown = ", ".join(d if len(d) <= 60 else d[:57] + "..." for d in details[:3])
            more = f" and {len(details) - 3} more" if len(details) > 3 else ""
            out.append(
                f"left out {kind}" + (f" ({shown}{more})" if shown else "") + ": the export "
                "takes only the page layout, styles, headers and footers"
            )
        return out


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _kind(rel_type: str) -> str:
    return rel_type.rstrip("/").rsplit("/", 1)[-1]


def _content_types(members: dict[str, bytes], path: Path) -> dict[str, str]:
    """Part name (no leading slash) -> declared content type, defaults applied."""
    if "[Content_Types].xml" not in members:
        raise InputError("not a Word document (no [Content_Types].xml)", path=path)
    root = parse_part(members["[Content_Types].xml"], "[Content_Types].xml", path)
    defaults = {
        str(el.get("Extension", "")).lower(): str(el.get("ContentType", ""))
        for el in root.iter(_q(_CT_NS, "Default"))
    }
    types = {name: defaults.get(name.rsplit(".", 1)[-1].lower(), "") for name in members}
    for el in root.iter(_q(_CT_NS, "Override")):
        types[str(el.get("PartName", "")).lstrip("/")] = str(el.get("ContentType", ""))
    return types


class _Cleaner:
    def __init__(self, members: dict[str, bytes], path: Path) -> None:
        self.members = members
        self.path = path
        self.types = _content_types(members, path)
        self.removed = _Removed()
        self.out: dict[str, bytes] = {}
        self.overrides: dict[str, str] = {}

    def main_part(self) -> str:
        rels = parse_part(self.members.get("_rels/.rels", b""), "_rels/.rels", self.path)
        main = ""
        for rel in rels.iter(_q(_PKG_REL, "Relationship")):
            if str(rel.get("Type", "")).startswith(_STRICT):
                raise InputError(
                    "this Word file is saved as “Strict Open XML Document”, which TCCM Drafter "
                    "cannot use as a letterhead: open it in Word, save it as “Word Document "
                    "(.docx)” or “Word Template (.dotx)” and choose that copy",
                    path=self.path,
                )
            kind = _kind(str(rel.get("Type", "")))
            target = _resolve("", str(rel.get("Target", "")))
            if kind == "officeDocument" and not main:
                if self.types.get(target) in _MAIN_TYPES and target in self.members:
                    main = target
            elif kind in _REPORTED:
                self.removed.add(_REPORTED[kind])
        if not main:
            raise InputError("not a Word document (no main document part)", path=self.path)
        if "macroEnabled" in self.types[main]:
            self.removed.add("macros")
        return main

    def run(self) -> bytes:
        main = self.main_part()
        self.overrides[main] = _MAIN_CT
        queue = [main]
        while queue:
            part = queue.pop()
            if part in self.out:
                continue
            queue.extend(self._part(part, is_main=part == main))
        self._write_app_properties()
        return self._package(main)

    def _part(self, part: str, *, is_main: bool) -> list[str]:
        """Clean one XML part and its relationships; returns the parts it still needs."""
        root = parse_part(self.members[part], part, self.path)
        if root.tag == _q(W, "styles"):
            check_styles(root, self.path)  # chain depth and count: see storage/docx_budget.py
        if is_main:
            empty_body(root)
        if root.tag in (_q(W, "footnotes"), _q(W, "endnotes")):
            only_separators(root)
        if part.endswith("settings.xml"):
            for name, what in _SETTINGS_REMOVED.items():
                for element in list(root.iter(_q(W, name))):
                    drop(element)
                    self.removed.add(what)
        self._fields(root)
        self._vml(root)
        used = {
            str(value)
            for element in root.iter()
            for key, value in element.attrib.items()
            if str(key).startswith("{" + OFFICE_REL + "}")
        }
        kept, needed, dropped = self._relationships(part, used)
        unlink(root, dropped)
        self.out[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        if kept is not None:
            self.out[_rels_name(part)] = kept
        return needed

    def _relationships(self, part: str, used: set[str]) -> tuple[bytes | None, list[str], set[str]]:
        name = _rels_name(part)
        if name not in self.members:
            return None, [], set()
        rels = parse_part(self.members[name], name, self.path)
        needed: list[str] = []
        dropped: set[str] = set()
        for rel in list(rels):
            rel_id, kind = str(rel.get("Id", "")), _kind(str(rel.get("Type", "")))
            target = str(rel.get("Target", ""))
            if rel.get("TargetMode") == "External":
                keep = kind == "hyperlink" and is_safe_link(target) and rel_id in used
                if not keep and rel_id in used:
                    self.removed.add(
                        "its link to another template"
                        if kind == "attachedTemplate"
                        else "links that fetch content from outside the file",
                        target,
                    )
            else:
                resolved = _resolve(part, target)
                keep = self._keep_internal(kind, resolved, rel_id in used)
                if keep and resolved not in self.out:  # pictures are copied, not walked
                    needed.append(resolved)
            if not keep:
                rels.remove(rel)
                dropped.add(rel_id)
        return etree.tostring(rels, xml_declaration=True, encoding="UTF-8"), needed, dropped

    def _keep_internal(self, kind: str, target: str, used: bool) -> bool:
        if target not in self.members or (kind in _REFERENCED and not used):
            return False
        if kind in _XML_PARTS:
            self.overrides[target] = _XML_PARTS[kind]
            return True
        if kind in ("image", "font"):
            media = _MEDIA.get(target.rsplit(".", 1)[-1].lower())
            if media is None:
                self.removed.add("pictures in a format Word documents do not use", target)
                return False
            self.out[target] = self.members[target]
            self.overrides[target] = media
            return True
        if kind in _REPORTED:
            self.removed.add(_REPORTED[kind])
        elif kind not in ("webSettings", "thumbnail"):
            self.removed.add("other content a letterhead does not need", kind)
        return False

    def _fields(self, root: etree._Element) -> None:
        for element in list(root.iter(_q(W, "instrText"))):
            found = _FIELD.match(element.text or "")
            if found:
                self.removed.add(
                    "fields that fetch content from outside the file", found.group(1).upper()
                )
                element.text = ""
        for element in list(root.iter(_q(W, "fldSimple"))):
            found = _FIELD.match(str(element.get(_q(W, "instr"), "")))
            if found:
                self.removed.add(
                    "fields that fetch content from outside the file", found.group(1).upper()
                )
                unwrap(element)

    def _vml(self, root: etree._Element) -> None:
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            for key in list(element.attrib):
                outside = key == _q(_OFFICE, "href") or (
                    key == "src" and element.tag.startswith("{" + _VML + "}")
                )
                if outside:
                    self.removed.add(
                        "links that fetch content from outside the file", str(element.attrib[key])
                    )
                    del element.attrib[key]

    def _write_app_properties(self) -> None:
        self.out["docProps/app.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'extended-properties"><Application>'
            + APP_NAME.encode("utf-8")
            + b"</Application><DocSecurity>0</DocSecurity></Properties>"
        )
        self.overrides["docProps/app.xml"] = (
            "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        )

    def _package(self, main: str) -> bytes:
        types = etree.Element(_q(_CT_NS, "Types"), nsmap={None: _CT_NS})
        for extension, content in (("rels", _PKG_REL_CT), ("xml", "application/xml")):
            etree.SubElement(types, _q(_CT_NS, "Default"), Extension=extension, ContentType=content)
        for part, content in sorted(self.overrides.items()):
            etree.SubElement(
                types, _q(_CT_NS, "Override"), PartName="/" + part, ContentType=content
            )
        rels = etree.Element(_q(_PKG_REL, "Relationships"), nsmap={None: _PKG_REL})
        for rel_id, kind, target in (
            ("rId1", "officeDocument", main),
            ("rId2", "extended-properties", "docProps/app.xml"),
        ):
            etree.SubElement(
                rels,
                _q(_PKG_REL, "Relationship"),
                Id=rel_id,
                Type=f"{OFFICE_REL}/{kind}",
                Target=target,
            )
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("[Content_Types].xml", to_xml(types))
            package.writestr("_rels/.rels", to_xml(rels))
            for name, data in self.out.items():
                package.writestr(name, data)
        return out.getvalue()


def clean_reference(raw: bytes, path: Path) -> tuple[bytes, list[str]]:
    """The reference document rebuilt from safe parts, and what was removed (one line each)."""
    cleaner = _Cleaner(read_members(raw, path), path)
    data = cleaner.run()
    return data, cleaner.removed.lines()

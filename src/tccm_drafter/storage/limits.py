"""Every size limit on what the app reads, in one place (documented in docs/file-formats.md).

The limits are generous for real use (the largest paragraph in the starter library is a few
kilobytes, a long submission a few hundred) and exist so that a hostile or broken file is
refused with one line instead of costing gigabytes of memory or minutes of work.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class Limit:
    """The most bytes a kind of file may have, and how messages name that kind."""

    what: str
    max_bytes: int


PARAGRAPH = Limit("a paragraph file", 1 * MIB)
SUBMISSION = Limit("a submission", 20 * MIB)
PROFILE = Limit("an organisation profile", 1 * MIB)
SETTINGS = Limit("the settings file", 1 * MIB)
#: The user's own spelling dictionary (one word a line).
PERSONAL_DICTIONARY = Limit("your spelling dictionary", 1 * MIB)
BUNDLE = Limit("a library bundle", 256 * MIB)
#: For the render side: ``template.toml`` and ``document.md.j2`` of a template folder.
TEMPLATE = Limit("a template file", 1 * MIB)
#: For the render side: a Word reference document (read whole, then opened as a zip).
REFERENCE_DOCX = Limit("a Word reference document", 64 * MIB)
#: Word reference documents: parts, bytes once unpacked (all parts together), and the largest
#: compression ratio of a part over 64 KB (real parts stay far below 100).
REFERENCE_DOCX_MAX_PARTS = 2_000
REFERENCE_DOCX_MAX_UNPACKED_BYTES = 64 * MIB
REFERENCE_DOCX_MAX_RATIO = 200
#: A label catalogue (``resources/labels/<language>.toml``, a template's ``labels/``).
LABELS = Limit("a label catalogue", 256 * KIB)
#: A Word file coming back from review, and a consultation's call for input (any format).
REVIEWED_DOCX = Limit("a reviewed Word file", 64 * MIB)
CALL_FILE = Limit("a call for input", 32 * MIB)
#: Inside such a .docx: parts, the size of one part and of all, once unpacked.
DOCX_MAX_MEMBERS = 4_000
DOCX_MAX_PART_BYTES = 64 * MIB
DOCX_MAX_TOTAL_BYTES = 256 * MIB
DOCX_MAX_RATIO = 200
#: Pages of a PDF call that are read, and characters of text taken from any call.
CALL_MAX_PDF_PAGES = 300
CALL_MAX_TEXT_CHARS = 2_000_000
#: Our own bookkeeping (undo record, usage index, import journal, register of submissions).
RECORD = Limit("a record file of the app", 64 * MIB)
#: The CSV file a sign-on form produces (a joint statement's signatories).
SIGN_ON_SHEET = Limit("a sign-on sheet", 5 * MIB)

#: Blocks in one submission, all sections together, and sections.
SUBMISSION_MAX_BLOCKS = 10_000
SUBMISSION_MAX_SECTIONS = 1_000

#: Tables and arrays inside one another in any TOML file (real files use three or four).
TOML_MAX_DEPTH = 32

#: Characters in a paragraph id: ``<id>.md`` then stays far below Windows' 260-character path
#: limit even inside a deep folder.
ID_MAX_LENGTH = 100

#: Library bundles (``.tccmlib``): the number of files, each file's size once decompressed,
#: all files together, and the largest compression ratio of a member over 64 KB.
BUNDLE_MAX_MEMBERS = 20_000
BUNDLE_MAX_MEMBER_BYTES = PARAGRAPH.max_bytes
BUNDLE_MAX_MANIFEST_BYTES = 16 * MIB
BUNDLE_MAX_TOTAL_BYTES = 200 * MIB
BUNDLE_MAX_RATIO = 100
BUNDLE_RATIO_FLOOR_BYTES = 64 * KIB


def describe_bytes(count: int) -> str:
    """``1 MB``, ``256 MB``, ``64 KB``: how limits are named in messages."""
    if count >= MIB and count % MIB == 0:
        return f"{count // MIB} MB"
    if count >= KIB and count % KIB == 0:
        return f"{count // KIB} KB"
    return f"{count:,} bytes"

"""Every size limit on what the app reads, in one place (documented in docs/file-formats.md).

The limits are generous for real use (the largest paragraph in the starter library is a few
kilobytes, a long submission a few hundred) and exist so that a hostile or broken file is
refused with one line instead of costing gigabytes of memory or minutes of work.
"""

from __future__ import annotations

from dataclasses import dataclass

from tccm_drafter.model.counted import counted

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
#: Work caps inside a .docx from outside (storage/docx_budget.py): XML elements in all parts
#: (a parsed tree costs about 170 bytes an element), paragraphs of the main part, columns one
#: table cell spans (Word's own maximum is 63), where a list starts, characters and numbers
#: in one level's pattern (one per level; Word has 9 levels), styles and basedOn depth.
DOCX_MAX_XML_ELEMENTS = 1_000_000
DOCX_MAX_PARAGRAPHS = 50_000
DOCX_MAX_TABLE_SPAN = 63
DOCX_MAX_LIST_START = 32_767
DOCX_MAX_LEVEL_TEXT = 255
DOCX_MAX_LEVELS = 9
DOCX_MAX_STYLES = 10_000
DOCX_MAX_STYLE_DEPTH = 64
#: Pages of a PDF call that are read, paragraphs of a Word call (about 600 pages; each
#: costs python-docx and the question rules some 100 microseconds), and characters of text
#: taken from any call.
CALL_MAX_PDF_PAGES = 300
CALL_MAX_PARAGRAPHS = 20_000
CALL_MAX_TEXT_CHARS = 2_000_000
#: Our own bookkeeping (undo record, usage index, import journal, register of submissions).
RECORD = Limit("a record file of the app", 64 * MIB)
#: The marker beside an autosaved submission (its process, its file, when).
AUTOSAVE_MARKER = Limit("an autosave marker", 64 * KIB)
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


#: Shared libraries over git: what one fetch may bring (the pack as sent, its objects, any
#: one object once unpacked, all of them unpacked), what one commit's tree may hold (files,
#: folder depth) and the largest file in it that is not a paragraph (a README, a licence).
SHARED_MAX_PACK_BYTES = 256 * MIB
SHARED_MAX_OBJECTS = 500_000
SHARED_MAX_OBJECT_BYTES = 16 * MIB
SHARED_MAX_UNPACKED_BYTES = 1024 * MIB
SHARED_MAX_FILES = 20_000
SHARED_MAX_DEPTH = 8
SHARED_MAX_OTHER_FILE_BYTES = 4 * MIB
#: The small state file of a subscription (address, branch, last sync).
SUBSCRIPTION = Limit("a shared library's state file", 64 * KIB)


def describe_bytes(count: int) -> str:
    """``1 MB``, ``256 MB``, ``64 KB``: how limits are named in messages."""
    if count >= MIB and count % MIB == 0:
        return f"{count // MIB} MB"
    if count >= KIB and count % KIB == 0:
        return f"{count // KIB} KB"
    return counted(count, "byte")

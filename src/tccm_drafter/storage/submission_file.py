"""Submission files (``.tccm``): one TOML document holding everything but the library text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model import (
    Block,
    Consultation,
    Organisation,
    ParagraphBlock,
    Rules,
    Section,
    SectionRole,
    Signatory,
    SignatoryStatus,
    Submission,
    SubmissionStatus,
    TextBlock,
)
from tccm_drafter.model.countries import stored_country
from tccm_drafter.model.organisation import CAPACITIES, COVER_FIELDS, ECOSOC_STATUSES
from tccm_drafter.model.submission import SIGNATORIES_AT
from tccm_drafter.storage import limits, migrations
from tccm_drafter.storage.atomic import sweep_stale_temp_files
from tccm_drafter.storage.block_notes import notes_document, notes_from
from tccm_drafter.storage.deadline_fields import deadline_values, read_deadline
from tccm_drafter.storage.fields import Fields, ParsedText
from tccm_drafter.storage.textfile import parse_toml, read_text
from tccm_drafter.storage.toml_writer import dumps_toml
from tccm_drafter.storage.writing import refuse_newer_toml, write_user_file

KIND = "tccm-submission"
SUFFIX = ".tccm"
ORGANISATION_KEYS = tuple(Organisation.__dataclass_fields__)
_LATER_KEYS = frozenset({"region", "capacity", "ecosoc_status"})
_KNOWN = frozenset(
    (
        "format",
        "kind",
        "title",
        "template",
        "reference_docx",
        "date",
        "addressee",
        "consultation",
        "organisation",
        "signatories",
        "sections",
        "introduction",
        "closing",
        "uid",
        "status",
        "sent_on",
        "sent_to",
        "sign_off",
        "endorsement_deadline",
    )
)
_SIGNATORY_STATUSES = tuple(status.value for status in SignatoryStatus)
_SUBMISSION_STATUSES = tuple(status.value for status in SubmissionStatus)


#: A ``type = …`` key: every block has one, so their number bounds the blocks before parsing.
_TYPE_KEY = re.compile(r"""(?:^|[\s{,])["']?type["']?\s*=""", re.MULTILINE)


def load_submission(path: Path) -> Submission:
    """Read a ``.tccm`` file; stale temporary files an interrupted save left next to it go."""
    path = Path(path)
    text, _ = read_text(path, limits.SUBMISSION)
    submission = loads_submission(text, path)
    sweep_stale_temp_files(path.parent)
    return submission


def loads_submission(text: str, path: Path) -> Submission:
    """A Submission from the text of a ``.tccm`` file; errors name ``path`` and the line."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if len(_TYPE_KEY.findall(text)) > 2 * limits.SUBMISSION_MAX_BLOCKS:
        raise _too_many_blocks(path)
    data = parse_toml(text, path)
    source = ParsedText(path, text)
    data = migrations.migrate(migrations.SUBMISSION, data, source)
    fields = Fields(data, source)
    kind = fields.text("kind", KIND)
    if kind != KIND:
        raise fields.error("kind", f"this is not a TCCM Drafter submission (kind = {kind!r})")
    submission = _submission_from(fields)
    if len(submission.sections) > limits.SUBMISSION_MAX_SECTIONS:
        raise InputError(
            f"more than {limits.SUBMISSION_MAX_SECTIONS:,} sections, the limit for a submission",
            path=path,
        )
    if sum(len(section.blocks) for section in submission.sections) > limits.SUBMISSION_MAX_BLOCKS:
        raise _too_many_blocks(path)
    return submission


def _too_many_blocks(path: Path) -> InputError:
    return InputError(
        f"more than {limits.SUBMISSION_MAX_BLOCKS:,} blocks, the limit for a submission",
        path=path,
    )


def _submission_from(fields: Fields) -> Submission:
    consultation = fields.table_of("consultation")
    rules = consultation.table_of("rules")
    deadline = read_deadline(consultation)
    return Submission(
        uid=fields.text("uid"),
        status=SubmissionStatus(fields.choice("status", _SUBMISSION_STATUSES, "drafting")),
        sent_on=fields.day("sent_on"),
        sent_to=fields.text("sent_to"),
        sign_off=fields.day("sign_off"),
        endorsement_deadline=fields.day("endorsement_deadline"),
        title=fields.text("title"),
        template=fields.text("template", "consultation-response"),
        reference_docx=fields.text("reference_docx"),
        date=fields.day("date"),
        addressee=fields.text("addressee"),
        consultation=Consultation(
            title=consultation.text("title"),
            organiser=consultation.text("organiser"),
            reference=consultation.text("reference"),
            url=consultation.text("url"),
            deadline=deadline.day if deadline else None,
            deadline_time=deadline.time if deadline else None,
            deadline_zone=deadline.zone if deadline else "",
            language=consultation.language("language", "en"),
            rules=_rules_from(rules),
        ),
        organisation=organisation_from(fields.table_of("organisation")),
        signatories=[_signatory_from(table) for table in fields.tables("signatories")],
        sections=_sections_from(fields),
        extra=fields.unused(),
    )


def _rules_from(rules: Fields) -> Rules:
    required = rules.text_list("required_fields")
    for name in required:
        if name not in COVER_FIELDS:
            raise rules.error(
                "required_fields",
                f"'{rules.field_name('required_fields')}' names '{name}', which is not a cover "
                f"field; use any of {', '.join(COVER_FIELDS)}",
            )
    return Rules(
        word_limit=_limit(rules, "word_limit"),
        char_limit=_limit(rules, "char_limit"),
        numbered_paragraphs=rules.boolean("numbered_paragraphs", False),
        footnotes_allowed=rules.boolean("footnotes_allowed", True),
        total_word_limit=_limit(rules, "total_word_limit"),
        total_char_limit=_limit(rules, "total_char_limit"),
        page_limit=_limit(rules, "page_limit"),
        required_fields=required,
        signatories_at=rules.choice("signatories_at", SIGNATORIES_AT, "end"),
    )


def _signatory_from(table: Fields) -> Signatory:
    # Lists written before statuses existed held only the organisations that signed.
    status = table.choice("status", _SIGNATORY_STATUSES, "confirmed")
    return Signatory(
        organisation=table.text("organisation", required=True),
        name=table.text("name"),
        country=table.text("country"),
        status=SignatoryStatus(status),
        status_date=table.day("status_date"),
        contact=table.text("contact"),
    )


def organisation_from(fields: Fields) -> Organisation:
    """An Organisation from a table of text fields (a submission's or a profile's)."""
    values = {key: fields.text(key) for key in ORGANISATION_KEYS}
    values["capacity"] = fields.choice("capacity", ("", *CAPACITIES), "")
    values["ecosoc_status"] = fields.choice("ecosoc_status", ("", *ECOSOC_STATUSES), "")
    # A country typed as a name before it was chosen from a list ("Kenya") becomes its code
    # where the name is unambiguous; anything else is kept as typed (the checks flag it).
    values["country"] = stored_country(values["country"])
    return Organisation(**values)


def _limit(fields: Fields, key: str) -> int | None:
    value = fields.optional_integer(key)
    if value is not None and value <= 0:
        raise fields.error(key, f"'{fields.field_name(key)}' must be a positive number")
    return value


def _sections_from(fields: Fields) -> list[Section]:
    """The questions, led by the introduction and followed by the closing (tables of their
    own, which an older version of the app keeps unchanged without showing them)."""
    sections = [_section_from(table) for table in fields.tables("sections")]
    for key, role in (("introduction", SectionRole.INTRODUCTION), ("closing", SectionRole.CLOSING)):
        if key in fields.data:
            table = fields.table_of(key)
            part = Section(
                title="",
                blocks=[_block_from(block) for block in table.tables("blocks")],
                role=role,
            )
            if role is SectionRole.INTRODUCTION:
                sections.insert(0, part)
            else:
                sections.append(part)
    return sections


def _section_from(fields: Fields) -> Section:
    return Section(
        title=fields.text("title"),
        question=fields.text("question"),
        word_limit=_limit(fields, "word_limit"),
        char_limit=_limit(fields, "char_limit"),
        blocks=[_block_from(table) for table in fields.tables("blocks")],
    )


def _block_from(fields: Fields) -> Block:
    block_type = fields.text("type", required=True)
    if block_type == "paragraph":
        return ParagraphBlock(
            paragraph_id=fields.text("id", required=True),
            version=fields.integer("version", 1),
            base_hash=fields.text("base_hash"),
            local_text=fields.optional_text("local_text"),
            use_short=fields.boolean("use_short", False),
            notes=notes_from(fields),
        )
    if block_type == "text":
        return TextBlock(text=fields.text("text"), notes=notes_from(fields))
    raise fields.error(
        "type",
        f'\'{fields.field_name("type")}\' must be "paragraph" or "text" (got {block_type!r})',
    )


def _without_none(table: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in table.items() if value is not None}


def submission_document(submission: Submission) -> dict[str, Any]:
    """The TOML table of a submission, keys in the order the file shows them."""
    consultation = submission.consultation
    rules = consultation.rules
    doc: dict[str, Any] = {
        "format": migrations.CURRENT_FORMAT,
        "kind": KIND,
        "title": submission.title,
        "template": submission.template,
        "reference_docx": submission.reference_docx,
        "date": submission.date,
        "addressee": submission.addressee,
        "uid": submission.uid or None,
        "status": _status_value(submission.status),
        "sent_on": submission.sent_on,
        "sent_to": submission.sent_to or None,
        "sign_off": submission.sign_off,
        "endorsement_deadline": submission.endorsement_deadline,
        "consultation": _without_none(
            {
                "title": consultation.title,
                "organiser": consultation.organiser,
                "reference": consultation.reference,
                "url": consultation.url,
                **deadline_values(consultation.full_deadline()),
                "language": consultation.language,
                "rules": _rules_document(rules),
            }
        ),
        "organisation": organisation_table(submission.organisation),
        **{key: value for key, value in submission.extra.items() if key not in _KNOWN},
        "signatories": [_signatory_document(s) for s in submission.signatories],
        **{
            section.role.value: {"blocks": [_block_document(b) for b in section.blocks]}
            for section in submission.sections
            if not section.is_question
        },
        "sections": [_section_document(s) for s in submission.sections if s.is_question],
    }
    return _without_none(doc)


def _status_value(status: SubmissionStatus) -> str | None:
    return None if status is SubmissionStatus.DRAFTING else status.value


def organisation_table(org: Organisation) -> dict[str, str]:
    """An organisation's fields as a file stores them; the cover fields added later
    (region, capacity, ECOSOC status) only when set, so older files stay as they were."""
    return {
        key: getattr(org, key)
        for key in ORGANISATION_KEYS
        if key not in _LATER_KEYS or getattr(org, key)
    }


def _rules_document(rules: Rules) -> dict[str, Any]:
    return _without_none(
        {
            "word_limit": rules.word_limit,
            "char_limit": rules.char_limit,
            "numbered_paragraphs": rules.numbered_paragraphs,
            "footnotes_allowed": rules.footnotes_allowed,
            "total_word_limit": rules.total_word_limit,
            "total_char_limit": rules.total_char_limit,
            "page_limit": rules.page_limit,
            "required_fields": list(rules.required_fields) or None,
            "signatories_at": None if rules.signatories_at == "end" else rules.signatories_at,
        }
    )


def _signatory_document(signatory: Signatory) -> dict[str, Any]:
    return _without_none(
        {
            "organisation": signatory.organisation,
            "name": signatory.name,
            "country": signatory.country,
            "status": signatory.status.value,
            "status_date": signatory.status_date,
            "contact": signatory.contact or None,
        }
    )


def _section_document(section: Section) -> dict[str, Any]:
    table = _without_none(
        {
            "title": section.title,
            "question": section.question,
            "word_limit": section.word_limit,
            "char_limit": section.char_limit,
        }
    )
    table["blocks"] = [_block_document(block) for block in section.blocks]
    return table


def _block_document(block: Block) -> dict[str, Any]:
    table: dict[str, Any]
    if isinstance(block, TextBlock):
        table = {"type": "text", "text": block.text}
    else:
        table = _without_none(
            {
                "type": "paragraph",
                "id": block.paragraph_id,
                "version": block.version,
                "base_hash": block.base_hash,
                "use_short": block.use_short,
                "local_text": block.local_text,
            }
        )
    if block.notes:
        table["notes"] = notes_document(block.notes)
    return table


def dumps_submission(submission: Submission) -> str:
    return dumps_toml(submission_document(submission))


def save_submission(submission: Submission, path: Path) -> None:
    """Write the ``.tccm`` file atomically; a file from a newer app version is never replaced."""
    write_user_file(Path(path), dumps_submission(submission), refuse_newer_than=refuse_newer_toml)

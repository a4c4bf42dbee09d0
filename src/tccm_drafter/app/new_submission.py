"""A new submission: the default organisation profile, the last template, a proposed title."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Organisation, Rules, Section, Submission
from tccm_drafter.model.deadline import Deadline
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import load_profiles, profile_slug
from tccm_drafter.storage.settings import Settings


def default_organisation(paths: AppPaths, settings: Settings) -> Organisation:
    """The profile the settings name as default; the only profile when there is one."""
    try:
        profiles = load_profiles(paths, errors=[])
    except InputError:
        return Organisation()
    for profile in profiles:
        if settings.default_profile in (profile_slug(profile), profile.name, profile.short_name):
            return profile
    return profiles[0] if len(profiles) == 1 else Organisation()


def proposed_title(submission: Submission) -> str:
    """ "Response of Example Registry to Call for inputs …" from what is known so far."""
    org = submission.organisation.short_name or submission.organisation.name
    call = submission.consultation.title
    if org and call:
        return f"Response of {org} to {call}"
    if call:
        return f"Response to {call}"
    return f"Response of {org}" if org else ""


def retitled(submission: Submission, changed: Submission) -> str:
    """The title after the consultation or organisation changed: a title the user never
    changed follows the proposal; one they wrote stays."""
    if not submission.title or submission.title == proposed_title(submission):
        return proposed_title(changed)
    return submission.title


def new_submission(paths: AppPaths, settings: Settings) -> Submission:
    submission = Submission(organisation=default_organisation(paths, settings))
    if settings.last_template:
        submission.template = settings.last_template
    submission.title = proposed_title(submission)
    return submission


@dataclass
class CallQuestions:
    """What a call for input asks: its title, one section per question, its deadline and the
    limits it states once for all answers, for a preview."""

    #: The call's file; None for text the user pasted.
    path: Path | None
    title: str
    sections: list[Section] = field(default_factory=list)
    deadline: Deadline | None = None
    #: Limits stated once: every answer (``word_limit``...) and the whole (``total_...``).
    rules: Rules = field(default_factory=Rules)


def read_call_questions(call: Path) -> CallQuestions:
    """Read a call for input (.docx, .pdf, .txt or .md; see ``storage/call_file.py``).
    Raises InputError naming the file; changes nothing."""
    from tccm_drafter.model.call_reading import read_call_paragraphs
    from tccm_drafter.storage.call_file import read_call

    reading = read_call_paragraphs(read_call(call))
    return CallQuestions(
        Path(call), reading.title, reading.sections, reading.deadline, reading.rules
    )


def read_pasted_questions(text: str) -> CallQuestions:
    """The questions of a call's text pasted from its web page or document, found by the same
    reader as a .txt file's (``storage/call_file.read_call_text``); changes nothing."""
    from tccm_drafter.model.call_reading import read_call_paragraphs
    from tccm_drafter.storage.call_file import read_call_text

    reading = read_call_paragraphs(read_call_text(text))
    return CallQuestions(None, reading.title, reading.sections, reading.deadline, reading.rules)


def from_questions(
    paths: AppPaths,
    settings: Settings,
    call_title: str,
    sections: list[Section],
    *,
    deadline: Deadline | None = None,
    rules: Rules | None = None,
) -> Submission:
    """A new submission for the call titled ``call_title`` with these sections (the ones
    the user kept in the preview of New from Call…), the call's deadline and the limits it
    states once for all answers."""
    submission = new_submission(paths, settings)
    submission.consultation.title = call_title
    submission.consultation.set_deadline(deadline)
    if rules is not None:
        kept = submission.consultation.rules
        kept.word_limit = rules.word_limit or kept.word_limit
        kept.char_limit = rules.char_limit or kept.char_limit
        kept.total_word_limit = rules.total_word_limit or kept.total_word_limit
        kept.total_char_limit = rules.total_char_limit or kept.total_char_limit
    submission.sections = list(sections)
    submission.title = proposed_title(submission)
    return submission


def from_call(paths: AppPaths, settings: Settings, call: Path) -> Submission:
    """A new submission whose sections are the questions of a call for input (.docx, .pdf,
    .txt or .md; see ``storage/call_file.py``), titled after the call, with its deadline."""
    found = read_call_questions(call)
    return from_questions(
        paths, settings, found.title, found.sections, deadline=found.deadline, rules=found.rules
    )

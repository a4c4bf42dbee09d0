"""The render worker process: same numbers as rendering here, the library sent only when it
changed, and a worker that overruns or dies is replaced with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from clock_helpers import TODAY
from render_helpers import make_library, make_submission, make_template
from tccm_drafter.app.render_service import RenderService
from tccm_drafter.errors import InputError
from tccm_drafter.model import Section, TextBlock
from tccm_drafter.render.counting import section_counts
from tccm_drafter.render.html_preview import to_preview
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.worker_messages import RenderRequest, restore, trim


@pytest.fixture
def service() -> RenderService:
    found = RenderService(timeout=20)
    yield found  # type: ignore[misc]
    found.close()


def test_the_worker_renders_what_the_app_would(service: RenderService, tmp_path: Path) -> None:
    make_template(tmp_path / "templates" / "simple")
    submission, library = make_submission(), make_library()
    request = RenderRequest(1, submission, "simple", tmp_path / "templates", today=TODAY)
    reply = service.render(request, library, library_version=1)
    here = render_submission(submission, library, make_template(tmp_path / "again"), today=TODAY)
    assert reply.error == ""
    assert reply.counts == [section_counts(here.document, s) for s in range(2)]
    assert reply.inlines == [b.inline for b in to_preview(here.document).blocks]
    # The library went with the first request only; the worker keeps it.
    submission.sections[0].blocks.append(TextBlock("One more sentence here."))
    request = RenderRequest(2, submission, "simple", tmp_path / "templates", today=TODAY)
    again = service.render(request, library, library_version=1)
    assert again.counts[0].words == reply.counts[0].words + 4
    assert service.started == 1


def test_only_changed_sections_travel_and_the_worker_puts_them_together(
    service: RenderService, tmp_path: Path
) -> None:
    make_template(tmp_path / "templates" / "simple")
    template = make_template(tmp_path / "here")
    submission, library = make_submission(), make_library()
    submission.sections.append(Section("Third", blocks=[TextBlock("Third answer.")]))
    sent = submission.copy()
    for number, typed in enumerate(["Now", " and", " then", " {{ org.name }}."], start=1):
        block = submission.sections[2].blocks[0]
        assert isinstance(block, TextBlock)
        submission.sections[2].blocks[0] = TextBlock(block.text + typed)
        request = RenderRequest(
            number, submission.copy(), "simple", tmp_path / "templates", today=TODAY
        )
        # What goes to the worker: the sections that changed, stand-ins for the rest...
        trimmed = trim(request, sent)
        assert trimmed.kept == (0, 1)
        assert trimmed.submission.sections[2] == submission.sections[2]
        assert restore(trimmed, sent) == submission
        sent = submission.copy()
        # ...and what comes back is what a whole render here gives.
        reply = service.render(request, library, library_version=1)
        here = render_submission(submission, library, template, today=TODAY).document
        assert reply.error == ""
        assert reply.counts == [section_counts(here, s) for s in range(3)]
        assert reply.html == to_preview(here).html
    # A section moved, retitled or given another block is sent again.
    moved = submission.copy()
    moved.sections.reverse()
    assert trim(RenderRequest(9, moved, "simple", None, today=TODAY), sent).kept == (
        1,
    )  # the middle one
    retitled = submission.copy()
    retitled.sections[0].title = "Another title"
    assert trim(RenderRequest(9, retitled, "simple", None, today=TODAY), sent).kept == (1, 2)
    # A worker that knows nothing of the kept sections says so rather than guess.
    assert (
        restore(trim(RenderRequest(9, retitled, "simple", None, today=TODAY), sent), None) is None
    )


def test_a_broken_template_is_one_line(service: RenderService, tmp_path: Path) -> None:
    make_template(tmp_path / "t" / "broken")
    (tmp_path / "t" / "broken" / "document.md.j2").write_text("{% for x in %}", "utf-8")
    reply = service.render(
        RenderRequest(1, make_submission(), "broken", tmp_path / "t", today=TODAY),
        make_library(),
        1,
    )
    assert reply.error and "\n" not in reply.error and "broken" in reply.error


def test_an_overrun_kills_the_worker_and_the_next_render_works(tmp_path: Path) -> None:
    service = RenderService(timeout=0.5)
    try:
        loops = "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}"
        make_template(tmp_path / "t" / "slow", loops)
        make_template(tmp_path / "t" / "fine")
        # The template's own time limit (3 s) is longer than this service's: it is killed.
        with pytest.raises(InputError, match=r"longer than 0.5 seconds"):
            service.render(RenderRequest(1, make_submission(), "slow", tmp_path / "t", today=TODAY),
                           make_library(), 1)  # fmt: skip
        service._timeout = 20
        reply = service.render(
            RenderRequest(2, make_submission(), "fine", tmp_path / "t", today=TODAY),
            make_library(),
            1,
        )
        assert reply.error == "" and reply.counts
        assert service.started == 2
    finally:
        service.close()


def test_the_worker_counts_pages_with_the_reference_named_beside_the_submission(
    service: RenderService, tmp_path: Path
) -> None:
    import docx
    from docx.shared import Cm, Pt

    make_template(tmp_path / "templates" / "simple")
    submission, library = make_submission(), make_library()
    long_answer = " ".join(["Open, interoperable and secure networks serve everyone."] * 150)
    submission.sections[0].blocks.append(TextBlock(long_answer))
    word = docx.Document()
    word.sections[0].page_width, word.sections[0].page_height = Cm(10.5), Cm(14.8)
    word.styles["Normal"].font.size = Pt(16)
    word.save(str(tmp_path / "letterhead.docx"))
    submission.organisation.reference_docx = "letterhead.docx"  # relative to the .tccm

    def pages(generation: int, document_path: Path | None) -> int:
        request = RenderRequest(
            generation,
            submission.copy(),
            "simple",
            tmp_path / "templates",
            today=TODAY,
            document_path=document_path,
        )
        reply = service.render(request, library, library_version=1)
        assert reply.error == ""
        return reply.pages

    built_in = pages(1, None)  # no file yet: the letterhead cannot be found, A4 at 11 pt
    beside = pages(2, tmp_path / "statement.tccm")
    assert built_in >= 1 and beside > 2 * built_in


def test_starting_the_worker_loads_no_renderer_in_the_app(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from tccm_drafter.app.render_service import RenderService\n"
        "service = RenderService()\n"
        "service.ensure_started()\n"
        "heavy = [m for m in ('jinja2', 'docx', 'markdown_it', 'tccm_drafter.render.worker',"
        " 'tccm_drafter.render.pipeline') if m in sys.modules]\n"
        "service.close()\n"
        "print(heavy)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert found.stdout.strip() == "[]"

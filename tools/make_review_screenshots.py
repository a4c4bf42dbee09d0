"""Screenshots of File › Import Review… and File › New from Call…: docs/screenshots/
review-import.png and new-from-call.png. Runs offscreen (part of `make screenshots`).

The example submission is exported to Word and edited the way Word records a reviewer's work
(the test helpers in tests/review_helpers.py write the tracked changes and comments); one of
the reviewed paragraphs is changed in the app as well, so the picture shows a conflict. The
call is the Word fixture of the tests (tests/data/calls/call.docx).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tccm_drafter.app.clock import FixedClock

ROOT = Path(__file__).resolve().parent.parent


def main(out_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "tests"))
    from PySide6.QtWidgets import QApplication, QWidget

    from review_helpers import WordEdit
    from tccm_drafter.app import drafting, review
    from tccm_drafter.app.exporting import prepare_export, write_export
    from tccm_drafter.app.new_submission import read_call_questions
    from tccm_drafter.gui.app import _application, create_window
    from tccm_drafter.gui.dialogs.new_from_call import NewFromCallDialog
    from tccm_drafter.gui.review_dialog import ReviewImportDialog
    from tccm_drafter.model.blocks import block_source
    from tccm_drafter.storage.paths import AppPaths

    app = _application([])

    def shoot(widget: QWidget, name: str, size: tuple[int, int]) -> Path:
        widget.resize(*size)
        widget.show()
        for _ in range(5):
            QApplication.processEvents()
        target = out_dir / name
        widget.grab().save(str(target))
        widget.close()
        return target

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tccm-review-shots-") as home:
        paths = AppPaths.resolve(Path(home))
        # The first run opens the example submission.
        window = create_window(paths, clock=FixedClock(NOW))
        ws = window.workspace
        exported = Path(home) / "response.docx"
        submission, library = ws.snapshot()
        plan = prepare_export(
            submission,
            library,
            paths.templates_dir,
            submission_path=None,
            fmt="docx",
            output=exported,
            template=window.live.template(),
            for_review=True,
        )
        write_export(plan, now=NOW)
        word = WordEdit(exported.read_bytes(), author="Legal team")
        word.replace_words("Permanence is a beginning", "a beginning", "a start")
        word.comment("Permanence is", "Forum now needs", "Say which body decides this.")
        word.replace_words("Being invited to speak", "Being invited", "Being asked")
        word.delete_paragraph("The Global Digital Compact and the WSIS framework")
        word.comment(
            "The value of the WSIS+20 outcome",
            "judged by what happens next",
            "Agreed, keep this.",
            author="Head of policy",
        )
        word.insert_paragraph_after(
            "As a registry we already support",
            "We would report each year on what our contribution made possible.",
        )
        reviewed = word.save(Path(home) / "response-legal.docx")
        # The drafter tightened the technical community's paragraph after sending the file.
        section, row = 2, 1
        own = block_source(ws.block(section, row), ws.library)
        own = own.replace("Stakeholders other", "All stakeholders other")
        window.history.perform(drafting.edit_text(ws, section, row, own))
        review_plan = review.plan(ws, window.live.template(), reviewed, today=NOW.date())
        dialog = ReviewImportDialog(review_plan, window)
        conflict = next(n for n, item in enumerate(dialog.items) if item.kind.value == "conflict")
        dialog.table.selectRow(conflict)
        written = [shoot(dialog, "review-import.png", (1040, 660))]
        call = ROOT / "tests" / "data" / "calls" / "call.docx"
        found = read_call_questions(call)
        questions = NewFromCallDialog(window, today=NOW.date(), found=found)
        written.append(shoot(questions, "new-from-call.png", (900, 600)))
        window.state.reset(None)
        window.close()
    for path in written:
        print(path)
    del app
    return 0


#: When the files are made (fixed: the same output on any day).
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))

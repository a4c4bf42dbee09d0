"""The screenshots of the rules calls set (for ``gui/screenshots.py``): Consultation Details
with an exact deadline, Signatories after a sign-on sheet came in, and the register.

Built from the joint-statement example in the throw-away home the screenshots run in.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from tccm_drafter.gui.table_rows import select_row

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow

SHOTS = {
    "consultation-details.png": "consultation",
    "signatories.png": "signatories",
    "register.png": "register",
}
JOINT = "joint-statement.tccm"
#: A sign-on sheet as a form exports it, with one row that cannot be used.
SHEET = (
    "Timestamp,Name of organisation,Your name,Email address,Country,"
    "Does your organisation endorse the statement?\n"
    "2026/11/20 14:02:11,Example Standards Forum,Lea,secretariat@standards.example,CH,Yes\n"
    "2026/11/21 09:30:00,Example Academic Network,,,BR,Yes\n"
    "2026/11/21 10:12:40,,,,FR,Yes\n"
)


def rules_shot(window: MainWindow, what: str, work: Path) -> QWidget | None:
    """The widget to photograph over the window, or None when the example is missing."""
    from tccm_drafter.app.documents import load_submission
    from tccm_drafter.app.paths import examples_dir
    from tccm_drafter.gui.dialogs import ConsultationDialog, SignatoriesDialog

    example = examples_dir() / JOINT
    if not example.exists():
        return None
    joint = load_submission(example)
    if what == "consultation":
        return ConsultationDialog(
            joint.consultation,
            window,
            today=window.clock.now().date(),
            sign_off=joint.sign_off,
            endorsement_deadline=joint.endorsement_deadline,
        )
    if what == "signatories":
        work.mkdir(parents=True, exist_ok=True)
        sheet = work / "sign-on-form.csv"
        sheet.write_text(SHEET, encoding="utf-8")
        dialog = SignatoriesDialog(
            joint.signatories,
            joint.endorsement_deadline,
            today=window.clock.now().date(),
            parent=window,
        )
        dialog.import_file(sheet)
        return dialog
    return _register(window, work)


def _register(window: MainWindow, work: Path) -> QWidget:
    from tccm_drafter.app.documents import load_submission, record_saved, save_submission
    from tccm_drafter.app.paths import examples_dir
    from tccm_drafter.app.register import set_status
    from tccm_drafter.gui.register_window import RegisterWindow
    from tccm_drafter.model import SubmissionStatus

    folder = work / "Submissions"
    folder.mkdir(parents=True, exist_ok=True)
    for example in sorted(examples_dir().glob("*.tccm")):
        target = folder / example.name
        submission = load_submission(example)
        save_submission(submission, target)
        record_saved(window.paths, None, target, submission, today=window.clock.now().date())
    paper = folder / "position-paper.tccm"
    if paper.exists():
        set_status(
            window.paths,
            paper,
            SubmissionStatus.SENT,
            on=date(2026, 11, 20),
            sent_to="igf-funding@desa.example",
        )
    response = folder / "wsis20-response.tccm"
    if response.exists():
        set_status(window.paths, response, SubmissionStatus.IN_REVIEW, on=date(2026, 11, 21))
    register = RegisterWindow(window)
    select_row(register.table, 1)
    return register

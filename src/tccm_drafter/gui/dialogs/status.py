"""Where a submission stands: drafting, in review, approved or sent (with the day and where)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.dialogs.deadline_fields import from_qdate, to_qdate
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.model import SubmissionStatus


def status_words(status: SubmissionStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {
        SubmissionStatus.DRAFTING: "drafting",
        SubmissionStatus.IN_REVIEW: "in review",
        SubmissionStatus.APPROVED: "approved",
        SubmissionStatus.SENT: "sent",
    }
    return QCoreApplication.translate("Status", words[status])


class StatusDialog(QDialog):
    """Choose a status; for "sent", the day it was sent and to whom or where."""

    def __init__(
        self,
        title: str,
        status: SubmissionStatus,
        *,
        today: date,
        sent_on: date | None = None,
        sent_to: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set Status"))
        self._today = today
        heading = plain_label(title)
        heading.setWordWrap(True)
        form = QFormLayout()
        self.status = QComboBox()
        for choice in SubmissionStatus:
            self.status.addItem(status_words(choice), choice.value)
        self.status.setCurrentIndex(self.status.findData(status.value))
        add_row(form, self.tr("&Status:"), self.status)
        self.sent_on = QDateEdit(to_qdate(sent_on or today))
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("d MMMM yyyy")
        add_row(form, self.tr("Sent &on:"), self.sent_on)
        self.sent_to = add_row(
            form,
            self.tr("Sent &to:"),
            QLineEdit(sent_to),
            self.tr("An address, a web form's page, or the office it went to"),
        )
        self.status.currentIndexChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self._enable()
        self.resize(460, self.sizeHint().height())

    def _enable(self) -> None:
        sent = self.chosen_status() is SubmissionStatus.SENT
        self.sent_on.setEnabled(sent)
        self.sent_to.setEnabled(sent)

    def chosen_status(self) -> SubmissionStatus:
        return SubmissionStatus(str(self.status.currentData()))

    def values(self) -> tuple[SubmissionStatus, date, str | None]:
        """(status, the day: when it was sent, else today; where it was sent: None unless
        sent)."""
        if self.chosen_status() is not SubmissionStatus.SENT:
            return self.chosen_status(), self._today, None
        return SubmissionStatus.SENT, from_qdate(self.sent_on.date()), self.sent_to.text().strip()

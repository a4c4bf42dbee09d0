"""Dialogs of shared libraries: Subscribe to a Shared Library…, a server's login, and the list
of changes Share My Changes… is about to send."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.plaintext import plain_label


@dataclass(frozen=True)
class SubscribeRequest:
    address: str
    branch: str
    name: str
    writable: bool
    username: str
    password: str


class SubscribeDialog(QDialog):
    """The repository's address and branch, the library's name here, writable or not, and a
    login for HTTPS servers that need one (kept in the system's keyring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Subscribe to a Shared Library"))
        intro = plain_label(
            self.tr(
                "The coalition's paragraphs from a git server (GitHub, GitLab, Gitea or your "
                "secretariat's own). They are copied to this computer and stay usable offline; "
                "Library › Sync Shared Libraries brings in later changes."
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://git.example.org/coalition/positions.git")
        self.address.setAccessibleName(self.tr("Repository address"))
        self.branch = QLineEdit("main")
        self.branch.setAccessibleName(self.tr("Branch"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("from the address"))
        self.name.setAccessibleName(self.tr("Name of the library"))
        self.writable = QCheckBox(self.tr("I will change paragraphs here and share them back"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password or token"))
        login_note = plain_label(
            self.tr(
                "Only for HTTPS servers that ask for a login; the password or token is kept in "
                "the system's keyring, never in a file. SSH addresses use your SSH agent."
            )
        )
        login_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Branch:"), self.branch)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.writable)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password or token:"), self.password)
        form.addRow("", login_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.subscribe_button = self.buttons.addButton(
            self.tr("&Subscribe"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._update)
        self.branch.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        ready = bool(self.address.text().strip() and self.branch.text().strip())
        self.subscribe_button.setEnabled(ready)

    def request(self) -> SubscribeRequest:
        return SubscribeRequest(
            self.address.text().strip(),
            self.branch.text().strip(),
            self.name.text().strip(),
            self.writable.isChecked(),
            self.username.text().strip(),
            self.password.text(),
        )


class LoginDialog(QDialog):
    """A user name and a password or token for a server that asked for one."""

    def __init__(self, address: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log In to the Server"))
        text = plain_label(
            self.tr(
                "{0} asks for a user name and a password or token. It is kept in the "
                "system's keyring."
            ).format(address)
        )
        text.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password or token"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password or token:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ShareDialog(QDialog):
    """The paragraphs about to be shared, and as whom."""

    def __init__(
        self, library: str, author: str, lines: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share My Changes"))
        text = plain_label(
            self.tr(
                "These paragraphs changed here since the last sync. They go to “{0}” as one "
                "change by {1}. If the server does not take changes on its main branch, they "
                "go to a branch of their own and you are told how to ask for them to be merged."
            ).format(library, author)
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Paragraphs to share"))
        self.list.addItems(lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share_button = buttons.addButton(
            self.tr("&Share"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

"""Passwords and tokens for shared libraries: the system's keyring, never a file of the app.

macOS Keychain, Windows Credential Locker, the Secret Service on Linux desktops (through the
``keyring`` package). Each secret is kept under the address (without any password) and the
user name; the subscription's state file holds only the user name. SSH addresses need nothing
here: the system's ``ssh`` uses the SSH agent and the user's keys.

Where no keyring works (a server without a desktop session), :class:`KeyringStore` says so
when asked to remember a secret, and the secret is used for that one operation only.
"""

from __future__ import annotations

from typing import Protocol

from tccm_drafter.errors import InputError
from tccm_drafter.sharing.git_remote import Credentials, keyring_service


class CredentialStore(Protocol):
    def get(self, address: str, username: str) -> Credentials | None: ...

    def save(self, address: str, credentials: Credentials) -> None: ...

    def forget(self, address: str, username: str) -> None: ...


class KeyringStore:
    """Secrets in the system's keyring."""

    def get(self, address: str, username: str) -> Credentials | None:
        if not username:
            return None
        import keyring
        import keyring.errors

        try:
            secret = keyring.get_password(keyring_service(address), username)
        except (keyring.errors.KeyringError, RuntimeError):
            return None
        return Credentials(username, secret) if secret else None

    def save(self, address: str, credentials: Credentials) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.set_password(keyring_service(address), credentials.username, credentials.secret)
        except (keyring.errors.KeyringError, RuntimeError) as error:
            raise InputError(
                "this computer has no keyring to keep the password in "
                f"({type(error).__name__}); it was used this once and not kept"
            ) from None

    def forget(self, address: str, username: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(keyring_service(address), username)
        except (keyring.errors.KeyringError, RuntimeError):
            return

"""The shared libraries this computer follows, listed without loading git or the merge code
(the window looks for them once its first frame is on screen; most users have none)."""

from __future__ import annotations

from tccm_drafter.app.paths import AppPaths
from tccm_drafter.errors import InputError
from tccm_drafter.sharing.git_store import Subscription, list_subscriptions


def subscriptions(paths: AppPaths) -> tuple[list[Subscription], list[InputError]]:
    """Every subscription on this computer (by name), and the state files that cannot be read."""
    return list_subscriptions(paths)

"""Where the user's things are and what the app ships: the app's folders (``--home``,
platform folders), the built-in resources, and the file suffixes the front ends offer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tccm_drafter.storage.paths import (
    HOME_ENV,
    AppPaths,
    dictionaries_dir,
    examples_dir,
    icons_dir,
    licenses_dir,
    resources_dir,
    third_party_notices_path,
    user_guide_path,
)

if TYPE_CHECKING:
    from tccm_drafter.sharing.bundle import SUFFIX as BUNDLE_SUFFIX
    from tccm_drafter.storage.submission_file import SUFFIX as SUBMISSION_SUFFIX


def __getattr__(name: str) -> str:
    """The suffixes, read from their formats' modules when first asked for (PEP 562): the
    command line's `library list` and the window's first frame load neither format."""
    if name == "BUNDLE_SUFFIX":
        from tccm_drafter.sharing.bundle import SUFFIX

        return SUFFIX
    if name == "SUBMISSION_SUFFIX":
        from tccm_drafter.storage.submission_file import SUFFIX

        return SUFFIX
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BUNDLE_SUFFIX",
    "HOME_ENV",
    "SUBMISSION_SUFFIX",
    "AppPaths",
    "dictionaries_dir",
    "examples_dir",
    "icons_dir",
    "licenses_dir",
    "resources_dir",
    "third_party_notices_path",
    "user_guide_path",
]

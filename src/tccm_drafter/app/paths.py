"""Where the user's things are and what the app ships: the app's folders (``--home``,
platform folders), the built-in resources, and the file suffixes the front ends offer."""

from __future__ import annotations

from tccm_drafter.sharing.bundle import SUFFIX as BUNDLE_SUFFIX
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
from tccm_drafter.storage.submission_file import SUFFIX as SUBMISSION_SUFFIX

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

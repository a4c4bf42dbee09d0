"""Every test runs with the app's data and settings in its own temporary home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The interface language follows the system's when the settings name none: the tests expect
# the English texts whatever language the machine running them is in.
os.environ["LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point TCCM_DRAFTER_HOME at a fresh folder so no test touches the real user data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TCCM_DRAFTER_HOME", str(home))
    return home

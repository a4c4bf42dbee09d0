"""The standalone app built by `make package` (PyInstaller) runs its smoke test.

Building takes a minute and more, so `make test` does not build: `make package-test` (which CI
runs after `make package`) points TCCM_BUNDLE at the built folder. A data file or module the
build leaves out makes the self-test, and so this test, fail.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from packaging_helpers import run_self_test

BUNDLE_ENV = "TCCM_BUNDLE"
SRC = Path(__file__).resolve().parent.parent / "src"


def imported_qt_modules() -> set[str]:
    """The Qt modules named anywhere in the app's source (QtCore, QtGui, ...)."""
    return {
        name
        for path in SRC.rglob("*.py")
        for name in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))
    }


@pytest.fixture
def bundle() -> Path:
    folder = os.environ.get(BUNDLE_ENV)
    if not folder:
        pytest.skip(f"no built app: `make package-test` sets {BUNDLE_ENV} after `make package`")
    return Path(folder).absolute()


@pytest.mark.slow
def test_built_app_opens_the_example_and_exports_word(bundle: Path, tmp_path: Path) -> None:
    executable = bundle / ("tccm-drafter.exe" if os.name == "nt" else "tccm-drafter")
    assert executable.is_file(), f"{executable} was not built"
    run_self_test([str(executable)], tmp_path)


@pytest.mark.slow
def test_built_app_carries_licences_guide_and_version(bundle: Path) -> None:
    package = bundle / "_internal" / "tccm_drafter"
    if not package.is_dir():  # macOS keeps data in Contents/Resources
        package = next(bundle.rglob("tccm_drafter/resources")).parent
    guide = (package / "docs" / "user-guide.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", guide)
    assert pictures
    for picture in pictures:
        assert (package / "docs" / picture).is_file(), picture
    assert (package / "resources" / "THIRD-PARTY-NOTICES.md").is_file()
    licences = {p.name for p in (package / "resources" / "licenses").iterdir()}
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "Python-LICENSE.txt"} <= licences
    # Only the Qt modules the app imports (all from PySide6-Essentials).
    qt_modules = {
        p.name.split(".")[0]
        for p in package.parent.glob("PySide6/Qt*.*")
        if p.suffix in (".so", ".pyd") and not p.name.startswith("Qt6")  # not Qt's own DLLs
    }
    assert qt_modules == imported_qt_modules()
    # Of Qt's translations only qtbase's in the interface languages (the rest would add
    # megabytes), and the app's own, compiled from resources/translations/*.ts.
    qt_translations = {p.name for p in package.parent.glob("PySide6/Qt/translations/*")}
    assert qt_translations == {"qtbase_fr.qm", "qtbase_es.qm", "qtbase_ar.qm"}
    own = {p.name for p in (package / "resources" / "translations").iterdir()}
    assert {"tccm_drafter_fr.qm", "tccm_drafter_es.qm", "tccm_drafter_ar.qm"} <= own
    assert not any(name.endswith(".ts") for name in own)

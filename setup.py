"""Package discovery for setuptools (everything else is in pyproject.toml), and the compiled
interface translations.

The code lives in src/; templates/ and resources/ live at the top of the repository (easy to
find and review) and are mapped into the package (``package-dir`` in pyproject.toml) as
``tccm_drafter.templates`` and ``tccm_drafter.resources``, and docs/ as ``tccm_drafter.docs``
(the user guide, which Help › User Guide shows). Every package and every data folder is found
here, so a new module or folder is in the wheel without anyone remembering to list it.

The interface translations are kept as Qt .ts files (resources/translations/); building the
package compiles them to .qm with Qt's lrelease, which ships inside PySide6: pyproject.toml
lists PySide6-Essentials among the build requirements, so ``pip install .``, ``python -m
build`` and an install from the sdist compile them in pip's isolated build environment. Where
lrelease cannot be found (``--no-isolation`` without PySide6) the build stops and says so,
since an app without its translations would silently show English; compiled files are never
taken from the source tree, where they could be older than the .ts files.
"""

import importlib.util
import shutil
import subprocess
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

MAPPED = {"tccm_drafter.templates": "templates", "tccm_drafter.resources": "resources"}
TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def _packages() -> list[str]:
    packages = find_packages("src")
    for package, folder in MAPPED.items():
        packages.append(package)
        packages += [f"{package}.{sub}" for sub in find_namespace_packages(folder)]
    # Of docs/ only the user guide and the pictures it shows ship (package-data).
    packages += ["tccm_drafter.docs", "tccm_drafter.docs.screenshots", "tccm_drafter.docs.images"]
    return packages


def _lrelease() -> str | None:
    """Qt's lrelease from the PySide6 of this environment, or one on the PATH."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return str(Path(folder) / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


class BuildWithTranslations(build_py):
    """build_py, then every .ts compiled to .qm in the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ itself (make compiles)
            return
        target = Path(self.build_lib) / "tccm_drafter" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        lrelease = _lrelease()
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if sources and lrelease is None:
            raise SetupError(
                f"cannot compile {sources[0].name}: Qt's lrelease was not found. Build with "
                "pip's build isolation (the default), or install PySide6-Essentials first."
            )
        for source in sources:
            compiled = target / source.with_suffix(".qm").name
            assert lrelease is not None
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
        # Only the compiled files ship: the sources stay in the repository, where translators
        # work on them, and a .qm left in the source tree is never copied as it is.
        names = {source.stem for source in sources}
        for other in target.iterdir():
            if other.suffix == ".ts" or (other.suffix == ".qm" and other.stem not in names):
                other.unlink()


setup(packages=_packages(), cmdclass={"build_py": BuildWithTranslations})

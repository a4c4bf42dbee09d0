"""`make run` and `make test` for machines without make (Windows): the same steps in Python.

    python tools/dev.py run [FILE.tccm]     create .venv, install the app, start it
    python tools/dev.py test [PYTEST ARGS]  create .venv, install, ruff, mypy, the test suite
    python tools/dev.py package             the standalone app in dist/tccm-drafter

(`py -3.12 tools\\dev.py run` on Windows.) Keep the steps in step with the Makefile.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
LINT_PATHS = ["src", "tests", "benchmarks", "tools"]


def _run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    completed = subprocess.run([str(a) for a in args], cwd=ROOT, env=env, check=False)
    if completed.returncode:
        raise SystemExit(completed.returncode)


def ensure_venv(extras: str = "dev") -> None:
    """Create .venv and install the app (editable) when missing or older than pyproject."""
    stamp = VENV / f".installed-{extras.replace(',', '-')}"
    sources = [ROOT / "pyproject.toml", ROOT / "setup.py"]
    if stamp.exists() and all(s.stat().st_mtime <= stamp.stat().st_mtime for s in sources):
        return
    if not PYTHON.exists():
        print(f"+ creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    _run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
    stamp.touch()


def translations() -> None:
    """The interface translations compiled to .qm (make translations)."""
    _run(PYTHON, ROOT / "tools" / "translations.py", "compile")


def run(args: list[str]) -> None:
    ensure_venv()
    translations()
    _run(PYTHON, "-m", "tccm_drafter.gui.launch", *args)


def test(args: list[str]) -> None:
    ensure_venv()
    translations()
    _run(PYTHON, "-m", "ruff", "check", *LINT_PATHS)
    _run(PYTHON, "-m", "ruff", "format", "--check", *LINT_PATHS)
    _run(PYTHON, "-m", "mypy")
    _run(PYTHON, "-m", "pytest", *args, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def package(args: list[str]) -> None:
    ensure_venv("dev,package")
    _run(
        PYTHON,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        "dist",
        "--workpath",
        str(Path("build") / "pyinstaller"),
        str(Path("packaging") / "tccm-drafter.spec"),
        *args,
    )


COMMANDS = {"run": run, "test": test, "package": package}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    COMMANDS[argv[0]](argv[1:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Install the app the ways a Python user does, each in a fresh virtual environment, and use
each installed copy from outside the source tree (`make install-check`; CI runs it).

    python tools/check_install.py [WORK_DIR]

1. `python -m build` (pip's isolated build environment, the default): an sdist and a wheel.
2. `pip install .` from a clean copy of the source, with build isolation.
3. `pip install dist/<sdist>.tar.gz`, with build isolation.
4. `pip install dist/<wheel>.whl`.

Each installed copy then runs `tccm-drafter --version`, exports the example submission it
carries to Word and to plain text, and runs the desktop app's self-test offscreen (the window,
the preview, an export through the window, the guide and the About box). Nothing is imported
from the source tree: the commands run in an empty folder with the venv's own interpreter.
Exits non-zero, naming the step, at the first failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "src", "templates", "resources")
IGNORED = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.qm", "*.pyc")


class CheckFailed(Exception):
    pass


def run(step: str, *args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    print(f"+ [{step}] {' '.join(str(a) for a in args)}", flush=True)
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode:
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
        raise CheckFailed(f"{step}: exit status {done.returncode}")
    return done.stdout


def clean_source(work: Path) -> Path:
    """The source as a fresh clone has it: no build/, no compiled translations, no venv."""
    source = work / "source"
    source.mkdir()
    for name in COPIED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=IGNORED)
        else:
            shutil.copy2(ROOT / name, source / name)
    # docs/: only what the package maps (the user guide and its pictures).
    shutil.copytree(ROOT / "docs", source / "docs", ignore=IGNORED)
    return source


def new_venv(folder: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run("venv", python, "-m", "pip", "install", "--quiet", "--upgrade", "pip", cwd=folder)
    return python


def use(step: str, python: Path, work: Path) -> None:
    """The installed app, run as a user runs it, from an empty folder."""
    here = work / f"use-{step}"
    here.mkdir()
    home = here / "home"
    env = dict(
        os.environ, TCCM_DRAFTER_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONSAFEPATH="1"
    )
    env.pop("PYTHONPATH", None)
    scripts = python.parent
    app = scripts / ("tccm-drafter.exe" if os.name == "nt" else "tccm-drafter")
    version = run(step, app, "--version", cwd=here, env=env)
    if not version.startswith("tccm-drafter "):
        raise CheckFailed(f"{step}: --version printed {version!r}")
    where = run(
        step,
        python,
        "-c",
        "import tccm_drafter, tccm_drafter.storage.paths as p; "
        "print(tccm_drafter.__file__); print(p.examples_dir() / 'wsis20-response.tccm'); "
        "print(sorted(q.name for q in (p.resources_dir() / 'translations').glob('*.qm')))",
        cwd=here,
        env=env,
    ).splitlines()
    if str(ROOT) in where[0]:
        raise CheckFailed(f"{step}: the app was imported from the source tree ({where[0]})")
    example = Path(where[1])
    compiled = [f"tccm_drafter_{language}.qm" for language in ("ar", "es", "fr")]
    if where[2] != repr(compiled):
        raise CheckFailed(f"{step}: compiled translations {where[2]}, expected {compiled}")
    run(step, app, "export", example, "-o", here / "response.docx", cwd=here, env=env)
    run(step, app, "export", example, "-o", here / "response.txt", cwd=here, env=env)
    if "Words:" not in (here / "response.txt").read_text(encoding="utf-8"):
        raise CheckFailed(f"{step}: the plain-text export has no word counts")
    run(step, app, "--self-test", here / "self-test.docx", cwd=here, env=env)
    if (here / "self-test.docx").stat().st_size < 5000:
        raise CheckFailed(f"{step}: the self-test's Word file is too small")
    print(f"  [{step}] {version.strip()} from {where[0]}: version, exports, self-test all good")


def main(argv: list[str]) -> int:
    work = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="tccm-install-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        source = clean_source(work)
        builder = new_venv(work / "venv-build")
        run("build", builder, "-m", "pip", "install", "--quiet", "build", cwd=work)
        dist = work / "dist"
        run("build", builder, "-m", "build", "--outdir", dist, source, cwd=work)
        sdist = next(dist.glob("tccm_drafter-*.tar.gz"))
        wheel = next(dist.glob("tccm_drafter-*.whl"))
        for step, target in (("pip install .", source), ("sdist", sdist), ("wheel", wheel)):
            python = new_venv(work / f"venv-{step.replace(' ', '-').replace('.', 'dot')}")
            run(step, python, "-m", "pip", "install", "--quiet", target, cwd=work)
            use(step.replace(" ", "-").replace(".", "dot"), python, work)
    except CheckFailed as failure:
        print(f"install check failed: {failure}", file=sys.stderr)
        return 1
    print(f"install check passed (work folder: {work})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

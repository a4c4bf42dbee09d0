"""Start the desktop app: check the system libraries Qt needs before Qt starts.

On a Linux desktop without the libraries of Qt's xcb platform plugin, Qt aborts with a
cryptic "could not load the Qt platform plugin" message. This checks for them and names
the packages to install instead. The check (a few runs of ``ldconfig`` and ``ldd``) runs on a
thread while the app's modules load, and is answered before Qt starts (or before an import
of Qt that failed is reported), so it does not delay the window.
"""

from __future__ import annotations

import ctypes.util
import gc
import importlib.util
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

#: (library name for ctypes.util.find_library, Debian/Ubuntu package) that Qt's xcb platform
#: plugin loads; a minimal or server install often lacks some of them.
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-xkb", "libxcb-xkb1"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("EGL", "libegl1"),
    ("GL", "libgl1"),
    ("fontconfig", "libfontconfig1"),
)


def _needs_xcb(env: dict[str, str] | os._Environ[str]) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    # Without an explicit platform Qt picks wayland on a Wayland session, else xcb.
    return not env.get("WAYLAND_DISPLAY")


def missing_system_packages(env: dict[str, str] | os._Environ[str] | None = None) -> list[str]:
    """Packages whose libraries Qt's xcb plugin needs but the system lacks."""
    if not _needs_xcb(os.environ if env is None else env):
        return []
    missing = [package for name, package in XCB_LIBRARIES if ctypes.util.find_library(name) is None]
    return missing + [
        f"(the package providing {lib})"
        for lib in _unresolved_by_plugin()
        if not any(name in lib for name, _ in XCB_LIBRARIES)
    ]


def _unresolved_by_plugin() -> list[str]:
    """Libraries ``ldd`` cannot find for Qt's xcb plugin ([] when ldd or Qt is not there)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None or shutil.which("ldd") is None:
        return []
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return []
    try:
        output = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(
        {line.split("=>")[0].strip() for line in output.splitlines() if "not found" in line}
    )


def no_display(env: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """True when Qt would use xcb but there is no X display to connect to."""
    env = os.environ if env is None else env
    return _needs_xcb(env) and not env.get("DISPLAY")


def _checking_in_background() -> Callable[[], list[str]]:
    """Start :func:`missing_system_packages` on a thread; the function returned waits for its
    answer (and raises what the check raised)."""
    answer: list[list[str]] = []
    failure: list[BaseException] = []

    def check() -> None:
        try:
            answer.append(missing_system_packages())
        except BaseException as error:  # handed to the main thread, raised there
            failure.append(error)

    thread = threading.Thread(target=check, name="system-libraries", daemon=True)
    thread.start()

    def result() -> list[str]:
        thread.join()
        if failure:
            raise failure[0]
        return answer[0]

    return result


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build starting its render worker
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--self-test"]:  # a built copy's smoke test (gui/selftest.py)
        from tccm_drafter.gui.selftest import main as self_test

        return self_test(arguments[1:])
    if no_display():
        print(
            "tccm-drafter: there is no graphical display (DISPLAY is not set).\n"
            "Start it from a desktop session, or on a server with:  xvfb-run tccm-drafter\n"
            "(for the command line, see: tccm-drafter --help)",
            file=sys.stderr,
        )
        return 1
    # No garbage collection while the app loads and builds its window: the full collection it
    # would run in the middle (all of Qt's and the app's objects, 25-40 ms) comes after the
    # first frame instead (gui/app.py turns collection back on).
    gc.disable()
    try:
        missing_packages = _checking_in_background()
        try:
            from tccm_drafter.gui.app import main as app_main
        except ImportError:  # Qt's own libraries missing: name the packages when the check does
            if not missing_packages():
                raise
        missing = missing_packages()
    except BaseException:
        gc.enable()
        raise
    if missing:
        gc.enable()
        packages = [m for m in missing if not m.startswith("(")]
        others = [m for m in missing if m.startswith("(")]
        print(
            "tccm-drafter: the desktop app needs system libraries that are not installed.\n"
            + (f"Install them with:  sudo apt install {' '.join(packages)}\n" if packages else "")
            + ("Also needed: " + ", ".join(others) + "\n" if others else "")
            + "(other distributions: the packages with the same libraries)",
            file=sys.stderr,
        )
        return 1
    return app_main(arguments)


if __name__ == "__main__":
    raise SystemExit(main())

"""Linux desktop integration (packaging/linux): AppStream metainfo, MIME types, desktop entry,
icons, and the per-user installer of the standalone app."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.tccm.Drafter"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.xml"
DESKTOP = LINUX / f"{APP_ID}.desktop"
ICONS = ROOT / "resources" / "icons" / "hicolor"
MIME_TYPES = {"application/x-tccm-submission", "application/x-tccm-library-bundle"}


def needs(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (CI installs it)")
    return found


def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        [needs("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail; information notes (e.g. a tag newer than this appstream) pass.
    issues = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert issues == []


def test_metainfo_names_the_desktop_entry_and_both_file_types() -> None:
    root = etree.parse(str(METAINFO)).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert {m.text for m in root.iter("mediatype")} == MIME_TYPES
    from tccm_drafter import __version__

    if "+" not in __version__:  # an installed version, not a bare source tree
        assert root.find("releases/release").get("version") == __version__


def test_desktop_entry_is_valid_and_claims_the_file_types() -> None:
    result = subprocess.run(
        [needs("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert f"Icon={APP_ID}" in lines
    mime = next(line for line in lines if line.startswith("MimeType="))
    assert set(filter(None, mime.removeprefix("MimeType=").split(";"))) == MIME_TYPES


def build_mime_database(data: Path) -> None:
    packages = data / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy2(MIME, packages)
    result = subprocess.run(
        [needs("update-mime-database"), str(data / "mime")], capture_output=True, text=True
    )
    # It exits 0 even for a broken file; what it prints says whether it understood it.
    assert result.returncode == 0
    for complaint in ("Error", "Failed", "parser error", "Unknown"):
        assert complaint not in result.stderr, result.stderr


def test_mime_types_are_recognised_by_qt(tmp_path: Path) -> None:
    """Build a MIME database from our file alone and ask Qt (a real client) what files are."""
    data = tmp_path / "share"
    build_mime_database(data)
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-tccm-submission:*.tccm" in globs
    assert "application/x-tccm-library-bundle:*.tccmlib" in globs

    unnamed = tmp_path / "no-extension"
    shutil.copy2(ROOT / "resources" / "examples" / "wsis20-response.tccm", unnamed)
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in sys.argv[1:]:\n"
        "    print(db.mimeTypeForFile(name).name())\n"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_DATA_DIRS=str(data))
    result = subprocess.run(
        [sys.executable, "-c", probe, "a.tccm", "b.tccmlib", str(unnamed)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert result.stdout.split() == [
        "application/x-tccm-submission",
        "application/x-tccm-library-bundle",
        "application/x-tccm-submission",  # by its content (magic), without the extension
    ]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icons_at_the_usual_sizes() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)


def test_windows_and_macos_icons_hold_every_size() -> None:
    ico = (ROOT / "packaging" / "windows" / "tccm-drafter.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}  # a width byte of 0 means 256
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    icns = (ROOT / "packaging" / "macos" / "tccm-drafter.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    # 1024-pixel (ic10) and 512-pixel (ic09) images for Retina displays
    assert b"ic10" in icns and b"ic09" in icns


def fake_bundle(folder: Path) -> Path:
    """What `make package` puts in dist/tccm-drafter: the app, install.sh and the files."""
    folder.mkdir()
    for name in ("install.sh", DESKTOP.name, MIME.name, METAINFO.name):
        shutil.copy2(LINUX / name, folder / name)
    app = folder / "tccm-drafter"
    app.write_text("#!/bin/sh\necho the app\n", encoding="utf-8")
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    shutil.copytree(
        ICONS, folder / "_internal" / "tccm_drafter" / "resources" / "icons" / "hicolor"
    )
    return folder


def test_installer_installs_for_the_user_and_uninstalls(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path / "tccm drafter")  # a space in the path, as users have
    data = tmp_path / "share"
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(data))

    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)

    installed = data / "tccm-drafter" / "tccm-drafter"
    assert installed.is_file() and os.access(installed, os.X_OK)
    desktop = data / "applications" / DESKTOP.name
    assert f'Exec="{installed}" %f' in desktop.read_text(encoding="utf-8").splitlines()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0
    assert (data / "mime" / "packages" / MIME.name).is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / METAINFO.name).is_file()
    if shutil.which("update-mime-database"):
        assert "*.tccm" in (data / "mime" / "globs2").read_text(encoding="utf-8")

    subprocess.run(
        ["sh", str(bundle / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not installed.exists() and not desktop.exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").exists()
    assert not (data / "mime" / "packages" / MIME.name).exists()

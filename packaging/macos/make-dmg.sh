#!/bin/sh
# Make the macOS disk image from the app PyInstaller built (run on macOS, after
# `python -m PyInstaller --noconfirm packaging/tccm-drafter.spec`):
#
#   sh packaging/macos/make-dmg.sh 0.1.0      ->  dist/TCCM-Drafter-0.1.0.dmg
#
# The image holds "TCCM Drafter.app" and a link to /Applications to drag it onto. It uses
# create-dmg (brew install create-dmg) for a tidy window when available, else plain hdiutil.
# The app is signed ad hoc only (PyInstaller does that): without an Apple Developer ID and
# notarization, macOS asks the user to confirm the first start (see packaging/README.md).
set -eu
version=${1:?usage: make-dmg.sh VERSION}
app="dist/TCCM Drafter.app"
dmg="dist/TCCM-Drafter-$version.dmg"
[ -d "$app" ] || { echo "make-dmg.sh: $app is missing; build it with PyInstaller first" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
rm -f "$dmg"
if command -v create-dmg >/dev/null 2>&1; then
  create-dmg --volname "TCCM Drafter $version" --volicon packaging/macos/tccm-drafter.icns \
    --window-size 540 360 --icon-size 96 --icon "TCCM Drafter.app" 140 170 \
    --app-drop-link 400 170 --no-internet-enable "$dmg" "$staging"
else
  ln -s /Applications "$staging/Applications"
  hdiutil create -volname "TCCM Drafter $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
fi
echo "$dmg"

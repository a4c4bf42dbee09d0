#!/bin/sh
# Install the standalone TCCM Drafter for the current user, without administrator rights:
# unpack the download, then run  ./install.sh  from its folder (or double-click it and choose
# "Run"). It copies the app to ~/.local/share/tccm-drafter and adds the menu entry, the icon
# and the .tccm / .tccmlib file types. `./install.sh --uninstall` removes all of that again
# (your libraries, profiles and submissions are kept).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=org.tccm.Drafter
dest=$data/tccm-drafter

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$dest"
  rm -f "$data/applications/$app_id.desktop" "$data/mime/packages/$app_id.xml" \
    "$data/metainfo/$app_id.metainfo.xml"
  for icon in "$data"/icons/hicolor/*/apps/"$app_id".png; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  refresh
  echo "TCCM Drafter is uninstalled."
  exit 0
fi

if [ ! -x "$here/tccm-drafter" ]; then
  echo "install.sh: run it from the unpacked TCCM Drafter folder (tccm-drafter is missing)" >&2
  exit 1
fi

# Copy the app (replacing an older copy only once the new one is complete).
mkdir -p "$data"
rm -rf "$dest.new"
cp -R "$here" "$dest.new"
rm -rf "$dest"
mv "$dest.new" "$dest"

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo"
sed "s|^Exec=.*|Exec=\"$dest/tccm-drafter\" %f|" "$here/$app_id.desktop" \
  >"$data/applications/$app_id.desktop"
cp "$here/$app_id.xml" "$data/mime/packages/$app_id.xml"
cp "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
icons=$here/_internal/tccm_drafter/resources/icons/hicolor
for size_dir in "$icons"/*; do
  size=$(basename "$size_dir")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$size_dir/apps/$app_id.png" "$data/icons/hicolor/$size/apps/$app_id.png"
done
refresh
echo "TCCM Drafter is installed: find it in your applications menu, or double-click a .tccm file."

#!/usr/bin/env bash
# Renders the application icon from its one source, assets/icon.svg:
#   assets/icon.png                       512×512, embedded in the binaries (window icon, fyne package)
#   packaging/icons/NxN.png               the hicolor sizes the .deb installs (the 512 one is assets/icon.png)
#   packaging/windows/parley.ico          the NSIS installer's icon, 16–256 px
# Run it (make icons) after editing the SVG and commit the results; make package
# does not render icons, so building packages needs neither tool.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert (imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."

svg=assets/icon.svg
# ImageMagick's own convert, not a wrapper of the same name earlier on PATH.
convert=convert
[[ -x /usr/bin/convert ]] && convert=/usr/bin/convert

rsvg-convert -w 512 -h 512 "$svg" -o assets/icon.png
ico=()
for s in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$s" -h "$s" "$svg" -o "packaging/icons/${s}x${s}.png"
  ico+=("packaging/icons/${s}x${s}.png")
done
"$convert" "${ico[@]}" packaging/windows/parley.ico
echo "icons rendered from $svg"

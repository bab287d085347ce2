#!/usr/bin/env bash
# Renders palmpos.svg into the icon files jpackage takes: PNG (Linux), ICO (Windows), ICNS (macOS).
# The outputs are committed, so builds need none of these tools; run this after editing the SVG.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 128 256 512; do
  rsvg-convert -w "$size" -h "$size" palmpos.svg -o "$tmp/palmpos-$size.png"
done
cp "$tmp/palmpos-256.png" palmpos.png
convert "$tmp"/palmpos-{16,32,48,256}.png palmpos.ico
png2icns palmpos.icns "$tmp"/palmpos-{16,32,128,256,512}.png >/dev/null
ls -l palmpos.png palmpos.ico palmpos.icns

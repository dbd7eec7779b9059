#!/usr/bin/env bash
# Puts the Korean font the generated catalog book, manuals and drawings embed into the build's
# classes (kr/catalog/sample/fonts/), from the npm registry: Noto Sans KR (SIL Open Font Licence
# 1.1) as static TrueType files, in the package @expo-google-fonts/noto-sans-kr. Not from the
# operating system: a machine without any Korean system font still prints Korean (issue 16).
# Why npm: no Maven Central artifact ships a Korean TrueType font; @fontsource packages ship only
# WOFF/WOFF2, which PDFBox and Java2D cannot read. npm's own cache (~/.npm) keeps the 27 MB
# package, so a clean build does not download it again.
# Without npm or the registry the build goes on and says so: MediaFonts then warns at generation
# time that the book and manuals will be English only.
# Usage: fetch-korean-font.sh OUTPUT_CLASSES_DIR WORK_DIR
set -euo pipefail
out="$1/kr/catalog/sample/fonts"
work="$2"
package="@expo-google-fonts/noto-sans-kr@0.4.3"
# The package tarball's SHA-1 as the registry publishes it (npm view ... dist.shasum).
sha1="e1160c7de1b4745d3b33d15a0c7f614df0ffc832"
if [ -s "$out/NotoSansKR-Regular.ttf" ] && [ -s "$out/NotoSansKR-Bold.ttf" ]; then
  exit 0
fi
warn() {
  echo "[WARNING] Korean font not bundled: $1. The generated catalog book, manuals and drawings" \
    "will be English only unless -Dcatalog.media.font names a Korean TrueType font." >&2
  exit 0
}
command -v npm >/dev/null 2>&1 || warn "npm is not installed"
mkdir -p "$work" "$out"
tarball="$work/expo-google-fonts-noto-sans-kr-0.4.3.tgz"
if [ ! -s "$tarball" ]; then
  (cd "$work" && npm pack --silent "$package" >/dev/null 2>"$work/npm-pack.log") ||
    warn "npm pack $package failed (see $work/npm-pack.log)"
fi
actual="$(sha1sum "$tarball" | cut -d' ' -f1)"
[ "$actual" = "$sha1" ] || { rm -f "$tarball"; warn "$package has SHA-1 $actual, not $sha1"; }
tar -xzf "$tarball" -C "$work" package/400Regular/NotoSansKR_400Regular.ttf \
  package/700Bold/NotoSansKR_700Bold.ttf package/LICENSE_FONT
cp "$work/package/400Regular/NotoSansKR_400Regular.ttf" "$out/NotoSansKR-Regular.ttf"
cp "$work/package/700Bold/NotoSansKR_700Bold.ttf" "$out/NotoSansKR-Bold.ttf"
cp "$work/package/LICENSE_FONT" "$out/OFL.txt"

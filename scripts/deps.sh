#!/usr/bin/env bash
# Installs what building Parley needs beyond Go: a C compiler and the X11/GL
# headers Fyne's desktop driver links against. On Debian/Ubuntu it installs
# the missing packages with apt-get (through sudo when not root); elsewhere
# it names them.
set -euo pipefail

# Debian/Ubuntu packages Fyne needs to build (see Fyne's "Getting started").
packages=(gcc pkg-config libgl1-mesa-dev xorg-dev libxkbcommon-dev)
# Tools the tests use (pdftotext, pdfinfo, mutool; appstreamcli and
# desktop-file-validate for the packaging files) and the screenshots need
# (Xvfb, import, xdotool), asked for with --with-tools.
tools=(xvfb xauth imagemagick poppler-utils mupdf-tools xdotool appstream desktop-file-utils)

# What make package uses, asked for with --with-packaging: the MinGW cross
# compiler for the Windows build, NSIS for its setup, xz for fyne's tarball,
# binutils (readelf, strings) for the .deb's dependency check.
# (osslsigncode, for optional signing, is looked for only when signing.)
packaging=(gcc-mingw-w64-x86-64 nsis xz-utils binutils)

want=("${packages[@]}")
case "${1:-}" in
  --with-tools) want+=("${tools[@]}") ;;
  --with-packaging) want+=("${packaging[@]}") ;;
esac

if ! command -v go >/dev/null 2>&1; then
  echo "Go is not installed: get Go 1.26 or newer from your package manager or go.dev/dl." >&2
  exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  if ! command -v gcc >/dev/null 2>&1; then
    echo "Parley needs a C compiler and the X11/OpenGL development headers." >&2
    echo "  Fedora: sudo dnf install gcc libXcursor-devel libXrandr-devel mesa-libGL-devel libXi-devel libXinerama-devel libXxf86vm-devel libxkbcommon-devel" >&2
    echo "  Arch:   sudo pacman -S go xorg-server-devel libxcursor libxrandr libxinerama libxi libxkbcommon" >&2
    echo "  macOS:  xcode-select --install" >&2
    exit 1
  fi
  exit 0
fi

missing=()
for p in "${want[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "Please install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing build dependencies: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

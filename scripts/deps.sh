#!/usr/bin/env bash
# Installs what building Parley needs beyond Go: a C compiler and the OpenGL
# and X11 headers Fyne's desktop driver compiles against. On Debian/Ubuntu it
# says which packages are missing and installs just those with apt-get
# (through sudo when not root); when none is missing it does nothing.
# Elsewhere it names them.
#   --with-tools      also the tools the tests and screenshots use
#   --with-packaging  also what make package uses
set -euo pipefail

# Debian/Ubuntu packages Fyne needs to build, and no more: the C compiler and
# the C library's headers; pkg-config, through which go-gl finds libGL; the
# OpenGL headers; and the X11 headers and libraries that GLFW 3.3 (inside
# Fyne) includes and links for X11 (-lX11 -lXrandr -lXxf86vm -lXi -lXcursor
# -lXinerama). Not the whole xorg-dev, and not libxkbcommon-dev, which only
# GLFW's Wayland build uses.
fyne=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
  libxinerama-dev libxi-dev libxxf86vm-dev)
# Tools the tests use (pdftotext, pdfinfo, mutool; appstreamcli and
# desktop-file-validate for the packaging files; LibreOffice Writer without
# its GUI, to check that a DOCX report opens) and the screenshots need
# (Xvfb, import, xdotool), asked for with --with-tools.
tools=(xvfb xauth imagemagick poppler-utils mupdf-tools xdotool appstream desktop-file-utils libreoffice-writer-nogui pngquant)

# What make package uses, asked for with --with-packaging: the MinGW cross
# compiler for the Windows build, NSIS for its setup, xz for fyne's tarball,
# binutils (readelf, strings) for the .deb's dependency check.
# (osslsigncode, for optional signing, is looked for only when signing.)
packaging=(gcc-mingw-w64-x86-64 nsis xz-utils binutils)

extra=() extra_what=""
case "${1:-}" in
  --with-tools) extra=("${tools[@]}") extra_what="tools for the tests and screenshots" ;;
  --with-packaging) extra=("${packaging[@]}") extra_what="packaging tools for make package" ;;
esac

if ! command -v go >/dev/null 2>&1; then
  echo "Go is not installed: get Go 1.26 or newer from your package manager or go.dev/dl." >&2
  exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  if ! command -v gcc >/dev/null 2>&1; then
    echo "Parley needs a C compiler and the X11/OpenGL development headers." >&2
    echo "  Fedora: sudo dnf install gcc libXcursor-devel libXrandr-devel mesa-libGL-devel libXi-devel libXinerama-devel libXxf86vm-devel" >&2
    echo "  Arch:   sudo pacman -S go xorg-server-devel libxcursor libxrandr libxinerama libxi" >&2
    echo "  macOS:  xcode-select --install" >&2
    exit 1
  fi
  exit 0
fi

# missing PACKAGE...: prints those not installed, one a line.
missing() {
  local p
  for p in "$@"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
      echo "$p"
    fi
  done
}
mapfile -t missing_fyne < <(missing "${fyne[@]}")
mapfile -t missing_extra < <(missing "${extra[@]}")
want=("${missing_fyne[@]}" "${missing_extra[@]}")
[[ ${#want[@]} -eq 0 ]] && exit 0

sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "Please install as root: apt-get install ${want[*]}" >&2
    exit 1
  fi
fi
[[ ${#missing_fyne[@]} -gt 0 ]] && echo "Installing build dependencies for Fyne: ${missing_fyne[*]}"
[[ ${#missing_extra[@]} -gt 0 ]] && echo "Installing $extra_what: ${missing_extra[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${want[@]}"

#!/usr/bin/env bash
# check-depends.sh BINARY NFPM_YAML: checks that the .deb's Depends name the
# package of every shared library BINARY links (readelf NEEDED) or that GLFW
# loads at run time (the libX*.so names in the binary), as dpkg -S finds them
# on this machine. make package runs it before building the .deb.
set -euo pipefail
bin=$1 yaml=$2

libs=$(
  { readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
    strings "$bin" | grep -E '^libX[A-Za-z0-9_-]*\.so\.[0-9]+$' || true; } | sort -u
)
# The Depends list of the YAML: "  - name (>= version)" lines under depends:.
depends=$(sed -n '/^depends:/,/^[a-z]/s/^  - \([a-z0-9.+-]*\).*/\1/p' "$yaml")

cache=$(ldconfig -p)
status=0
for lib in $libs; do
  path=$(awk -v l="$lib" '$1 == l && /x86-64/ {print $NF; exit}' <<<"$cache")
  if [[ -z "$path" ]]; then
    echo "check-depends: $lib is not installed here, cannot tell its package" >&2
    status=1
    continue
  fi
  pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path")
  pkg=${pkg%%:*}
  if ! grep -qx "$pkg" <<<"$depends"; then
    echo "check-depends: $bin needs $lib from $pkg, missing from depends in $yaml" >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "check-depends: Depends cover $(wc -w <<<"$libs") libraries"
exit $status

#!/usr/bin/env bash
# sign.sh FILE: Authenticode-signs a Windows program in place with osslsigncode
# when PARLEY_SIGN_PFX names a PKCS#12 certificate (.pfx/.p12), its password
# in PARLEY_SIGN_PASSWORD (may be empty) and, if set, a timestamp server in
# PARLEY_SIGN_TIMESTAMP_URL. Without PARLEY_SIGN_PFX it says so and leaves
# FILE unsigned. make package calls it for parley.exe, the uninstaller (from
# makensis, !uninstfinalize) and the setup program (!finalize).
set -euo pipefail
file=$1
if [[ -z "${PARLEY_SIGN_PFX:-}" ]]; then
  echo "sign: PARLEY_SIGN_PFX is not set, $(basename "$file") stays unsigned"
  exit 0
fi
if ! command -v osslsigncode >/dev/null; then
  echo "sign: PARLEY_SIGN_PFX is set but osslsigncode is missing (apt-get install osslsigncode)" >&2
  exit 1
fi
ts=()
[[ -n "${PARLEY_SIGN_TIMESTAMP_URL:-}" ]] && ts=(-ts "$PARLEY_SIGN_TIMESTAMP_URL")
tmp="$file.signing"
# The password goes through a pipe, not the command line (ps shows that).
printf '%s' "${PARLEY_SIGN_PASSWORD:-}" |
  osslsigncode sign -pkcs12 "$PARLEY_SIGN_PFX" -readpass - -h sha256 \
    -n "Parley" -i "https://github.com/parley-app/parley" "${ts[@]}" \
    -in "$file" -out "$tmp" >/dev/null
mv "$tmp" "$file"
echo "sign: signed $(basename "$file")"

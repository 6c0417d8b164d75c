#!/usr/bin/env bash
# docs-screenshots.sh BINARY OUTDIR: the window's screenshots for docs/,
# each scene at 1400x900 and 1920x1080 in the dark and the light theme:
# the demo, six White House statements, a readout's two versions (Wording
# view), the two G7 communiqués with a sentence selected and its links
# drawn, and Hebrew and Persian statements beside an English one. Look at
# every PNG before committing it.
set -euo pipefail
bin=$(realpath "$1") out=$2
mkdir -p "$out"
cd "$(dirname "$0")/.."
wh=testdata/corpus/whitehouse-2024-04
six=(
  "$wh/2024-04-13-statement-from-president-joe-biden-on-irans-attacks-against-the-state-of-israel.txt"
  "$wh/2024-04-13-statement-from-nsc-spokesperson-adrienne-watson-on-attacks-against-israel.txt"
  "$wh/2024-04-14-g7-leaders-statement-on-irans-attack-against-israel.txt"
  "$wh/2024-04-16-statement-by-national-security-advisor-jake-sullivan-on-holding-iran-accountable-for-unprecedented-attack-on-israel.txt"
  "$wh/2024-04-18-statement-from-president-joe-biden-on-iran-sanctions.txt"
  "$wh/2024-04-18-readout-of-u-s-israel-strategic-consultative-group.txt"
)
versions=(testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v1_original.txt
  testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v2_revised.txt)
g7=(testdata/corpus/communiques/g7-communique-2023-hiroshima.txt testdata/corpus/communiques/g7-communique-2024-apulia.txt)
rtl=("$wh/2024-04-13-statement-from-president-joe-biden-on-irans-attacks-against-the-state-of-israel.txt"
  testdata/rtl/pmo-spokesperson.he.txt testdata/translation/spokesman-talks.fa.txt)

shot() { # NAME KEYS DELAY FILES...
  local name=$1 keys=$2 delay=$3
  shift 3
  for size in 1400x900 1920x1080; do
    for theme in dark light; do
      SIZE=$size FYNE_THEME=$theme KEYS="$keys" SCREENSHOT_DELAY=$delay \
        scripts/screenshot.sh "$bin" "$out/$name-$size-$theme.png" "$@" >/dev/null
      echo "$out/$name-$size-$theme.png"
    done
  done
}
shot demo "ctrl+Down ctrl+Down ctrl+Down" 5
shot six-statements "ctrl+Down ctrl+Right" 8 "${six[@]}"
shot versions "ctrl+3" 6 "${versions[@]}"
shot g7-communiques "ctrl+Down ctrl+Down ctrl+Down ctrl+Right" 12 "${g7[@]}"
shot right-to-left "ctrl+Down ctrl+Right" 6 "${rtl[@]}"

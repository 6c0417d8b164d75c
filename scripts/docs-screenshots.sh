#!/usr/bin/env bash
# docs-screenshots.sh BINARY OUTDIR: the window's screenshots for docs/,
# each scene at 1400x900 and 1920x1080 in the dark and the light theme:
# the demo, six White House statements, a readout's two versions (Wording
# view), the two G7 communiqués with a sentence selected and its links
# drawn, and Hebrew and Persian statements beside an English one; then each
# other view once, at 1400x900 in the dark theme. PNGs are reduced to 256
# colours when pngquant is there. Look at every PNG before committing it.
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

shot() { # NAME KEYS DELAY FILES... (ONLY="a b" shoots only those names)
  local name=$1 keys=$2 delay=$3
  shift 3
  [[ -z ${ONLY:-} || " $ONLY " == *" $name "* ]] || return 0
  for size in 1400x900 1920x1080; do
    for theme in dark light; do
      if SIZE=$size FYNE_THEME=$theme KEYS="$keys" SCREENSHOT_DELAY=$delay \
        scripts/screenshot.sh "$bin" "$out/$name-$size-$theme.png" "$@" >"$out/.log" 2>&1; then
        echo "$out/$name-$size-$theme.png"
      else
        echo "FAILED $out/$name-$size-$theme.png:" && cat "$out/.log"
      fi
    done
  done
}
shot demo "ctrl+Down ctrl+Down ctrl+Down" 5
shot six-statements "ctrl+Down ctrl+Right" 8 "${six[@]}"
shot versions "ctrl+3" 6 "${versions[@]}"
shot g7-communiques "ctrl+Down ctrl+Down ctrl+Down ctrl+Right" 12 "${g7[@]}"
shot right-to-left "ctrl+Down ctrl+Right" 6 "${rtl[@]}"

view() { # NAME KEYS DELAY FILES...: one view at 1400x900, dark
  local name=$1 keys=$2 delay=$3
  shift 3
  [[ -z ${ONLY:-} || " $ONLY " == *" view-$name "* ]] || return 0
  if SIZE=1400x900 KEYS="$keys" SCREENSHOT_DELAY=$delay scripts/screenshot.sh "$bin" "$out/view-$name.png" "$@" >"$out/.log" 2>&1; then
    echo "$out/view-$name.png"
  else
    echo "FAILED $out/view-$name.png:" && cat "$out/.log"
  fi
}
view topics "ctrl+2" 5
view wording "ctrl+3" 5
view commitments "ctrl+4" 5
view vocabulary "ctrl+5" 5
view timeline "ctrl+6" 12 testdata/corpus/communiques/g7-communique-2021-carbis-bay.txt "${g7[@]}"
view notes "ctrl+Down ctrl+shift+n type:Softer_than_the_White_House_line shift+Return ctrl+7" 5
view preferences "ctrl+comma" 5
if command -v pngquant >/dev/null; then
  pngquant --force --skip-if-larger --ext .png 256 "$out"/*.png || true
fi

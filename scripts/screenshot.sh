#!/usr/bin/env bash
# screenshot.sh BINARY OUT.png [ARGS...]: runs Parley in a 1400x900 (SIZE=WxH) Xvfb
# screen and saves what the screen shows. CLICK="X Y" clicks there first
# (xdotool), e.g. to select a sentence; KEYS="ctrl+3 F7" then presses those
# keys, one second apart (click:X,Y among them clicks there, type:TEXT types
# TEXT); FYNE_THEME=light
# shows the light theme.
set -euo pipefail
bin=$1 out=$2
shift 2
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 ${SIZE:-1400x900}x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$home"; true' EXIT
sleep 1
DISPLAY=$display HOME=$home "$bin" "$@" &
app=$!
sleep "${SCREENSHOT_DELAY:-5}"
if [[ -n "${SIZE:-}" ]]; then # the window fills the screen, as a maximised one would
  for w in $(DISPLAY=$display xdotool search --onlyvisible --name . 2>/dev/null); do
    DISPLAY=$display xdotool windowmove "$w" 0 0 windowsize "$w" "${SIZE%x*}" "${SIZE#*x}" || true
  done
  sleep 2
fi
if [[ -n "${CLICK:-}" ]]; then
  DISPLAY=$display xdotool mousemove $CLICK click 1
  sleep 1
fi
for key in ${KEYS:-}; do
  case $key in
    click:*) xy=${key#click:}; DISPLAY=$display xdotool mousemove ${xy/,/ } click 1 ;; # click:X,Y
    type:*) t=${key#type:}; DISPLAY=$display xdotool type --delay 15 "${t//_/ }" ;;     # type:TEXT, _ for a space
    *) DISPLAY=$display xdotool key "$key" ;;
  esac
  sleep "${KEY_DELAY:-1}"
done
DISPLAY=$display import -window root "$out"
echo "wrote $out"

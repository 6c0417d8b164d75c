#!/usr/bin/env bash
# End-to-end test in a real window: builds the GUI, opens a project of the
# demo statements under Xvfb, exports the comparison PDF through the menu
# shortcut and its dialogs with xdotool key presses, checks the PDF's text
# with pdftotext, and quits with Ctrl+Q. On failure it saves a screenshot of
# the screen and prints its path; E2E_ARTIFACTS names the folder (default: a
# new one under /tmp), kept after the run. Needs Xvfb, xdotool, ImageMagick's
# import and pdftotext (make tools installs them).
set -euo pipefail
# shellcheck source=scripts/xvfb.sh
source "$(dirname "$0")/xvfb.sh"
cd "$(dirname "$0")/.."
GO=${GO:-go}
TITLE="E2E export check"          # typed into the export dialog
SLUG="e2e-export-check"           # the file name the save dialog proposes
WANT=("$TITLE" "G7 leaders' joint statement on Iran's attack" "John Kirby")

art=${E2E_ARTIFACTS:-$(mktemp -d /tmp/parley-e2e.XXXXXX)}
mkdir -p "$art"
work=$(mktemp -d)
home=$work/home
mkdir -p "$home"
log() { echo "e2e: $*"; }

app='' xvfb='' display=''
cleanup() {
	[[ -n $app ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
	[[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
	rm -rf "$work"
	true
}
trap cleanup EXIT

shot() { # shot NAME: a screenshot of the whole screen
	local f="$art/$1.png"
	if [[ -n $display ]] && DISPLAY=$display import -window root "$f" 2>/dev/null; then
		log "screenshot: $f"
	fi
}
fail() {
	log "FAIL: $*"
	shot failure
	if [[ -f $work/parley.out ]]; then
		cp "$work/parley.out" "$art/parley.out"
		log "the window's output ($art/parley.out), last lines:"
		tail -n 20 "$art/parley.out" | sed 's/^/    /'
	fi
	exit 1
}

log "building bin/parley"
$GO build -o bin/parley .
$GO run ./scripts/e2e/mkproject "$work/e2e-demo.parley" "Demo for the e2e test" assets/demo/*.md

start_xvfb "$work" || fail "Xvfb did not start"
log "Xvfb on $display"

export DISPLAY=$display
HOME=$home XDG_CONFIG_HOME=$home/.config bin/parley --debug open "$work/e2e-demo.parley" >"$work/parley.out" 2>&1 &
app=$!

wid=$(timeout 60 xdotool search --sync --onlyvisible --name 'Parley' | head -n1) || fail "no Parley window within 60 s"
log "window $wid: $(xdotool getwindowname "$wid")"
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"

# The window shows the analysis a second or so after it opens; export needs
# it, so each attempt waits a little longer before pressing Ctrl+E.
pdf=
for attempt in 1 2 3; do
	sleep $((attempt * 2))
	kill -0 "$app" 2>/dev/null || fail "Parley exited early"
	xdotool windowfocus "$wid" 2>/dev/null || true
	xdotool key --delay 150 ctrl+e
	sleep 1
	# The export form: Tab to the Title entry, replace the title, Tab past
	# Analyst, Paper, Detail, Format, Version diff and Cancel to "Choose
	# file…", press Space.
	xdotool key --delay 150 Tab ctrl+a
	xdotool type --delay 40 "$TITLE"
	xdotool key --delay 150 Tab Tab Tab Tab Tab Tab Tab space
	sleep 1.5
	[[ $attempt == 1 ]] && shot save-dialog
	# The save dialog opens in the fresh home folder with its file-name
	# entry focused; the Space that pressed the button may have reached the
	# entry too, so the name is typed afresh. Enter saves.
	xdotool key --delay 150 ctrl+a BackSpace
	xdotool type --delay 40 "$SLUG.pdf"
	xdotool key --delay 150 Return
	for _ in $(seq 60); do
		pdf=$(find "$home" -name "$SLUG.pdf" -size +1k 2>/dev/null | head -n1)
		[[ -n $pdf ]] && pdftotext "$pdf" - >/dev/null 2>&1 && break
		pdf=
		sleep 0.5
	done
	[[ -n $pdf ]] && break
	log "attempt $attempt: no PDF yet"
	shot "attempt-$attempt"
	xdotool key Escape Escape Escape # close whatever dialog is open and retry
done
[[ -n $pdf ]] || fail "no report $SLUG.pdf was written under $home"
log "report written: ${pdf#"$home"/} ($(stat -c %s "$pdf") bytes)"
cp "$pdf" "$art/report.pdf"

text=$(pdftotext "$pdf" -)
for want in "${WANT[@]}"; do
	grep -qF "$want" <<<"$text" || fail "the report's text lacks \"$want\""
done
log "the report holds: ${WANT[*]}"
shot exported

xdotool windowfocus "$wid" 2>/dev/null || true
xdotool key --delay 150 ctrl+q
for _ in $(seq 40); do
	kill -0 "$app" 2>/dev/null || break
	sleep 0.25
done
if kill -0 "$app" 2>/dev/null; then
	fail "Parley did not quit on Ctrl+Q"
fi
status=0
wait "$app" || status=$?
app=
[[ $status == 0 ]] || fail "Parley exited with status $status"
grep -q 'level=' "$home/.config/parley/parley.log" || fail "no log file at ~/.config/parley/parley.log"
log "quit cleanly; log file written"
log "PASS (artifacts in $art)"

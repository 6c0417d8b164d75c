#!/usr/bin/env bash
# window-timings.sh BINARY [RUNS]: how fast Parley's window is, under Xvfb
# (1400x900), for the demo and for the two G7 communiqués (about 20,000
# words each), beside a bare five-tab Fyne window as the yardstick.
#
# Each figure is the median of RUNS runs (default 5), in milliseconds from
# the moment the script acted (launched, clicked, pressed a key) to the
# window's next frame, as the app reports it on stderr with
# PARLEY_TRACE_STARTUP=1 ("trace: NAME unix_ms=…", ui/startup.go):
#   first     launch → first frame painted
#   analysis  launch → the analysis on screen (tints, legend)
#   click     a click on a sentence → its selection painted
#   tab N     Ctrl+N → that view painted (first visit: 2 Topics, 3 Wording,
#             4 Commitments, 5 Vocabulary; then 1 back to Side by Side)
#   scroll    ten wheel steps down the first pane, sent at once → the frame
#             that shows them (a Ctrl+Shift+F12 "ping" sent after them is
#             reported with the first frame painted once they are handled)
# and the resident memory (VmRSS) 2 s after the tab switches; in a run of
# its own, 5 s after the analysis is on screen (settled), then 6 s after a soak
# of SOAK rounds (default 30) of Ctrl+1…5, a click and a scroll each.
#
# LOAD=N runs N busy processes beside the window for the whole script (the
# issue's "parallel load"); CLICK="X Y" moves the click (default 400 380: a
# sentence in the first pane); BARE=FILE uses that bare-window binary
# instead of building internal/cmd/barewindow; VERBOSE=1 prints each run's
# figures to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1") runs=${2:-5}
soak=${SOAK:-30} click=${CLICK:-400 380}
pair=(testdata/corpus/communiques/g7-communique-2023-hiroshima.txt testdata/corpus/communiques/g7-communique-2024-apulia.txt)

work=$(mktemp -d)
display=:$((200 + RANDOM % 50))
xvfb= app= loaders=()
cleanup() {
	[[ -n $app ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
	for l in "${loaders[@]}"; do kill "$l" 2>/dev/null; done
	[[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
	rm -rf "$work"
	true
}
trap cleanup EXIT
bare=${BARE:-}
if [[ -z $bare ]]; then
	bare=$work/barewindow
	go build -o "$bare" ./internal/cmd/barewindow
fi
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
for _ in $(seq "${LOAD:-0}"); do
	sh -c 'while :; do :; done' &
	loaders+=($!)
done

now() { date +%s%3N; }

# wait_trace NAME N: the unix_ms of the Nth "trace: NAME" line, once it is
# there (empty after 20 s without it).
wait_trace() {
	local line
	for _ in $(seq 1000); do
		line=$(grep "^trace: $1 " "$work/log" | sed -n "$2p" || true)
		if [[ -n $line ]]; then
			sed 's/.*unix_ms=\([0-9]*\).*/\1/' <<<"$line"
			return
		fi
		sleep 0.02
	done
}

# since T0 NAME N: milliseconds from T0 to the Nth NAME frame ("-" if none).
since() {
	local t
	t=$(wait_trace "$2" "$3")
	if [[ -n $t ]]; then echo $((t - $1)); else echo -; fi
}

launch() { # launch ARGS...: starts the window, sets app and t0
	local home=$work/home
	rm -rf "$home" && mkdir -p "$home"
	: >"$work/log"
	t0=$(now)
	DISPLAY=$display HOME=$home PARLEY_TRACE_STARTUP=1 "$@" 2>"$work/log" &
	app=$!
}

quit() {
	kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
	app=
}

rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$app/status"; }

key() { DISPLAY=$display xdotool key "$1"; }

# One run of Parley: every figure, space-separated in the header's order.
run_parley() {
	launch "$bin" "$@"
	local first analysis clk out t tabs=0
	first=$(since "$t0" first-frame 1)
	analysis=$(since "$t0" analysis 1)
	sleep 1
	t=$(now)
	DISPLAY=$display xdotool mousemove $click click 1
	clk=$(since "$t" click 1)
	out="$first $analysis $clk"
	for k in 2 3 4 5 1; do
		sleep 0.5
		tabs=$((tabs + 1))
		t=$(now)
		key "ctrl+$k"
		out="$out $(since "$t" tab $tabs)"
	done
	sleep 0.5
	DISPLAY=$display xdotool mousemove $click
	t=$(now)
	DISPLAY=$display xdotool click --repeat 10 --delay 1 5 key ctrl+shift+F12
	out="$out $(since "$t" ping 1)"
	sleep 2
	echo "$out $(rss)"
	quit
}

# The soak: RSS once settled, then after SOAK rounds of views, clicks and
# scrolling.
run_soak() {
	launch "$bin" "$@"
	wait_trace analysis 1 >/dev/null
	sleep 5
	local settled
	settled=$(rss)
	for _ in $(seq "$soak"); do
		for k in 1 2 3 4 5; do key "ctrl+$k"; sleep 0.1; done
		key ctrl+1
		sleep 0.2
		DISPLAY=$display xdotool mousemove $click click 1 click --repeat 5 5
		sleep 0.2
	done
	sleep 6 # settled again, as before the soak
	echo "rss settled $settled MB, after $soak soak rounds $(rss) MB"
	quit
}

median() { # median of the numbers in $@ ("-" when none)
	printf '%s\n' "$@" | { grep -v '^-$' || true; } | sort -n | awk '{v[NR]=$1} END {if (NR) print v[int((NR+1)/2)]; else print "-"}'
}

# report NAME: medians of the collected columns of rows[].
report() {
	local name=$1 col vals
	printf '%-10s' "$name"
	for col in $(seq 1 10); do
		vals=()
		for row in "${rows[@]}"; do vals+=("$(cut -d' ' -f"$col" <<<"$row")"); done
		printf ' %9s' "$(median "${vals[@]}")"
	done
	echo
}

echo "window-timings: $bin, $runs runs, Xvfb 1400x900, LOAD=${LOAD:-0}, $(uptime | sed 's/.*load/load/')"
barefirst=()
for _ in $(seq "$runs"); do
	launch "$bare"
	barefirst+=("$(since "$t0" first-frame 1)")
	quit
done
bare_median=$(median "${barefirst[@]}")
echo "bare Fyne window (5 tabs): first frame $bare_median ms (runs: ${barefirst[*]})"
echo "medians, ms (rss: MB 2 s after the tab switches)"
printf '%-10s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s\n' "" first analysis click "tab 2" "tab 3" "tab 4" "tab 5" "tab 1" scroll rss
for scenario in demo pair; do
	rows=()
	for _ in $(seq "$runs"); do
		if [[ $scenario == demo ]]; then rows+=("$(run_parley demo)"); else rows+=("$(run_parley open "${pair[@]}")"); fi
		[[ -n ${VERBOSE:-} ]] && echo "  run: ${rows[-1]}" >&2
	done
	report "$scenario"
	first=$(median "$(for r in "${rows[@]}"; do cut -d' ' -f1 <<<"$r"; done)")
	[[ $first != - && $bare_median != - ]] && echo "           first frame / bare window: $(awk -v a="$first" -v b="$bare_median" 'BEGIN {printf "%.2f", a/b}')"
done
echo "soak, communiqués: $(run_soak open "${pair[@]}")"
echo "after: $(uptime | sed 's/.*load/load/')"

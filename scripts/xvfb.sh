# shellcheck shell=bash disable=SC2034 # sets xvfb and display for the script that sources it
# xvfb.sh, sourced by e2e.sh and soak.sh: start_xvfb WORKDIR starts a
# 1400x900 Xvfb on a free display (Xvfb picks it and writes its number to
# fd 3) and sets xvfb (its pid) and display (":N"); it returns 1, with
# Xvfb's own words on stderr, when the server does not come up.
start_xvfb() {
	local work=$1
	Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.out" 2>&1 3>"$work/display" &
	xvfb=$!
	for _ in $(seq 100); do
		[[ -s $work/display ]] && break
		sleep 0.1
	done
	if [[ ! -s $work/display ]]; then
		cat "$work/xvfb.out" >&2
		return 1
	fi
	display=:$(head -n1 "$work/display")
}

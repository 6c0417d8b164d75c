#!/usr/bin/env bash
# startup-time.sh BINARY [RUNS]: starts Parley with the demo in a fresh Xvfb
# screen RUNS times and prints how long each took until the first analysis
# was on screen (the window is then usable).
set -euo pipefail
bin=$1 runs=${2:-5}
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
for i in $(seq "$runs"); do
  home=$(mktemp -d)
  log=$(mktemp)
  DISPLAY=$display HOME=$home PARLEY_TRACE_STARTUP=1 "$bin" demo 2>"$log" &
  app=$!
  for _ in $(seq 100); do grep -q "startup:" "$log" && break; sleep 0.1; done
  grep "startup:" "$log" || echo "run $i: no trace"
  kill $app; wait $app 2>/dev/null || true
  rm -rf "$home" "$log"
done

#!/usr/bin/env bash
# Runs every fuzz target of the module for FUZZTIME each (go test -fuzz takes
# one target per run), then prints a table: each target's executions, new
# interesting inputs, and its result — ok, FOUND (a failing input, saved
# by go test under the package's testdata/fuzz/FuzzName/, where plain
# `go test` and so make test replays it from then on: fix the bug and
# commit the file as its regression seed), or FUZZER (go test's fuzzing
# itself ended in error with no failing input, such as "context deadline
# exceeded" at shutdown: not a bug of Parley's, run the target again).
# Usage: FUZZTIME=30s scripts/fuzz.sh [PACKAGE_DIR...]   (make fuzz, make fuzz-long)
set -uo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-30s}
# Minimising each new interesting input for the default 60 s stalls the
# targets with large seeds (DOCX, PDF) for most of a short run; a bounded
# number of tries keeps them fuzzing.
FUZZMINIMIZETIME=${FUZZMINIMIZETIME:-200x}
GO=${GO:-go}
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
	mapfile -t dirs < <(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u)
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rows=() found=0 fuzzer=0 total=0 n=0 start=$SECONDS
for dir in "${dirs[@]}"; do
	for target in $(grep -h -o '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go | sed 's/^func //' | sort -u); do
		n=$((n + 1))
		echo "== $dir $target ($FUZZTIME)"
		$GO test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime "$FUZZMINIMIZETIME" "$dir" >"$out" 2>&1
		code=$?
		tail -n 25 "$out"
		# The last progress line: "fuzz: elapsed: 30s, execs: 123456 (4115/sec), new interesting: 3 (total: 120)".
		execs=$(grep -o 'execs: [0-9]*' "$out" | tail -1 | grep -o '[0-9]*' || true)
		interesting=$(grep -o 'new interesting: [0-9]*' "$out" | tail -1 | grep -o '[0-9]*' || true)
		result=ok
		if [ $code -ne 0 ]; then
			if grep -q 'Failing input written to' "$out"; then
				result=FOUND found=$((found + 1))
			else
				result=FUZZER fuzzer=$((fuzzer + 1))
			fi
		fi
		total=$((total + ${execs:-0}))
		rows+=("$(printf '%-28s %-34s %14s %8s  %s' "$dir" "$target" "${execs:-?}" "${interesting:-?}" "$result")")
	done
done
echo
printf '%-28s %-34s %14s %8s  %s\n' package target executions new result
printf '%s\n' "${rows[@]}"
echo "fuzzed $n targets for $FUZZTIME each: $total executions in $(((SECONDS - start) / 60)) min; $found found a failing input, $fuzzer ended in a fuzzer error"
if [ $found -gt 0 ]; then
	echo "the failing inputs are under each package's testdata/fuzz/"
	exit 1
fi

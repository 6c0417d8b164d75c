#!/usr/bin/env bash
# Runs every fuzz target of the module for FUZZTIME each (go test -fuzz takes
# one target per run). A failing input is saved by go test under the
# package's testdata/fuzz/FuzzName/, where plain `go test` (and so make test)
# replays it from then on: fix the bug and commit the file as its regression
# seed. Usage: FUZZTIME=30s scripts/fuzz.sh [PACKAGE_DIR...]
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
failed=()
n=0
for dir in "${dirs[@]}"; do
	for target in $(grep -h -o '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go | sed 's/^func //' | sort -u); do
		n=$((n + 1))
		echo "== $dir $target ($FUZZTIME)"
		if ! $GO test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime "$FUZZMINIMIZETIME" "$dir" 2>&1 | tail -n 25; then
			failed+=("$dir $target")
		fi
	done
done
echo "fuzzed $n targets for $FUZZTIME each; ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
	printf '  FAILED: %s\n' "${failed[@]}"
	echo "the failing inputs are under each package's testdata/fuzz/"
	exit 1
fi

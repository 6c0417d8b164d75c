package cli

import (
	"io"
	"testing"
)

// BenchmarkDiffCommand times `parley diff` in-process, the part of the
// command's run time that is Parley's own (start-up of the binary aside).
func BenchmarkDiffCommand(b *testing.B) { benchDiff(b) }

// BenchmarkDiffJSONCommand is `parley diff --json`, the form scripts read.
func BenchmarkDiffJSONCommand(b *testing.B) { benchDiff(b, "--json") }

func benchDiff(b *testing.B, flags ...string) {
	a, r := "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt", "../compare/worddiff/testdata/hiroshima-revised.txt"
	env := Env{Stdout: io.Discard, Stderr: io.Discard}
	args := append(append([]string{"diff"}, flags...), a, r)
	b.ReportAllocs()
	for b.Loop() {
		if code := Run(args, env); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

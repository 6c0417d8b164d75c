package cli

import (
	"io"
	"testing"
)

// BenchmarkDiffCommand times `parley diff` in-process, the part of the
// command's run time that is Parley's own (start-up of the binary aside).
func BenchmarkDiffCommand(b *testing.B) {
	a, r := "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt", "../compare/worddiff/testdata/hiroshima-revised.txt"
	env := Env{Stdout: io.Discard, Stderr: io.Discard}
	b.ReportAllocs()
	for b.Loop() {
		if code := Run([]string{"diff", a, r}, env); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

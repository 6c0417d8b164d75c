package ui

import (
	"testing"
)

// TestPairRowsMeasuredInLaterTurns: of two communiqués' pairs, the first
// rows are measured at once and the others estimated until later turns of
// the event loop have measured them all; a measure that a newer one
// overtook stops.
func TestPairRowsMeasuredInLaterTurns(t *testing.T) {
	p := versionsProject(t, "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt", "../testdata/corpus/communiques/g7-communique-2024-apulia.txt")
	ws := newTestWorkspace(t, p, "")
	ws.tabs.SelectIndex(wordingTab)
	v := ws.wording
	ws.bg.settle()
	if len(v.pairs) <= measuredAtOnce || v.pairWidth <= 0 {
		t.Fatalf("%d pairs at width %.0f; want more than %d, laid out", len(v.pairs), v.pairWidth, measuredAtOnce)
	}
	exact := func(i int, w float32) float32 {
		_, h := pairHeights(v.pairs[i], w)
		return h
	}
	checkExact := func(when string, w float32) {
		t.Helper()
		if len(v.pairRowHeights) != len(v.pairs) {
			t.Fatalf("%s: %d heights for %d pairs", when, len(v.pairRowHeights), len(v.pairs))
		}
		for i := range v.pairs {
			if got, want := v.pairRowHeights[i], exact(i, w); got != want {
				t.Fatalf("%s: row %d is %.1f high, measured %.1f", when, i, got, want)
			}
		}
	}
	checkExact("settled", v.pairWidth)

	narrow := v.pairWidth - 250
	v.setPairWidth(narrow)
	estimated, off := 0, float32(0)
	for i := range v.pairs {
		want := exact(i, narrow)
		if i < measuredAtOnce && v.pairRowHeights[i] != want {
			t.Errorf("row %d, measured at once: %.1f, want %.1f", i, v.pairRowHeights[i], want)
		}
		if i >= measuredAtOnce && v.pairRowHeights[i] != want {
			estimated++
		}
		off += abs32(v.pairRowHeights[i] - want)
	}
	if estimated == 0 {
		t.Error("before the later turns measured them, no row was an estimate")
	}
	if mean := off / float32(len(v.pairs)); mean > 20 {
		t.Errorf("the estimates are %.1f off on average; want within a line or so", mean)
	}
	v.setPairWidth(narrow - 100) // overtakes the measure under way
	ws.bg.settle()
	checkExact("after two widths", narrow-100)
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

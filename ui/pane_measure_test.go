package ui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/statement"
)

// TestPlainPaneMeasuresLater: before the analysis, a long text's rows past
// the first screenful are estimated, then measured in later turns; once
// the turns have run, every height is the measured one, the tops follow
// them, and a new width makes the old turns stop.
func TestPlainPaneMeasuresLater(t *testing.T) {
	test.NewTempApp(t)
	data, err := os.ReadFile("../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt")
	if err != nil {
		t.Fatal(err)
	}
	st, _ := statement.ParseStatement("h.txt", data)
	var turns []func()
	p := newPane(st)
	p.later = func(f func()) { turns = append(turns, f) }
	p.setWidth(334)
	if len(p.items) <= paneRowsAtOnce || len(turns) != 1 {
		t.Fatalf("%d items, %d turns queued: want more items than measured at once, and a turn", len(p.items), len(turns))
	}
	exact := newPane(st) // no later: measured at once
	exact.setWidth(334)
	for i := range paneRowsAtOnce {
		if p.heights[i] != exact.heights[i] {
			t.Fatalf("row %d: %v before the turns, want it measured at once (%v)", i, p.heights[i], exact.heights[i])
		}
	}
	estimated := 0
	for i := paneRowsAtOnce; i < len(p.items); i++ {
		if p.heights[i] != exact.heights[i] {
			estimated++
		}
		if p.heights[i] <= 0 {
			t.Fatalf("row %d estimated at %v", i, p.heights[i])
		}
	}
	if estimated == 0 {
		t.Error("no row past the first screenful was estimated")
	}

	stale := turns
	turns = nil
	p.setWidth(500) // a new width: the 334 turns must stop
	exact.setWidth(500)
	for _, f := range stale {
		f()
	}
	if len(turns) != 1 {
		t.Fatalf("%d turns queued after the width changed, want the new measure's one", len(turns))
	}
	for len(turns) > 0 {
		f := turns[0]
		turns = turns[1:]
		f()
	}
	for i := range p.items {
		if p.heights[i] != exact.heights[i] {
			t.Fatalf("row %d: %v after the turns, want %v", i, p.heights[i], exact.heights[i])
		}
	}
	if last := len(p.items) - 1; p.tops[last] != exact.tops[last] {
		t.Errorf("last top %v after the turns, want %v", p.tops[last], exact.tops[last])
	}
}

package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
)

func TestManualAlignmentPersists(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	knew := rowContaining(t, ws, "kirby", "knew exactly")
	equation := rowContaining(t, ws, "iran", "new equation")
	if len(ws.result.Counterparts(knew.id)) != 0 {
		t.Fatal("the demo already aligns these; pick others")
	}
	ws.startPairing(knew.id)
	tapRow(equation)
	ws.bg.settle()
	var manual *compare.Pair
	for i, p := range ws.result.Pairs {
		if p.A == knew.id && p.B == equation.id {
			manual = &ws.result.Pairs[i]
		}
	}
	if manual == nil || !manual.Manual {
		t.Fatalf("manual alignment missing after re-analysis: %+v", manual)
	}
	tapRow(rowContaining(t, ws, "kirby", "knew exactly"))
	if !strings.Contains(ws.details.text(), "aligned by the analyst") {
		t.Errorf("the details do not mark the alignment as the analyst's:\n%s", ws.details.text())
	}

	path := filepath.Join(t.TempDir(), "manual.parley")
	ws.saveTo(path)
	p, err := project.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	again := newTestWorkspace(t, p, path)
	found := false
	for _, pair := range again.result.Pairs {
		found = found || pair.Manual && pair.A == knew.id && pair.B == equation.id
	}
	if !found {
		t.Error("the manual alignment did not survive save and load")
	}

	again.unpair(knew.id, equation.id)
	again.bg.settle()
	for _, pair := range again.result.Pairs {
		if pair.A == knew.id && pair.B == equation.id {
			t.Error("unpair left the alignment in place")
		}
	}
}

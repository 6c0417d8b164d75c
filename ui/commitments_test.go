package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestCommitmentGridAndList(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	v := ws.commits
	rows, cols := v.tableSize()
	if rows < 4 || cols < 4 {
		t.Fatalf("grid is %d actors × %d topics; the demo has commitments by the US, the G7, Israel and Iran", rows, cols)
	}
	found := false
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			cell, ok := v.cell(widget.TableCellID{Row: r, Col: c})
			if ok && cell.Actor == "Iran" && cell.Topic == "retaliation" && strings.Contains(cell.Summary, "conditional") {
				found = true
			}
		}
	}
	if !found {
		t.Error("the grid lacks Iran's conditional threat under retaliation")
	}

	v.filter.SetText("iran conditional")
	if len(v.shown) != 1 || !strings.Contains(v.describe(v.shown[0]), "if Israel retaliates") {
		t.Fatalf("filter 'iran conditional' shows %d commitments", len(v.shown))
	}
	ws.tabs.SelectIndex(2)
	v.list.Select(0)
	if ws.tabs.SelectedIndex() != 0 || ws.selected != v.shown[0].Sentence {
		t.Errorf("clicking a commitment should show its sentence selected side by side (tab %d, selected %q)",
			ws.tabs.SelectedIndex(), ws.selected)
	}
	if !strings.Contains(ws.details.text(), "Commitment: Iran — conditional (median)") {
		t.Errorf("details lack the commitment:\n%s", ws.details.text())
	}
}

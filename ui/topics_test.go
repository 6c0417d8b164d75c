package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestTopicsTable(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(topicsTab)
	v := ws.topics
	rows, cols := v.size()
	if cols != 5 || rows < 8 {
		t.Fatalf("topics table is %d × %d", rows, cols)
	}
	condemnation, iran := -1, -1
	for r, topic := range v.rows {
		if topic.ID == "condemnation" {
			condemnation = r
		}
	}
	for c, st := range ws.result.Statements {
		if st.ID == "iran" {
			iran = c
		}
	}
	cell := newTextCell(false)
	v.updateCell(widget.TableCellID{Row: condemnation, Col: iran}, cell)
	if cell.Text() != "not addressed" {
		t.Errorf("Iran × condemnation shows %q, want \"not addressed\"", cell.Text())
	}
	header := newTextCell(true)
	escalation := -1
	for r, topic := range v.rows {
		if topic.ID == "escalation" {
			escalation = r
		}
	}
	v.updateHeader(widget.TableCellID{Row: escalation, Col: -1}, header)
	if !strings.Contains(header.Text(), "Escalation and restraint") || !strings.Contains(header.Text(), "pairs · best") {
		t.Errorf("row header %q lacks the label or the pair summary", header.Text())
	}
	ws.tabs.SelectIndex(1)
	v.selected(widget.TableCellID{Row: escalation, Col: 0})
	if ws.tabs.SelectedIndex() != 0 || !strings.HasPrefix(ws.selected, "white-house:") {
		t.Errorf("clicking a cell should reveal its passage: tab %d, selected %q", ws.tabs.SelectedIndex(), ws.selected)
	}
}

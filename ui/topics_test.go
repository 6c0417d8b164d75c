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

// TestTopicsTableFitsWindow: at 1400×900 the demo's five statements are all
// in view, and every cell is tall enough for its text, cut (if at all)
// between words.
func TestTopicsTableFitsWindow(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(topicsTab)
	ws.bg.settle()
	v := ws.topics
	visible := v.slot.Size().Width
	if visible < 800 {
		t.Fatalf("the table has %.0f px, the test expects a 1400 px window", visible)
	}
	rows, cols := v.size()
	used := v.table.Size().Width - visible // the table fills the slot
	total := float32(0)
	widths := map[int]float32{}
	for c := -1; c < cols; c++ {
		w := v.fitted.columnWidth(c)
		widths[c] = w
		total += w
	}
	if total > visible+used {
		t.Errorf("columns take %.0f px of %.0f: not every statement is in view", total, visible)
	}
	cell := newTextCell(false)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			v.updateCell(widget.TableCellID{Row: r, Col: c}, cell)
			text := cell.Text()
			if need := cellHeight(text, widths[c], false); need > v.fitted.rowHeight(r)+0.5 {
				t.Errorf("row %d, column %d needs %.0f px for %q, has %.0f", r, c, need, text, v.fitted.rowHeight(r))
			}
			if strings.HasSuffix(text, "…") && !strings.HasSuffix(strings.TrimSuffix(text, "…"), " ") {
				words := strings.Fields(strings.TrimSuffix(text, "…"))
				last := words[len(words)-1]
				if !strings.Contains(ws.result.Sentence(v.passages(widget.TableCellID{Row: r, Col: c})[0]).Text, last+" ") {
					t.Errorf("cell %q is cut mid-word", text)
				}
			}
		}
	}
}

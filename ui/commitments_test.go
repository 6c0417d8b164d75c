package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestCommitmentGridAndList(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(commitmentsTab)
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

// TestCommitmentDifferences: the Commitments view lists the analysis's
// commitment gaps, widest first, then the silences, and a row leads to its
// passage side by side.
func TestCommitmentDifferences(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(commitmentsTab)
	v, an := ws.commits, ws.result
	if len(an.CommitmentGaps) == 0 || len(an.Silences) == 0 {
		t.Fatalf("the demo has %d gaps and %d silences; want some of each", len(an.CommitmentGaps), len(an.Silences))
	}
	g := v.gaps
	if len(g.rows) != len(an.CommitmentGaps)+len(an.Silences) || v.lists.Items[1].Text != fmt.Sprintf("Differences (%d)", len(g.rows)) {
		t.Fatalf("%d rows under %q, want %d gaps + %d silences", len(g.rows), v.lists.Items[1].Text, len(an.CommitmentGaps), len(an.Silences))
	}
	first := an.CommitmentGaps[0]
	if !strings.Contains(g.rows[0].text, first.Summary) || g.rows[0].sentence != first.A {
		t.Errorf("first row %+v, want the widest gap %+v", g.rows[0], first)
	}
	last := g.rows[len(g.rows)-1]
	silence := an.Silences[len(an.Silences)-1]
	if !strings.Contains(last.text, "no commitment: "+strings.Join(silence.Silent, ", ")) {
		t.Errorf("last row %q, want the silence on %s", last.text, silence.Topic)
	}
	ws.tabs.SelectIndex(3) // Commitments
	g.list.Select(0)
	if ws.tabs.SelectedIndex() != 0 || ws.selected != first.A {
		t.Errorf("a difference should show its passage side by side (tab %d, selected %q)", ws.tabs.SelectedIndex(), ws.selected)
	}
}

// TestCommitmentGridKeepsStatementsApart: the G7's two communiqués are two
// rows of the grid, each named by its statement and date, and the
// Differences tab says how the G7's commitments changed between them.
func TestCommitmentGridKeepsStatementsApart(t *testing.T) {
	p := versionsProject(t, "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt", "../testdata/corpus/communiques/g7-communique-2024-apulia.txt")
	ws := newTestWorkspace(t, p, "")
	ws.tabs.SelectIndex(commitmentsTab)
	v, an := ws.commits, ws.result
	rows, _ := v.tableSize()
	var labels []string
	for r := 0; r < rows; r++ {
		l := newTextCell(true)
		v.updateHeader(widget.TableCellID{Row: r, Col: -1}, l)
		labels = append(labels, l.Text())
	}
	joined := strings.Join(labels, "\n")
	if rows != 2 || !strings.Contains(joined, "2023-05-20") || !strings.Contains(joined, "2024-06-14") {
		t.Fatalf("grid rows:\n%s\nwant the G7 of 2023 and the G7 of 2024 apart", joined)
	}
	if len(an.CommitmentShifts) == 0 {
		t.Fatal("no shift between the communiqués")
	}
	text := ""
	for _, r := range v.gaps.rows {
		text += r.text + "\n"
	}
	if !strings.Contains(text, an.CommitmentShifts[0].Describe(an.Name)) || v.gaps.count() != len(v.gaps.rows) {
		t.Errorf("the Differences tab lacks the shifts:\n%s", text)
	}
}

// TestCommitmentsNameStatements: the commitment list, its differences and
// the grid's row headers name statements by title, never by their ids.
func TestCommitmentsNameStatements(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	ws.tabs.SelectIndex(commitmentsTab)
	ws.bg.settle()
	v := ws.commits
	var lines []string
	for _, c := range v.an.Commitments {
		lines = append(lines, v.describe(c))
	}
	for _, r := range v.gaps.rows {
		lines = append(lines, r.text)
	}
	labels := map[string]bool{}
	for _, r := range v.an.CommitmentGrid.Rows {
		l := v.an.RowLabel(r)
		lines = append(lines, l)
		if labels[l] {
			t.Errorf("two rows of the grid read %q", l)
		}
		labels[l] = true
	}
	if len(v.an.Commitments) == 0 {
		t.Fatal("the readout's versions have no commitments: the test needs some")
	}
	for _, l := range lines {
		for _, st := range v.an.Statements {
			if strings.Contains(l, "("+st.ID+")") || strings.Contains(l, st.ID+":") {
				t.Errorf("%q names a statement by its id %q", l, st.ID)
			}
		}
	}
}

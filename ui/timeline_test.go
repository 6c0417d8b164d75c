package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func g7Series(t *testing.T) *Workspace {
	t.Helper()
	return newTestWorkspace(t, versionsProject(t, "../testdata/corpus/communiques/g7-communique-2024-apulia.txt",
		"../testdata/corpus/communiques/g7-communique-2021-carbis-bay.txt", "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt"), "")
}

// The Timeline view of the three G7 communiqués: in date order whatever
// the panes' order, Iran a row across all three (first said in 2021,
// reworded in 2023), the G7's commitments a row, and a cell leads to its
// passage side by side.
func TestTimelineView(t *testing.T) {
	ws := g7Series(t)
	ws.tabs.SelectIndex(timelineTab)
	ws.bg.settle()
	v := ws.timeline
	if v.an == nil {
		t.Fatal("the timeline has no analysis")
	}
	rows, cols := v.size()
	if cols != 3 {
		t.Fatalf("%d columns", cols)
	}
	header := newTextCell(true)
	v.updateHeader(widget.TableCellID{Row: -1, Col: 0}, header)
	if !strings.HasPrefix(header.Text(), "2021-06-13") {
		t.Errorf("the first column is %q, want the 2021 communiqué", header.Text())
	}
	line := func(label string) int {
		for r := 0; r < rows; r++ {
			if v.rows[r].label == label {
				return r
			}
		}
		t.Fatalf("no row %q", label)
		return -1
	}
	iran := line("Subject: Iran")
	first, _ := v.rows[iran].cell(0)
	second, sentence := v.rows[iran].cell(1)
	if !strings.HasPrefix(first, "+ first said") || !strings.HasPrefix(second, "~ reworded") || sentence == "" {
		t.Errorf("Iran: %q, %q", first, second)
	}
	if g7, _ := v.rows[line("Commitments: G7")].cell(2); !strings.Contains(g7, "high") {
		t.Errorf("the G7's commitments in 2024: %q", g7)
	}
	v.selected(widget.TableCellID{Row: iran, Col: 1})
	if ws.tabs.SelectedIndex() != 0 || ws.selected != sentence {
		t.Errorf("clicking a cell: tab %d, selected %q, want %q", ws.tabs.SelectedIndex(), ws.selected, sentence)
	}
}

// A phrase the analyst tracks becomes a row, kept with the project.
func TestTimelineTracksAPhrase(t *testing.T) {
	ws := g7Series(t)
	ws.tabs.SelectIndex(timelineTab)
	ws.bg.settle()
	v := ws.timeline
	v.phrase.SetText("rules-based  international order")
	v.track()
	if !slices.Equal(ws.project.Settings.Phrases, []string{"rules-based international order"}) || !ws.dirty {
		t.Fatalf("tracked phrases %q (unsaved %v)", ws.project.Settings.Phrases, ws.dirty)
	}
	if v.rows[0].label != "Tracked: “rules-based international order”" {
		t.Fatalf("first row %q", v.rows[0].label)
	}
	used, _ := v.rows[0].cell(2)
	unused, _ := v.rows[0].cell(0)
	if !strings.HasPrefix(used, "✓") || unused != "" {
		t.Errorf("2024 %q, 2021 %q: the phrase is only in the 2024 communiqué", used, unused)
	}
	v.phrase.SetText("rules-based international order")
	v.untrack()
	if len(ws.project.Settings.Phrases) != 0 {
		t.Errorf("still tracked: %q", ws.project.Settings.Phrases)
	}
}

// One issuer's statements make a series of their own, analysed apart from
// the panes.
func TestTimelineOfOneIssuer(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(timelineTab)
	ws.bg.settle()
	v := ws.timeline
	if !slices.Contains(v.issuer.Options, "The White House (United States)") {
		t.Fatalf("issuers %q", v.issuer.Options)
	}
	v.issuer.SetSelected("The White House (United States)")
	ws.bg.settle()
	if v.an == nil || len(v.an.Timeline.Statements) != 2 || v.an == ws.result {
		t.Fatalf("the White House's series: %v", v.an)
	}
}

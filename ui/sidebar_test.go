package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestExcludeReorderAndRemove(t *testing.T) {
	p := demo(t)
	ws := newTestWorkspace(t, p, "")

	row := ws.sidebar.newRow()
	ws.sidebar.updateRow(1, row)
	_, _, check := rowParts(row)
	test.Tap(check) // exclude Kirby
	ws.bg.settle()
	if len(ws.panes.panes) != 4 || ws.panes.panes[1].statement.ID != "g7" {
		t.Fatalf("after excluding kirby, panes = %v", paneIDs(ws))
	}
	if !ws.dirty || !strings.HasPrefix(ws.window.Title(), "• ") {
		t.Error("an edit must mark the comparison unsaved")
	}

	ws.sidebar.list.Select(4) // iran
	test.Tap(ws.sidebar.up)
	if got := ws.project.Statements[3].ID; got != "iran" {
		t.Errorf("after move up, position 3 holds %q", got)
	}
	if got := paneIDs(ws); strings.Join(got, ",") != "white-house,g7,iran,israel" {
		t.Errorf("panes after reorder: %v", got)
	}

	ws.sidebar.removeAt(0)
	if len(ws.project.Statements) != 4 || paneIDs(ws)[0] != "g7" {
		t.Errorf("after removing the first statement: %v", paneIDs(ws))
	}
}

func rowParts(row fyne.CanvasObject) (title, detail string, check *widget.Check) {
	border := row.(*fyne.Container)
	text := border.Objects[0].(*fyne.Container)
	return text.Objects[0].(*widget.Label).Text, text.Objects[1].(*widget.Label).Text, border.Objects[1].(*widget.Check)
}

func paneIDs(ws *Workspace) []string {
	var ids []string
	for _, p := range ws.panes.panes {
		ids = append(ids, p.statement.ID)
	}
	return ids
}

func TestMetadataEditorAndBaseline(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.sidebar.list.Select(2)
	test.Tap(ws.sidebar.edit)
	form := ws.window.Canvas().Overlays().Top()
	if form == nil {
		t.Fatal("no metadata dialog")
	}
	var entries []*widget.Entry
	collectEntries(form, &entries)
	if len(entries) != 6 || entries[0].Text != ws.project.Statements[2].Title {
		t.Fatalf("dialog has %d entries, first %q", len(entries), entries[0].Text)
	}
	entries[1].SetText("G7 Leaders (corrected)")
	save := findButton(form, "Save")
	if save == nil {
		t.Fatal("no Save button")
	}
	test.Tap(save)
	if ws.project.Statements[2].Speaker != "G7 Leaders (corrected)" || !ws.dirty {
		t.Errorf("speaker %q, dirty %v", ws.project.Statements[2].Speaker, ws.dirty)
	}

	test.Tap(ws.sidebar.baseline)
	ws.bg.settle()
	if ws.project.Settings.Baseline != "g7" || !strings.HasPrefix(ws.wording.selA.Selected, "3. ") {
		t.Errorf("baseline %q, wording compares %q", ws.project.Settings.Baseline, ws.wording.selA.Selected)
	}
}

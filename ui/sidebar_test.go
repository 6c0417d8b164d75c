package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
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

// TestSidebarOnItsOwn: the sidebar shows the statements it is given and
// asks the window for every change, setting a box back when asked to.
func TestSidebarOnItsOwn(t *testing.T) {
	a := test.NewTempApp(t)
	sts := []project.Entry{
		{Statement: statement.Statement{ID: "a", Title: "A", Speaker: "Ann"}, Included: true},
		{Statement: statement.Statement{ID: "b", Title: "B", Date: "2024-04-14"}},
	}
	var asked []string
	ask := func(format string, args ...any) { asked = append(asked, fmt.Sprintf(format, args...)) }
	s := newSidebar(sidebarDeps{
		statements:    func() []project.Entry { return sts },
		baseline:      func() string { return "a" },
		add:           func() { ask("add") },
		paste:         func() { ask("paste") },
		edit:          func(i int) { ask("edit %d", i) },
		useAsBaseline: func(i int) { ask("baseline %d", i) },
		include:       func(i int, on bool) bool { ask("include %d %v", i, on); return false },
		swap:          func(i, j int) { ask("swap %d %d", i, j) },
		remove:        func(i int) { ask("remove %d", i) },
		window:        a.NewWindow(""),
	})
	row := s.newRow()
	s.updateRow(0, row)
	title, detail, check := rowParts(row)
	if title != "A" || detail != "baseline · Ann" || !check.Checked {
		t.Errorf("row 0 shows %q / %q (checked %v)", title, detail, check.Checked)
	}
	test.Tap(check) // refused by the window: the box is ticked again
	if !check.Checked {
		t.Error("a refused exclusion left the box unticked")
	}
	s.list.Select(1)
	test.Tap(s.edit)
	test.Tap(s.baseline)
	test.Tap(s.up)
	s.removeAt(1)
	if got := strings.Join(asked, "|"); got != "include 0 false|edit 1|baseline 1|swap 1 0|remove 1" {
		t.Errorf("the sidebar asked %q", got)
	}
}

// TestSameTitlesToldApart: a readout and its revision share title and date;
// the sidebar, the Topics table's headers and the Vocabulary cards name
// them "(…, 1 of 2)" and "(…, 2 of 2)".
func TestSameTitlesToldApart(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	ws.bg.settle()
	var names []string
	for i := range ws.project.Statements {
		row := ws.sidebar.newRow()
		ws.sidebar.updateRow(i, row)
		title, _, _ := rowParts(row)
		names = append(names, title)
	}
	if len(names) != 2 || names[0] == names[1] || !strings.HasSuffix(names[1], "2 of 2)") {
		t.Errorf("sidebar names %q: the two versions must read apart", names)
	}
	// The title line is cut in a narrow sidebar: the detail line says it too.
	row := ws.sidebar.newRow()
	ws.sidebar.updateRow(1, row)
	if _, detail, _ := rowParts(row); !strings.HasPrefix(detail, "2023-03-19 · 2 of 2 so titled") {
		t.Errorf("the second version's detail line %q does not tell it apart", detail)
	}
	for _, st := range ws.result.Statements {
		if n := ws.result.Name(st.ID); !strings.Contains(n, " of 2)") {
			t.Errorf("analysis name %q does not tell the versions apart", n)
		}
	}
}

// TestSidebarIsolatesRightToLeft: the date leads the sidebar's detail line
// (truncation cannot cut it), and a Hebrew speaker in it is isolated from
// the separators and the date around it, which a label would otherwise
// pull into its direction (losing the space in "2024-04-14 · משרד…").
func TestSidebarIsolatesRightToLeft(t *testing.T) {
	ws := newTestWorkspace(t, versionsProject(t, "../testdata/rtl/pmo-spokesperson.he.txt"), "")
	row := ws.sidebar.newRow()
	ws.sidebar.updateRow(0, row)
	_, detail, _ := rowParts(row)
	if !strings.HasPrefix(detail, "2024-04-14 · ") || !strings.HasSuffix(detail, " · \u2068דובר משרד ראש הממשלה\u2069") {
		t.Errorf("detail line %q does not isolate the Hebrew speaker", detail)
	}
}

package ui

import (
	"github.com/parley-app/parley/statement"

	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/importer/quotes"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/report"
)

// newTestWorkspace builds the real window content on Fyne's test driver.
func newTestWorkspace(t *testing.T, p *project.Project, path string) *Workspace {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("Parley")
	w.Resize(fyne.NewSize(1400, 900))
	ws := newWorkspace(a, w)
	ws.bg.useQueue()
	ws.setProject(p, path)
	ws.bg.settle()
	t.Cleanup(w.Close)
	t.Cleanup(ws.bg.settle) // runs first: no job outlives its test
	return ws
}

func demo(t *testing.T) *project.Project {
	t.Helper()
	p, err := project.Demo()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWindowShowsDemoInPanesAndSidebar(t *testing.T) {
	p := demo(t)
	ws := newTestWorkspace(t, p, "")

	if got := len(ws.panes.panes); got != len(p.Statements) {
		t.Fatalf("%d panes, want one per demo statement (%d)", got, len(p.Statements))
	}
	for i, pane := range ws.panes.panes {
		e := p.Statements[i]
		if pane.title.Text != e.Title || pane.statement.Text != e.Text {
			t.Errorf("pane %d shows %q, want %q", i, pane.title.Text, e.Title)
		}
		var sentences []string
		for _, it := range pane.items {
			if it.id != "" {
				sentences = append(sentences, it.text)
			}
		}
		if got := strings.Join(sentences, " "); strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(e.Text), " ") {
			t.Errorf("pane %d's sentences do not give its whole text:\n%s", i, got)
		}
		if !strings.Contains(pane.meta.Text, e.Speaker) || !strings.Contains(pane.meta.Text, e.Date) {
			t.Errorf("pane %d header %q lacks speaker or date", i, pane.meta.Text)
		}
		if !strings.HasSuffix(pane.counts.Text, "paragraphs") && !strings.HasSuffix(pane.counts.Text, "paragraph") {
			t.Errorf("pane %d: analysis counts not shown: %q", i, pane.counts.Text)
		}
	}

	if got := ws.sidebar.list.Length(); got != len(p.Statements) {
		t.Fatalf("sidebar lists %d statements, want %d", got, len(p.Statements))
	}
	for i, e := range p.Statements {
		row := ws.sidebar.newRow()
		ws.sidebar.updateRow(i, row)
		title, detail, check := rowParts(row)
		if title != e.Title || !strings.Contains(detail, e.Speaker) || !strings.Contains(detail, e.Date) || !check.Checked {
			t.Errorf("sidebar row %d shows %q / %q (checked %v)", i, title, detail, check.Checked)
		}
	}
	if !strings.Contains(ws.status.summary.Text, "5 of 5 statements shown") {
		t.Errorf("status %q", ws.status.summary.Text)
	}
	if !strings.Contains(ws.window.Title(), "demo") {
		t.Errorf("window title %q", ws.window.Title())
	}
}

func rowParts(row fyne.CanvasObject) (title, detail string, check *widget.Check) {
	border := row.(*fyne.Container)
	text := border.Objects[0].(*fyne.Container)
	return text.Objects[0].(*widget.Label).Text, text.Objects[1].(*widget.Label).Text, border.Objects[1].(*widget.Check)
}

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

func paneIDs(ws *Workspace) []string {
	var ids []string
	for _, p := range ws.panes.panes {
		ids = append(ids, p.statement.ID)
	}
	return ids
}

func TestAtMostSixPanes(t *testing.T) {
	p := &project.Project{}
	ws := newTestWorkspace(t, p, "")
	var sts []statement.Statement
	for i := 0; i < 8; i++ {
		sts = append(sts, statement.Statement{Title: "S", Text: "We will help."})
	}
	ws.addStatements(sts...)
	ws.bg.settle()
	if len(ws.panes.panes) != MaxPanes || len(ws.project.Included()) != MaxPanes {
		t.Errorf("%d panes, %d included; want %d", len(ws.panes.panes), len(ws.project.Included()), MaxPanes)
	}
	if !strings.Contains(ws.status.notice.Text, "at most 6 panes") {
		t.Errorf("no notice about the limit: %q", ws.status.notice.Text)
	}
}

func TestEmptyComparisonShowsHowToStart(t *testing.T) {
	ws := newTestWorkspace(t, &project.Project{}, "")
	if len(ws.panes.panes) != 0 {
		t.Fatal("panes shown for an empty comparison")
	}
	hint := findLabel(ws.window.Content(), "Open statement files")
	if hint == nil {
		t.Error("empty comparison does not tell the analyst how to add statements")
	}
}

func findLabel(o fyne.CanvasObject, substr string) *widget.Label {
	switch v := o.(type) {
	case *widget.Label:
		if strings.Contains(v.Text, substr) {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if l := findLabel(c, substr); l != nil {
				return l
			}
		}
	case fyne.Widget:
		r := test.WidgetRenderer(v)
		for _, c := range r.Objects() {
			if l := findLabel(c, substr); l != nil {
				return l
			}
		}
	}
	return nil
}

func TestSaveThenOpenProject(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	path := filepath.Join(t.TempDir(), "cmp.parley")
	ws.project.Statements[2].Included = false
	ws.changed()
	ws.saveTo(path)
	if ws.dirty || ws.path != path {
		t.Fatalf("after save: dirty %v, path %q", ws.dirty, ws.path)
	}
	if recent := ws.recentProjects(); len(recent) == 0 || recent[0] != path {
		t.Errorf("recent projects %v should start with %s", recent, path)
	}

	ws.setProject(&project.Project{}, "")
	p, path2 := ws.lastOrDemo()
	if path2 != path || len(p.Statements) != 5 || p.Statements[2].Included {
		t.Errorf("reopening the last project gave %q with %d statements", path2, len(p.Statements))
	}
}

func TestCorruptProjectLeavesWorkUntouched(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.addStatements(statement.Statement{Title: "Unsaved note", Text: "Analyst's pasted text."})
	before := ws.project.Clone()
	bad := filepath.Join(t.TempDir(), "bad.parley")
	if err := os.WriteFile(bad, []byte(`{"format":"parley-project","format_version":1,"statements":[`), 0o600); err != nil {
		t.Fatal(err)
	}
	ws.dirty = false // skip the discard question; the point is the failed load
	ws.openProject(bad)
	ws.bg.settle()
	if ws.window.Canvas().Overlays().Top() == nil {
		t.Fatal("no error dialog for a corrupt project")
	}
	if findLabel(ws.window.Canvas().Overlays().Top(), "current comparison is unchanged") == nil {
		t.Error("the error dialog does not say the open work is unchanged")
	}
	if len(ws.project.Statements) != len(before.Statements) || ws.project.Statements[5].Title != "Unsaved note" {
		t.Errorf("a corrupt project replaced the open comparison")
	}
}

// rowRef is a sentence of a pane as a test sees it.
type rowRef struct {
	p    *pane
	id   string
	text string
	item paneItem
}

func (r rowRef) state() rowState { return r.p.state[r.id] }

func (r rowRef) runs() []textRun { return rowRuns(r.text, r.item.cues, r.state()) }

// tapRow taps the sentence through a real row widget, as the list shows it.
func tapRow(r rowRef) {
	row := r.p.newItem().(*sentenceRow)
	row.bind(r.item, r.state())
	test.Tap(row)
}

func rowContaining(t *testing.T, ws *Workspace, statementID, phrase string) rowRef {
	t.Helper()
	for _, p := range ws.panes.panes {
		if p.statement.ID != statementID {
			continue
		}
		for _, it := range p.items {
			if it.id != "" && strings.Contains(it.text, phrase) {
				return rowRef{p: p, id: it.id, text: it.text, item: it}
			}
		}
	}
	t.Fatalf("no row of %s contains %q", statementID, phrase)
	return rowRef{}
}

func TestSelectingSentenceHighlightsCounterparts(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if ws.result == nil {
		t.Fatal("the analysis did not reach the window")
	}
	wh := rowContaining(t, ws, "white-house", "will not take part in offensive actions")
	kirby := rowContaining(t, ws, "kirby", "need not spark a wider regional conflict")
	other := rowContaining(t, ws, "kirby", "knew exactly what Iran was doing")
	if wh.item.colour == emergentColor || wh.item.colour != kirby.item.colour {
		t.Errorf("aligned passages on one topic should share its colour: %v vs %v", wh.item.colour, kirby.item.colour)
	}

	tapRow(wh)
	if wh.state() != rowSelected || kirby.state() != rowCounterpart || other.state() != rowDimmed {
		t.Errorf("states after selecting: selected %v, counterpart %v, other %v", wh.state(), kirby.state(), other.state())
	}
	details := ws.details.text()
	for _, want := range []string{"Escalation and restraint", "cue words", "Aligned with John Kirby", "regional conflict"} {
		if !strings.Contains(details, want) {
			t.Errorf("details lack %q:\n%s", want, details)
		}
	}

	tapRow(wh) // a second tap clears the selection
	if wh.state() != rowNormal || kirby.state() != rowNormal || ws.selected != "" {
		t.Errorf("selection not cleared: %v %v %q", wh.state(), kirby.state(), ws.selected)
	}
}

func TestSelectionScrollsCounterpartIntoView(t *testing.T) {
	p := &project.Project{}
	filler := strings.Repeat("Officials met farmers to discuss grain prices and rainfall this season.\n\n", 40)
	p.Add(
		statement.Statement{ID: "a", Title: "A", Text: "We condemn the attack in the strongest terms."},
		statement.Statement{ID: "b", Title: "B", Text: filler + "We condemn this attack in the strongest terms."},
	)
	ws := newTestWorkspace(t, p, "")
	target := rowContaining(t, ws, "b", "We condemn this attack")
	tapRow(rowContaining(t, ws, "a", "We condemn"))
	if target.state() != rowCounterpart {
		t.Fatalf("counterpart not highlighted: state %v", target.state())
	}
	if off := ws.panes.panes[1].list.GetScrollOffset(); off <= 0 {
		t.Errorf("pane b did not scroll to the counterpart (offset %v)", off)
	}
}

func richText(r *widget.RichText) string {
	var b strings.Builder
	for _, s := range r.Segments {
		b.WriteString(s.Textual())
		b.WriteString(" ")
	}
	return b.String()
}

func TestPanicInBackgroundJobIsReported(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.bg.run(func() { panic("boom") }, ws.jobFailed)
	ws.bg.settle()
	top := ws.window.Canvas().Overlays().Top()
	if top == nil || findLabel(top, "boom") == nil {
		t.Fatal("a panicking job was not reported in a dialog")
	}
	if len(ws.project.Statements) != 5 || len(ws.panes.panes) != 5 {
		t.Error("the panic changed the open comparison")
	}
}

func TestCommitmentCuesAreMarked(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	row := rowContaining(t, ws, "white-house", "we shall not waver")
	var marked []string
	for _, run := range row.runs() {
		if run.style.Bold {
			marked = append(marked, run.text)
		}
	}
	if strings.Join(marked, "|") != "shall not waver" {
		t.Errorf("marked cue words %q, want the pledge's cue \"shall not waver\"", marked)
	}
	plainRow := rowContaining(t, ws, "kirby", "knew exactly")
	for _, run := range plainRow.runs() {
		if run.style.Bold {
			t.Errorf("a sentence without commitments has marked words: %q", run.text)
		}
	}
}

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

func TestTopicsTable(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
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
	cell := widget.NewLabel("")
	v.updateCell(widget.TableCellID{Row: condemnation, Col: iran}, cell)
	if cell.Text != "not addressed" {
		t.Errorf("Iran × condemnation shows %q, want \"not addressed\"", cell.Text)
	}
	header := widget.NewLabel("")
	escalation := -1
	for r, topic := range v.rows {
		if topic.ID == "escalation" {
			escalation = r
		}
	}
	v.updateHeader(widget.TableCellID{Row: escalation, Col: -1}, header)
	if !strings.Contains(header.Text, "Escalation and restraint") || !strings.Contains(header.Text, "pairs · best") {
		t.Errorf("row header %q lacks the label or the pair summary", header.Text)
	}
	ws.tabs.SelectIndex(1)
	v.selected(widget.TableCellID{Row: escalation, Col: 0})
	if ws.tabs.SelectedIndex() != 0 || !strings.HasPrefix(ws.selected, "white-house:") {
		t.Errorf("clicking a cell should reveal its passage: tab %d, selected %q", ws.tabs.SelectedIndex(), ws.selected)
	}
}

func TestVocabularyView(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if findLabel(ws.vocab.object(), "superiority — z") == nil {
		t.Error("Kirby's distinctive 'superiority' is not listed")
	}
}

func readoutVersions(t *testing.T) *project.Project {
	t.Helper()
	return versionsProject(t, "../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v1_original.txt", "../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v2_revised.txt")
}

// versionsProject is a project of statement files, each with an ID made
// from its title (the readout's versions share a file name stem).
func versionsProject(t *testing.T, files ...string) *project.Project {
	t.Helper()
	p := &project.Project{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		st, err := statement.ParseStatement(f, data)
		if err != nil {
			t.Fatal(err)
		}
		st.ID = ""
		p.Add(st)
	}
	return p
}

func TestWordingViewStepsThroughChanges(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	v := ws.wording
	if len(v.changes) != 1 || v.changes[0].op.Op != "delete" || !strings.Contains(v.changes[0].op.Text, "West Bank") {
		t.Fatalf("changes %+v, want the one deleted West Bank sentence", v.changes)
	}
	if !strings.Contains(v.summary.Text, "0 words inserted · 12 deleted") {
		t.Errorf("summary %q", v.summary.Text)
	}

	ws.window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF7}) // F7: next change
	if ws.tabs.SelectedIndex() != wordingTab || v.current != 0 || v.position.Text != "change 1 of 1" {
		t.Errorf("after F7: tab %d, current %d, %q", ws.tabs.SelectedIndex(), v.current, v.position.Text)
	}
	seg := v.text[v.changes[0].paragraph].inline[v.changes[0].segment]
	if !strings.HasPrefix(seg.text, changeMarker) {
		t.Errorf("the current change is not marked: %q", seg.text)
	}
	shortcuts := ws.window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	shortcuts.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt})
	if v.current != 0 || v.position.Text != "change 1 of 1" {
		t.Errorf("Alt+Up with one change should stay on it: %d %q", v.current, v.position.Text)
	}

	v.kinds.SetSelected(inserted)
	if len(v.shown) != 0 {
		t.Errorf("filter Inserted shows %d changes", len(v.shown))
	}
	v.kinds.SetSelected(deleted)
	if len(v.shown) != 1 {
		t.Errorf("filter Deleted shows %d changes", len(v.shown))
	}
}

// TestWordingViewSideBySide: the side-by-side layout puts the deleted
// sentence in the original's column only, paragraphs facing each other, and
// F7 marks the change there.
func TestWordingViewSideBySide(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	v := ws.wording
	ws.window.Canvas().Focus(v.ignoreCase) // as after a click on a control of the view
	v.layout.SetSelected(sideBySideLayout)
	if f := ws.window.Canvas().Focused(); f != nil {
		t.Errorf("after choosing the layout, %T keeps the keyboard: F7 would not reach the window", f)
	}
	if !v.sideBySide() || len(v.titles.Objects) == 0 || len(v.text) == 0 {
		t.Fatalf("side by side: layout %q, %d title rows, %d paragraphs", v.layout.Selected, len(v.titles.Objects), len(v.text))
	}
	// A row as the list shows it.
	row := func(p int) *redlineRow {
		r := newRedlineRow()
		r.show(v.text[p], v.sideBySide())
		r.Resize(fyne.NewSize(800, 200))
		return r
	}
	c := v.changes[0]
	r := row(c.paragraph)
	left, right := r.a.Text(), r.b.Text()
	if !strings.Contains(left, "West Bank") || strings.Contains(right, "West Bank") || r.inline.Visible() {
		t.Errorf("paragraph %d: original %q, revision %q; want the West Bank sentence on the left only", c.paragraph, left, right)
	}
	if r.b.Position().X < r.a.Position().X+r.a.Size().Width {
		t.Errorf("the columns overlap: left ends at %.0f, right starts at %.0f", r.a.Position().X+r.a.Size().Width, r.b.Position().X)
	}
	if c.sides[1] != -1 || c.sides[0] < 0 {
		t.Errorf("a deletion's runs: %v", c.sides)
	}
	for i := range v.text {
		if r := row(i); i != c.paragraph && r.a.Text() != r.b.Text() {
			t.Errorf("unchanged paragraph %d differs between the columns", i)
		}
	}
	ws.window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF7})
	if run := row(c.paragraph).a.runs[c.sides[0]]; !strings.HasPrefix(run.text, changeMarker) || !strings.Contains(run.text, "West Bank") {
		t.Errorf("F7 did not mark the deletion in the left column: %q", run.text)
	}
	v.layout.SetSelected(inlineLayout)
	if r := row(c.paragraph); !r.inline.Visible() || r.a.Visible() || !strings.HasPrefix(r.inline.runs[c.segment].text, changeMarker) {
		t.Errorf("back to the inline redline, the current change is not marked")
	}
	if len(v.titles.Objects) != 0 {
		t.Error("the column titles stay over the inline redline")
	}
}

func TestWordingViewIgnoreCase(t *testing.T) {
	p := &project.Project{}
	p.Add(statement.Statement{Title: "Draft", Text: "We Condemn the attack. We will help."},
		statement.Statement{Title: "Final", Text: "we condemn the Attack. We will help."})
	ws := newTestWorkspace(t, p, "")
	if len(ws.wording.changes) == 0 {
		t.Fatal("case differences not shown")
	}
	ws.wording.ignoreCase.SetChecked(true)
	ws.bg.settle()
	if len(ws.wording.changes) != 0 || ws.wording.position.Text != "No differences in wording" {
		t.Errorf("with Ignore case: %d changes, %q", len(ws.wording.changes), ws.wording.position.Text)
	}
}

func TestPlainPaneBeforeAnalysis(t *testing.T) {
	test.NewTempApp(t)
	p := newPane(statement.Statement{Title: "T", Text: "First paragraph. Two sentences.\n\nSecond paragraph."})
	if len(p.plain.Objects) != 2 {
		t.Fatalf("%d paragraph labels, want 2", len(p.plain.Objects))
	}
	if got := p.plain.Objects[1].(*flowText).Text(); got != "Second paragraph." {
		t.Errorf("second paragraph shows %q", got)
	}
}

func TestNotesSurviveSaveAndLoad(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	kirby := rowContaining(t, ws, "kirby", "need not spark")
	ws.setNote(project.NoteOnPassage, kirby.id, "Softer than the White House line.")
	tapRow(kirby)
	if !strings.Contains(ws.details.text(), "Note: Softer than the White House line.") {
		t.Errorf("the note is not shown with its passage:\n%s", ws.details.text())
	}
	if ws.notes.length() != 1 || !strings.Contains(ws.notes.describe(ws.project.Settings.Notes[0]), "the first strike") {
		t.Error("the notes view does not list the note with its passage")
	}
	path := filepath.Join(t.TempDir(), "notes.parley")
	ws.saveTo(path)

	again := newTestWorkspace(t, demo(t), "")
	p, err := project.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	again.setProject(p, path)
	again.bg.settle()
	if again.project.Settings.Note(kirby.id) != "Softer than the White House line." || again.notes.length() != 1 {
		t.Errorf("note lost in save/load: %+v", again.project.Settings.Notes)
	}
	again.tabs.SelectIndex(5)
	again.notes.list.Select(0)
	if again.selected != kirby.id {
		t.Errorf("clicking the note should reveal its passage, selected %q", again.selected)
	}
}

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

func collectEntries(o fyne.CanvasObject, out *[]*widget.Entry) {
	switch v := o.(type) {
	case *widget.Entry:
		*out = append(*out, v)
	case *fyne.Container:
		for _, c := range v.Objects {
			collectEntries(c, out)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			collectEntries(c, out)
		}
	}
}

func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == text {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

func TestFindAcrossPanes(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	shortcuts := ws.window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	shortcuts.TypedShortcut(shortcut(fyne.KeyF, 0))
	if !ws.find.box.Visible() {
		t.Fatal("Ctrl+F did not open the find bar")
	}
	test.Type(ws.find.entry, "escalation")
	if len(ws.find.matches) != 3 || ws.find.position.Text != "3 matches" {
		t.Fatalf("matches %v (%q)", ws.find.matches, ws.find.position.Text)
	}
	ws.find.next()
	first := ws.find.matches[0]
	if ws.selected != first || ws.find.position.Text != "1 of 3" {
		t.Errorf("next: selected %q, %q", ws.selected, ws.find.position.Text)
	}
	ws.find.previous()
	if ws.selected != ws.find.matches[2] {
		t.Errorf("previous from the first should wrap to the last, selected %q", ws.selected)
	}
	ws.find.entry.SetText("no such words anywhere")
	if ws.find.position.Text != "no match" {
		t.Errorf("position %q", ws.find.position.Text)
	}
}

func TestAutosaveAndRecovery(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("Parley")
	ws := newWorkspace(a, w)
	ws.bg.useQueue()
	ws.setProject(demo(t), "")
	ws.bg.settle()
	ws.addStatements(statement.Statement{Title: "Unsaved paste", Text: "We will rebuild."})
	ws.autosave()
	ws.bg.settle()
	dataPath, _ := ws.recoveryFiles()
	if _, err := os.Stat(dataPath); err != nil {
		t.Fatalf("no recovery copy after autosave: %v", err)
	}

	// A new window of the same app finds the copy, as after a crash.
	w2 := a.NewWindow("Parley")
	ws2 := newWorkspace(a, w2)
	ws2.bg.useQueue()
	ws2.setProject(demo(t), "")
	if !ws2.offerRecovery() {
		t.Fatal("recovery not offered")
	}
	restore := findButton(w2.Canvas().Overlays().Top(), "Yes")
	if restore == nil {
		t.Fatal("no Yes button in the recovery dialog")
	}
	test.Tap(restore)
	ws2.bg.settle()
	if len(ws2.project.Statements) != 6 || ws2.project.Statements[5].Title != "Unsaved paste" || !ws2.dirty {
		t.Errorf("restored %d statements (dirty %v)", len(ws2.project.Statements), ws2.dirty)
	}
	ws2.saveTo(filepath.Join(t.TempDir(), "saved.parley"))
	if _, err := os.Stat(dataPath); !os.IsNotExist(err) {
		t.Error("saving should remove the recovery copy")
	}
}

func TestImportArticle(t *testing.T) {
	ws := newTestWorkspace(t, &project.Project{}, "")
	ws.importArticle("testdata/article.txt")
	ws.bg.settle()
	dlg := ws.window.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no speaker review dialog")
	}
	var entries []*widget.Entry
	collectEntries(dlg, &entries)
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Text] = true
	}
	if !names["John Kirby"] {
		t.Fatalf("speakers found: %v; want John Kirby among them", names)
	}
	load := findButton(dlg, "Load as statements")
	test.Tap(load)
	ws.bg.settle()
	found := false
	for _, e := range ws.project.Statements {
		if strings.HasPrefix(e.Title, "John Kirby") && strings.Contains(e.Text, "incredible success") {
			found = true
		}
	}
	if !found {
		t.Errorf("Kirby's quotes were not loaded as a statement: %d statements", len(ws.project.Statements))
	}
}

func TestReviewedSpeakers(t *testing.T) {
	res := quotes.Result{Speakers: []quotes.Speaker{
		{Name: "a senior official", Quotes: []quotes.Quote{{Text: "one", Start: 10}, {Text: "three", Start: 30}}},
		{Name: "Kirby", Quotes: []quotes.Quote{{Text: "two", Start: 20}}},
		{Name: "noise", Quotes: []quotes.Quote{{Text: "x", Start: 5}}},
	}}
	got := reviewed(res, []string{"White House", "white house", "noise"}, []bool{true, true, false})
	if len(got.Speakers) != 1 || got.Speakers[0].Name != "White House" {
		t.Fatalf("review gave %+v", got.Speakers)
	}
	var texts []string
	for _, q := range got.Speakers[0].Quotes {
		texts = append(texts, q.Text)
	}
	if strings.Join(texts, ",") != "one,two,three" {
		t.Errorf("merged quotes %v are not in article order", texts)
	}
}

func TestDropWithABadFileStillLoadsTheOthers(t *testing.T) {
	ws := newTestWorkspace(t, &project.Project{}, "")
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	bad := filepath.Join(dir, "scan.txt")
	os.WriteFile(good, []byte("---\ntitle: Good\n---\nWe will help."), 0o600)
	os.WriteFile(bad, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o600)
	ws.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(good), storage.NewFileURI(bad)})
	ws.bg.settle()
	if len(ws.project.Statements) != 1 || ws.project.Statements[0].Title != "Good" {
		t.Errorf("the good file was not loaded: %d statements", len(ws.project.Statements))
	}
	dlg := ws.window.Canvas().Overlays().Top()
	if dlg == nil || findLabel(dlg, "scan.txt") == nil || findLabel(dlg, "1 of 2 files") == nil {
		t.Error("the error dialog does not name the bad file and the count")
	}
}

func TestExportPDF(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.setNote(project.NoteOnPassage, "kirby:s4", "Softer line")
	test.Tap(findToolbarExport(t, ws))
	if dlg := ws.window.Canvas().Overlays().Top(); dlg == nil || findButton(dlg, "Choose file…") == nil {
		t.Fatal("Export PDF… did not open its dialog")
	}
	path := filepath.Join(t.TempDir(), "demo.pdf")
	ws.exportTo(path, exportSettings{title: "Demo report", paper: report.Letter, baseline: "white-house"})
	ws.bg.settle()
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	if !strings.Contains(ws.status.notice.Text, "Report written") {
		t.Errorf("status %q", ws.status.notice.Text)
	}
}

func findToolbarExport(t *testing.T, ws *Workspace) *widget.Button {
	t.Helper()
	items := ws.toolbar.Items
	action := items[len(items)-1].(*widget.ToolbarAction)
	if action.Disabled() {
		t.Fatal("the Export PDF toolbar button is disabled")
	}
	return action.ToolbarObject().(*widget.Button)
}

func TestOpenDialogs(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	for name, open := range map[string]func(){
		"open statements": ws.openStatementsDialog,
		"open project":    ws.openProjectDialog,
		"import article":  ws.importArticleDialog,
	} {
		open()
		top := ws.window.Canvas().Overlays().Top()
		if top == nil {
			t.Errorf("%s: no file dialog", name)
			continue
		}
		ws.window.Canvas().Overlays().Remove(top)
	}
}

func TestSaveDialogs(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.saveAsDialog()
	if ws.window.Canvas().Overlays().Top() == nil {
		t.Error("Save Project As… shows no dialog")
	}
	ws.window.Canvas().Overlays().Remove(ws.window.Canvas().Overlays().Top())
	ws.chooseReportFile(exportSettings{title: "Demo"})
	if ws.window.Canvas().Overlays().Top() == nil {
		t.Error("the report's save dialog did not show")
	}
}

// TestOverviewStrip: each pane's strip maps every item of the pane, marks
// where the wording differs from the baseline and the selected sentence,
// and a tap near its bottom scrolls the pane to its last sentences.
func TestOverviewStrip(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	orig, rev := ws.panes.panes[0], ws.panes.panes[1]
	for _, p := range ws.panes.panes {
		if p.strip == nil || len(p.strip.marks) != len(p.items) || p.strip.total <= 0 {
			t.Fatalf("%s: strip with %d marks for %d items", p.statement.ID, len(p.strip.marks), len(p.items))
		}
	}
	var changed []string
	for _, it := range orig.items {
		if orig.changed[it.id] {
			changed = append(changed, it.text)
		}
	}
	if len(changed) != 1 || !strings.Contains(changed[0], "West Bank") {
		t.Errorf("original's changed sentences %q, want only the West Bank one (absent from the revision)", changed)
	}
	if len(rev.changed) != 0 {
		t.Errorf("the revision only deletes; %d of its sentences marked changed", len(rev.changed))
	}

	first := orig.items[0].id
	ws.selectSentence(first)
	if orig.strip.marks[0].state != rowSelected {
		t.Errorf("selected sentence's mark state %v", orig.strip.marks[0].state)
	}
	if d := newTestWorkspace(t, demo(t), ""); len(d.panes.panes[1].changed) != 0 {
		t.Errorf("the demo's statements are not versions of one text, yet %d sentences are marked changed", len(d.panes.panes[1].changed))
	}
	if img := orig.strip.draw(overviewWidth, 400); img.Bounds().Dy() != 400 {
		t.Errorf("strip image %v", img.Bounds())
	}

	rev.list.Resize(fyne.NewSize(300, 120)) // room for a few sentences only
	rev.strip.Resize(fyne.NewSize(overviewWidth, 120))
	rev.strip.Tapped(&fyne.PointEvent{Position: fyne.NewPos(4, 119)})
	if rev.list.GetScrollOffset() <= 0 {
		t.Errorf("tapping the strip's bottom left the pane at offset %.0f", rev.list.GetScrollOffset())
	}
	if got := rev.strip.itemAt(0); got != 0 {
		t.Errorf("itemAt(0) = %d", got)
	}
	if got := rev.strip.itemAt(1); got != len(rev.items)-1 {
		t.Errorf("itemAt(1) = %d, want the last item %d", got, len(rev.items)-1)
	}
}

// TestCancelAnalysis: the status bar's Cancel stops a long analysis; the
// views keep the previous one and the analyst is told.
func TestCancelAnalysis(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	before := ws.result
	data, err := os.ReadFile("../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt")
	if err != nil {
		t.Fatal(err)
	}
	big := &project.Project{}
	big.Add(statement.Statement{Title: "Communiqué", Text: string(data)}, statement.Statement{Title: "Again", Text: string(data) + "\n\nOne more paragraph."})
	ws.project = big
	ws.reanalyze() // two 19,000-word texts: far longer than the next line takes
	if !ws.status.cancel.Visible() {
		t.Fatal("no Cancel button while analysing")
	}
	test.Tap(ws.status.cancel)
	ws.bg.settle()
	if ws.result != before {
		t.Error("a cancelled analysis replaced the shown one")
	}
	if ws.status.cancel.Visible() || ws.status.progress.Visible() {
		t.Error("progress and Cancel still shown after cancelling")
	}
	if !strings.Contains(ws.status.notice.Text, "cancelled") {
		t.Errorf("notice %q", ws.status.notice.Text)
	}
}

package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

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
		if pane.speaker.Text != e.Speaker || !strings.HasPrefix(pane.meta.Text, e.Date) {
			t.Errorf("pane %d header %q / %q lacks speaker or date", i, pane.speaker.Text, pane.meta.Text)
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

func TestAtMostSixPanes(t *testing.T) {
	p := &project.Project{}
	ws := newTestWorkspace(t, p, "")
	var sts []statement.Statement
	for i := 0; i < 8; i++ {
		sts = append(sts, statement.Statement{Title: "S", Text: fmt.Sprintf("We will help %d times.", i+1)})
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

// BenchmarkCreate builds the whole window with the demo and its analysis,
// as at start-up (after rymdport's BenchmarkCreate).
func BenchmarkCreate(b *testing.B) {
	a := test.NewTempApp(b)
	p, err := project.Demo()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		w := a.NewWindow("Parley")
		ws := newWorkspace(a, w)
		ws.bg.useQueue()
		ws.setProject(p.Clone(), "")
		ws.bg.settle()
		w.Close()
	}
}

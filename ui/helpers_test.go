package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// newTestWorkspace builds the real window content on Fyne's test driver.
func newTestWorkspace(t testing.TB, p *project.Project, path string) *Workspace {
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

// rowRef is a sentence of a pane as a test sees it.
type rowRef struct {
	p    *pane
	id   string
	text string
	item paneItem
}

func (r rowRef) state() rowState { return r.p.state[r.id] }

func (r rowRef) runs() []textview.Run { return rowRuns(r.text, r.item.cues, r.state()) }

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

func readoutVersions(t *testing.T) *project.Project {
	t.Helper()
	return versionsProject(t, "../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v1_original.txt", "../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v2_revised.txt")
}

// versionsProject is a project of statement files, each with an ID made
// from its title (the readout's versions share a file name stem).
func versionsProject(t testing.TB, files ...string) *project.Project {
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

package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
)

func TestFlowTextWraps(t *testing.T) {
	test.NewTempApp(t)
	f := newFlowText(textRun{text: "We shall not waver. "}, textRun{text: "shall not waver", style: fyne.TextStyle{Bold: true}}, textRun{text: " for the defense of Israel."})
	f.Resize(fyne.NewSize(1000, 100))
	wide := len(f.lines)
	f.Resize(fyne.NewSize(90, 100))
	narrow := len(f.lines)
	if wide != 1 || narrow < 3 {
		t.Fatalf("lines: %d at width 1000, %d at width 90", wide, narrow)
	}
	for _, l := range f.lines {
		for _, p := range l.pieces {
			if p.x+p.w > 90+0.5 && !(p.x == 0 && !strings.Contains(p.text, " ")) {
				t.Errorf("piece %q at %.1f+%.1f overflows the width 90", p.text, p.x, p.w)
			}
		}
	}
	if f.MinSize().Height != f.height || f.height <= 0 {
		t.Errorf("MinSize height %.1f, lines height %.1f", f.MinSize().Height, f.height)
	}
	var words []string
	for _, l := range f.lines {
		for _, p := range l.pieces {
			words = append(words, p.text)
		}
	}
	if got := strings.Join(words, " "); got != "We shall not waver. shall not waver for the defense of Israel." {
		t.Errorf("laid out text %q", got)
	}
	g := newFlowText(textRun{text: "first\nsecond"})
	g.Resize(fyne.NewSize(500, 50))
	if len(g.lines) != 2 {
		t.Errorf("a line break gives %d lines", len(g.lines))
	}
}

// BenchmarkPaneLayout lays out a 19,000-word communiqué in a 334-pixel pane,
// the work of opening one in the window.
func BenchmarkPaneLayout(b *testing.B) {
	test.NewTempApp(b)
	data, err := os.ReadFile("../compare/worddiff/testdata/hiroshima-original.txt")
	if err != nil {
		b.Skip(err)
	}
	st, _ := compare.ParseStatement("h.txt", data)
	b.ReportAllocs()
	for b.Loop() {
		p := newPane(st)
		p.plain.Resize(fyne.NewSize(334, p.plain.MinSize().Height))
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

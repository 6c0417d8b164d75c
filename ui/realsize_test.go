package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// communiques is the real-size pair: two G7 communiqués of about
// 20,000 words each.
func communiques(t testing.TB) *project.Project {
	return versionsProject(t, "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt",
		"../testdata/corpus/communiques/g7-communique-2024-apulia.txt")
}

// TestLongPaneBuildsOnlyVisibleRows: a pane of 1,000 sentences, plain and
// then analysed, makes row widgets for what its window shows, not for
// every sentence (Fyne paints every object it is given, on screen or not).
func TestLongPaneBuildsOnlyVisibleRows(t *testing.T) {
	var text strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&text, "Sentence %d says the ministers met again today. ", i)
		if i%5 == 4 {
			text.WriteString("\n\n")
		}
	}
	a := test.NewTempApp(t)
	w := a.NewWindow("Parley")
	w.Resize(fyne.NewSize(1400, 900))
	ws := newWorkspace(a, w)
	ws.bg.useQueue()
	p := &project.Project{}
	p.Add(statement.Statement{ID: "long", Title: "Long", Text: text.String()},
		statement.Statement{ID: "short", Title: "Short", Text: "The ministers met today."})
	ws.setProject(p, "")
	pane := ws.panes.panes[0]
	t.Cleanup(w.Close)
	if n := len(pane.items); n < 1000 {
		t.Fatalf("%d plain items, want the 1,000 sentences and their gaps", n)
	}
	plainRows := countRows(pane.list)
	ws.bg.settle() // the analysis arrives
	if ws.result == nil || pane.items[0].id == "" {
		t.Fatal("the analysis did not reach the pane")
	}
	ws.selectSentence(pane.items[0].id)
	pane.list.ScrollToBottom()
	rows := countRows(pane.list)
	if plainRows == 0 || plainRows > 40 || rows == 0 || rows > 40 {
		t.Errorf("%d rows for the plain text, %d for the analysed one, of %d items: want a window's worth", plainRows, rows, len(pane.items))
	}
}

// countRows counts the sentence rows in o's widget tree.
func countRows(o fyne.CanvasObject) int {
	switch v := o.(type) {
	case *sentenceRow:
		return 1
	case *fyne.Container:
		n := 0
		for _, c := range v.Objects {
			n += countRows(c)
		}
		return n
	case fyne.Widget:
		n := 0
		for _, c := range test.WidgetRenderer(v).Objects() {
			n += countRows(c)
		}
		return n
	}
	return 0
}

// BenchmarkCommuniquesInWindow is the window's own work at real size once
// the analysis of the two communiqués is done: taking it into the panes,
// a click on a sentence, and a visit to each view (the test driver, 1400×900).
func BenchmarkCommuniquesInWindow(b *testing.B) {
	ws := newTestWorkspace(b, communiques(b), "")
	an := ws.result
	if an == nil {
		b.Fatal("no analysis")
	}
	first := ws.panes.panes[0].items[2].id
	b.ReportAllocs()
	for b.Loop() {
		ws.showAnalysis(an)
		ws.selectSentence(first)
		for tab := range viewNames {
			ws.tabs.SelectIndex(tab)
		}
		ws.tabs.SelectIndex(0)
	}
}

// BenchmarkSelectSentence is a click on a sentence of a communiqué and
// another that clears it: the counterparts outlined, the panel filled.
func BenchmarkSelectSentence(b *testing.B) {
	ws := newTestWorkspace(b, communiques(b), "")
	id := ws.panes.panes[0].items[2].id
	b.ReportAllocs()
	for b.Loop() {
		ws.selectSentence(id)
		ws.selectSentence(id)
	}
}

// TestSelectionRemeasuresOnlyWhatChanged: after clicks, the heights the
// panes keep (only the rows whose boldness changed are measured again)
// are those of a full measurement.
func TestSelectionRemeasuresOnlyWhatChanged(t *testing.T) {
	ws := newTestWorkspace(t, communiques(t), "")
	p := ws.panes.panes[0]
	p.list.Resize(fyne.NewSize(300, 400))
	p.width = 0
	p.setWidth(300) // narrow: bold text wraps to more lines
	long, longest := "", 0
	for _, it := range p.items {
		if len(it.text) > longest && it.id != "" {
			long, longest = it.id, len(it.text)
		}
	}
	ws.selectSentence(p.items[2].id)
	ws.selectSentence(long) // selected, so bold, at the end
	kept := append([]float32(nil), p.heights...)
	p.width = 0
	p.setWidth(300)
	for i := range kept {
		if kept[i] != p.heights[i] {
			t.Fatalf("item %d (%q): kept height %.1f, measured %.1f", i, p.items[i].id, kept[i], p.heights[i])
		}
	}
}

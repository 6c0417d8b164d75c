package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/internal/rtl"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// TestTranslationPaneShowsTheOriginal opens the Persian statement of
// testdata/translation as the window opens files: its English translation
// comes with it, and the two make one pane, in which each English sentence
// has the Persian sentence it renders under it, right to left.
func TestTranslationPaneShowsTheOriginal(t *testing.T) {
	ws := newTestWorkspace(t, &project.Project{}, "")
	ws.loadPaths([]string{filepath.Join("..", "testdata", "translation", "spokesman-talks.fa.txt")})
	ws.bg.settle()
	if len(ws.project.Statements) != 2 {
		t.Fatalf("%d statements loaded, want the Persian original and its translation", len(ws.project.Statements))
	}
	if len(ws.panes.panes) != 1 || ws.result == nil {
		t.Fatalf("%d panes (analysis %v), want one for the pair", len(ws.panes.panes), ws.result != nil)
	}
	if got := ws.status.summary.Text; !strings.HasPrefix(got, "2 of 2 statements shown") {
		t.Errorf("status %q: the original is shown, in its translation's pane", got)
	}
	p := ws.panes.panes[0]
	if p.statement.ID != "spokesman-talks-en" || p.original == nil || p.original.ID != "spokesman-talks-fa" {
		t.Fatalf("the pane shows %q with original %v", p.statement.ID, p.original)
	}
	if h := p.link.Text; !p.link.Visible() || !strings.HasPrefix(h, "English translation of بیانیه سخنگوی") || !strings.HasSuffix(h, " · Persian original") {
		t.Errorf("pane header %q does not name both", h)
	}

	// English sentence 4 renders the first half of Persian sentence 4.
	row := rowContaining(t, ws, "spokesman-talks-en", "has never sought nuclear weapons")
	if !strings.HasPrefix(row.item.original, "سخنگو تأکید کرد") {
		t.Fatalf("the row's original is %q", row.item.original)
	}
	w := p.newItem().(*sentenceRow)
	i := p.index[row.id]
	p.updateItem(i, w)
	w.Resize(fyne.NewSize(p.width, p.heights[i])) // as the list lays it out
	if got := w.orig.Text(); got != row.item.original || !w.orig.Visible() || !rtl.MostlyRTL(got) {
		t.Errorf("the row shows the original %q (visible %v)", got, w.orig.Visible())
	}
	if under, bottom := w.orig.Position().Y, w.label.Position().Y+w.label.Size().Height; under < bottom {
		t.Errorf("the original starts at %.0f, above the end of the English (%.0f)", under, bottom)
	}
	if _, right := w.orig.LineExtent(0); right < w.orig.Size().Width-1 {
		t.Errorf("the Persian ends at %.0f of %.0f: not right-aligned", right, w.orig.Size().Width)
	}
	if run := w.orig.Runs()[0]; run.Size == "" || run.Color == "" {
		t.Errorf("the original is not smaller and muted: %+v", run)
	}
	// The list measured the row with its two parts: the measured height
	// ends where the original, laid out, ends.
	if end := w.orig.Position().Y + w.orig.MinSize().Height + rowPadding(); p.heights[i] < end-0.5 || p.heights[i] > end+0.5 {
		t.Errorf("measured height %.1f, the row's text ends at %.1f", p.heights[i], end)
	}
	// English sentence 5 renders the same Persian sentence: it is not
	// repeated.
	if next := rowContaining(t, ws, "spokesman-talks-en", "However, it will not back down"); next.item.original != sameOriginal {
		t.Errorf("the second rendering of one Persian sentence shows %q", next.item.original)
	}
	plain := rowContaining(t, ws, "spokesman-talks-en", "According to him")
	if p.heights[p.index[plain.id]] >= p.heights[i] && len(plain.text) < len(row.text) {
		t.Errorf("heights: a shorter sentence measured no lower")
	}

	// The details name the original sentence too.
	ws.selectSentence(row.id)
	if d := ws.details.text(); !strings.Contains(d, "Original (Persian), s4:") || !strings.Contains(d, "سخنگو تأکید کرد") {
		t.Errorf("details lack the original:\n%s", d)
	}

	// The sidebar shows the link, and excluding one excludes the pair.
	if l := ws.sidebar.link(0); !strings.Contains(l, "translated as") {
		t.Errorf("the original's sidebar entry says %q", l)
	}
	if l := ws.sidebar.link(1); !strings.Contains(l, "translation of") {
		t.Errorf("the translation's sidebar entry says %q", l)
	}
	ws.include(1, false)
	ws.bg.settle()
	if ws.project.Statements[0].Included || len(ws.panes.panes) != 0 {
		t.Errorf("excluding the translation left its original included")
	}
	ws.include(0, true)
	ws.bg.settle()
	if !ws.project.Statements[1].Included || len(ws.panes.panes) != 1 {
		t.Errorf("including the original did not include its translation")
	}
}

// TestUntranslatedSentenceInPane: a sentence of the original that the
// translation leaves out has a row of its own where it stood, saying so.
func TestUntranslatedSentenceInPane(t *testing.T) {
	p := &project.Project{}
	var sts []statement.Statement
	for _, name := range []string{"spokesman-talks.fa.txt", "spokesman-talks.en.txt"} {
		st, err := importer.ReadFile(filepath.Join("..", "testdata", "translation", name))
		if err != nil {
			t.Fatal(err)
		}
		sts = append(sts, st)
	}
	sts[1].Text = strings.Replace(sts[1].Text, " According to the spokesman, the silence of some Western governments in the face of this situation has called the credibility of their human rights claims into question.", "", 1)
	p.AddLinked(sts, []statement.TranslationPair{{Original: 0, Translation: 1}})
	ws := newTestWorkspace(t, p, "")
	pane := ws.panes.panes[0]
	i := pane.index["spokesman-talks-en:s10"] + 1
	if i >= len(pane.items) || !pane.items[i].untranslated || !strings.HasPrefix(pane.items[i].original, "به گفته سخنگو، سکوت") {
		t.Fatalf("the item after English s10 is %+v", pane.items[min(i, len(pane.items)-1)])
	}
	row := pane.newItem().(*sentenceRow)
	pane.updateItem(i, row)
	if !strings.HasPrefix(row.label.Text(), "Not in the translation") || row.orig.Text() != pane.items[i].original {
		t.Errorf("the row shows %q over %q", row.label.Text(), row.orig.Text())
	}
	if pane.heights[i] <= theme.Padding()*2 {
		t.Errorf("the row was measured as a paragraph gap: %.0f", pane.heights[i])
	}
}

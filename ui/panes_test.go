package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

func TestSelectingSentenceHighlightsCounterparts(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if ws.result == nil {
		t.Fatal("the analysis did not reach the window")
	}
	wh := rowContaining(t, ws, "white-house", "will not take part in offensive actions")
	kirby := rowContaining(t, ws, "kirby", "need not spark a wider regional conflict")
	other := rowContaining(t, ws, "kirby", "knew exactly what Iran was doing")
	if wh.item.colour == textview.EmergentColor || wh.item.colour != kirby.item.colour {
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

func TestCommitmentCuesAreMarked(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	row := rowContaining(t, ws, "white-house", "we shall not waver")
	var marked []string
	for _, run := range row.runs() {
		if run.Style.Bold {
			marked = append(marked, run.Text)
		}
	}
	if strings.Join(marked, "|") != "shall not waver" {
		t.Errorf("marked cue words %q, want the pledge's cue \"shall not waver\"", marked)
	}
	plainRow := rowContaining(t, ws, "kirby", "knew exactly")
	for _, run := range plainRow.runs() {
		if run.Style.Bold {
			t.Errorf("a sentence without commitments has marked words: %q", run.Text)
		}
	}
}

func TestPlainPaneBeforeAnalysis(t *testing.T) {
	test.NewTempApp(t)
	p := newPane(statement.Statement{Title: "T", Text: "First paragraph. Two sentences.\n\nSecond paragraph."})
	var got []string
	for _, it := range p.items {
		if it.id != "" {
			t.Errorf("plain item %q has an id before the analysis", it.text)
		}
		got = append(got, it.text)
	}
	if strings.Join(got, "|") != "First paragraph.|Two sentences.||Second paragraph." {
		t.Errorf("plain items %q: want the sentences, a gap between paragraphs", got)
	}
	p.setWidth(300)
	if p.heights[0] <= p.heights[2] || p.heights[3] <= p.heights[2] {
		t.Errorf("heights %v: sentences should be taller than the gap", p.heights)
	}
}

// TestRowMadeBeforeAnalysisSelects: the list makes its rows for the plain
// text and reuses them for the analysed sentences; a tap on such a row
// selects its sentence.
func TestRowMadeBeforeAnalysisSelects(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("Parley")
	ws := newWorkspace(a, w)
	ws.bg.useQueue()
	ws.setProject(demo(t), "")
	p := ws.panes.panes[0]
	row := p.newItem().(*sentenceRow)
	ws.bg.settle()
	t.Cleanup(w.Close)
	if ws.result == nil || p.items[0].id == "" {
		t.Fatal("the analysis did not reach the pane")
	}
	p.updateItem(0, row)
	test.Tap(row)
	if ws.selected != p.items[0].id {
		t.Errorf("tapping a row made before the analysis selected %q, want %q", ws.selected, p.items[0].id)
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

// TestRightToLeftStatementsInPanes loads Hebrew, Persian and English
// statement files: each Hebrew and Persian sentence row is laid out right
// to left, right-aligned; the English one quoting both left-aligned.
func TestRightToLeftStatementsInPanes(t *testing.T) {
	p := &project.Project{}
	for _, f := range []string{"testdata/rtl/gallant-he.md", "testdata/rtl/salami-fa.md", "testdata/rtl/kirby-en.md"} {
		st, err := importer.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p.Add(st)
	}
	ws := newTestWorkspace(t, p, "")
	// Each pane names its statement's language; the Hebrew and Persian ones
	// say what Parley cannot read in them, the English one says nothing.
	for k, language := range []string{"Hebrew", "Persian", "English"} {
		pane := ws.panes.panes[k]
		if !strings.HasSuffix(pane.meta.Text, " · "+language) {
			t.Errorf("%s: header %q does not name %s", pane.statement.ID, pane.meta.Text, language)
		}
		if shown := pane.notice.Visible(); shown != (language != "English") || shown && !strings.Contains(pane.notice.Text, "English only") {
			t.Errorf("%s: notice shown %v: %q", pane.statement.ID, shown, pane.notice.Text)
		}
	}
	for k, rightToLeft := range []bool{true, true, false} {
		pane := ws.panes.panes[k]
		if len(pane.items) == 0 {
			t.Fatalf("%s: no sentences", pane.statement.ID)
		}
		row := pane.newItem().(*sentenceRow)
		pane.updateItem(0, row)
		row.Resize(fyne.NewSize(420, 200))
		f := row.label
		left, right := f.LineExtent(0)
		width := f.Size().Width
		atRight := right > width-1
		if atRight != rightToLeft || (!rightToLeft && left != 0) {
			t.Errorf("%s: first line %q from %.0f to %.0f of %.0f; want right-aligned %v", pane.statement.ID, f.Text(), left, right, width, rightToLeft)
		}
	}
}

// BenchmarkPaneLayout makes the pane of a 19,000-word communiqué and
// lays it out in a 334-pixel column, the work of opening one in the window
// (word widths are measured once per program: this is the layout proper).
func BenchmarkPaneLayout(b *testing.B) {
	test.NewTempApp(b)
	data, err := os.ReadFile("../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt")
	if err != nil {
		b.Fatal(err)
	}
	st, _ := statement.ParseStatement("h.txt", data)
	b.ReportAllocs()
	for b.Loop() {
		p := newPane(st)
		p.setWidth(334) // as the first layout does, before the list is laid out
		p.list.Resize(fyne.NewSize(334, 600))
	}
}

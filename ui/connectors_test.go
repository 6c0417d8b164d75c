package ui

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// renderedRows finds where the pane's list has put its visible rows: item
// → top, in the list's visible coordinates, read from the list's own
// widgets (not from the pane's bookkeeping the gutter uses).
func renderedRows(t *testing.T, p *pane) map[int]float32 {
	t.Helper()
	scroll, ok := test.WidgetRenderer(p.list).Objects()[0].(*container.Scroll)
	if !ok {
		t.Fatal("the list's first object is no scroller")
	}
	out := map[int]float32{}
	for _, o := range scroll.Content.(*fyne.Container).Objects {
		w, ok := o.(fyne.Widget)
		if !ok || !o.Visible() {
			continue
		}
		for _, c := range test.WidgetRenderer(w).Objects() {
			if row, ok := c.(*sentenceRow); ok && row.id != "" {
				out[p.index[row.id]] = o.Position().Y - scroll.Offset.Y
			}
		}
	}
	return out
}

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 0.5 }

// TestLinksFollowRowsAndScroll: the gutter between the demo's first two
// panes has a ribbon for each pair between their statements; each end sits
// on its row as the list draws it, and after one pane scrolls, its ends
// move with it while the other pane's stay.
func TestLinksFollowRowsAndScroll(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if len(ws.panes.gutters) != len(ws.panes.panes)-1 {
		t.Fatalf("%d gutters for %d panes", len(ws.panes.gutters), len(ws.panes.panes))
	}
	g := ws.panes.gutters[0]
	left, right := ws.panes.panes[0], ws.panes.panes[1]
	if want := len(ws.result.PairsBetween(left.statement.ID, right.statement.ID)); want == 0 || len(g.links) != want {
		t.Fatalf("%d links, want one per pair between the panes (%d)", len(g.links), want)
	}
	if g.Size().Width < gutterWidth()-1 || g.Size().Height < 100 {
		t.Fatalf("gutter laid out at %v", g.Size())
	}
	check := func(when string) {
		t.Helper()
		rowsL, rowsR := renderedRows(t, left), renderedRows(t, right)
		matched := 0
		for _, r := range g.ribbons {
			if y, ok := rowsL[r.li]; ok {
				matched++
				if !near(r.l0, y) || !near(r.l1-r.l0, left.heights[r.li]) {
					t.Errorf("%s: ribbon's left end %.1f–%.1f, row %d drawn at %.1f, %.1f tall", when, r.l0, r.l1, r.li, y, left.heights[r.li])
				}
			}
			if y, ok := rowsR[r.ri]; ok {
				matched++
				if !near(r.r0, y) {
					t.Errorf("%s: ribbon's right end at %.1f, row %d drawn at %.1f", when, r.r0, r.ri, y)
				}
			}
		}
		if matched == 0 {
			t.Fatalf("%s: no ribbon ends on a visible row (%d ribbons)", when, len(g.ribbons))
		}
	}
	check("at first")

	before := map[[2]int]ribbon{}
	for _, r := range g.ribbons {
		before[[2]int{r.li, r.ri}] = r
	}
	left.list.ScrollToOffset(80)
	off := left.list.GetScrollOffset()
	if off <= 0 {
		t.Fatal("the first pane did not scroll")
	}
	moved := 0
	for _, r := range g.ribbons {
		b, ok := before[[2]int{r.li, r.ri}]
		if !ok {
			continue
		}
		moved++
		if !near(b.l0-r.l0, off) || !near(b.r0, r.r0) {
			t.Errorf("after scrolling the left pane by %.0f: left end %.1f → %.1f, right end %.1f → %.1f", off, b.l0, r.l0, b.r0, r.r0)
		}
	}
	if moved == 0 {
		t.Error("no ribbon in view both before and after the scroll")
	}
	check("after scrolling")

	// The raster paints a ribbon where it runs: its middle at the
	// gutter's middle column is coloured, the gutter clear far from any.
	img := g.draw(int(g.Size().Width), int(g.Size().Height))
	r := g.ribbons[0]
	mid := int(((r.l0+r.r0)/2 + (r.l1+r.r1)/2) / 2)
	if mid >= 0 && mid < img.Bounds().Dy() {
		if _, _, _, a := img.At(img.Bounds().Dx()/2, mid).RGBA(); a == 0 {
			t.Errorf("nothing painted at the middle of a ribbon (y %d)", mid)
		}
	}
}

// TestSelectionLightsItsLinks: selecting a sentence lights the ribbons of
// its chain and dims the others.
func TestSelectionLightsItsLinks(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	wh := rowContaining(t, ws, "white-house", "will not take part in offensive actions")
	tapRow(wh)
	g := ws.panes.gutters[0]
	lit, dim := 0, 0
	for _, r := range g.ribbons {
		switch r.state {
		case linkLit:
			lit++
			if g.left.items[r.li].id != wh.id {
				t.Errorf("lit ribbon from %q, not the selected sentence", g.left.items[r.li].text)
			}
		case linkDim:
			dim++
		}
	}
	if lit == 0 || dim == 0 {
		t.Errorf("%d lit, %d dimmed ribbons after selecting; want the selected one's lit, others dimmed", lit, dim)
	}
	tapRow(wh)
	for _, r := range g.ribbons {
		if r.state != linkNormal {
			t.Fatalf("ribbon state %v after the selection was cleared", r.state)
		}
	}
}

// TestVersionsMarkRemovedSentence: the readout's revision drops the West
// Bank sentence: its row says so, and the gutter draws a wedge from it to
// the gap after the revision's counterpart of the sentence before it.
func TestVersionsMarkRemovedSentence(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	g := ws.panes.gutters[0]
	left, right := ws.panes.panes[0], ws.panes.panes[1]
	row := rowContaining(t, ws, left.statement.ID, "West Bank")
	if row.item.edit != editRemoved {
		t.Fatalf("the West Bank sentence's mark %v, want removed", row.item.edit)
	}
	runs := itemRuns(row.item, rowNormal)
	if !strings.Contains(runs[0].Text, "Removed in the later version") {
		t.Errorf("the removed row begins %q", runs[0].Text)
	}
	for _, p := range ws.panes.panes {
		for _, it := range p.items {
			if it.edit != 0 && it.id != row.id {
				t.Errorf("%q marked %v; only the West Bank sentence changed", it.text, it.edit)
			}
		}
	}
	if len(g.marks) != 1 || !g.marks[0].left || g.marks[0].item != left.index[row.id] {
		t.Fatalf("marks %+v, want one for the removed sentence on the left", g.marks)
	}
	before := rowContaining(t, ws, right.statement.ID, "offered support")
	if g.marks[0].anchor != right.index[before.id] {
		t.Errorf("the gap is after item %d, want after %q (%d)", g.marks[0].anchor, before.text, right.index[before.id])
	}
	left.list.ScrollToOffset(left.tops[left.index[row.id]] - 20) // bring it into view
	var wedge *ribbon
	for i, r := range g.ribbons {
		if r.edit == editRemoved {
			wedge = &g.ribbons[i]
		}
	}
	if wedge == nil {
		t.Fatal("no wedge in view for the removed sentence")
	}
	if wedge.r0 != wedge.r1 || !near(wedge.r0, gapAt(right, right.index[before.id])) {
		t.Errorf("wedge ends at %.1f–%.1f, want the gap at %.1f", wedge.r0, wedge.r1, gapAt(right, right.index[before.id]))
	}
}

// BenchmarkGutterFrame scrolls a pane of the G7 communiqués (311 pairs) and
// repaints the gutter beside it: the work of a frame while scrolling.
func BenchmarkGutterFrame(b *testing.B) {
	ws := newTestWorkspace(b, communiques(b), "")
	g := ws.panes.gutters[0]
	left := ws.panes.panes[0]
	w, h := int(g.Size().Width), int(g.Size().Height)
	b.ReportAllocs()
	off := float32(0)
	for b.Loop() {
		off = float32(int(off+37) % 20000)
		left.list.ScrollToOffset(off)
		g.draw(w, h)
	}
}

// TestVersionsMarkAddedSentence: read the other way round (the revision
// first, as the earlier), the West Bank sentence is one the later version
// added: marked so in the right pane, its wedge opening to the right.
func TestVersionsMarkAddedSentence(t *testing.T) {
	dir := "../testdata/corpus/versions/"
	ws := newTestWorkspace(t, versionsProject(t, dir+"us_readout_biden_netanyahu_2023-03-19_v2_revised.txt",
		dir+"us_readout_biden_netanyahu_2023-03-19_v1_original.txt"), "")
	g := ws.panes.gutters[0]
	right := ws.panes.panes[1]
	row := rowContaining(t, ws, right.statement.ID, "West Bank")
	if row.item.edit != editAdded || !strings.Contains(itemRuns(row.item, rowNormal)[0].Text, "Added in this version") {
		t.Fatalf("the West Bank sentence's mark %v", row.item.edit)
	}
	right.list.ScrollToOffset(right.tops[right.index[row.id]] - 20)
	for _, r := range g.ribbons {
		if r.edit == editAdded {
			if r.left || r.ri != right.index[row.id] || r.l0 != r.l1 {
				t.Errorf("added wedge %+v: want a point on the left opening to the row on the right", r)
			}
			return
		}
	}
	t.Error("no wedge in view for the added sentence")
}

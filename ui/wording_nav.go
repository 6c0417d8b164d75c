package ui

// The Wording view's navigation: the list of changes, filtered by kind,
// "change x of n", and stepping from one change to the next (Previous and
// Next, F7 / Shift+F7, Alt+Down / Alt+Up), each marked and scrolled into
// view in either layout.

import (
	"github.com/parley-app/parley/compare"

	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/ui/textview"
)

// change is one insertion, deletion or move of the diff.
type change struct {
	op        compare.DiffOp
	section   int    // which diff it belongs to (with All others, one per statement)
	paragraph int    // the paragraph it starts in
	segment   int    // index of its run in that paragraph's inline runs
	sides     [2]int // index of its run in A's and B's column; -1 where it has none
}

// The kinds of change the list can be filtered to.
const (
	allChanges = "All changes"
	inserted   = "Inserted"
	deleted    = "Deleted"
	moved      = "Moved"
)

// makeChangeList makes the list of changes and its filter by kind; a
// change chosen in the list becomes the current one, and the current one
// is the list's selected row (goTo).
func (v *wordingView) makeChangeList() {
	v.kinds = widget.NewSelect([]string{allChanges, inserted, deleted, moved}, nil)
	v.kinds.Selected = allChanges
	v.list = widget.NewList(func() int { return len(v.shown) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		c := v.changes[v.shown[i]]
		text := describeChange(c.op)
		if len(v.diffs) > 1 {
			text = fmt.Sprintf("%d · %s", c.section+1, text) // the section, as numbered in the redline
		}
		o.(*widget.Label).SetText(text)
	})
	v.list.OnSelected = func(i widget.ListItemID) {
		v.release()
		if i < len(v.shown) && v.shown[i] != v.current { // else goTo selected it
			v.goTo(v.shown[i])
		}
	}
	v.kinds.OnChanged = func(string) { v.release(); v.applyFilter() }
}

// applyFilter lists the changes of the kind chosen.
func (v *wordingView) applyFilter() {
	v.shown = v.shown[:0]
	want := map[string]compare.DiffKind{inserted: compare.DiffInsert, deleted: compare.DiffDelete, moved: compare.DiffMove}[v.kinds.Selected]
	for i, c := range v.changes {
		if want == "" || c.op.Op == want {
			v.shown = append(v.shown, i)
		}
	}
	v.list.Refresh()
	v.selectRow()
	v.updatePosition()
}

// selectRow selects the current change's row in the list, scrolled into
// view, or none when the filter hides it.
func (v *wordingView) selectRow() {
	for k, i := range v.shown {
		if i == v.current {
			v.list.Select(k) // scrolls to it; OnSelected sees it is current
			return
		}
	}
	v.list.UnselectAll()
}

// updatePosition says where the current change is among those listed
// ("change x of n"), else how many there are.
func (v *wordingView) updatePosition() {
	if len(v.changes) == 0 {
		return
	}
	pos := 0
	for k, i := range v.shown {
		if i == v.current {
			pos = k + 1
		}
	}
	if pos == 0 {
		v.position.SetText(counted(len(v.shown), "change", "changes"))
		return
	}
	v.position.SetText(fmt.Sprintf("change %d of %d", pos, len(v.shown)))
}

// next and previous step through the changes that pass the filter, or
// through the aligned pairs in pair mode.
func (v *wordingView) next() { v.step(1) }

func (v *wordingView) previous() { v.step(-1) }

func (v *wordingView) step(delta int) {
	if v.pairMode { // the aligned pairs, one after another
		v.stepPairs(delta)
		return
	}
	if len(v.shown) == 0 {
		return
	}
	k := -1
	for j, i := range v.shown {
		if i == v.current {
			k = j
		}
	}
	switch {
	case k < 0 && delta > 0:
		k = 0
	case k < 0:
		k = len(v.shown) - 1
	default:
		k = (k + delta + len(v.shown)) % len(v.shown)
	}
	v.goTo(v.shown[k])
}

// goTo makes change i the current one: it is marked and scrolled into view.
func (v *wordingView) goTo(i int) {
	if i < 0 || i >= len(v.changes) {
		return
	}
	v.mark(v.current, false)
	v.current = i
	v.mark(i, true)
	v.selectRow()
	v.updatePosition()
	if p := v.changes[i].paragraph; p < len(v.text) {
		y := v.paragraphTop(p) + v.changeTop(v.changes[i])
		v.redline.ScrollToOffset(max(0, y-48)) // a few lines of context above
	}
}

// changeTop is how far below its paragraph's top change c's first line is,
// in whichever layout is shown (the higher of the two columns).
func (v *wordingView) changeTop(c change) float32 {
	if c.paragraph >= len(v.text) || v.width <= 0 {
		return 0
	}
	p := v.text[c.paragraph]
	if !v.sideBySide() {
		return textview.RunTop(p.inline, v.width, c.segment)
	}
	top := float32(-1)
	for side := range 2 {
		if c.sides[side] >= 0 {
			y := textview.RunTop(p.sides[side], columnWidth(v.width), c.sides[side])
			if top < 0 || y < top {
				top = y
			}
		}
	}
	return max(top, 0)
}

// mark shows or hides the current-change marker: the change's text gets
// "►" before it, in each column that shows it.
func (v *wordingView) mark(i int, on bool) {
	if i < 0 || i >= len(v.changes) {
		return
	}
	c := v.changes[i]
	if c.paragraph >= len(v.text) {
		return
	}
	p := &v.text[c.paragraph]
	markRun(p.inline, c.segment, on)
	for side := range 2 {
		markRun(p.sides[side], c.sides[side], on)
	}
	if c.paragraph < len(v.heights) { // the marker may take the paragraph onto another line
		v.heights[c.paragraph] = v.paragraphHeight(c.paragraph)
		v.redline.SetItemHeight(c.paragraph, v.heights[c.paragraph])
	}
	v.redline.RefreshItem(c.paragraph)
}

// changeMarker goes before the current change; the no-break space keeps
// it on the line of the change's first word.
const changeMarker = "►\u00a0"

// markRun shows or hides the marker on run k of runs (nothing when k is
// -1). (Its size stays: a larger moved passage would shift every paragraph
// below it.)
func markRun(runs []textview.Run, k int, on bool) {
	if k < 0 || k >= len(runs) {
		return
	}
	runs[k].Text = strings.TrimPrefix(runs[k].Text, changeMarker)
	if on {
		runs[k].Text = changeMarker + runs[k].Text
	}
}

func describeChange(op compare.DiffOp) string {
	text := clip.Text(strings.Join(strings.Fields(op.Text), " "), 90)
	switch {
	case op.Op == compare.DiffInsert:
		return "Inserted: " + text
	case op.Op == compare.DiffDelete:
		return "Deleted: " + text
	case op.Side == "from":
		return fmt.Sprintf("Moved #%d away: %s", op.MoveID, text)
	default:
		return fmt.Sprintf("Moved #%d here: %s", op.MoveID, text)
	}
}

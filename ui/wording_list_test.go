package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TestWordingViewListFollowsF7: the change list and the redline agree
// both ways. F7 and Shift+F7 select the current change's row and scroll
// the list to it; a row chosen in the list becomes the current change,
// scrolled into view in the redline.
func TestWordingViewListFollowsF7(t *testing.T) {
	p := versionsProject(t, "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt", "../compare/worddiff/testdata/hiroshima-revised.txt")
	ws := newTestWorkspace(t, p, "")
	ws.tabs.SelectIndex(wordingTab)
	v := ws.wording
	if len(v.shown) < 10 {
		t.Fatalf("%d changes; the test needs a list longer than its view", len(v.shown))
	}
	// selected reports whether row k is the list's selected one: selecting
	// the selected row again does nothing (Fyne's List.Select).
	selected := func(k int) bool {
		fired := false
		on := v.list.OnSelected
		v.list.OnSelected = func(id widget.ListItemID) { fired = true; on(id) }
		defer func() { v.list.OnSelected = on }()
		v.list.Select(k)
		return !fired
	}
	rowInView := func(k int) bool {
		h := v.list.MinSize().Height // a row's height, separator included, at most
		top := v.list.GetScrollOffset()
		y := float32(k) * h
		return y+1 >= top-h && y <= top+v.list.Size().Height
	}
	f7 := func() { ws.window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF7}) }
	f7()
	f7()
	if v.current != v.shown[1] || !selected(1) {
		t.Errorf("after F7 twice: current %d; the list does not select row 1", v.current)
	}
	shortcuts := ws.window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	shortcuts.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF7, Modifier: fyne.KeyModifierShift})
	shortcuts.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF7, Modifier: fyne.KeyModifierShift}) // wraps to the last
	last := len(v.shown) - 1
	if v.current != v.shown[last] || !selected(last) || !rowInView(last) {
		t.Errorf("after Shift+F7 past the first: current %d of %d, list offset %.0f; want the last row selected and in view",
			v.current, len(v.changes), v.list.GetScrollOffset())
	}

	k := len(v.shown) / 2
	v.list.Select(k) // as a click on the row
	c := v.changes[v.shown[k]]
	y := v.paragraphTop(c.paragraph) + v.changeTop(c)
	top := v.redline.GetScrollOffset()
	if v.current != v.shown[k] || y < top || y > top+v.redline.Size().Height || v.position.Text == "" {
		t.Errorf("row %d chosen: current %d (want %d), its line at %.0f, the redline shows %.0f–%.0f", k, v.current, v.shown[k], y, top, top+v.redline.Size().Height)
	}

	v.kinds.SetSelected(inserted) // the current change may be filtered out: no row stays selected
	if c.op.Op != "insert" && selected(0) {
		t.Error("a row stays selected for a change the filter hides")
	}
}

package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestSetItemHeights: heights set at once reach a list on screen, which
// binds its visible rows once for them, not once per row set.
func TestSetItemHeights(t *testing.T) {
	test.NewTempApp(t)
	const n = 500
	binds := 0
	l := widget.NewList(func() int { return n }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { binds++ })
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 300))
	binds = 0
	setItemHeights(l, n, func(i int) float32 { return float32(20 + i%3*10) })
	if binds == 0 || binds > 60 {
		t.Errorf("%d rows bound while setting %d heights: want the visible rows, about once", binds, n)
	}
	l.ScrollToBottom()
	want := float32(0)
	for i := range n {
		want += float32(20 + i%3*10)
	}
	if off := l.GetScrollOffset(); off < want-300 {
		t.Errorf("scrolled to the bottom at %.0f: the heights (%.0f in all) were not taken", off, want)
	}
	if l.Length() != n || l.CreateItem == nil {
		t.Error("the list's length or row maker not restored")
	}
}

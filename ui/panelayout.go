package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// paneColumns lays out n panes of equal width with a gutter between each
// two: its objects are pane, gutter, pane, … (2n-1 of them), each as tall
// as the row. Its minimum width keeps every pane readable; beyond it the
// pane area scrolls sideways rather than squeezing six panes to 160 px.
type paneColumns struct{ n int }

// minPaneWidth is the narrowest a pane gets: about 28 characters of body
// text (the demo's five fit beside the sidebar at 1400 px), following
// the theme's text size.
func minPaneWidth() float32 { return 200 * theme.TextSize() / 14 }

// gutterWidth is the room between two panes where their links are drawn.
func gutterWidth() float32 { return 24 * theme.TextSize() / 14 }

func (c *paneColumns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if c.n <= 0 {
		return
	}
	g := gutterWidth()
	w := (size.Width - float32(c.n-1)*g) / float32(c.n)
	x := float32(0)
	for i, o := range objects {
		width := w
		if i%2 == 1 {
			width = g
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(width, size.Height))
		x += width
	}
}

func (c *paneColumns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		if o.Visible() {
			h = max(h, o.MinSize().Height)
		}
	}
	return fyne.NewSize(float32(c.n)*minPaneWidth()+float32(max(c.n-1, 0))*gutterWidth(), h)
}

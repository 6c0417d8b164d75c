package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// flowLayout places its objects left to right at their minimum sizes and
// wraps them onto further rows, so that a legend of any length is seen
// whole instead of scrolled. Fyne asks for a minimum size before it gives
// a width, so the layout remembers the last width it was given and, when
// that changes the number of rows, asks relayout to lay its parent out
// again.
type flowLayout struct {
	width    float32
	rows     int
	relayout func()
}

func (f *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	rows, _ := f.place(objects, size.Width, true)
	f.width = size.Width
	if rows != f.rows {
		f.rows = rows
		if f.relayout != nil {
			fyne.Do(f.relayout)
		}
	}
}

func (f *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var widest float32
	for _, o := range objects {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	width := f.width
	if width <= 0 {
		width = float32(1e9) // one row until a width is known
	}
	_, height := f.place(objects, width, false)
	return fyne.NewSize(widest, height)
}

// place lays the objects out at width (moving them when move is set) and
// returns the number of rows they take and their height.
func (f *flowLayout) place(objects []fyne.CanvasObject, width float32, move bool) (rows int, height float32) {
	var x, y, rowH float32
	gap := theme.Padding()
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if rows == 0 {
			rows = 1
		} else if x > 0 && x+s.Width > width {
			y += rowH + gap
			x, rowH = 0, 0
			rows++
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(s)
		}
		x += s.Width + gap
		rowH = max(rowH, s.Height)
	}
	return rows, y + rowH
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// setItemHeights sets the height of each of a list's n rows at once.
//
// A widget.List on screen refreshes itself at every SetItemHeight that
// changes a height: it makes a row to learn the template's size, sums every
// row's height again and binds its visible rows, so that measuring a
// communiqué's 900 sentences (after a resize, or the pairs of the Wording
// view when first shown) took time in the square of their number. With its
// length reported as 0 and a template kept meanwhile, each of those
// refreshes finds no row to bind; the list is refreshed once at the end.
func setItemHeights(l *widget.List, n int, height func(i int) float32) {
	length, create := l.Length, l.CreateItem
	var template fyne.CanvasObject
	l.Length = func() int { return 0 }
	l.CreateItem = func() fyne.CanvasObject {
		if template == nil {
			template = create()
		}
		return template
	}
	for i := range n {
		l.SetItemHeight(i, height(i))
	}
	l.Length, l.CreateItem = length, create
	l.Refresh()
}

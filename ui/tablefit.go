package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fittedTable sizes a table of text cells (newLabelTable) to the width it
// is given: the row headers take a share of the width within bounds, the
// columns share the rest, each at least minColumn wide (beyond that the
// table scrolls sideways), and every row is as tall as its fullest cell so
// that no text is cut. The sizes set are kept, since widget.Table does not
// tell them.
type fittedTable struct {
	table      *widget.Table
	minHeader  float32
	maxHeader  float32
	minColumn  float32
	headerText func(row int) string      // a row's header, -1 none
	columnText func(col int) string      // a column's header
	cellText   func(row, col int) string // a cell's text
	rows, cols func() int

	width   float32
	columns map[int]float32 // column widths set, -1 the row headers
	heights map[int]float32 // row heights set, -1 the column headers
}

// reset forgets the width fitted to, for a table made anew.
func (f *fittedTable) reset(t *widget.Table) {
	f.table, f.width = t, 0
	f.columns, f.heights = map[int]float32{}, map[int]float32{}
}

// fit sizes the table for width; a width already fitted to is left alone
// (setting a size refreshes every cell on screen).
func (f *fittedTable) fit(width float32) {
	if f.table == nil || width <= 0 || width == f.width {
		return
	}
	f.width = width
	width -= theme.ScrollBarSize() + theme.Padding()
	scale := textScale() // the bounds are for text at 100%
	header := min(max(width*0.18, f.minHeader*scale), f.maxHeader*scale)
	rows, cols := f.rows(), f.cols()
	column := max((width-header)/float32(max(cols, 1))-theme.Padding(), f.minColumn*scale)
	f.setColumnWidth(-1, header)
	for c := 0; c < cols; c++ {
		f.setColumnWidth(c, column)
	}
	tallest := float32(0)
	for c := 0; c < cols; c++ {
		tallest = max(tallest, cellHeight(f.columnText(c), column, true))
	}
	f.setRowHeight(-1, tallest)
	for r := 0; r < rows; r++ {
		h := cellHeight(f.headerText(r), header, true)
		for c := 0; c < cols; c++ {
			h = max(h, cellHeight(f.cellText(r, c), column, false))
		}
		f.setRowHeight(r, h)
	}
}

func (f *fittedTable) setColumnWidth(c int, w float32) {
	f.columns[c] = w
	f.table.SetColumnWidth(c, w)
}

func (f *fittedTable) setRowHeight(r int, h float32) {
	f.heights[r] = h
	f.table.SetRowHeight(r, h)
}

func (f *fittedTable) columnWidth(c int) float32 { return f.columns[c] }
func (f *fittedTable) rowHeight(r int) float32   { return f.heights[r] }

// textOf is the text update would put in a cell.
func textOf(update func(widget.TableCellID, fyne.CanvasObject), id widget.TableCellID) string {
	probe := newTextCell(false)
	update(id, probe)
	return probe.Text()
}

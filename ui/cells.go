package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/ui/textview"
)

// textCell is a table cell of wrapped text, laid out by textview.FlowText.
// A wrapped widget.Label finds each line break by measuring ever longer
// stretches of its text, shaping each anew: refreshing the Topics or
// Commitments table took tens of milliseconds a time, and a table refreshes
// whenever a column width or row height is set.
type textCell struct {
	widget.BaseWidget
	flow *textview.FlowText
	bold bool // a header's text
	box  *fyne.Container
}

func newTextCell(bold bool) *textCell {
	c := &textCell{flow: textview.NewFlowText(), bold: bold}
	c.box = container.New(layout.NewCustomPaddedLayout(cellPadV(), cellPadV(), cellPadH(), cellPadH()), c.flow)
	c.ExtendBaseWidget(c)
	return c
}

// The text's distance from the cell's edges, as a label keeps it.
func cellPadH() float32 { return theme.InnerPadding() }
func cellPadV() float32 { return theme.InnerPadding() / 2 }

// set shows text, muted for what is missing ("—"), and in italics.
func (c *textCell) set(text string, muted, italic bool) {
	run := textview.Run{Text: text, Style: fyne.TextStyle{Bold: c.bold, Italic: italic}}
	if muted {
		run.Color = theme.ColorNamePlaceHolder
	}
	c.flow.SetRuns(run)
}

// Text is what the cell shows.
func (c *textCell) Text() string { return c.flow.Text() }

func (c *textCell) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.box) }

// cellHeight is the height a cell of the given width needs to show text
// wrapped, none of it cut off: a row is as tall as its fullest cell.
func cellHeight(text string, width float32, bold bool) float32 {
	runs := []textview.Run{{Text: text, Style: fyne.TextStyle{Bold: bold}}}
	return textview.WrappedHeight(runs, width-2*cellPadH()) + 2*cellPadV()
}

// newLabelTable makes a table of wrapped text cells with bold row and
// column headers, as the grid and the topics table use. The views make a
// new one for each analysis they show, and size it before it is laid out:
// setting a size refreshes every cell of a table on screen.
func newLabelTable(size func() (int, int), update, updateHeader func(widget.TableCellID, fyne.CanvasObject),
	selected func(widget.TableCellID)) *widget.Table {
	t := widget.NewTableWithHeaders(size, func() fyne.CanvasObject { return newTextCell(false) }, update)
	t.CreateHeader = func() fyne.CanvasObject { return newTextCell(true) }
	t.UpdateHeader = updateHeader
	t.OnSelected = selected
	return t
}

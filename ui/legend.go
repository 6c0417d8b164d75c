package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/ui/textview"
)

// newLegend is the row of topic colours above the panes; it wraps onto as
// many lines as its topics need. relayout lays out what holds it again
// when the number of lines changes.
func newLegend(relayout func()) *fyne.Container {
	return container.New(&flowLayout{relayout: relayout})
}

// showLegend lists the scheme topics the statements address, in their
// colours, each with how many of the statements address it.
func (ws *Workspace) showLegend(a *compare.Analysis) {
	ws.legend.RemoveAll()
	n := len(a.Statements)
	for i, t := range a.Topics {
		if t.Emergent || len(t.Passages) == 0 {
			continue
		}
		if len(ws.legend.Objects) == 0 {
			ws.legend.Add(newLegendItem(nil, "Topics, in how many statements:"))
		}
		colour := textview.Tint(textview.TopicColor(i, false), 0xb0)
		ws.legend.Add(newLegendItem(&colour, fmt.Sprintf("%s %d/%d", t.Label, len(t.Passages), n)))
	}
	ws.legend.Refresh()
}

// legendItem is a colour swatch and its name, without a label's padding so
// that the legend takes few lines.
type legendItem struct {
	widget.BaseWidget
	colour *color.NRGBA // nil: a caption without swatch
	text   string
}

func newLegendItem(colour *color.NRGBA, text string) *legendItem {
	l := &legendItem{colour: colour, text: text}
	l.ExtendBaseWidget(l)
	return l
}

func (l *legendItem) CreateRenderer() fyne.WidgetRenderer {
	r := &legendRenderer{item: l, swatch: canvas.NewRectangle(color.Transparent), label: canvas.NewText(l.text, nil)}
	r.swatch.CornerRadius = 3
	if l.colour == nil {
		r.swatch.Hide()
		r.label.TextStyle.Bold = true
	} else {
		r.swatch.FillColor = *l.colour
	}
	r.Refresh()
	return r
}

type legendRenderer struct {
	item   *legendItem
	swatch *canvas.Rectangle
	label  *canvas.Text
}

func (r *legendRenderer) swatchSize() float32 { return theme.TextSize() }

func (r *legendRenderer) Layout(size fyne.Size) {
	x := float32(0)
	if r.swatch.Visible() {
		s := r.swatchSize()
		r.swatch.Resize(fyne.NewSquareSize(s))
		r.swatch.Move(fyne.NewPos(0, (size.Height-s)/2))
		x = s + theme.Padding()*1.5
	}
	r.label.Move(fyne.NewPos(x, 0))
	r.label.Resize(fyne.NewSize(size.Width-x, size.Height))
}

func (r *legendRenderer) MinSize() fyne.Size {
	text := r.label.MinSize()
	w := text.Width + theme.Padding()*2
	if r.swatch.Visible() {
		w += r.swatchSize() + theme.Padding()*1.5
	}
	return fyne.NewSize(w, text.Height)
}

func (r *legendRenderer) Refresh() {
	r.label.Color = theme.Color(theme.ColorNameForeground)
	r.label.TextSize = theme.TextSize()
	r.label.Refresh()
	r.swatch.Refresh()
}

func (r *legendRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.swatch, r.label} }

func (r *legendRenderer) Destroy() {}

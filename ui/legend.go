package ui

import (
	"fmt"
	"image/color"
	"slices"

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

// collapsedLegend topics are listed until the analyst asks for all: two
// lines at 1400 px; two communiqués address 25.
const collapsedLegend = 8

// showLegend lists the scheme topics the statements address, in their
// colours, each with how many of the statements address it; beyond
// collapsedLegend, the most widely addressed, and a button for the rest.
func (ws *Workspace) showLegend(a *compare.Analysis) {
	ws.legend.RemoveAll()
	n := len(a.Statements)
	var items []*legendItem
	var counts []int
	for i, t := range a.Topics {
		if t.Emergent || len(t.Passages) == 0 {
			continue
		}
		colour := textview.Tint(textview.TopicColor(i, false), 0xb0)
		items = append(items, newLegendItem(&colour, fmt.Sprintf("%s %d/%d", t.Label, len(t.Passages), n)))
		counts = append(counts, len(t.Passages))
	}
	if len(items) == 0 {
		ws.legend.Refresh()
		return
	}
	ws.legend.Add(newLegendItem(nil, "Topics, in how many statements:"))
	shown := items
	if len(items) > collapsedLegend && !ws.legendAll {
		shown = mostAddressed(items, counts, collapsedLegend)
	}
	for _, it := range shown {
		ws.legend.Add(it)
	}
	if len(items) > collapsedLegend {
		label := fmt.Sprintf("All %d topics", len(items))
		if ws.legendAll {
			label = "Fewer topics"
		}
		more := widget.NewButton(label, func() {
			ws.legendAll = !ws.legendAll
			ws.showLegend(a)
		})
		more.Importance = widget.LowImportance
		ws.legend.Add(more)
	}
	ws.legend.Refresh()
}

// mostAddressed keeps the n items with the highest counts, in their order.
func mostAddressed(items []*legendItem, counts []int, n int) []*legendItem {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return counts[y] - counts[x] })
	keep := order[:n]
	slices.Sort(keep)
	out := make([]*legendItem, n)
	for k, i := range keep {
		out[k] = items[i]
	}
	return out
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

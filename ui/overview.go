package ui

import (
	"image"
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/ui/textview"
)

// overviewStrip is a thin bar beside a pane that maps its whole text: each
// sentence is a band at its place, in its topic's colour, with a tick on
// the right where its wording is not in the baseline statement, and the
// selected sentence and its counterparts drawn solid. Tapping the strip
// scrolls the pane there, as a diff tool's location bar does.
type overviewStrip struct {
	widget.BaseWidget
	marks  []overviewMark
	total  float32 // the summed height of the pane's items
	onTap  func(item int)
	raster *canvas.Raster
}

// overviewMark is one item of the pane: where it lies, in pane pixels.
type overviewMark struct {
	top, height float32
	colour      color.NRGBA // zero for a paragraph gap
	changed     bool        // wording not found in the baseline
	state       rowState
}

// overviewWidth is the strip's width: enough to see colours, little
// enough not to take room from the text.
const overviewWidth = 12

func newOverviewStrip(onTap func(int)) *overviewStrip {
	s := &overviewStrip{onTap: onTap}
	s.raster = canvas.NewRaster(s.draw)
	s.ExtendBaseWidget(s)
	return s
}

// setMarks replaces the items shown; heights are the pane's item heights.
func (s *overviewStrip) setMarks(marks []overviewMark) {
	s.marks = marks
	s.total = 0
	for i := range s.marks {
		s.marks[i].top = s.total
		s.total += s.marks[i].height
	}
	s.raster.Refresh()
}

// itemAt returns the item at height fraction f of the strip.
func (s *overviewStrip) itemAt(f float32) int {
	y := f * s.total
	i := sort.Search(len(s.marks), func(i int) bool { return s.marks[i].top+s.marks[i].height > y })
	return min(i, len(s.marks)-1)
}

func (s *overviewStrip) Tapped(e *fyne.PointEvent) {
	h := s.Size().Height
	if s.onTap == nil || len(s.marks) == 0 || h <= 0 {
		return
	}
	s.onTap(s.itemAt(min(max(e.Position.Y/h, 0), 1)))
}

// draw paints the strip at w×h pixels: one pass over the marks, each at
// least a pixel high so that a one-line sentence in a long text shows.
func (s *overviewStrip) draw(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	if s.total <= 0 || h <= 0 {
		return img
	}
	bg := textview.ThemeColor(theme.ColorNameInputBackground)
	fill(img, 0, w, 0, h, bg)
	scale := float32(h) / s.total
	changeColour := toNRGBA(textview.ThemeColor(theme.ColorNameError))
	pick := toNRGBA(textview.ThemeColor(theme.ColorNameForeground))
	split := w * 2 / 3
	for _, m := range s.marks {
		if m.colour.A == 0 {
			continue
		}
		y0 := int(m.top * scale)
		y1 := max(int((m.top+m.height)*scale), y0+1)
		switch m.state {
		case rowSelected, rowCounterpart:
			fill(img, 0, w, y0, y1, pick)
			continue
		}
		fill(img, 0, split, y0, y1, textview.Tint(m.colour, 0xd0))
		if m.changed {
			fill(img, split+1, w, y0, y1, changeColour)
		}
	}
	return img
}

func fill(img *image.NRGBA, x0, x1, y0, y1 int, c color.Color) {
	b := img.Bounds()
	for y := max(y0, 0); y < min(y1, b.Max.Y); y++ {
		for x := max(x0, 0); x < min(x1, b.Max.X); x++ {
			img.Set(x, y, c)
		}
	}
}

func toNRGBA(c color.Color) color.NRGBA {
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

func (s *overviewStrip) MinSize() fyne.Size { return fyne.NewSize(overviewWidth, theme.Padding()*8) }

func (s *overviewStrip) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.raster)
}

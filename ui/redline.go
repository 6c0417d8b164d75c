package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/ui/textview"
)

// redlineRow shows one paragraph of the Wording view's diff: the inline
// redline, or the two versions' wording side by side. The view's list
// recycles rows as it scrolls.
type redlineRow struct {
	widget.BaseWidget
	inline, a, b *textview.FlowText
	side         bool
}

func newRedlineRow() *redlineRow {
	r := &redlineRow{inline: textview.NewFlowText(), a: textview.NewFlowText(), b: textview.NewFlowText()}
	r.ExtendBaseWidget(r)
	return r
}

// show binds the row to paragraph p in the given layout.
func (r *redlineRow) show(p redlinePara, side bool) {
	r.side = side
	if side {
		r.a.SetRuns(p.sides[0]...)
		r.b.SetRuns(p.sides[1]...)
		r.inline.Hide()
		r.a.Show()
		r.b.Show()
	} else {
		r.inline.SetRuns(p.inline...)
		r.inline.Show()
		r.a.Hide()
		r.b.Hide()
	}
	r.Refresh()
}

func (r *redlineRow) CreateRenderer() fyne.WidgetRenderer { return &redlineRowRenderer{r} }

type redlineRowRenderer struct{ r *redlineRow }

func (rr *redlineRowRenderer) Layout(size fyne.Size) {
	r := rr.r
	if !r.side {
		r.inline.Move(fyne.NewPos(0, 0))
		r.inline.Resize(size)
		return
	}
	col := columnWidth(size.Width)
	r.a.Move(fyne.NewPos(0, 0))
	r.a.Resize(fyne.NewSize(col, size.Height))
	r.b.Move(fyne.NewPos(col+redlineGap, 0))
	r.b.Resize(fyne.NewSize(col, size.Height))
}

// MinSize is small: the list gives each row the height the view measured.
func (rr *redlineRowRenderer) MinSize() fyne.Size { return fyne.NewSize(redlineGap*4, 1) }

func (rr *redlineRowRenderer) Refresh() {
	rr.Layout(rr.r.Size())
	rr.r.inline.Refresh()
	rr.r.a.Refresh()
	rr.r.b.Refresh()
}

func (rr *redlineRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.r.inline, rr.r.a, rr.r.b}
}

func (rr *redlineRowRenderer) Destroy() {}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// room is how the window's space is shared: the sidebar beside the views
// (hidden to give the panes its width), and the panes above the detail
// panel (which the analyst can expand to read a pair and its evidence
// without scrolling).
type room struct {
	body          *fyne.Container  // holds the split, or the views alone while the sidebar is hidden
	sides         *container.Split // sidebar | views
	views         fyne.CanvasObject
	compare       *container.Split // panes above the detail panel
	paneShare     float64          // the panes' share when the details are not expanded
	sidebarHidden bool
	detailsLarge  bool
}

// Default shares: the sidebar a sixth of the width, the panes nearly three
// quarters of the height; expanded, the detail panel takes three quarters.
const (
	sidebarShare         = 0.16
	paneShare            = 0.72
	expandedDetailsShare = 0.25 // the panes' share while the details are expanded
)

func newRoom(sidebar, views fyne.CanvasObject, compare *container.Split) *room {
	r := &room{views: views, compare: compare, paneShare: paneShare}
	r.sides = container.NewHSplit(sidebar, views)
	r.sides.Offset = sidebarShare
	r.compare.Offset = paneShare
	r.body = container.NewStack(r.sides)
	return r
}

func (r *room) object() fyne.CanvasObject { return r.body }

// toggleSidebar hides the sidebar, or shows it again at its width.
func (r *room) toggleSidebar() {
	r.sidebarHidden = !r.sidebarHidden
	if r.sidebarHidden {
		r.body.Objects = []fyne.CanvasObject{r.views}
	} else {
		r.sides.Trailing = r.views
		r.body.Objects = []fyne.CanvasObject{r.sides}
		r.sides.Refresh()
	}
	r.body.Refresh()
}

// toggleDetails expands the detail panel, or gives the panes back the
// share they had (the analyst may have dragged the divider meanwhile).
func (r *room) toggleDetails() {
	r.detailsLarge = !r.detailsLarge
	if r.detailsLarge {
		r.paneShare = r.compare.Offset
		r.compare.SetOffset(expandedDetailsShare)
	} else {
		r.compare.SetOffset(r.paneShare)
	}
}

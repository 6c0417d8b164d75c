package ui

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/ui/textview"
)

// linkGutter is the narrow strip between two neighbouring panes where each
// aligned pair is drawn as a ribbon, as a file-comparison tool draws its
// links: from the sentence's rows on the left to its counterpart's on the
// right, in the pair's topic colour, following each pane's scroll. Between
// two versions of one text, a sentence one of them removed or added is a
// wedge from its row to the gap in the other pane, with a − or + mark.
//
// The shapes are found on the UI goroutine when the gutter is refreshed
// (only those in view), and painted into one reused raster: no objects per
// link, nothing allocated per frame once the image has its size.
type linkGutter struct {
	widget.BaseWidget
	left, right *pane
	links       []paneLink
	marks       []editMark
	raster      *canvas.Raster
	img         *image.RGBA
	ribbons     []ribbon // the shapes in view, in gutter units, as last refreshed
}

// paneLink is an aligned pair: an item of the left pane and one of the right.
type paneLink struct {
	l, r   int
	colour color.NRGBA
}

// editMark is a sentence that one version has and the other lacks: item of
// the left pane (left) or the right one, and the item of the other pane
// after which it would stand (-1: before the first).
type editMark struct {
	item   int
	left   bool
	anchor int
	edit   rowEdit
}

// linkState is how a ribbon is drawn against the selection.
type linkState uint8

const (
	linkNormal linkState = iota
	linkLit              // both ends in the selected chain
	linkDim              // something else is selected
)

// ribbon is one shape: from [l0, l1] at the gutter's left edge to [r0, r1]
// at its right edge (a wedge when one side is a point).
type ribbon struct {
	l0, l1, r0, r1 float32
	colour         color.NRGBA
	state          linkState
	edit           rowEdit // a removed or added sentence's wedge; 0 for a link
	left           bool    // the edited sentence is in the left pane
	li, ri         int     // the items at each end; -1 for a wedge's gap
}

func newLinkGutter(left, right *pane) *linkGutter {
	g := &linkGutter{left: left, right: right}
	g.raster = canvas.NewRaster(g.draw)
	g.ExtendBaseWidget(g)
	return g
}

// setLinks replaces the links and marks after an analysis: the pairs
// between the two panes' statements, and, for two versions, what the later
// removed and added.
func (g *linkGutter) setLinks(an *compare.Analysis, topicIndex map[string]int, edits compare.VersionEdits, versions bool) {
	g.links, g.marks = g.links[:0], g.marks[:0]
	left, right := g.left.statement.ID, g.right.statement.ID
	for _, p := range an.PairsBetween(left, right) {
		a, b := p.A, p.B
		if _, ok := g.left.index[a]; !ok {
			a, b = b, a
		}
		i, okL := g.left.index[a]
		j, okR := g.right.index[b]
		if !okL || !okR {
			continue
		}
		idx, emergent := -1, true
		if k, ok := topicIndex[p.Topic]; ok {
			idx, emergent = k, an.Topics[k].Emergent
		}
		g.links = append(g.links, paneLink{l: i, r: j, colour: textview.TopicColor(idx, emergent)})
	}
	if versions {
		for _, id := range edits.Removed {
			g.addMark(id, editRemoved)
		}
		for _, id := range edits.Added {
			g.addMark(id, editAdded)
		}
	}
	g.Refresh()
}

// addMark places a removed or added sentence in the other pane: after the
// counterparts of the sentences before it.
func (g *linkGutter) addMark(id string, e rowEdit) {
	m := editMark{anchor: -1, edit: e}
	var ok bool
	if m.item, ok = g.left.index[id]; ok {
		m.left = true
	} else if m.item, ok = g.right.index[id]; !ok {
		return
	}
	for _, l := range g.links {
		near, far := l.l, l.r
		if !m.left {
			near, far = l.r, l.l
		}
		if near < m.item {
			m.anchor = max(m.anchor, far)
		}
	}
	g.marks = append(g.marks, m)
}

// itemSpan is where item i of p is, in the pane's visible coordinates.
func itemSpan(p *pane, i int) (top, bottom float32) {
	off := p.list.GetScrollOffset()
	return p.tops[i] - off, p.tops[i] + p.heights[i] - off
}

// gapAt is where a sentence after item i of p would stand: in the middle
// of the space after it (before the first item for -1).
func gapAt(p *pane, i int) float32 {
	if i < 0 {
		return -p.list.GetScrollOffset()
	}
	_, bottom := itemSpan(p, i)
	return bottom + theme.Padding()/2
}

// measured tells whether a pane's rows have their heights.
func measured(p *pane) bool {
	return p.list != nil && len(p.tops) == len(p.items) && len(p.heights) == len(p.items)
}

// layoutRibbons finds the shapes in view for a gutter h units tall.
func (g *linkGutter) layoutRibbons(h float32) {
	g.ribbons = g.ribbons[:0]
	if !measured(g.left) || !measured(g.right) || h <= 0 {
		return
	}
	inView := func(a, b, c, d float32) bool { return max(b, d) >= 0 && min(a, c) <= h }
	for _, l := range g.links {
		if l.l >= len(g.left.items) || l.r >= len(g.right.items) {
			continue
		}
		l0, l1 := itemSpan(g.left, l.l)
		r0, r1 := itemSpan(g.right, l.r)
		if !inView(l0, l1, r0, r1) {
			continue
		}
		g.ribbons = append(g.ribbons, ribbon{l0: l0, l1: l1, r0: r0, r1: r1, colour: l.colour, li: l.l, ri: l.r,
			state: linkStateOf(g.left.state[g.left.items[l.l].id], g.right.state[g.right.items[l.r].id])})
	}
	for _, m := range g.marks {
		near, far := g.left, g.right
		if !m.left {
			near, far = far, near
		}
		if m.item >= len(near.items) || m.anchor >= len(far.items) {
			continue
		}
		n0, n1 := itemSpan(near, m.item)
		y := gapAt(far, m.anchor)
		r := ribbon{l0: n0, l1: n1, r0: y, r1: y, edit: m.edit, left: m.left, li: m.item, ri: -1,
			state: linkStateOf(near.state[near.items[m.item].id], near.state[near.items[m.item].id])}
		if !m.left {
			r.l0, r.l1, r.r0, r.r1, r.li, r.ri = y, y, n0, n1, -1, m.item
		}
		if inView(r.l0, r.l1, r.r0, r.r1) {
			g.ribbons = append(g.ribbons, r)
		}
	}
}

func linkStateOf(a, b rowState) linkState {
	lit := func(s rowState) bool { return s == rowSelected || s == rowCounterpart }
	switch {
	case lit(a) && lit(b):
		return linkLit
	case a == rowDimmed || b == rowDimmed || lit(a) || lit(b):
		return linkDim
	}
	return linkNormal
}

// moved redraws the gutter after its panes scrolled, were measured again or
// changed their selection.
func (g *linkGutter) moved() { g.Refresh() }

func (g *linkGutter) MinSize() fyne.Size { return fyne.NewSize(gutterWidth(), 0) }

func (g *linkGutter) CreateRenderer() fyne.WidgetRenderer { return &gutterRenderer{g: g} }

type gutterRenderer struct{ g *linkGutter }

func (r *gutterRenderer) Layout(size fyne.Size) {
	r.g.raster.Resize(size)
	r.g.layoutRibbons(size.Height)
}

func (r *gutterRenderer) MinSize() fyne.Size { return r.g.MinSize() }

func (r *gutterRenderer) Refresh() {
	r.g.layoutRibbons(r.g.Size().Height)
	r.g.raster.Refresh()
}

func (r *gutterRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.g.raster} }

func (r *gutterRenderer) Destroy() {}

package ui

import (
	"fyne.io/fyne/v2/theme"

	"github.com/parley-app/parley/ui/textview"
)

// The pane's rows are measured word by word (cached), without building any
// widget. Before the analysis arrives, the plain text's rows past the
// first screenful are estimated from their length and measured in later
// turns of the event loop (paneRowsPerTurn a turn), so the window's first
// frame waits for a screenful, not for every row of two 20,000-word
// communiqués (about 20 ms). The analysed rows are measured at once: the
// pane keeps its scroll offset across them, which estimates would move.
const (
	paneRowsAtOnce  = 48
	paneRowsPerTurn = 200
)

// setWidth measures the items' heights for a new pane width.
func (p *pane) setWidth(w float32) {
	if w == p.width || w <= 0 {
		return
	}
	p.width = w
	p.fitTitle()
	p.measuring++
	now := len(p.items)
	if p.later != nil && len(p.index) == 0 { // the plain text
		now = min(now, paneRowsAtOnce)
	}
	p.heights = p.heights[:0]
	for i := range now {
		p.heights = append(p.heights, p.itemHeight(i))
	}
	if now < len(p.items) {
		guess := newLineEstimate(p.textWidth())
		for i := now; i < len(p.items); i++ {
			p.heights = append(p.heights, p.estimateHeight(i, guess))
		}
	}
	p.applyHeights()
	p.measureLater(p.measuring, now)
}

// measureLater measures items[from:] in later turns of the event loop, a
// batch a turn, unless the width or the items changed meanwhile.
func (p *pane) measureLater(round, from int) {
	if from >= len(p.items) {
		return
	}
	p.later(func() {
		if round != p.measuring {
			return
		}
		to := min(len(p.items), from+paneRowsPerTurn)
		for i := from; i < to; i++ {
			p.heights[i] = p.itemHeight(i)
		}
		if to < len(p.items) {
			p.measureLater(round, to)
			return
		}
		p.applyHeights()
	})
}

// applyHeights gives the list, the tops, the strip and the gutters the
// items' heights.
func (p *pane) applyHeights() {
	setItemHeights(p.list, len(p.heights), func(i int) float32 { return p.heights[i] })
	p.updateTops(0)
	p.updateStrip()
	p.moved()
}

// textWidth is the width a row's text wraps at.
func (p *pane) textWidth() float32 { return p.width - barWidth - 2*rowPadding() }

// itemHeight is item i's height at the pane's width.
func (p *pane) itemHeight(i int) float32 {
	it := p.items[i]
	if it.gap() {
		return theme.Padding() * 2
	}
	main, orig := rowHeights(it, p.state[it.id], p.textWidth())
	return main + orig + 2*rowPadding()
}

// estimateHeight guesses item i's height from its length, until measured.
func (p *pane) estimateHeight(i int, guess lineEstimate) float32 {
	it := p.items[i]
	if it.gap() {
		return theme.Padding() * 2
	}
	lines := max(guess.lines([]textview.Run{{Text: it.text}}), 1)
	if it.original != "" {
		lines += max(guess.lines([]textview.Run{{Text: it.original}}), 1)
	}
	return guess.line*lines + 2*rowPadding()
}

// remeasure updates the heights of the given items after their state
// changed, not the whole text's.
func (p *pane) remeasure(items []int) {
	if p.width <= 0 || len(p.heights) != len(p.items) {
		return
	}
	first := len(p.heights)
	for _, i := range items {
		p.heights[i] = p.itemHeight(i)
		p.list.SetItemHeight(i, p.heights[i])
		first = min(first, i)
	}
	p.updateTops(first)
}

// updateTops finds each item's top in the list's content, from item from
// on: the list puts a padding between rows.
func (p *pane) updateTops(from int) {
	if len(p.tops) != len(p.heights) {
		p.tops = make([]float32, len(p.heights))
		from = 0
	}
	pad := theme.Padding()
	for i := max(from, 0); i < len(p.heights); i++ {
		if i == 0 {
			p.tops[0] = 0
			continue
		}
		p.tops[i] = p.tops[i-1] + p.heights[i-1] + pad
	}
}

package ui

import (
	"math"
	"slices"
	"unicode/utf8"

	"github.com/parley-app/parley/ui/textview"
)

// measuredAtOnce is how many pair rows are measured at once when the
// pairs or the list's width change: more than a screen holds. The others
// are estimated from their length, then measured measuredPerTurn at a
// time on the UI goroutine, each batch a turn of the event loop of its
// own, so frames are drawn in between: measuring all 726 pairs of two
// communiqués took about 65 ms of the view's first visit. (Measuring off
// the UI goroutine is not safe: a word the shaper leaves to Fyne is
// measured by Fyne, whose fonts are not safe for concurrent use.)
const (
	measuredAtOnce  = 24
	measuredPerTurn = 64
)

// pairHeights are the height of entry e's header and of its whole row, at
// width w.
func pairHeights(e pairEntry, w float32) (header, row float32) {
	w = max(w-2*pairInset(), 1)
	header = textview.WrappedHeight(e.header, w)
	col := columnWidth(w)
	body := max(textview.WrappedHeight(e.sides[0], col), textview.WrappedHeight(e.sides[1], col))
	return header, header + pairGap + body + pairGap
}

// setPairWidth measures the rows again for a new width of the list.
func (v *wordingView) setPairWidth(w float32) {
	if w != v.pairWidth && w > 0 {
		v.pairWidth = w
		v.measurePairs()
	}
}

// measurePairs gives the list each pair's height at its width: the first
// rows measured at once, the others estimated from their length until
// later turns have measured them. A later call (new pairs, a new width)
// makes the turns of an earlier one stale, and they stop.
func (v *wordingView) measurePairs() {
	if v.pairWidth <= 0 {
		return // measured at the first layout
	}
	v.pairsMeasured++
	round, width, pairs := v.pairsMeasured, v.pairWidth, slices.Clone(v.pairs)
	heights := make([]float32, len(pairs))
	now := min(len(pairs), measuredAtOnce)
	for i := range now {
		_, heights[i] = pairHeights(pairs[i], width)
	}
	guess := newRowEstimate(width)
	v.pairRowHeights = make([]float32, len(pairs))
	for i := range pairs {
		v.pairRowHeights[i] = heights[i]
		if i >= now {
			v.pairRowHeights[i] = guess.height(pairs[i])
		}
	}
	setItemHeights(v.pairList, len(pairs), func(i int) float32 { return v.pairRowHeights[i] })
	v.measureLater(round, width, pairs, heights, now)
}

// measureLater measures pairs[from:] in later turns of the UI goroutine's
// event loop, measuredPerTurn at a time, and gives the list their heights
// once all are measured, unless another measure began meanwhile.
func (v *wordingView) measureLater(round int, width float32, pairs []pairEntry, heights []float32, from int) {
	if from >= len(pairs) {
		return
	}
	v.deps.bg.later(func() {
		if round != v.pairsMeasured {
			return
		}
		to := min(len(pairs), from+measuredPerTurn)
		for i := from; i < to; i++ {
			_, heights[i] = pairHeights(pairs[i], width)
		}
		if to < len(pairs) {
			v.measureLater(round, width, pairs, heights, to)
			return
		}
		v.pairRowHeights = heights
		setItemHeights(v.pairList, len(heights), func(i int) float32 { return heights[i] })
		if v.currentPair >= 0 {
			v.pairList.ScrollTo(v.currentPair) // its place moved with the rows above it
		}
	})
}

// rowEstimate guesses a pair row's height from the length of its texts,
// as wrapped lines of an average length measured once per width.
type rowEstimate struct {
	header, column lineEstimate
}

func newRowEstimate(width float32) rowEstimate {
	w := max(width-2*pairInset(), 1)
	return rowEstimate{header: newLineEstimate(w), column: newLineEstimate(columnWidth(w))}
}

func (r rowEstimate) height(e pairEntry) float32 {
	body := max(r.column.lines(e.sides[0]), r.column.lines(e.sides[1]))
	return r.header.line*(r.header.lines(e.header)+body) + 2*pairGap
}

// lineEstimate guesses how many lines a text wraps to at one width, from
// how many characters a line of ordinary prose holds there.
type lineEstimate struct {
	line  float32 // a line's height
	chars float32 // characters a line holds, on average
}

// estimateSample is ordinary prose, to learn how many characters a line
// holds on average.
const estimateSample = "The leaders reaffirmed their commitment to work together on the transition to clean energy, " +
	"to support the countries most affected by the crisis, and to uphold the principles of the Charter of the United Nations."

func newLineEstimate(width float32) lineEstimate {
	line := textview.WrappedHeight([]textview.Run{{Text: "M"}}, width)
	lines := max(textview.WrappedHeight([]textview.Run{{Text: estimateSample}}, width)/line, 1)
	return lineEstimate{line: line, chars: float32(utf8.RuneCountInString(estimateSample)) / lines}
}

// lines is how many lines runs are likely to wrap to.
func (e lineEstimate) lines(runs []textview.Run) float32 {
	n := 0
	for _, run := range runs {
		n += utf8.RuneCountInString(run.Text)
	}
	return float32(math.Ceil(float64(float32(n) / max(e.chars, 1))))
}

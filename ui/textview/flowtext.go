// Package textview lays out and draws the text of Parley's views: styled
// runs wrapped in time linear in their words, right-to-left script in
// visual order in its own fonts, and the topic colours text is tinted with.
package textview

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/internal/rtl"
)

// FlowText is word-wrapped, styled text that Parley lays out itself.
//
// Fyne's Label and RichText find each line break by measuring ever longer
// stretches of the whole text (shaping it again every time); a 20,000-word
// communiqué then takes seconds per layout. FlowText measures each distinct
// word once (cached for the whole program), wraps greedily, and draws one
// canvas.Text per run of a line, so a layout is linear in the number of words.
type FlowText struct {
	widget.BaseWidget
	runs []Run

	width  float32 // the width the lines were wrapped for
	size   float32 // the theme's text size they were measured at
	lines  []flowLine
	height float32
	// heightOnly skips placing the words of each line: a list measuring
	// its rows needs only their heights (WrappedHeight).
	heightOnly bool
}

// Run is a stretch of text in one style.
type Run struct {
	Text  string
	Style fyne.TextStyle
	Color fyne.ThemeColorName // "" for the foreground colour
	Size  fyne.ThemeSizeName  // "" for the normal text size
	// Highlight marks the text as with a highlighter: a tint of this
	// colour behind it ("" for none). It changes no measurement.
	Highlight fyne.ThemeColorName
	// Strike draws a line through the text, Underline one under it, in
	// its colour (decoration.go): a redline's deletions and insertions
	// then show without colour.
	Strike, Underline bool
}

// flowLine is one wrapped line: pieces of text placed left to right.
type flowLine struct {
	pieces []flowPiece
	height float32
}

type flowPiece struct {
	text string
	x, w float32
	run  int           // index into runs, for the style
	font fyne.Resource // nil: the theme's font; else a script's font (see fontFor)
}

// NewFlowText makes a FlowText of runs.
func NewFlowText(runs ...Run) *FlowText {
	f := &FlowText{runs: runs}
	f.ExtendBaseWidget(f)
	return f
}

// SetRuns replaces the text and wraps it again at the width it had, so
// that line positions are right at once; before the first layout it is
// wrapped then.
func (f *FlowText) SetRuns(runs ...Run) {
	f.runs = runs
	if f.width > 0 {
		f.wrap(f.width)
	} else {
		f.width = -1
	}
	f.Refresh()
}

// Text returns the plain text.
func (f *FlowText) Text() string {
	var b strings.Builder
	for _, r := range f.runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// Runs returns the runs of the text, as set.
func (f *FlowText) Runs() []Run { return f.runs }

// LineExtent returns where the text of line i (from 0) begins and ends,
// measured from the widget's left edge; 0, 0 for a line it does not have.
func (f *FlowText) LineExtent(i int) (left, right float32) {
	if i < 0 || i >= len(f.lines) || len(f.lines[i].pieces) == 0 {
		return 0, 0
	}
	pieces := f.lines[i].pieces
	last := pieces[len(pieces)-1]
	return pieces[0].x, last.x + last.w
}

// WrappedHeight is the height of runs wrapped at width, found without
// building a widget (a list measures its rows so).
func WrappedHeight(runs []Run, width float32) float32 {
	f := &FlowText{runs: runs, heightOnly: true}
	f.wrap(width)
	return f.height
}

// RunTop is how far below the top of runs, wrapped at width, the first
// line showing run k starts (0 when no line does).
func RunTop(runs []Run, width float32, k int) float32 {
	f := &FlowText{runs: runs}
	f.wrap(width)
	return f.runTop(k)
}

func (f *FlowText) CreateRenderer() fyne.WidgetRenderer {
	return &flowRenderer{f: f}
}

// defaultWrapWidth is used before the first layout, so that the first
// MinSize is near what the layout will find.
const defaultWrapWidth = 300

// wrap lays the runs out in lines no wider than width. Lines are broken in
// logical order; text with right-to-left script is then reordered line by
// line (see bidi.go), and a paragraph that is mostly right-to-left is
// right-aligned.
func (f *FlowText) wrap(width float32) {
	if width <= 0 {
		width = defaultWrapWidth
	}
	f.width, f.size = width, theme.TextSize()
	f.lines = f.lines[:0]
	text := f.Text()
	bidiText := rtl.HasRTL(text)
	rightToLeft := bidiText && rtl.MostlyRTL(text)
	var words []lineWord
	x := float32(0)
	pendingSpace := float32(0)
	height := float32(0)
	newLine := func() {
		if height == 0 {
			height = lineHeight(Run{})
		}
		l := flowLine{height: height}
		switch {
		case f.heightOnly: // measured, never drawn: no pieces to place
		case bidiText:
			l.pieces = visualPieces(words, f.runs, rightToLeft, width)
		default:
			l.pieces = logicalPieces(words, f.runs)
		}
		f.lines = append(f.lines, l)
		words = words[:0]
		x, pendingSpace, height = 0, 0, 0
	}
	glue := 0 // where in words the words written together with the next one start
	for ri, r := range f.runs {
		h := lineHeight(r)
		space := measureWord(" ", r)
		for _, word := range splitWords(r.Text) {
			switch word {
			case "\n":
				newLine()
				continue
			case " ":
				if x > 0 {
					pendingSpace = space
				}
				continue
			}
			w, wh := measureWord(word, r), h
			if bidiText {
				w, wh = measureMixed(word, r), wordHeight(word, r)
			}
			switch {
			case x > 0 && x+pendingSpace+w > width && pendingSpace == 0 && glue > 0:
				// Written together with the words before it (a run
				// ends within a word: "oceans" marked, then ";"): they
				// go to the next line with it.
				carry := slices.Clone(words[glue:])
				words = words[:glue]
				height = wordsHeight(words)
				newLine()
				shift := carry[0].x
				for i := range carry {
					carry[i].x -= shift
				}
				words = append(words, carry...)
				last := carry[len(carry)-1]
				x, height, glue = last.x+last.w, wordsHeight(carry), 0
			case x > 0 && x+pendingSpace+w > width:
				newLine()
			}
			if x == 0 || pendingSpace > 0 {
				glue = len(words)
			}
			glued := x > 0 && pendingSpace == 0
			if x > 0 {
				x += pendingSpace
			}
			pendingSpace = 0
			words = append(words, lineWord{text: word, run: ri, x: x, w: w, space: space, h: wh, glued: glued})
			x += w
			height = max(height, wh)
		}
	}
	if len(words) > 0 || len(f.lines) == 0 {
		newLine()
	}
	f.height = 0
	for _, l := range f.lines {
		f.height += l.height
	}
}

// wordsHeight is the height of a line of words: that of its tallest word.
func wordsHeight(words []lineWord) float32 {
	h := float32(0)
	for _, w := range words {
		h = max(h, w.h)
	}
	return h
}

// lineWord is a word placed on a line in logical order: its run, its
// left edge and width, and the width of a space in its run's style.
type lineWord struct {
	text  string
	run   int
	x, w  float32
	space float32
	h     float32 // the height of a line holding it (wordHeight)
	glued bool    // written together with the word before it: no space between
}

// logicalPieces places left-to-right words where wrap put them, one piece
// per run of the line.
func logicalPieces(words []lineWord, runs []Run) []flowPiece {
	var pieces []flowPiece
	for _, w := range words {
		pieces = appendPiece(pieces, w.text, w.x, w.run, w.w, w.space)
	}
	return pieces
}

// runTop returns the top of the first line that shows run k (0 when none
// does, or before the first layout).
func (f *FlowText) runTop(k int) float32 {
	y := float32(0)
	for _, l := range f.lines {
		for _, p := range l.pieces {
			if p.run == k {
				return y
			}
		}
		y += l.height
	}
	return 0
}

// appendPiece adds word at x, joining it to the previous piece when that
// is of the same run and directly before it (one canvas.Text per run of a
// line, not one per word).
func appendPiece(pieces []flowPiece, word string, x float32, run int, w, space float32) []flowPiece {
	if n := len(pieces); n > 0 && pieces[n-1].run == run {
		pieces[n-1].text += " " + word
		pieces[n-1].w += space + w
		return pieces
	}
	return append(pieces, flowPiece{text: word, x: x, w: w, run: run})
}

// splitWords cuts text into words, single " " separators and "\n".
func splitWords(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		switch r {
		case ' ', '\t', '\r', '\n':
			if start >= 0 {
				out = append(out, text[start:i])
				start = -1
			}
			if r == '\n' {
				out = append(out, "\n")
			} else {
				out = append(out, " ")
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

type flowRenderer struct {
	f       *FlowText
	objects []fyne.CanvasObject
}

func (r *flowRenderer) Layout(size fyne.Size) {
	if size.Width != r.f.width {
		old := r.f.height
		r.f.wrap(size.Width)
		r.build()
		if r.f.height != old { // the parent must make room, or may take it back
			r.f.Refresh()
		}
	}
}

func (r *flowRenderer) MinSize() fyne.Size {
	if r.f.width < 0 || r.f.lines == nil {
		r.f.wrap(max(r.f.width, defaultWrapWidth))
		r.build()
	}
	return fyne.NewSize(theme.Padding()*4, r.f.height)
}

// build makes one canvas.Text per piece, at its place.
func (r *flowRenderer) build() {
	r.objects = r.objects[:0]
	y := float32(0)
	for _, l := range r.f.lines {
		base := y + lineBaseline(r.f.runs, l)
		for _, p := range l.pieces {
			run := r.f.runs[p.run]
			if run.Highlight != "" {
				r.objects = append(r.objects, highlightBox(run, p, y, l.height))
			}
			t := canvas.NewText(p.text, runColor(run))
			t.TextStyle = run.Style
			t.TextSize = textSize(run) * fontScale(p.font)
			t.FontSource = p.font
			// Each piece on the line's baseline, in a box of its own font's
			// height: Fyne would centre it in a taller one.
			box := boxOf(run, p.font)
			t.Move(fyne.NewPos(p.x, base-box.baseline))
			t.Resize(fyne.NewSize(p.w, box.height)) // measured word by word: no new shaping
			r.objects = append(r.objects, t)
			r.objects = append(r.objects, decorations(run, p, base)...)
		}
		y += l.height
	}
}

// highlightBox is the tint behind piece p of a highlighted run, on the
// line at y: the text's height, without the spacing below it.
func highlightBox(run Run, p flowPiece, y, height float32) fyne.CanvasObject {
	c := color.NRGBAModel.Convert(ThemeColor(run.Highlight)).(color.NRGBA)
	box := canvas.NewRectangle(Tint(c, highlightAlpha))
	box.CornerRadius = 2
	box.Move(fyne.NewPos(p.x, y))
	box.Resize(fyne.NewSize(p.w, max(height-theme.LineSpacing(), 1)))
	return box
}

// highlightAlpha: a tint light enough for the text on it to stay readable
// in either theme.
const highlightAlpha = 0x59

func runColor(r Run) color.Color {
	name := r.Color
	if name == "" {
		name = theme.ColorNameForeground
	}
	return ThemeColor(name)
}

func (r *flowRenderer) Refresh() {
	switch {
	case r.f.width < 0:
		r.f.wrap(defaultWrapWidth)
	case r.f.size != theme.TextSize(): // a new text size (Preferences): new line breaks
		r.f.wrap(r.f.width)
	}
	r.build()
	canvas.Refresh(r.f)
}

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) Destroy() {}

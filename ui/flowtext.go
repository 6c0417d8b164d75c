package ui

import (
	"image/color"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/internal/rtl"
)

// flowText is word-wrapped, styled text that Parley lays out itself.
//
// Fyne's Label and RichText find each line break by measuring ever longer
// stretches of the whole text (shaping it again every time); a 20,000-word
// communiqué then takes seconds per layout. flowText measures each distinct
// word once (cached for the whole program), wraps greedily, and draws one
// canvas.Text per run of a line, so a layout is linear in the number of words.
type flowText struct {
	widget.BaseWidget
	runs []textRun

	width  float32 // the width the lines were wrapped for
	lines  []flowLine
	height float32
}

// textRun is a stretch of text in one style.
type textRun struct {
	text  string
	style fyne.TextStyle
	color fyne.ThemeColorName // "" for the foreground colour
	size  fyne.ThemeSizeName  // "" for the normal text size
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

func newFlowText(runs ...textRun) *flowText {
	f := &flowText{runs: runs}
	f.ExtendBaseWidget(f)
	return f
}

// setRuns replaces the text and wraps it again at the width it had, so
// that line positions (runTop) are right at once; before the first layout
// it is wrapped then.
func (f *flowText) setRuns(runs ...textRun) {
	f.runs = runs
	if f.width > 0 {
		f.wrap(f.width)
	} else {
		f.width = -1
	}
	f.Refresh()
}

// Text returns the plain text.
func (f *flowText) Text() string {
	var b strings.Builder
	for _, r := range f.runs {
		b.WriteString(r.text)
	}
	return b.String()
}

func (f *flowText) CreateRenderer() fyne.WidgetRenderer {
	return &flowRenderer{f: f}
}

// defaultWrapWidth is used before the first layout, so that the first
// MinSize is near what the layout will find.
const defaultWrapWidth = 300

// wrap lays the runs out in lines no wider than width. Lines are broken in
// logical order; text with right-to-left script is then reordered line by
// line (see bidi.go), and a paragraph that is mostly right-to-left is
// right-aligned.
func (f *flowText) wrap(width float32) {
	if width <= 0 {
		width = defaultWrapWidth
	}
	f.width = width
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
			height = lineHeight(textRun{})
		}
		l := flowLine{height: height}
		if bidiText {
			l.pieces = visualPieces(words, f.runs, rightToLeft, width)
		} else {
			l.pieces = logicalPieces(words, f.runs)
		}
		f.lines = append(f.lines, l)
		words = words[:0]
		x, pendingSpace, height = 0, 0, 0
	}
	for ri, r := range f.runs {
		h := lineHeight(r)
		space := measureWord(" ", r)
		for _, word := range splitWords(r.text) {
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
			w := measureWord(word, r)
			if bidiText {
				w = measureMixed(word, r)
			}
			if x > 0 && x+pendingSpace+w > width {
				newLine()
			}
			if x > 0 {
				x += pendingSpace
			}
			pendingSpace = 0
			words = append(words, lineWord{text: word, run: ri, x: x, w: w, space: space})
			x += w
			height = max(height, h)
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

// lineWord is a word placed on a line in logical order: its run, its
// left edge and width, and the width of a space in its run's style.
type lineWord struct {
	text  string
	run   int
	x, w  float32
	space float32
}

// logicalPieces places left-to-right words where wrap put them, one piece
// per run of the line.
func logicalPieces(words []lineWord, runs []textRun) []flowPiece {
	var pieces []flowPiece
	for _, w := range words {
		pieces = appendPiece(pieces, w.text, w.x, w.run, w.w, w.space)
	}
	return pieces
}

// runTop returns the top of the first line that shows run k (0 when none
// does, or before the first layout).
func (f *flowText) runTop(k int) float32 {
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

type measureKey struct {
	word  string
	style fyne.TextStyle
	size  float32
	font  fyne.Resource // nil: the theme's font
}

// measured caches word widths for the whole program: statements repeat
// their words, and measuring is the costly part of a layout.
var measured = struct {
	sync.Mutex
	m map[measureKey]float32
}{m: map[measureKey]float32{}}

func textSize(r textRun) float32 {
	if r.size == "" {
		return theme.TextSize()
	}
	return theme.Size(r.size)
}

func measureWord(word string, r textRun) float32 {
	return measureIn(word, r, nil)
}

// measureIn measures word in run r's style, drawn in font (nil: the theme's).
func measureIn(word string, r textRun, font fyne.Resource) float32 {
	return measureKeyed(measureKey{word, r.style, textSize(r), font}, func(k measureKey) float32 {
		if k.font == nil {
			return fyne.MeasureText(k.word, k.size, k.style).Width
		}
		size, _ := fyne.CurrentApp().Driver().RenderedTextSize(k.word, k.size, k.style, k.font)
		return size.Width
	})
}

func measureKeyed(k measureKey, measure func(measureKey) float32) float32 {
	measured.Lock()
	v, ok := measured.m[k]
	measured.Unlock()
	if ok {
		return v
	}
	v = measure(k)
	measured.Lock()
	measured.m[k] = v
	measured.Unlock()
	return v
}

// lineHeight of a run's style; cached like word widths.
func lineHeight(r textRun) float32 {
	return measureKeyed(measureKey{"\x00line", r.style, textSize(r), nil}, func(k measureKey) float32 {
		return fyne.MeasureText("Mg", k.size, k.style).Height + theme.LineSpacing()
	})
}

type flowRenderer struct {
	f       *flowText
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
		for _, p := range l.pieces {
			run := r.f.runs[p.run]
			t := canvas.NewText(p.text, runColor(run))
			t.TextStyle = run.style
			t.TextSize = textSize(run)
			t.FontSource = p.font
			t.Move(fyne.NewPos(p.x, y))
			t.Resize(fyne.NewSize(p.w, l.height)) // measured word by word: no new shaping
			r.objects = append(r.objects, t)
		}
		y += l.height
	}
}

func runColor(r textRun) color.Color {
	name := r.color
	if name == "" {
		name = theme.ColorNameForeground
	}
	return themeColor(name)
}

func (r *flowRenderer) Refresh() {
	if r.f.width < 0 {
		r.f.wrap(defaultWrapWidth)
	}
	r.build()
	canvas.Refresh(r.f)
}

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) Destroy() {}

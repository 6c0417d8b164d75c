package textview

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
)

// Lines drawn with the text: through deleted words (Run.Strike) and under
// inserted ones (Run.Underline), so that a redline reads without its
// colours. Each piece of a run gets its own line, so the lines wrap with
// the text and follow right-to-left pieces wherever they are placed.

// textMetrics places a run's text and its lines, in pixels: the box Fyne
// draws the theme font's text in and its baseline from the box's top, and
// the font's own strikeout and underline positions (from its OS/2 and
// post tables) and thickness.
type textMetrics struct {
	height, baseline  float32
	strike, underline float32 // above the baseline, below it
	thickness         float32
}

type metricsKey struct {
	style fyne.TextStyle
	size  float32
	font  fyne.Resource // nil: the theme's
}

var metricsCache = struct {
	sync.Mutex
	m map[metricsKey]textMetrics
}{m: map[metricsKey]textMetrics{}}

// metricsOf returns the metrics of run r's style and size; they are
// measured once. Call it on the UI goroutine (it reads the theme).
func metricsOf(r Run) textMetrics {
	k := metricsKey{r.Style, textSize(r), nil}
	metricsCache.Lock()
	m, ok := metricsCache.m[k]
	metricsCache.Unlock()
	if ok {
		return m
	}
	box, base := fyne.CurrentApp().Driver().RenderedTextSize("Mg", k.size, k.style, nil)
	// Noto Sans's values, for a font the shaper leaves to Fyne (monospace).
	strike, under, thick := float32(0.322), float32(0.1), float32(0.05)
	if res := themeFont(k.style); res != nil {
		shaper.mu.Lock()
		if f := shaper.face(res); f != nil && f.Upem() > 0 {
			em := float32(f.Upem())
			strike = f.LineMetric(font.StrikethroughPosition) / em
			under = -f.LineMetric(font.UnderlinePosition) / em
			thick = f.LineMetric(font.UnderlineThickness) / em
		}
		shaper.mu.Unlock()
	}
	m = textMetrics{height: box.Height, baseline: base, strike: strike * k.size, underline: under * k.size,
		thickness: max(thick*k.size, 1)}
	metricsCache.Lock()
	metricsCache.m[k] = m
	metricsCache.Unlock()
	return m
}

// textBox is the box Fyne draws a text in: its height, and its baseline
// from its top.
type textBox struct{ height, baseline float32 }

// boxOf is the box of run r's text drawn in font (nil: the theme's), at
// that font's scale.
func boxOf(r Run, font fyne.Resource) textBox {
	if font == nil {
		m := metricsOf(r)
		return textBox{m.height, m.baseline}
	}
	k := metricsKey{r.Style, textSize(r) * fontScale(font), font}
	metricsCache.Lock()
	m, ok := metricsCache.m[k]
	metricsCache.Unlock()
	if !ok {
		box, base := fyne.CurrentApp().Driver().RenderedTextSize(" ", k.size, k.style, font)
		m = textMetrics{height: box.Height, baseline: base}
		metricsCache.Lock()
		metricsCache.m[k] = m
		metricsCache.Unlock()
	}
	return textBox{m.height, m.baseline}
}

// lineBaseline is how far below the top of line l its baseline is: the
// text of its tallest run, half the line spacing down.
func lineBaseline(runs []Run, l flowLine) float32 {
	b := float32(0)
	for _, p := range l.pieces {
		b = max(b, metricsOf(runs[p.run]).baseline)
	}
	return theme.LineSpacing()/2 + b
}

// wordHeight is the height of a line holding word of run r: for Arabic
// script, whose larger font reaches further below the baseline, more than
// the run's own (lineHeight).
func wordHeight(word string, r Run) float32 {
	h := lineHeight(r)
	if !strings.ContainsFunc(word, func(c rune) bool { return scriptOf(c) == arabicFont }) {
		return h
	}
	a := boxOf(r, arabicFont.resource)
	return max(h, theme.LineSpacing()+metricsOf(r).baseline+a.height-a.baseline)
}

// decorations are the lines drawn with piece p of run r on a line whose
// baseline is at base.
func decorations(r Run, p flowPiece, base float32) []fyne.CanvasObject {
	if !r.Strike && !r.Underline || p.w <= 0 {
		return nil
	}
	m := metricsOf(r)
	var out []fyne.CanvasObject
	line := func(at float32) {
		l := canvas.NewRectangle(runColor(r))
		l.Move(fyne.NewPos(p.x, at-m.thickness/2))
		l.Resize(fyne.NewSize(p.w, m.thickness))
		out = append(out, l)
	}
	if r.Strike {
		line(base - m.strike)
	}
	if r.Underline {
		line(base + m.underline)
	}
	return out
}

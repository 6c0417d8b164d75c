package textview

import (
	"bytes"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

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

func textSize(r Run) float32 {
	if r.Size == "" {
		return theme.TextSize()
	}
	return theme.Size(r.Size)
}

func measureWord(word string, r Run) float32 {
	return measureIn(word, r, nil)
}

// measureIn measures word in run r's style, drawn in font (nil: the theme's).
func measureIn(word string, r Run, font fyne.Resource) float32 {
	return measureKeyed(measureKey{word, r.Style, textSize(r) * fontScale(font), font}, func(k measureKey) float32 {
		if k.font == nil {
			if w, ok := shaper.measure(themeFont(k.style), k.word, k.size); ok {
				return w
			}
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
func lineHeight(r Run) float32 {
	return measureKeyed(measureKey{"\x00line", r.Style, textSize(r), nil}, func(k measureKey) float32 {
		return fyne.MeasureText("Mg", k.size, k.style).Height + theme.LineSpacing()
	})
}

// wordShaper measures a word as fyne.MeasureText does (HarfBuzz through
// go-text, in the theme's font for the style, the advances of each run
// the segmenter finds summed), with one shaper kept for every word: Fyne
// makes a new shaper per call, and setting up its lookup tables is most
// of a measurement (about 80 µs a word, and two communiqués have 6,000
// distinct words). A word with a letter the theme's font lacks, which
// Fyne would draw in a fallback font, is left to Fyne.
type wordShaper struct {
	mu     sync.Mutex
	faces  map[fyne.Resource]*font.Face // nil for a font that did not parse
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
	runes  []rune
}

var shaper = newWordShaper()

func newWordShaper() *wordShaper {
	s := &wordShaper{faces: map[fyne.Resource]*font.Face{}}
	// The shaper keeps no font (the cache's size is 0) unless told: then
	// each word would set HarfBuzz's tables up again, as in Fyne.
	s.shaper.SetFontCacheSize(8)
	return s
}

// themeFont is the theme's font for a style the shaper measures, nil for
// one it leaves to Fyne. It reads the theme: call it on the UI goroutine.
func themeFont(style fyne.TextStyle) fyne.Resource {
	if style.Monospace || style.Symbol {
		return nil
	}
	return theme.Current().Font(style)
}

// measure returns word's width in font at size, or false when Fyne must
// measure it. Any goroutine may call it.
func (s *wordShaper) measure(font fyne.Resource, word string, size float32) (float32, bool) {
	if font == nil || word == "" {
		return 0, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	face := s.face(font)
	if face == nil {
		return 0, false
	}
	s.runes = s.runes[:0]
	for _, r := range word {
		if _, ok := face.NominalGlyph(r); !ok || r == '\t' || r == '\r' {
			return 0, false
		}
		s.runes = append(s.runes, r)
	}
	in := shaping.Input{Text: s.runes, RunEnd: len(s.runes), Direction: di.DirectionLTR, Face: face,
		Size: fixed.Int26_6(float64(size) * (1 << 6))}
	width := float32(0)
	for _, run := range s.seg.Split(in, oneFace{face}) {
		out := s.shaper.Shape(run)
		adv := fixed.I(0)
		for _, g := range out.Glyphs {
			adv += g.XAdvance
		}
		width += float32(float64(adv) / (1 << 6))
	}
	return width, true
}

// face parses a theme font once.
func (s *wordShaper) face(res fyne.Resource) *font.Face {
	f, ok := s.faces[res]
	if !ok {
		f, _ = font.ParseTTF(bytes.NewReader(res.Content()))
		s.faces[res] = f
	}
	return f
}

// oneFace is a font map of one face: every letter of the word is in it.
type oneFace struct{ f *font.Face }

func (o oneFace) ResolveFace(rune) *font.Face { return o.f }

// PrewarmStyles loads the shaper's fonts of styles on a goroutine of its
// own: the first word measured in a style parses its font. Fyne's own copy
// of the font, which lineHeight's first use in the style loads, must be
// loaded on the UI goroutine (PrewarmLineHeights): Fyne's fonts are not
// safe for concurrent use. Call it on the UI goroutine (it reads the
// theme).
func PrewarmStyles(styles ...fyne.TextStyle) {
	fonts := make([]fyne.Resource, len(styles))
	for i, st := range styles {
		fonts[i] = themeFont(st)
	}
	size := theme.TextSize()
	go func() {
		for _, font := range fonts {
			if font != nil {
				shaper.measure(font, "Mg", size)
			}
		}
	}()
}

// PrewarmLineHeights measures the line height of each style, which loads
// Fyne's font for it (about 45 ms for a font not yet used). Call it on the
// UI goroutine while it is idle, so that a view's first layout does not.
func PrewarmLineHeights(styles ...fyne.TextStyle) {
	for _, st := range styles {
		lineHeight(Run{Style: st})
	}
}

// PrewarmOpenings prewarms the first n bytes of each text (cut at a space
// or line break), and returns the function that prewarms the rest: what a
// window shows first is measured at once, the rest when the processors
// are freer. Call both on the UI goroutine.
func PrewarmOpenings(n int, texts ...string) (rest func()) {
	openings := make([]string, len(texts))
	for i, text := range texts {
		openings[i] = opening(text, n)
	}
	Prewarm(openings...)
	return func() { Prewarm(texts...) } // the openings' words are found measured
}

// opening is text's first n bytes or fewer, ending at a space or line
// break so that no word is cut (none, if its first n bytes are one word).
func opening(text string, n int) string {
	if len(text) <= n {
		return text
	}
	return text[:max(0, strings.LastIndexAny(text[:n+1], " \n"))]
}

// Prewarm measures the words of texts in the plain style at the text
// size on a goroutine of its own, while the window is being made, so that
// the first layout of long statements finds their words measured. Call
// it on the UI goroutine (it reads the theme).
func Prewarm(texts ...string) {
	font, size := themeFont(fyne.TextStyle{}), theme.TextSize()
	go func() {
		for _, text := range texts {
			for _, word := range splitWords(text) {
				if word == " " || word == "\n" {
					continue
				}
				k := measureKey{word, fyne.TextStyle{}, size, nil}
				measured.Lock()
				_, done := measured.m[k]
				measured.Unlock()
				if done {
					continue
				}
				// A word the shaper leaves to Fyne is measured by the first layout.
				if w, ok := shaper.measure(font, word, size); ok {
					measured.Lock()
					measured.m[k] = w
					measured.Unlock()
				}
			}
		}
	}()
}

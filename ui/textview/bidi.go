package textview

import (
	"slices"
	"sync"
	"unicode"

	"fyne.io/fyne/v2"
	"golang.org/x/image/font/sfnt"

	"github.com/parley-app/parley/assets/fonts"
	"github.com/parley-app/parley/internal/rtl"
)

// Right-to-left text in the window. Fyne 2.7 shapes each string with
// HarfBuzz and draws each right-to-left stretch of it in the right order,
// with joined letters; but it places the stretches of a mixed line in
// logical order, wraps and aligns only left to right, and its theme font
// has no Hebrew or Arabic (its issues #90 and #1623). So FlowText breaks
// lines itself, puts each line's directional runs into visual order with
// the Unicode bidirectional algorithm (internal/rtl), right-aligns a
// paragraph that reads right to left, and gives each stretch of Hebrew or
// Arabic script an embedded Noto font. Each piece it hands Fyne is one
// direction only, so Fyne's own ordering inside a piece is the right one.

// scriptFont is an embedded font for one right-to-left script, with the
// runes it maps.
type scriptFont struct {
	resource fyne.Resource
	once     sync.Once
	data     []byte
	cmap     *sfnt.Font
	scale    float32 // its size over the text size: see arabicScale
}

var (
	hebrewFont = &scriptFont{data: fonts.Hebrew, resource: fyne.NewStaticResource("NotoSansHebrew-Regular.ttf", fonts.Hebrew), scale: 1}
	arabicFont = &scriptFont{data: fonts.Arabic, resource: fyne.NewStaticResource("NotoNaskhArabic-Regular.ttf", fonts.Arabic), scale: arabicScale}
)

// arabicScale sizes Noto Naskh Arabic so that its letters stand as high as
// Noto Sans's small letters. Measured on running text (TestArabicScale):
// the median letter of English text reaches 546 units of 1000 (the
// x-height, 536, with overshoot); the median Persian letter in Naskh, 398.
// At the same size Persian looked a size smaller than the English beside
// it. (Noto Sans Hebrew is drawn to match Noto Sans: its scale is 1.)
const arabicScale = 546.0 / 398

// fontScale is the scale of the font a piece is drawn in (nil: the theme's).
func fontScale(res fyne.Resource) float32 {
	if res != nil && res == arabicFont.resource {
		return arabicFont.scale
	}
	return 1
}

// covers reports whether the font has a glyph for r.
func (f *scriptFont) covers(r rune) bool {
	f.once.Do(func() {
		f.cmap, _ = sfnt.Parse(f.data) // embedded and tested: it parses
	})
	if f.cmap == nil {
		return false
	}
	var b sfnt.Buffer
	g, err := f.cmap.GlyphIndex(&b, r)
	return err == nil && g != 0
}

// scriptOf returns the embedded font a letter of a right-to-left script
// needs, or nil for runes the theme's font draws.
func scriptOf(r rune) *scriptFont {
	switch {
	case r >= 0x0590 && r <= 0x05FF, r >= 0xFB1D && r <= 0xFB4F:
		return hebrewFont
	case r >= 0x0600 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return arabicFont
	}
	return nil
}

// fontFor picks the font for r, drawn after a rune in font current: a
// letter takes its script's font; a space, digit or punctuation mark stays
// in the current script font when that font has it, so a Persian line is
// a few long pieces rather than one per word.
func fontFor(r rune, current *scriptFont) *scriptFont {
	if f := scriptOf(r); f != nil {
		return f
	}
	if current != nil && !unicode.IsLetter(r) && current.covers(r) {
		return current
	}
	return nil
}

func (f *scriptFont) res() fyne.Resource {
	if f == nil {
		return nil
	}
	return f.resource
}

// measureMixed measures a word that may hold right-to-left script, each
// stretch in its own font. Width does not depend on order.
func measureMixed(word string, r Run) float32 {
	w := float32(0)
	var cur *scriptFont
	start := 0
	for i, c := range word {
		font := fontFor(c, cur)
		if i > start && font != cur {
			w += measureIn(word[start:i], r, cur.res())
			start = i
		}
		cur = font
	}
	return w + measureIn(word[start:], r, cur.res())
}

// visualPieces lays out one line's words, given in logical order, in visual
// order, left to right, right-aligned within width when the paragraph reads
// right to left. A piece is a stretch of one bidi level, one style run and
// one font, its text in logical order: Fyne draws a right-to-left piece
// right to left. A space or mark at the edge of a right-to-left stretch is
// a piece of its own, because Fyne, reading that piece alone, would put it
// on the other side.
func visualPieces(words []lineWord, runs []Run, rightToLeft bool, width float32) []flowPiece {
	var logical []rune
	var runOf []int
	for k, w := range words {
		if k > 0 && !w.glued { // a run may end inside a word: "תגן" marked, then "."
			logical = append(logical, ' ')
			runOf = append(runOf, words[k-1].run)
		}
		for _, r := range w.text {
			logical = append(logical, r)
			runOf = append(runOf, w.run)
		}
	}
	order, levels := rtl.VisualOrder(logical, rightToLeft)

	var pieces []flowPiece
	var cur *scriptFont
	for start := 0; start < len(order); {
		i := order[start]
		cur = fontFor(logical[i], cur)
		end := start + 1
		for end < len(order) {
			j := order[end]
			if levels[j] != levels[i] || runOf[j] != runOf[i] || fontFor(logical[j], cur) != cur {
				break
			}
			end++
		}
		pieces = appendStretch(pieces, logical, order[start:end], levels[i]%2 == 1, runOf[i], cur.res())
		start = end
	}

	x := float32(0)
	for k := range pieces {
		p := &pieces[k]
		p.x = x
		p.w = measureIn(p.text, runs[p.run], p.font)
		x += p.w
	}
	if rightToLeft && x < width {
		for k := range pieces {
			pieces[k].x += width - x
		}
	}
	return pieces
}

// appendStretch appends the pieces of one stretch (positions in visual
// order) of one level, run and font. A left-to-right stretch is one piece.
// A right-to-left one is its strong middle, from the first to the last
// right-to-left letter, as one piece in logical order, with each rune
// outside that middle a piece of its own, mirrored ("(" faces the other
// way in right-to-left text).
func appendStretch(pieces []flowPiece, logical []rune, vis []int, odd bool, run int, font fyne.Resource) []flowPiece {
	piece := func(pos []int) flowPiece {
		pos = slices.Clone(pos)
		slices.Sort(pos)
		text := make([]rune, len(pos))
		for k, i := range pos {
			text[k] = logical[i]
		}
		return flowPiece{text: string(text), run: run, font: font}
	}
	if !odd {
		return append(pieces, piece(vis))
	}
	strong := func(i int) bool { return rtl.IsRTLRune(logical[i]) || rtl.IsMark(logical[i]) }
	first, last := -1, -1
	for k, i := range vis {
		if strong(i) {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	single := func(i int) flowPiece {
		return flowPiece{text: string(rtl.Mirror(logical[i])), run: run, font: font}
	}
	if first < 0 {
		for _, i := range vis {
			pieces = append(pieces, single(i))
		}
		return pieces
	}
	for _, i := range vis[:first] {
		pieces = append(pieces, single(i))
	}
	pieces = append(pieces, piece(vis[first:last+1]))
	for _, i := range vis[last+1:] {
		pieces = append(pieces, single(i))
	}
	return pieces
}

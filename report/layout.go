package report

import (
	"strings"
	"unicode/utf8"

	"github.com/parley-app/parley/internal/rtl"
)

// rgb is a colour, 0–255 per channel.
type rgb struct{ r, g, b uint8 }

// style is how a run of text looks. It is comparable: neighbouring runes
// with equal styles and faces are drawn with one fpdf call.
type style struct {
	size      float64 // points
	bold      bool
	color     rgb
	bg        rgb // background tint, when hasBg
	hasBg     bool
	strike    bool
	underline bool
	link      string // sentence id this text cites: a link to the appendix
	url       string // a web address this text opens
	anchor    string // sentence id whose appendix text starts here: the link target
}

// span is text in one style.
type span struct {
	text string
	st   style
}

// direction is a paragraph's base direction.
type direction uint8

const (
	dirAuto direction = iota // from the majority of strong letters
	dirLTR
	dirRTL
)

// para is a paragraph to lay out: spans that flow and wrap together.
// A "\n" inside a span is a line break.
type para struct {
	spans  []span
	dir    direction
	center bool
}

// line is one laid-out line: segments in visual order, x relative to the
// line's start edge.
type line struct {
	segs    []seg
	width   float64
	height  float64
	ascent  float64 // baseline below the line's top
	rtl     bool    // right-aligned
	center  bool
	spacing bool // an empty line that only makes room
}

// seg is text in one face and style at an x offset.
type seg struct {
	x, w float64
	text string
	font fontID
	st   style
}

// glyph is one rune of a paragraph during layout.
type glyph struct {
	r     rune // what is drawn; rtl.Deleted when consumed by shaping
	orig  rune // what was written: bidi classes come from it
	st    int  // index into the paragraph's styles
	font  fontID
	w     float64
	space bool
	brk   bool // a hard line break
}

// spacer is an empty line of the given height.
func spacer(h float64) line { return line{height: h, spacing: true} }

// layout breaks p into lines no wider than width points.
func (fs fontSet) layout(p para, width float64) []line {
	styles, gs, rtlText := fs.glyphs(p)
	rightToLeft := p.dir == dirRTL || p.dir == dirAuto && rtlText && mostlyRTL(gs)
	var out []line
	for _, r := range breakLines(gs, width) {
		out = append(out, fs.buildLine(gs[r[0]:r[1]], styles, rightToLeft, rtlText, p.center))
	}
	if len(out) == 0 && len(styles) > 0 {
		out = append(out, spacer(lineMetrics(fs, styles[0].size, fontSans).h))
	}
	return out
}

// glyphs turns the spans into shaped, measured glyphs.
func (fs fontSet) glyphs(p para) ([]style, []glyph, bool) {
	var styles []style
	var gs []glyph
	rtlText := false
	for _, sp := range p.spans {
		styles = append(styles, sp.st)
		for _, r := range sp.text {
			r = sanitize(r)
			if r == 0 {
				continue
			}
			rtlText = rtlText || rtl.IsRTLRune(r)
			gs = append(gs, glyph{r: r, orig: r, st: len(styles) - 1})
		}
	}
	if rtlText {
		rs := make([]rune, len(gs))
		for i := range gs {
			rs[i] = gs[i].r
		}
		arabic := &fs.faces[fontArabic]
		for i, r := range rtl.Shape(rs, arabic.covers) {
			gs[i].r = r
		}
	}
	for i := range gs {
		g := &gs[i]
		g.brk = g.r == '\n'
		g.space = g.r == ' '
		switch g.r {
		case '\u00a0': // a no-break space: drawn as a space, never broken at
			g.r = ' '
		case '\u200e', '\u200f': // direction marks steer the bidi algorithm, are not drawn
			g.r = rtl.Deleted
		}
		if g.r == rtl.Deleted || g.brk {
			continue
		}
		st := styles[g.st]
		g.font = fs.pick(g.r, st.bold)
		g.w = fs.width(g.font, g.r, st.size)
	}
	return styles, gs, rtlText
}

// sanitize maps runes fpdf cannot draw: other white space (but the no-
// break space) to a space,
// control characters to nothing, runes beyond the BMP (fpdf's fonts are
// BMP-only) to the replacement character.
func sanitize(r rune) rune {
	switch {
	case r == '\n':
		return r
	case r == '\t' || r == '\u2028' || r == '\u2029' || r == '\u3000':
		return ' '
	case r < 0x20 || r == 0x7f || r == 0xFEFF:
		return 0
	case r > 0xFFFF:
		return utf8.RuneError
	}
	return r
}

// mostlyRTL reports whether most strong letters are right-to-left: a
// Persian sentence quoting a Latin name stays right-to-left, an English one
// quoting Hebrew stays left-to-right.
func mostlyRTL(gs []glyph) bool {
	n := 0
	for _, g := range gs {
		switch {
		case rtl.IsRTLRune(g.orig):
			n++
		case g.orig < 0x0590 && isLetter(g.orig):
			n--
		}
	}
	return n > 0
}

func isLetter(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0 && r < 0x0590 && r != 0xD7 && r != 0xF7
}

// breakLines returns [start, end) glyph ranges of each line: greedy, at
// spaces; a word wider than the line is cut between letters (hashes, URLs).
// Spaces at the end of a line are left out; spaces at a wrapped line's start
// are skipped.
func breakLines(gs []glyph, width float64) [][2]int {
	var lines [][2]int
	start, lineW := 0, 0.0
	lastEnd := -1 // end of the last word placed on the current line
	flush := func(end int) {
		lines = append(lines, [2]int{start, end})
	}
	i := 0
	for i < len(gs) {
		switch {
		case gs[i].brk:
			flush(trimEnd(gs, start, i))
			i++
			start, lineW, lastEnd = i, 0, -1
			continue
		case gs[i].space:
			if lastEnd < 0 { // leading space of a wrapped line
				i++
				start = i
				continue
			}
			lineW += gs[i].w
			i++
			continue
		}
		j := i
		ww := 0.0
		for j < len(gs) && !gs[j].space && !gs[j].brk {
			ww += gs[j].w
			j++
		}
		switch {
		case lineW+ww <= width || lastEnd < 0 && ww <= width:
			lineW += ww
			lastEnd = j
			i = j
		case lastEnd >= 0: // wrap before this word
			flush(lastEnd)
			start, lineW, lastEnd = i, 0, -1
		default: // the word alone is too wide: cut it
			k, w := i, 0.0
			for k < j && (k == i || w+gs[k].w <= width) {
				w += gs[k].w
				k++
			}
			lines = append(lines, [2]int{i, k})
			i, start, lineW, lastEnd = k, k, 0, -1
		}
	}
	if lastEnd >= 0 {
		flush(lastEnd)
	}
	return lines
}

func trimEnd(gs []glyph, start, end int) int {
	for end > start && gs[end-1].space {
		end--
	}
	return end
}

// metrics are a line's height and baseline for a size and face.
type metrics struct{ h, ascent float64 }

func lineMetrics(fs fontSet, size float64, id fontID) metrics {
	fc := &fs.faces[id]
	asc, desc := max(fc.ascent, 1.0), max(fc.descent, 0.28)
	return metrics{h: (asc + desc + 0.08) * size, ascent: (asc + 0.04) * size}
}

// buildLine turns one line's glyphs into segments in visual order.
func (fs fontSet) buildLine(gs []glyph, styles []style, rightToLeft, rtlText, center bool) line {
	l := line{rtl: rightToLeft, center: center}
	for _, g := range gs {
		if g.r == rtl.Deleted || g.brk {
			continue
		}
		m := lineMetrics(fs, styles[g.st].size, g.font)
		l.height = max(l.height, m.h)
		l.ascent = max(l.ascent, m.ascent)
	}
	if l.height == 0 && len(styles) > 0 {
		m := lineMetrics(fs, styles[0].size, fontSans)
		l.height, l.ascent, l.spacing = m.h, m.ascent, true
	}
	order := identity(len(gs))
	var levels []uint8
	if rtlText {
		rs := make([]rune, len(gs))
		for i, g := range gs {
			rs[i] = g.orig
		}
		order, levels = rtl.VisualOrder(rs, rightToLeft)
	}
	var b strings.Builder
	afterMark := false
	for _, i := range order {
		g := gs[i]
		if g.r == rtl.Deleted || g.brk {
			continue
		}
		r := g.r
		if levels != nil && levels[i]%2 == 1 {
			r = rtl.Mirror(r)
		}
		st := styles[g.st]
		if n := len(l.segs); n == 0 || l.segs[n-1].font != g.font || l.segs[n-1].st != st || afterMark {
			if n > 0 {
				l.segs[n-1].text = b.String()
			}
			b.Reset()
			l.segs = append(l.segs, seg{x: l.width, font: g.font, st: st})
		}
		b.WriteRune(r)
		// fpdf leaves zero-width glyphs (combining marks) out of the font's
		// width table, so a viewer advances them by the default width: the
		// glyph after a mark starts a new, exactly placed segment.
		afterMark = g.w == 0
		l.segs[len(l.segs)-1].w += g.w
		l.width += g.w
	}
	if n := len(l.segs); n > 0 {
		l.segs[n-1].text = b.String()
	}
	return l
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

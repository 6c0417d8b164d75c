// Package rtl prepares right-to-left text for renderers that draw runes
// left to right with neither shaping nor reordering: the PDF report (fpdf)
// and the window's own text layout (Fyne has no bidirectional layout).
//
//   - Shape replaces each Arabic-script letter by its contextual
//     presentation form (isolated, initial, medial, final) and lam + alef by
//     the lam-alef ligature, in logical order, using the joining table of
//     arabic_table.go. Noto Naskh Arabic maps those presentation forms, so
//     the letters come out joined. (A full OpenType shaper such as
//     go-text/typesetting's HarfBuzz port would give glyph ids, which fpdf
//     cannot draw: it only draws runes.)
//   - VisualOrder reorders one laid-out line into visual order with the
//     Unicode bidirectional algorithm (golang.org/x/text/unicode/bidi
//     resolves the character types; the levels and rule L2's reversal are
//     done here), keeping combining marks after their base letter; Mirror
//     gives the glyph of a bracket inside a right-to-left run.
//
// Lines are broken in logical order first, by measured width, and each
// line is reordered afterwards: the order the algorithm prescribes.
package rtl

import (
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// Deleted marks a rune the shaper consumed (the alef of a lam-alef
// ligature, a zero-width joiner): it keeps its place in the logical text,
// where the bidi algorithm reads its class, but is not drawn.
const Deleted rune = -1

// IsRTLRune reports whether r belongs to a right-to-left script (Hebrew,
// Arabic, Syriac, Thaana, N'Ko and their presentation forms) or is a
// right-to-left mark or embedding.
func IsRTLRune(r rune) bool {
	switch {
	case r < 0x0590:
		return false
	case r <= 0x08FF, r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC:
		return true
	case r == 0x200F, r == 0x202B, r == 0x202E, r == 0x2067:
		return true
	}
	return false
}

// HasRTL reports whether s contains right-to-left text; text without it
// skips shaping and reordering altogether.
func HasRTL(s string) bool {
	for _, r := range s {
		if IsRTLRune(r) {
			return true
		}
	}
	return false
}

// joining is a letter's Arabic joining type.
type joining uint8

const (
	joinNone        joining = iota // joins neither side (hamza, Latin, space, ZWNJ)
	joinRight                      // joins the letter before it only (alef, dal, reh, waw)
	joinDual                       // joins both sides (beh, seen, lam…)
	joinCausing                    // tatweel, zero-width joiner: makes neighbours join
	joinTransparent                // marks: skipped when looking for neighbours
)

func joiningOf(r rune) joining {
	if f, ok := arabicForms[r]; ok {
		switch {
		case f[2] != 0:
			return joinDual
		case f[1] != 0:
			return joinRight
		}
		return joinNone
	}
	switch {
	case r == 0x0640 || r == 0x200D:
		return joinCausing
	case r >= 0x0300 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)):
		return joinTransparent
	}
	return joinNone
}

// Shape returns rs with Arabic letters replaced by their contextual
// forms and lam-alef pairs by ligatures (the alef becomes Deleted). Zero-
// width joiners and non-joiners are Deleted once they have done their job.
// has reports whether the font can draw a presentation form; a form it
// lacks falls back to the plain letter.
func Shape(rs []rune, has func(rune) bool) []rune {
	out := make([]rune, len(rs))
	copy(out, rs)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == 0x200C || r == 0x200D {
			out[i] = Deleted
			continue
		}
		jt := joiningOf(r)
		if jt != joinRight && jt != joinDual {
			continue
		}
		prev := joiningOf(neighbour(rs, i, -1))
		nextAt := neighbourAt(rs, i, +1)
		next := joinNone
		if nextAt >= 0 {
			next = joiningOf(rs[nextAt])
		}
		joinsPrev := prev == joinDual || prev == joinCausing
		if lig, ok := lamAlef[valueAt(rs, nextAt)]; ok && r == 0x0644 && nextAt == i+1 {
			form := lig[0]
			if joinsPrev {
				form = lig[1]
			}
			if has(form) {
				out[i], out[nextAt] = form, Deleted
				i = nextAt
				continue
			}
		}
		joinsNext := jt == joinDual && (next == joinDual || next == joinRight || next == joinCausing)
		out[i] = contextualForm(r, joinsPrev, joinsNext, has)
	}
	return out
}

// contextualForm picks the presentation form for a letter's joins.
func contextualForm(r rune, joinsPrev, joinsNext bool, has func(rune) bool) rune {
	f := arabicForms[r]
	var form rune
	switch {
	case joinsPrev && joinsNext:
		form = f[3]
	case joinsPrev:
		form = f[1]
	case joinsNext:
		form = f[2]
	default:
		form = f[0]
	}
	if form == 0 || !has(form) {
		return r
	}
	return form
}

// neighbourAt returns the index of the nearest rune before (dir -1) or
// after (dir +1) i that is not a transparent mark, or -1.
func neighbourAt(rs []rune, i, dir int) int {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		if joiningOf(rs[j]) != joinTransparent {
			return j
		}
	}
	return -1
}

func neighbour(rs []rune, i, dir int) rune { return valueAt(rs, neighbourAt(rs, i, dir)) }

func valueAt(rs []rune, i int) rune {
	if i < 0 {
		return 0
	}
	return rs[i]
}

// mirrors are the paired punctuation marks that face the other way inside
// right-to-left runs (Unicode's Bidi_Mirrored property, the common ones).
var mirrors = map[rune]rune{
	'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
	'«': '»', '»': '«', '‹': '›', '›': '‹',
}

// mirror returns the glyph drawn for r at an odd (right-to-left) level.
func Mirror(r rune) rune {
	if m, ok := mirrors[r]; ok {
		return m
	}
	return r
}

// VisualOrder returns the positions of one line's runes (logical order)
// in visual order, left to right, and each rune's embedding level. rtl is
// the paragraph's base direction. A Deleted rune keeps its place; the
// caller skips it.
func VisualOrder(rs []rune, rtl bool) (order []int, levels []uint8) {
	levels = bidiLevels(rs, rtl)
	order = make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	top := uint8(0)
	for _, l := range levels {
		top = max(top, l)
	}
	// Rule L2: from the highest level down to the lowest odd level, reverse
	// every run of positions at that level or higher.
	for lvl := top; lvl >= 1; lvl-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < lvl {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[order[j]] >= lvl {
				j++
			}
			reverseClusters(order[i:j], rs)
			i = j
		}
	}
	return order, levels
}

// reverseClusters reverses seg (positions into rs) cluster by cluster: a
// base character and the combining marks after it stay in that order, so
// fpdf still draws each mark over its own letter.
func reverseClusters(seg []int, rs []rune) {
	out := make([]int, 0, len(seg))
	end := len(seg)
	for end > 0 {
		start := end - 1
		for start > 0 && IsMark(rs[seg[start]]) {
			start--
		}
		out = append(out, seg[start:end]...)
		end = start
	}
	copy(seg, out)
}

// IsMark reports a combining mark, which stays with the letter before it.
func IsMark(r rune) bool { return joiningOf(r) == joinTransparent }

// bidiLevels resolves the embedding level of each rune of a line with the
// given base direction. x/text resolves the weak and neutral types and
// tells which runes end up right-to-left (odd levels); the even levels are
// recovered here: in a right-to-left paragraph every left-to-right rune is
// at level 2; in a left-to-right one, numbers that follow right-to-left
// text are at level 2 (rule I1), the rest at 0.
func bidiLevels(rs []rune, rtl bool) (levels []uint8) {
	base := uint8(0)
	if rtl {
		base = 1
	}
	levels = make([]uint8, len(rs))
	for i := range levels {
		levels[i] = base
	}
	defer func() {
		// x/text's bidi code has had index panics on unusual bracket
		// sequences; a line drawn in base order beats a failed report.
		if recover() != nil {
			for i := range levels {
				levels[i] = base
			}
		}
	}()
	text, offset, dir := string(rs), 0, bidi.RightToLeft
	if !rtl {
		// x/text only forces a right-to-left base; a left mark first makes
		// the base left-to-right whatever the line starts with.
		text, offset, dir = "\u200e"+text, 1, bidi.LeftToRight
	}
	var p bidi.Paragraph
	if _, err := p.SetString(text, bidi.DefaultDirection(dir)); err != nil {
		return levels
	}
	o, err := p.Order()
	if err != nil {
		return levels
	}
	for k := 0; k < o.NumRuns(); k++ {
		run := o.Run(k)
		start, end := run.Pos()
		odd := run.Direction() == bidi.RightToLeft
		for i := max(start-offset, 0); i <= end-offset && i < len(rs); i++ {
			switch {
			case odd:
				levels[i] = 1
			case rtl:
				levels[i] = 2
			default:
				levels[i] = 0
			}
		}
	}
	if !rtl {
		raiseNumbers(rs, levels)
	}
	return levels
}

// raiseNumbers puts at level 2 the European and Arabic numbers (with the
// separators inside them) that rules W2–W7 leave as numbers in a
// left-to-right paragraph: those after right-to-left text, and Arabic-
// Indic digits anywhere. x/text reports them as left-to-right runs like
// Latin text, but they stay in place inside the right-to-left run.
func raiseNumbers(rs []rune, levels []uint8) {
	strongR := false
	for i, r := range rs {
		c := classOf(r)
		switch c {
		case bidi.L:
			strongR = false
		case bidi.R, bidi.AL:
			strongR = true
		}
		if levels[i] == 0 && (c == bidi.AN || c == bidi.EN && strongR) {
			levels[i] = 2
		}
	}
	for i := 1; i+1 < len(rs); i++ {
		c := classOf(rs[i])
		if levels[i] == 0 && (c == bidi.CS || c == bidi.ES || c == bidi.ET) && levels[i-1] == 2 && levels[i+1] == 2 {
			levels[i] = 2
		}
	}
}

func classOf(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// MostlyRTL reports whether most of s's strong letters are right-to-left:
// a Persian sentence quoting a Latin name reads right to left, an English
// one quoting Hebrew left to right.
func MostlyRTL(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case IsRTLRune(r):
			n++
		case r < 0x0590 && unicode.IsLetter(r):
			n--
		}
	}
	return n > 0
}

// Isolate wraps s in Unicode's first-strong isolate (U+2068 … U+2069) when
// it holds right-to-left text, so that joined with other fields ("2024-04-14
// · משרד החוץ · Hebrew") it is reordered on its own and the separators and
// spaces around it stay where they were written. Text without it is
// returned as it is.
func Isolate(s string) string {
	if !HasRTL(s) {
		return s
	}
	return "\u2068" + s + "\u2069"
}

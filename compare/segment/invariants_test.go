package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// checkInvariants checks every promise of Sentences and Paragraphs on text,
// independently of how they are computed: rune boundaries come from a range
// loop, white space from unicode.IsSpace, blank lines from a plain count.
func checkInvariants(t testing.TB, text string) {
	t.Helper()
	runes := runeTable(text)
	paras := Paragraphs(text)
	checkSpans(t, "paragraph", text, runes, paras)
	checkParagraphGaps(t, text, paras)

	sents := Sentences(text)
	spans := make([]Span, len(sents))
	for i, s := range sents {
		spans[i] = s.Span
	}
	checkSpans(t, "sentence", text, runes, spans)
	checkParagraphIndex(t, paras, sents)

	if again := Sentences(text); !reflect.DeepEqual(again, sents) {
		t.Fatalf("Sentences(%q) is not deterministic", text)
	}
	if again := Paragraphs(text); !reflect.DeepEqual(again, paras) {
		t.Fatalf("Paragraphs(%q) is not deterministic", text)
	}
}

// runeTable maps each rune start of text to its rune, as a range loop
// decodes it (invalid bytes are one-byte utf8.RuneError runes); other
// offsets hold -1. The entry at len(text) is a boundary too.
func runeTable(text string) []rune {
	runes := make([]rune, len(text)+1)
	for i := range runes {
		runes[i] = -1
	}
	for i, r := range text {
		runes[i] = r
	}
	runes[len(text)] = 0
	return runes
}

// checkSpans checks that spans are ordered, disjoint, non-empty, on rune
// boundaries, trimmed, and cover every non-space rune of text.
func checkSpans(t testing.TB, kind, text string, runes []rune, spans []Span) {
	t.Helper()
	prevEnd := 0
	for i, sp := range spans {
		if sp.Start < prevEnd || sp.Start >= sp.End || sp.End > len(text) {
			t.Fatalf("%s %d: bad span %v after end %d in %q", kind, i, sp, prevEnd, text)
		}
		if runes[sp.Start] < 0 || runes[sp.End] < 0 {
			t.Fatalf("%s %d: span %v not on rune boundaries in %q", kind, i, sp, text)
		}
		if unicode.IsSpace(runes[sp.Start]) || unicode.IsSpace(lastRune(runes, sp)) {
			t.Fatalf("%s %d: span %v = %q not trimmed", kind, i, sp, text[sp.Start:sp.End])
		}
		checkAllSpace(t, kind, text, runes, prevEnd, sp.Start)
		prevEnd = sp.End
	}
	checkAllSpace(t, kind, text, runes, prevEnd, len(text))
}

func lastRune(runes []rune, sp Span) rune {
	for i := sp.End - 1; i >= sp.Start; i-- {
		if runes[i] >= 0 {
			return runes[i]
		}
	}
	return -1
}

// checkAllSpace fails unless text[from:to] holds only white space: a
// non-space rune there would belong to no span.
func checkAllSpace(t testing.TB, kind, text string, runes []rune, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		if runes[i] >= 0 && !unicode.IsSpace(runes[i]) {
			t.Fatalf("%s: rune %q at %d is in no span of %q", kind, runes[i], i, text)
		}
	}
}

// checkParagraphGaps checks that paragraphs are separated by blank lines
// and hold none.
func checkParagraphGaps(t testing.TB, text string, paras []Span) {
	t.Helper()
	for i, p := range paras {
		if i > 0 && !hasBlankLine(text[paras[i-1].End:p.Start]) {
			t.Fatalf("no blank line between paragraphs %d and %d of %q", i-1, i, text)
		}
		for _, gap := range strings.FieldsFunc(text[p.Start:p.End], func(r rune) bool { return !unicode.IsSpace(r) }) {
			if hasBlankLine(gap) {
				t.Fatalf("paragraph %d of %q holds a blank line", i, text)
			}
		}
	}
}

// hasBlankLine reports whether white space ws holds two line breaks (CR LF
// counted once), i.e. a blank line; U+2029 separates paragraphs by itself.
func hasBlankLine(ws string) bool {
	ws = strings.ReplaceAll(ws, "\r\n", "\n")
	ws = strings.ReplaceAll(ws, "\u2029", "\n\n")
	return strings.Count(ws, "\n")+strings.Count(ws, "\r")+strings.Count(ws, "\v")+
		strings.Count(ws, "\f")+strings.Count(ws, "\u0085")+strings.Count(ws, "\u2028") >= 2
}

// checkParagraphIndex checks that each sentence lies in the paragraph it
// names and that the sentences of a paragraph cover it exactly.
func checkParagraphIndex(t testing.TB, paras []Span, sents []Sentence) {
	t.Helper()
	next := 0 // index of the first sentence of the next paragraph
	for pi, p := range paras {
		first := next
		for next < len(sents) && sents[next].Paragraph == pi {
			s := sents[next]
			if s.Start < p.Start || s.End > p.End {
				t.Fatalf("sentence %v outside its paragraph %d %v", s, pi, p)
			}
			next++
		}
		if first == next || sents[first].Start != p.Start || sents[next-1].End != p.End {
			t.Fatalf("sentences %v do not cover paragraph %d %v", sents[first:next], pi, p)
		}
	}
	if next != len(sents) {
		t.Fatalf("sentence %v has no paragraph (%d paragraphs)", sents[next], len(paras))
	}
}

// Package segment splits text into paragraphs and sentences, as byte offsets into the original text.
//
// Every later stage of the analysis cites sentences by these offsets, so the
// split is deterministic, never panics (invalid UTF-8 included) and runs in
// time linear in the length of the text. Text is read as a sequence of tokens,
// runs of non-space runes, separated by gaps of white space; a sentence is a
// run of tokens, so sentences are trimmed and cover every non-space rune by
// construction. Whether a gap ends a sentence is decided from the two tokens
// around it and the line breaks inside it (see rules.go: abbreviations,
// initials, times of day, quotes and brackets, footnote references,
// ellipses, headings), from a little state of the current sentence (the list
// marker it opens with, for inline lists, lists.go; its length; the run of
// spaced dots before the gap), in a few rare contexts from a look at the
// next one to three tokens, and from the sentence's length
// (MaxSentenceBytes). Each gap costs O(1) and each token is looked ahead at
// a bounded number of times, so the whole stays linear.
package segment

import "unicode/utf8"

// MaxSentenceBytes bounds a sentence: a run of text longer than this
// without a sentence end (a 5 MB line of words, a table flattened to text)
// is split at the gap between two words before it would pass the bound, so
// no later stage, some of which look at all pairs of words in a sentence,
// meets a sentence of unbounded length. Real sentences stay far below it:
// the longest in the G7 communiqués is about 1,000 bytes. A single token
// longer than the bound stays one sentence.
const MaxSentenceBytes = 5000

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence is one sentence: its byte range (leading/trailing white space excluded) and the 0-based index of its paragraph.
type Sentence struct {
	Span
	Paragraph int `json:"paragraph"`
}

// initialCap bounds the up-front allocation of the result: one slot per
// ~100 bytes suits prose, and the cap keeps a huge text without sentence
// ends from reserving memory it never uses.
func initialCap(n int) int {
	return min(n/100+1, 1024)
}

// Paragraphs splits text at blank lines (lines holding only white space, incl. U+00A0) and returns the non-blank paragraphs, trimmed.
func Paragraphs(text string) []Span {
	out := make([]Span, 0, initialCap(len(text)/4))
	sc := scanner{text: text}
	cur := Span{Start: -1}
	for {
		tok, ok := sc.next()
		if !ok {
			break
		}
		if cur.Start >= 0 && tok.lines >= paragraphBreak {
			out = append(out, cur)
			cur.Start = -1
		}
		if cur.Start < 0 {
			cur.Start = tok.start
		}
		cur.End = tok.end
	}
	if cur.Start >= 0 {
		out = append(out, cur)
	}
	return out
}

// Sentences returns every sentence of text in order. Every non-space character of text lies in exactly one sentence.
func Sentences(text string) []Sentence {
	out := make([]Sentence, 0, initialCap(len(text)))
	sc := scanner{text: text}
	var (
		prev    token  // the token before the current one
		prevEnd ending // how prev ends
		st      sentenceState
		cur     = Sentence{Span: Span{Start: -1}}
	)
	for {
		tok, ok := sc.next()
		if !ok {
			break
		}
		if cur.Start >= 0 {
			newPara := tok.lines >= paragraphBreak
			g := gap{lines: tok.lines, sent: &st, after: sc}
			tooLong := tok.end-cur.Start > MaxSentenceBytes
			if newPara || tooLong || boundary(text[prev.start:prev.end], prevEnd, text[tok.start:tok.end], &g) {
				cur.End = prev.end
				out = append(out, cur)
				cur.Start = -1
				if newPara {
					cur.Paragraph++
				}
			}
		}
		first := cur.Start < 0
		if first {
			cur.Start = tok.start
			st = sentenceState{lead: true}
		}
		word := text[tok.start:tok.end]
		st.add(word)
		// A token of closers alone (the "»" of « Oui. ») inherits the
		// ending of the token it closes, when they share a line.
		e := endingOf(word, prevEnd, tok.lines == 0 && !first, first)
		if e.kind == endPeriod && e.word == "I" && !first {
			e.afterLower = isLowerWord(text[prev.start:prev.end])
		}
		prevEnd = e
		prev = tok
	}
	if cur.Start >= 0 {
		cur.End = prev.end
		out = append(out, cur)
	}
	return out
}

// sentenceState is what the rules know of the current sentence up to the
// token before a gap.
type sentenceState struct {
	tokens int // tokens so far
	// lead is set while every token so far is a list marker ("•", "9.").
	lead bool
	// bullet is the typographic bullet that opens the sentence, enum the
	// enumerator ("1.", "(a)", "iv)"), each if any.
	bullet rune
	enum   string
	// timePrep is set when the sentence opens with a preposition of time
	// ("At", "By", "Until"): "At 5 a.m." is not a sentence of its own.
	timePrep bool
}

// add records the next token of the sentence.
func (st *sentenceState) add(tok string) {
	st.tokens++
	if st.tokens == 1 {
		st.timePrep = len(tok) <= maxWord && timePrepositions()[tok]
	}
	if !st.lead {
		return
	}
	if !isListMarker(tok) {
		st.lead = false
		return
	}
	if r, _ := utf8.DecodeRuneInString(tok); isItemBullet(r) {
		st.bullet = r
		tok = tok[utf8.RuneLen(r):]
	}
	if m := stripMarkup(tok); m != "" {
		if style, _ := enumParts(m); style != styleNone {
			st.enum = m
		}
	}
}

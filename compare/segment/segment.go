// Package segment splits text into paragraphs and sentences, as byte offsets into the original text.
//
// Every later stage of the analysis cites sentences by these offsets, so the
// split is deterministic, never panics (invalid UTF-8 included) and runs in
// time linear in the length of the text. Text is read as a sequence of tokens,
// runs of non-space runes, separated by gaps of white space; a sentence is a
// run of tokens, so sentences are trimmed and cover every non-space rune by
// construction. Whether a gap ends a sentence is decided only from the two
// tokens around it and the line breaks inside it (see rules.go), and from
// the sentence's length (MaxSentenceBytes).
package segment

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
		cur     = Sentence{Span: Span{Start: -1}}
	)
	for {
		tok, ok := sc.next()
		if !ok {
			break
		}
		if cur.Start >= 0 {
			newPara := tok.lines >= paragraphBreak
			g := gap{lines: tok.lines, aFirst: prev.start == cur.Start}
			tooLong := tok.end-cur.Start > MaxSentenceBytes
			if newPara || tooLong || boundary(text[prev.start:prev.end], prevEnd, text[tok.start:tok.end], g) {
				cur.End = prev.end
				out = append(out, cur)
				cur.Start = -1
				if newPara {
					cur.Paragraph++
				}
			}
		}
		if cur.Start < 0 {
			cur.Start = tok.start
		}
		// A token of closers alone (the "»" of « Oui. ») inherits the
		// ending of the token it closes, when they share a line.
		prevEnd = endingOf(text[tok.start:tok.end], prevEnd, tok.lines == 0 && cur.Start != tok.start)
		prev = tok
	}
	if cur.Start >= 0 {
		cur.End = prev.end
		out = append(out, cur)
	}
	return out
}

package quotes

import (
	"github.com/parley-app/parley/compare/lang"

	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-app/parley/compare/segment"
)

// tokKind is what a token of a frame is.
type tokKind uint8

const (
	tWord  tokKind = iota // a word: letters, digits and their joiners ("Iran’s", "U.S.", "six-month")
	tPunct                // one punctuation character
	tQuote                // a whole quotation, marks included: opaque to the cue rules
)

// token is one unit of a frame. Quotations are single tokens so that words
// inside them never read as cues or speakers.
type token struct {
	kind       tokKind
	start, end int    // byte range in the article
	text       string // the word, punctuation or quotation (marks included) as written
	lower      string // text lowercased, curly apostrophes made straight
	q          int    // index into the article's quotations, for tQuote
}

func (t token) is(words ...string) bool {
	if t.kind != tWord {
		return false
	}
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

func (t token) punct(p string) bool { return t.kind == tPunct && t.text == p }

// capitalized reports whether a word starts with an upper-case letter or a
// digit followed by letters ("G7" starts with a letter; "7G" is rare enough).
func (t token) capitalized() bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// frame is a run of sentences that no quotation crosses: a quotation that
// spans sentences ("… superiority. That they have friends …") joins them,
// so its attribution is read from one frame.
type frame struct {
	start, end int
}

// buildFrames merges the article's sentences into frames. Both sentences and
// quotations are in article order, so one forward pass suffices.
func buildFrames(text string, qs []quoteSpan) []frame {
	sents := segment.Sentences(text)
	out := make([]frame, 0, len(sents))
	qi, qc := 0, 0
	for k := 0; k < len(sents); {
		f := frame{start: sents[k].Start, end: sents[k].End}
		k++
		for {
			ext := f.end
			for qi < len(qs) && qs[qi].open < f.end {
				ext = max(ext, qs[qi].end)
				qi++
			}
			if ext <= f.end {
				break
			}
			for k < len(sents) && sents[k].Start < ext {
				f.end = max(f.end, sents[k].End)
				k++
			}
			f.end = max(f.end, ext)
		}
		out = appendChunks(out, text, f, qs, &qc)
	}
	return out
}

// maxFrame bounds a frame's length. No sentence of prose comes near it; text
// that never ends a sentence (a table, a run of punctuation) is read in
// pieces of this size, so memory stays bounded and time linear whatever the
// input.
const maxFrame = 16 << 10

// appendChunks appends f to out, cut into pieces of about maxFrame bytes.
// A cut falls on white space when one is near, never inside a quotation:
// a quotation is one token, whatever its length. qc is the first quotation
// that may contain a cut; it only moves forward.
func appendChunks(out []frame, text string, f frame, qs []quoteSpan, qc *int) []frame {
	for f.end-f.start > maxFrame {
		cut := f.start + maxFrame
		for *qc < len(qs) && qs[*qc].end <= cut {
			*qc++
		}
		if *qc < len(qs) && qs[*qc].open < cut {
			cut = qs[*qc].end
		}
		if sp := strings.IndexAny(text[cut:min(f.end, cut+256)], " \t\n"); sp >= 0 {
			cut += sp
		}
		for cut < f.end && !utf8.RuneStart(text[cut]) {
			cut++
		}
		if cut >= f.end {
			break
		}
		out = append(out, frame{start: f.start, end: cut})
		f.start = cut
	}
	return append(out, f)
}

// tokenize splits a frame into tokens. qs[qi:] are the quotations from the
// frame on; it returns the index of the first quotation past the frame.
func tokenize(text string, f frame, qs []quoteSpan, qi int, buf []token) ([]token, int) {
	toks := buf[:0]
	if want := (f.end - f.start) / 4; cap(toks) < want {
		toks = make([]token, 0, want) // prose has a token per 5–6 bytes: one allocation, rarely a copy
	}
	for qi < len(qs) && qs[qi].open < f.start {
		qi++
	}
	for i := f.start; i < f.end; {
		if qi < len(qs) && qs[qi].open == i {
			q := qs[qi]
			toks = append(toks, token{kind: tQuote, start: q.open, end: q.end, text: text[q.open:q.end], q: qi})
			i = q.end
			qi++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isWordRune(r):
			limit := f.end
			if qi < len(qs) && qs[qi].open < limit {
				limit = qs[qi].open
			}
			t, _ := lang.NextWith(text, i, lang.Options{AbbreviationDot: true, PluralPossessive: true, Limit: limit})
			j := max(int(t.End), i+w)
			toks = append(toks, wordToken(text, i, j))
			i = j
		default:
			j := i + w
			if !clausePunct(r) {
				j = punctRunEnd(text, j, nextOpen(qs, qi, f.end))
			}
			toks = append(toks, token{kind: tPunct, start: i, end: j, text: text[i:j]})
			i = j
		}
	}
	return toks, qi
}

// clausePunct are the punctuation marks the rules read one by one.
func clausePunct(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '!', '?':
		return true
	}
	return false
}

// punctRunEnd extends a token of other punctuation ("—", "[", stray marks)
// over the same kind that follows: a run of them is one boundary, and a
// text of nothing else stays a few tokens, not one per byte.
func punctRunEnd(text string, j, limit int) int {
	for j < limit {
		r, w := utf8.DecodeRuneInString(text[j:])
		if unicode.IsSpace(r) || isWordRune(r) || clausePunct(r) {
			break
		}
		j += w
	}
	return j
}

// nextOpen returns where the next quotation opens, or limit.
func nextOpen(qs []quoteSpan, qi, limit int) int {
	if qi < len(qs) && qs[qi].open < limit {
		return qs[qi].open
	}
	return limit
}

func wordToken(text string, i, j int) token {
	w := text[i:j]
	lower := strings.ToLower(w)
	if strings.Contains(lower, "’") {
		lower = strings.ReplaceAll(lower, "’", "'")
	}
	return token{kind: tWord, start: i, end: j, text: w, lower: lower}
}

// isWordRune is the language layer's: a letter, digit or mark.
func isWordRune(r rune) bool { return r != utf8.RuneError && lang.IsWordRune(r) }

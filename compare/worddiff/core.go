package worddiff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	dmp "github.com/sergi/go-diff/diffmatchpatch"

	"github.com/parley-app/parley/compare/lang"
)

// side is one input text, tokenized, with each token's comparison rune.
type side struct {
	text  string
	toks  []token
	runes []rune // runes[i] stands for normalize(toks[i]) in the diff alphabet
}

// engine holds everything one Words or Versions call shares: both texts and
// a single token alphabet, so that equal tokens get equal runes everywhere.
type engine struct {
	opt      Options
	a, b     side
	dmp      *dmp.DiffMatchPatch
	overflow bool // more distinct tokens than runes; see encoder
}

func newEngine(a, b string, opt Options) *engine {
	e := &engine{opt: opt, dmp: dmp.New()}
	// No deadline: the result must depend on the input only, never on the
	// machine's speed. (It also disables go-diff's non-minimal half-match.)
	e.dmp.DiffTimeout = 0
	e.a.text, e.b.text = a, b
	// One alphabet for both sides, A's keys first, each side's in order of
	// first use. Two versions of a communiqué have a distinct token per 77
	// bytes.
	enc := newEncoderSized((len(a) + len(b)) / 64)
	e.a.tokenize(enc, opt.IgnoreCase)
	if len(b) < reuseBytes {
		e.b.tokenize(enc, opt.IgnoreCase)
	} else {
		e.b.tokenizeReusing(&e.a, enc, opt.IgnoreCase)
	}
	e.overflow = enc.overflow
	return e
}

// tokenize fills s.toks and s.runes.
func (s *side) tokenize(enc *encoder, ignoreCase bool) {
	s.toks = make([]token, 0, tokensIn(s.text))
	s.runes = make([]rune, 0, tokensIn(s.text))
	s.appendTokens(0, len(s.text), enc, ignoreCase)
}

// appendTokens appends the tokens of s.text[from:to], which starts and
// ends at a line break or an end of the text, and their runes.
func (s *side) appendTokens(from, to int, enc *encoder, ignoreCase bool) {
	for i := from; i < to; {
		var t token
		if t, i = lang.Next(s.text, i); t.End > t.Start {
			s.toks = append(s.toks, t)
			s.runes = append(s.runes, enc.rune(normalize(s.text[t.Start:t.End], t.Word, ignoreCase)))
		}
	}
}

// tokensIn is about how many tokens text holds: one per six bytes in
// English statements (a communiqué: 6.1), so that slices rarely grow.
func tokensIn(text string) int { return len(text)/6 + 16 }

// reuseBytes is the size from which B reuses A's lines: below it (aligned
// passages, a sentence or two) indexing A's lines costs more than it saves.
const reuseBytes = 4 << 10

// tokenizeReusing fills s.toks and s.runes, copying the tokens of every
// line that other (the earlier version, tokenized) has word for word:
// versions of one document share most of their lines, and tokens never
// cross a line break, so only the changed lines are tokenized. The keys
// of a copied line are all other's, so the alphabet is as one pass over
// both texts would make it.
func (s *side) tokenizeReusing(other *side, enc *encoder, ignoreCase bool) {
	lines := lineTokens(other)
	s.toks = make([]token, 0, tokensIn(s.text))
	s.runes = make([]rune, 0, tokensIn(s.text))
	for start := 0; start < len(s.text); {
		end := lineEnd(s.text, start)
		if r, ok := lines[s.text[start:end]]; ok {
			shift := int32(start - r.start)
			for _, t := range other.toks[r.t0:r.t1] {
				t.Start += shift
				t.End += shift
				s.toks = append(s.toks, t)
			}
			s.runes = append(s.runes, other.runes[r.t0:r.t1]...)
		} else {
			s.appendTokens(start, end, enc, ignoreCase)
		}
		start = end + 1
	}
}

// lineEnd returns the end of the line that starts at start: its line
// break, or the end of text.
func lineEnd(text string, start int) int {
	if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
		return start + i
	}
	return len(text)
}

// lineRange is where a line starts in its text and its tokens [t0, t1).
type lineRange struct{ start, t0, t1 int }

// lineTokens indexes the non-empty lines of a tokenized side by their text.
func lineTokens(s *side) map[string]lineRange {
	m := make(map[string]lineRange, strings.Count(s.text, "\n")+1)
	t := 0
	for start := 0; start < len(s.text); {
		end := lineEnd(s.text, start)
		t0 := t
		for t < len(s.toks) && int(s.toks[t].Start) < end {
			t++
		}
		line := s.text[start:end]
		if _, seen := m[line]; !seen && t > t0 {
			m[line] = lineRange{start: start, t0: t0, t1: t}
		}
		start = end + 1
	}
	return m
}

// firstRune is where the diff alphabet starts. Every rune handed to go-diff
// is non-ASCII on purpose: DiffCleanupSemanticLossless slices strings by
// byte using rune counts, and scores boundaries by ASCII class. With only
// non-ASCII runes all scores tie and its byte-wise shifts always end back on
// a rune boundary; diffRunes still verifies the result.
const firstRune = 0x100

// encoder maps distinct keys (normalised tokens, or whole sentences) to
// runes: go-diff's line-mode trick applied to words.
type encoder struct {
	ids      map[string]rune
	next     rune
	overflow bool
}

func newEncoder() *encoder { return newEncoderSized(0) }

// newEncoderSized makes an encoder with room for about n distinct keys, so
// that the map is not rebuilt as it grows.
func newEncoderSized(n int) *encoder {
	return &encoder{ids: make(map[string]rune, n), next: firstRune}
}

func (c *encoder) rune(key string) rune {
	if r, ok := c.ids[key]; ok {
		return r
	}
	return c.add(key)
}

// runeOf is rune for a key given as bytes; the lookup does not copy it.
func (c *encoder) runeOf(key []byte) rune {
	if r, ok := c.ids[string(key)]; ok {
		return r
	}
	return c.add(string(key))
}

func (c *encoder) add(key string) rune {
	if c.next > unicode.MaxRune {
		c.overflow = true // ~1.1M distinct keys; callers fall back to replace-all
		return firstRune
	}
	r := c.next
	c.next++
	if c.next == 0xD800 {
		c.next = 0xE000 // surrogates are not valid runes in a Go string
	}
	if c.next == utf8.RuneError {
		c.next++ // keep RuneError unambiguous for the consistency check
	}
	c.ids[key] = r
	return r
}

// piece is a contiguous token range [t0,t1) of one side taking part in a diff.
type piece struct{ t0, t1 int }

// seq is the comparison sequence of a list of pieces: the tokens that are
// compared (all of them, or only words with IgnorePunctuation).
type seq struct {
	idx   []int  // token index of each element
	piece []int  // which piece each element comes from
	runes []rune // comparison rune of each element
}

func (e *engine) seqOf(s *side, ps []piece) seq {
	n := 0
	for _, p := range ps {
		n += p.t1 - p.t0
	}
	q := seq{idx: make([]int, 0, n), piece: make([]int, 0, n), runes: make([]rune, 0, n)}
	for pi, p := range ps {
		for t := p.t0; t < p.t1; t++ {
			if e.opt.IgnorePunctuation && !s.toks[t].Word {
				continue
			}
			q.idx = append(q.idx, t)
			q.piece = append(q.piece, pi)
			q.runes = append(q.runes, s.runes[t])
		}
	}
	return q
}

// span is an op in token coordinates. a0 (b0) is -1 when it has no A (B) side.
type span struct {
	kind           Kind
	a0, a1, b0, b1 int
	moveID         int
	side           string
	edits          []span
}

func (s span) hasA() bool { return s.a0 >= 0 }
func (s span) hasB() bool { return s.b0 >= 0 }

// diffPieces word-diffs the pieces pa of A against the pieces pb of B. The
// spans cover every token of every piece exactly once; no span crosses a
// piece boundary (pieces are separated by text that belongs elsewhere,
// such as a moved passage).
func (e *engine) diffPieces(pa, pb []piece) []span {
	sa, sb := e.seqOf(&e.a, pa), e.seqOf(&e.b, pb)
	var spans []span
	if e.overflow {
		spans = appendRun(spans, Delete, sa, 0, len(sa.idx))
		spans = appendRun(spans, Insert, sb, 0, len(sb.idx))
	} else {
		spans = spansOf(e.diffRunes(sa.runes, sb.runes), sa, sb)
	}
	return e.absorbGaps(spans, pa, pb, len(sa.idx) == 0 && len(sb.idx) == 0)
}

// spansOf converts go-diff output over sa and sb into token spans.
func spansOf(diffs []dmp.Diff, sa, sb seq) []span {
	spans := make([]span, 0, len(diffs)+2)
	i, j := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case dmp.DiffEqual:
			spans = appendEqual(spans, sa, sb, i, j, n)
			i, j = i+n, j+n
		case dmp.DiffDelete:
			spans = appendRun(spans, Delete, sa, i, n)
			i += n
		case dmp.DiffInsert:
			spans = appendRun(spans, Insert, sb, j, n)
			j += n
		}
	}
	return spans
}

// appendRun appends the one-sided run q[i:i+n], split at piece boundaries.
func appendRun(spans []span, k Kind, q seq, i, n int) []span {
	for start, x := i, i+1; x <= i+n; x++ {
		if x < i+n && q.piece[x] == q.piece[start] {
			continue
		}
		t0, t1 := q.idx[start], q.idx[x-1]+1
		s := span{kind: k, a0: -1, a1: -1, b0: -1, b1: -1}
		if k == Delete {
			s.a0, s.a1 = t0, t1
		} else {
			s.b0, s.b1 = t0, t1
		}
		spans = append(spans, s)
		start = x
	}
	return spans
}

// appendEqual appends the equal run sa[i:i+n] = sb[j:j+n], split wherever
// either side crosses a piece boundary.
func appendEqual(spans []span, sa, sb seq, i, j, n int) []span {
	start := 0
	for x := 1; x <= n; x++ {
		if x < n && sa.piece[i+x] == sa.piece[i+start] && sb.piece[j+x] == sb.piece[j+start] {
			continue
		}
		spans = append(spans, span{kind: Equal,
			a0: sa.idx[i+start], a1: sa.idx[i+x-1] + 1,
			b0: sb.idx[j+start], b1: sb.idx[j+x-1] + 1})
		start = x
	}
	return spans
}

// absorbGaps widens spans so that, on each side, they tile every piece.
// Only tokens left out of the comparison (punctuation under
// IgnorePunctuation) fall in gaps, and each joins a neighbouring span (see
// gapSplit), so punctuation never becomes a change of its own. A piece
// with no compared token at all becomes a word-less delete/insert, or an
// equal op when neither text has any word.
func (e *engine) absorbGaps(spans []span, pa, pb []piece, noWords bool) []span {
	orphA := tile(spans, pa, aRange, e.a.gapSplit)
	orphB := tile(spans, pb, bRange, e.b.gapSplit)
	if noWords && len(orphA) == 1 && len(orphB) == 1 {
		return append(spans, span{kind: Equal, a0: orphA[0].t0, a1: orphA[0].t1, b0: orphB[0].t0, b1: orphB[0].t1})
	}
	for _, p := range orphA {
		spans = append(spans, span{kind: Delete, a0: p.t0, a1: p.t1, b0: -1, b1: -1})
	}
	for _, p := range orphB {
		spans = append(spans, span{kind: Insert, a0: -1, a1: -1, b0: p.t0, b1: p.t1})
	}
	return spans
}

// gapSplit divides the uncompared tokens [lo,hi) between two spans (lo ≥ 1):
// those from the returned index on belong to the following span. A mark
// goes with the text it touches, as a reader groups it: "China:" keeps its
// colon, while a list dash after a line break or an opening bracket
// ("said (in") goes with what follows.
func (s *side) gapSplit(lo, hi int) int {
	for k := lo; k < hi; k++ {
		before := s.text[s.toks[k-1].End:s.toks[k].Start]
		if line, _ := lineBreaks(before); line {
			return k
		}
		if before != "" && k+1 < len(s.toks) && s.toks[k].End == s.toks[k+1].Start {
			return k
		}
	}
	return hi
}

func aRange(s *span) (*int, *int) { return &s.a0, &s.a1 }
func bRange(s *span) (*int, *int) { return &s.b0, &s.b1 }

// tile stretches the spans' ranges on one side (selected by rng) to cover
// each piece, dividing each gap between neighbours with split; it returns
// the non-empty pieces no span touches. Spans come from one diff, so those
// with this side are already in piece order.
func tile(spans []span, ps []piece, rng func(*span) (*int, *int), split func(lo, hi int) int) []piece {
	var own []*span
	for i := range spans {
		if lo, _ := rng(&spans[i]); *lo >= 0 {
			own = append(own, &spans[i])
		}
	}
	var orphans []piece
	k := 0
	for _, p := range ps {
		first := k
		for k < len(own) {
			if lo, _ := rng(own[k]); *lo >= p.t1 {
				break
			}
			k++
		}
		if first == k {
			if p.t1 > p.t0 {
				orphans = append(orphans, p)
			}
			continue
		}
		lo, _ := rng(own[first])
		*lo = p.t0
		for x := first; x < k-1; x++ {
			_, hi := rng(own[x])
			next, _ := rng(own[x+1])
			if *hi < *next {
				cut := split(*hi, *next)
				*hi, *next = cut, cut
			}
		}
		_, hi := rng(own[k-1])
		*hi = p.t1
	}
	return orphans
}

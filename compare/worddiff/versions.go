package worddiff

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	dmp "github.com/sergi/go-diff/diffmatchpatch"
)

const (
	// minMoveWords is the smallest passage reported as moved; shorter
	// coincidences ("the G7 Leaders") are left as delete+insert.
	minMoveWords = 8
	// moveSimilarity is the Dice coefficient on word multisets above which
	// a deleted and an inserted passage are the same passage, moved.
	moveSimilarity = 0.6
)

// Versions diffs two versions of one document, detecting moved passages.
//
// It diffs sentences first (one rune per distinct sentence), which keeps
// large, lightly revised documents near-linear, then word-diffs each
// changed region (a run of deleted sentences facing a run of inserted
// ones). A deleted and an inserted passage (paragraph or sentence, at least
// minMoveWords words) in different regions whose wording is similar
// become a move pair instead of a delete and an insert.
func Versions(a, b string, opt Options) Result {
	r, _ := VersionsContext(context.Background(), a, b, opt)
	return r
}

// VersionsContext is Versions that stops between changed regions once ctx
// is done, and then returns ctx.Err().
func VersionsContext(ctx context.Context, a, b string, opt Options) (Result, error) {
	e := newEngine(a, b, opt)
	segA, segB := segments(&e.a), segments(&e.b)
	regions, spans := e.alignSegments(segA, segB)
	moves := e.findMoves(regions)
	for ri, r := range regions {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		spans = append(spans, e.diffPieces(r.pieces(0, moves, ri), r.pieces(1, moves, ri))...)
	}
	for id, m := range moves {
		from, to := m.from.piece, m.to.piece
		spans = append(spans,
			span{kind: Move, side: "from", moveID: id + 1, a0: from.t0, a1: from.t1, b0: -1, b1: -1},
			span{kind: Move, side: "to", moveID: id + 1, a0: -1, a1: -1, b0: to.t0, b1: to.t1,
				edits: e.diffPieces([]piece{from}, []piece{to})})
	}
	return Result{Summary: e.summary(spans), Ops: e.ops(spans)}, nil
}

// summary is Summarize(e.ops(spans)), counted from the tokens' word flags
// instead of tokenizing every op's text a second time.
func (e *engine) summary(spans []span) Summary {
	var s Summary
	for _, sp := range spans {
		switch {
		case sp.kind == Equal:
			s.Unchanged += words(&e.a, sp.a0, sp.a1)
		case sp.kind == Delete:
			s.Deleted += words(&e.a, sp.a0, sp.a1)
		case sp.kind == Insert:
			s.Inserted += words(&e.b, sp.b0, sp.b1)
		case sp.side == "to":
			s.Moved += words(&e.b, sp.b0, sp.b1)
			ed := e.summary(sp.edits)
			s.Inserted += ed.Inserted
			s.Deleted += ed.Deleted
		}
	}
	return s
}

func words(s *side, t0, t1 int) int {
	n := 0
	for _, t := range s.toks[t0:t1] {
		if t.Word {
			n++
		}
	}
	return n
}

// segment is a sentence or line: a token range, and whether a paragraph
// break (blank line) or the start of the text precedes it.
type segment struct {
	t0, t1 int
	para   bool
}

// segments splits a side into sentences and lines. The splitter is simple
// on purpose: a wrong split only costs an anchor, never correctness.
func segments(s *side) []segment {
	segs := make([]segment, 0, len(s.toks)/16+1)
	start, para := 0, true
	for k := 1; k <= len(s.toks); k++ {
		if k < len(s.toks) {
			prev, next := s.toks[k-1], s.toks[k]
			if c := s.text[prev.End]; prev.Word && next.Start-prev.End <= 1 && c != '\n' && c != '\r' {
				continue // the common case: a word, then one space or none
			}
			gap := s.text[prev.End:next.Start]
			brk, par := lineBreaks(gap)
			if !brk && !(gap != "" && sentenceEnds(s, k)) {
				continue
			}
			segs = append(segs, segment{t0: start, t1: k, para: para})
			start, para = k, par
			continue
		}
		segs = append(segs, segment{t0: start, t1: k, para: para})
	}
	return segs
}

// lineBreaks reports whether white space gap holds a line break, and
// whether it holds a blank line (a paragraph break).
func lineBreaks(gap string) (line, para bool) {
	if gap == " " {
		return false, false // by far the most common gap
	}
	n, cr := 0, 0
	for _, r := range gap {
		switch r {
		case '\n', '\u2028':
			n++
		case '\r':
			cr++
		case '\u2029':
			return true, true
		}
	}
	if n == 0 {
		n = cr // old Mac line ends
	}
	return n > 0, n > 1
}

// sentenceEnds reports whether a sentence ends before token k: after . ! ?
// or … (and any closing quotes or brackets), before a capital, digit or
// opening quote; not after an initial ("R. Biden") or a short title.
func sentenceEnds(s *side, k int) bool {
	if s.toks[k-1].Word {
		return false // the common case: no full stop before token k
	}
	next, _ := utf8.DecodeRuneInString(s.text[s.toks[k].Start:])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"“‘'([", next) {
		return false
	}
	p := k - 1
	for p > 0 && isCloser(tokText(s, p)) {
		p--
	}
	switch tokText(s, p) {
	case "!", "?", "…":
		return true
	case ".":
		return p == 0 || !isAbbreviation(tokText(s, p-1))
	}
	return false
}

func tokText(s *side, k int) string { return s.text[s.toks[k].Start:s.toks[k].End] }

func isCloser(t string) bool {
	switch t {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

var titles = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true,
	"Gen": true, "Sen": true, "Rep": true, "Gov": true, "Amb": true, "No": true, "Jr": true, "Sr": true}

// isAbbreviation reports words whose following dot is unlikely to end a
// sentence: initials ("R"), dotted abbreviations ("U.S") and titles.
func isAbbreviation(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return (n == len(w) && unicode.IsUpper(r)) || strings.Contains(w, ".") || titles[w]
}

// region is a run of changed segments: A's deleted ones facing B's inserted
// ones, between two runs of unchanged segments.
type region struct {
	units [2][]unit // deleted (0) and inserted (1) passages, in order
}

// unit is a passage of a region side that does not cross a paragraph
// break: the granularity at which moves are detected.
type unit struct {
	piece
	words []rune // sorted comparison runes of its words
}

// alignSegments diffs the two segment lists. It returns the changed regions
// and equal spans for the unchanged segments.
func (e *engine) alignSegments(segA, segB []segment) ([]region, []span) {
	enc := newEncoderSized(len(segA) + len(segB))
	diffs := e.diffRunes(e.segmentRunes(&e.a, segA, enc), e.segmentRunes(&e.b, segB, enc))
	if enc.overflow {
		diffs = []dmp.Diff{} // every segment distinct; cannot happen below 1.1M segments
	}
	var regions []region
	var spans []span
	i, j := 0, 0
	open := false
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		if d.Type == dmp.DiffEqual {
			spans = append(spans, span{kind: Equal, a0: segA[i].t0, a1: segA[i+n-1].t1, b0: segB[j].t0, b1: segB[j+n-1].t1})
			i, j, open = i+n, j+n, false
			continue
		}
		if !open {
			regions = append(regions, region{})
			open = true
		}
		r := &regions[len(regions)-1]
		if d.Type == dmp.DiffDelete {
			r.units[0] = append(r.units[0], units(&e.a, segA[i:i+n])...)
			i += n
		} else {
			r.units[1] = append(r.units[1], units(&e.b, segB[j:j+n])...)
			j += n
		}
	}
	if i < len(segA) || j < len(segB) { // only on encoder overflow
		regions = append(regions, region{units: [2][]unit{units(&e.a, segA[i:]), units(&e.b, segB[j:])}})
	}
	return regions, spans
}

// segmentRunes maps each segment's comparison key (the runes of its
// compared tokens) to one rune of a sentence alphabet.
func (e *engine) segmentRunes(s *side, segs []segment, enc *encoder) []rune {
	out := make([]rune, len(segs))
	var key []byte
	for i, g := range segs {
		key = key[:0]
		for t := g.t0; t < g.t1; t++ {
			if !e.opt.IgnorePunctuation || s.toks[t].Word {
				key = utf8.AppendRune(key, s.runes[t])
			}
		}
		out[i] = enc.runeOf(key)
	}
	return out
}

// units splits consecutive segments at paragraph breaks.
func units(s *side, segs []segment) []unit {
	var out []unit
	for k, g := range segs {
		if k == 0 || g.para {
			out = append(out, unit{piece: piece{g.t0, g.t1}})
		} else {
			out[len(out)-1].t1 = g.t1
		}
	}
	for k := range out {
		u := &out[k]
		for t := u.t0; t < u.t1; t++ {
			if s.toks[t].Word {
				u.words = append(u.words, s.runes[t])
			}
		}
		slices.Sort(u.words)
	}
	return out
}

// unitRef names a unit: region, side (0 = A, 1 = B) and index.
type unitRef struct {
	region, side, index int
	piece
}

type move struct{ from, to unitRef }

// findMoves pairs deleted and inserted units of different regions whose
// word multisets are similar, best pairs first (ties by position, so the
// result is deterministic). Units of the same region are an in-place
// rewrite, which the region's word diff shows better.
func (e *engine) findMoves(regions []region) []move {
	type cand struct {
		from, to unitRef
		score    float64
	}
	dels, inss := collect(regions, 0), collect(regions, 1)
	var cands []cand
	for _, d := range dels {
		du := regions[d.region].units[0][d.index]
		for _, in := range inss {
			iu := regions[in.region].units[1][in.index]
			if d.region == in.region || !sizesAllowMove(len(du.words), len(iu.words)) {
				continue
			}
			if s := dice(du.words, iu.words); s >= moveSimilarity {
				cands = append(cands, cand{d, in, s})
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	usedA, usedB := map[unitRef]bool{}, map[unitRef]bool{}
	var moves []move
	for _, c := range cands {
		if !usedA[c.from] && !usedB[c.to] {
			usedA[c.from], usedB[c.to] = true, true
			moves = append(moves, move{c.from, c.to})
		}
	}
	return moves
}

func collect(regions []region, sd int) []unitRef {
	var out []unitRef
	for ri, r := range regions {
		for ui, u := range r.units[sd] {
			if len(u.words) >= minMoveWords {
				out = append(out, unitRef{ri, sd, ui, u.piece})
			}
		}
	}
	return out
}

// sizesAllowMove prunes pairs whose lengths alone rule out the threshold:
// Dice ≤ 2·min/(na+nb).
func sizesAllowMove(na, nb int) bool {
	return float64(2*min(na, nb)) >= moveSimilarity*float64(na+nb)
}

// dice is the Dice coefficient of two sorted multisets.
func dice(a, b []rune) float64 {
	common, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			common, i, j = common+1, i+1, j+1
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// pieces returns what remains of side sd of region ri once moved units are
// taken out: the text the region's word diff compares.
func (r region) pieces(sd int, moves []move, ri int) []piece {
	moved := map[int]bool{}
	for _, m := range moves {
		u := m.from
		if sd == 1 {
			u = m.to
		}
		if u.region == ri {
			moved[u.index] = true
		}
	}
	var out []piece
	for ui, u := range r.units[sd] {
		switch {
		case moved[ui]:
		case len(out) > 0 && out[len(out)-1].t1 == u.t0:
			out[len(out)-1].t1 = u.t1
		default:
			out = append(out, u.piece)
		}
	}
	return out
}

// Package worddiff computes word-level differences between texts, built on go-diff.
//
// Texts are split into word and punctuation tokens (white space is never a
// token), each distinct normalised token is mapped to one rune, and go-diff
// diffs the rune strings: its line-mode trick applied to words. Words diffs
// two short passages; Versions diffs two versions of a whole document,
// first sentence by sentence, then word by word inside changed regions, and
// reports moved passages.
package worddiff

import "sort"

// Options control what counts as a difference.
type Options struct {
	IgnoreCase        bool // "Israel" equals "israel"
	IgnorePunctuation bool // punctuation tokens never count as a difference
}

// Kind is the kind of an Op.
type Kind string

// The kinds of Op.
const (
	Equal  Kind = "equal"
	Insert Kind = "insert"
	Delete Kind = "delete"
	Move   Kind = "move"
)

// Op is one run of the diff. Text is the ORIGINAL wording (from A for
// equal/delete/move-from, from B for insert/move-to), exactly as a slice of
// the input (so inner white space/line breaks are as written).
type Op struct {
	Op     Kind   `json:"op"`
	Text   string `json:"text"`
	AStart int    `json:"a_start"` // byte offsets into A; -1 when the op has no A side (insert, move-to)
	AEnd   int    `json:"a_end"`
	BStart int    `json:"b_start"` // byte offsets into B; -1 when no B side (delete, move-from)
	BEnd   int    `json:"b_end"`
	MoveID int    `json:"move_id,omitempty"` // moves: the same id (1,2,…) on the "from" and the "to" op
	Side   string `json:"side,omitempty"`    // moves: "from" (where it was in A) or "to" (where it is in B)
	Edits  []Op   `json:"edits,omitempty"`   // move "to" op: the word diff of the moved passage's A text against its B text (offsets into A and B)
}

// Summary counts WORDS (tokens that contain a letter or digit) per kind.
type Summary struct {
	Inserted  int `json:"inserted"`
	Deleted   int `json:"deleted"`
	Moved     int `json:"moved"`
	Unchanged int `json:"unchanged"`
}

// Result is the outcome of Versions.
type Result struct {
	Summary Summary `json:"summary"`
	Ops     []Op    `json:"ops"`
}

// Words diffs two passages word by word (no move detection). White space and
// line breaks never count as differences. Ops come in redline order: at each
// change, A's deleted words before B's inserted words.
func Words(a, b string, opt Options) []Op {
	e := newEngine(a, b, opt)
	return e.ops(e.diffPieces(whole(&e.a), whole(&e.b)))
}

// Summarize counts words per kind in ops (used for Words results too). A
// moved passage counts once, as Moved, by its words at the "to" side; the
// words its Edits insert or delete also count as Inserted or Deleted.
func Summarize(ops []Op) Summary {
	var s Summary
	for _, o := range ops {
		switch {
		case o.Op == Equal:
			s.Unchanged += countWords(o.Text)
		case o.Op == Insert:
			s.Inserted += countWords(o.Text)
		case o.Op == Delete:
			s.Deleted += countWords(o.Text)
		case o.Op == Move && o.Side == "to":
			s.Moved += countWords(o.Text)
			e := Summarize(o.Edits)
			s.Inserted += e.Inserted
			s.Deleted += e.Deleted
		}
	}
	return s
}

func whole(s *side) []piece {
	if len(s.toks) == 0 {
		return nil
	}
	return []piece{{0, len(s.toks)}}
}

// ops puts spans in redline order, merges neighbours and converts them.
func (e *engine) ops(spans []span) []Op {
	spans = mergeAdjacent(redlineOrder(spans))
	numberMoves(spans)
	out := make([]Op, 0, len(spans))
	for _, s := range spans {
		out = append(out, e.op(s))
	}
	return out
}

// redlineOrder sorts spans into the merged document order a redline shows:
// equal runs are shared sync points; between two of them come A's
// deletions and moved-away passages (in A order), then B's insertions and
// moved-in passages (in B order).
func redlineOrder(spans []span) []span {
	var as, bs []int
	for i, s := range spans {
		if s.hasA() {
			as = append(as, i)
		}
		if s.hasB() {
			bs = append(bs, i)
		}
	}
	sort.SliceStable(as, func(x, y int) bool { return spans[as[x]].a0 < spans[as[y]].a0 })
	sort.SliceStable(bs, func(x, y int) bool { return spans[bs[x]].b0 < spans[bs[y]].b0 })
	out := make([]span, 0, len(spans))
	i, j := 0, 0
	for i < len(as) || j < len(bs) {
		for ; i < len(as) && spans[as[i]].kind != Equal; i++ {
			out = append(out, spans[as[i]])
		}
		for ; j < len(bs) && spans[bs[j]].kind != Equal; j++ {
			out = append(out, spans[bs[j]])
		}
		if i < len(as) && j < len(bs) {
			// Both point at an equal span; diffs are monotone on both
			// sides, so it is the same one.
			out = append(out, spans[as[i]])
			i, j = i+1, j+1
		}
	}
	return out
}

// mergeAdjacent joins neighbouring equal/insert/delete spans that continue
// each other (stitched regions and piece splits can leave such seams).
func mergeAdjacent(spans []span) []span {
	out := make([]span, 0, len(spans))
	for _, s := range spans {
		if n := len(out); n > 0 && continues(out[n-1], s) {
			if s.hasA() {
				out[n-1].a1 = s.a1
			}
			if s.hasB() {
				out[n-1].b1 = s.b1
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

func continues(p, s span) bool {
	return p.kind == s.kind && s.kind != Move &&
		(!s.hasA() || p.a1 == s.a0) && (!s.hasB() || p.b1 == s.b0)
}

// numberMoves renumbers move pairs 1, 2, … in order of first appearance.
func numberMoves(spans []span) {
	ids := map[int]int{}
	for i := range spans {
		if spans[i].kind != Move {
			continue
		}
		id, ok := ids[spans[i].moveID]
		if !ok {
			id = len(ids) + 1
			ids[spans[i].moveID] = id
		}
		spans[i].moveID = id
	}
}

func (e *engine) op(s span) Op {
	o := Op{Op: s.kind, AStart: -1, AEnd: -1, BStart: -1, BEnd: -1, MoveID: s.moveID, Side: s.side}
	if s.hasA() {
		o.AStart, o.AEnd = int(e.a.toks[s.a0].Start), int(e.a.toks[s.a1-1].End)
		o.Text = e.a.text[o.AStart:o.AEnd]
	}
	if s.hasB() {
		o.BStart, o.BEnd = int(e.b.toks[s.b0].Start), int(e.b.toks[s.b1-1].End)
		if !s.hasA() {
			o.Text = e.b.text[o.BStart:o.BEnd]
		}
	}
	if s.edits != nil {
		o.Edits = e.ops(s.edits)
	}
	return o
}

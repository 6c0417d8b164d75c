// Package phrases aligns two sentences that make the same point in different
// words and says, phrase by phrase, what they share and what each has that the
// other lacks.
//
// Why not a diff: a character or word diff (an edit script, a longest common
// subsequence) keeps the two sentences in one order, so a clause that a
// paraphrase moves to the front comes out as a deletion plus an insertion,
// and the common words it does keep are scattered single words ("the", "for")
// that happen to line up. Collation tools that align differently worded
// witnesses of one text (CollateX) and plagiarism detectors (Greedy String
// Tiling, Wise 1993) instead look for the shared runs of words, longest
// first, wherever they stand in each text. A long shared run is strong
// evidence that its words correspond; a lone shared word could pair with
// any of its repetitions, so it is placed only after the runs that pin the
// sentences together. This package does the same for two sentences.
//
// The algorithm, on the caller's words (Unit: it never tokenizes itself):
//
//  1. Two words are equal when they share a key (Unit.Keys): a stem, a
//     synonym group, the normal form; what counts is the caller's choice.
//     A word may carry several keys, so "support" can meet "backing"
//     through one synonym group and "aid" through another. Equality need not
//     be transitive: words are only ever compared in pairs.
//  2. Every maximal run of equal words on a diagonal of the two sentences (A
//     words i…i+n-1 equal to B words j…j+n-1, not extendable either way) is
//     a candidate, if at least one of its word pairs is a content word on
//     both sides (Unit.Content). Runs of function words alone ("of the")
//     are coincidences, not phrases. A single shared content word is a
//     phrase of one word.
//  3. Greedily, the best candidate becomes a shared Phrase and its words are
//     taken on both sides: the most content word pairs first, then the most
//     words, then the earliest in A, then the earliest in B. These keys are
//     a total order on the candidates, so the output is deterministic. A
//     candidate that crosses taken words falls apart into the pieces between
//     them, which compete again (a candidate's rank can only fall, so a
//     priority queue with lazy re-ranking finds the best in O(log) time).
//     Phrases may cross: a later phrase of A may match an earlier phrase of
//     B (a transposition). Greedy stops when no candidate has a content
//     word.
//  4. The words of each sentence in no phrase, in maximal runs, are what that
//     sentence adds (OnlyA: what A has and B drops; OnlyB: the reverse).
//
// Function words at the edges of a run are kept in the phrase, not trimmed:
// both sentences say "for as long as it takes", and trimming the run to
// "long as it takes" would report "for as" as added by each. A run is ranked
// by its content words first, so its edge words only break ties between
// runs with as many content words. Content words count in pairs: a pair
// counts only when the word is a content word in both sentences.
//
// Cost: building the n×m table of equal word pairs is O(n·m) time and
// memory; ranking or re-ranking a candidate of L words costs O(L + log Q)
// for a queue of Q candidates, and a candidate is re-ranked only when a
// phrase taken before it crosses it. Two sentences of 150 words take well
// under a millisecond. Only the first MaxUnits words of each sentence are
// aligned, so that a 10,000-word "sentence" (a table flattened to text)
// cannot take seconds: the worst case at the cap, a three-word vocabulary
// where every third pair is equal, takes 10 to 20 ms. The words past the cap
// are reported in OnlyA or OnlyB.
package phrases

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// MaxUnits bounds the words of each sentence that Align matches: words past
// it are never in a phrase and come out in OnlyA or OnlyB. Real sentences
// stay far below it: the longest sentence of the G7 communiqués in the test
// corpus has about 110 words.
const MaxUnits = 400

// Unit is one word of a sentence as the caller read it.
type Unit struct {
	// Keys are what makes two words equal: two units are equal when they
	// share a key (the empty key matches nothing). The first is usually the
	// stem or normal form, any others the word's synonym groups. A unit
	// with no keys, such as a number the caller will not match, equals no
	// other and breaks any run. A pair of units costs a step per key they
	// share, so a word should carry a handful of keys, not hundreds.
	Keys []string
	// Start and End are the word's byte offsets in the caller's text; Align
	// only copies them into spans.
	Start, End int
	// Content is false for function words (stop words).
	Content bool
}

// Span is a run of words of one sentence: the units First…Last-1 (Last is
// exclusive), which stand at the bytes Start…End-1 of the caller's text
// (units[First].Start, units[Last-1].End).
type Span struct {
	Start, End  int
	First, Last int
}

// Phrase is a run of words both sentences share: A's units A.First+k and
// B's units B.First+k are equal for every k below Units.
type Phrase struct {
	A, B    Span
	Units   int // how many words it has in each sentence
	Content int // how many of its word pairs are content words on both sides (at least one)
}

// Alignment is what two sentences share and what each adds.
type Alignment struct {
	// Shared are the phrases in the order of sentence A. Their order in B
	// may differ (a transposition): sort a copy by B.First for B's order.
	Shared []Phrase
	// OnlyA and OnlyB are the maximal runs of words of each sentence that
	// are in no shared phrase, in the order of the sentence. Together with
	// the shared phrases they cover every unit exactly once. A run may hold
	// only function words ("the"); callers that want only substance check
	// the Content of its units.
	OnlyA, OnlyB []Span
}

// Align returns the shared phrases of sentences a and b and what each adds.
// It is deterministic, never modifies its arguments, and aligns only the
// first MaxUnits units of each.
func Align(a, b []Unit) Alignment { return AlignIndexed(a, NewIndex(a), b, NewIndex(b)) }

// Index is a sentence's keys in sorted order, each with the unit that
// holds it: made once per sentence (NewIndex), it lets AlignIndexed find
// the equal units of two sentences by merging two sorted lists, without
// hashing a key per pair of sentences aligned. The sentence aligner aligns
// tens of thousands of pairs of a few thousand sentences.
type Index struct{ entries []indexEntry }

// indexEntry is one key of a unit.
type indexEntry struct {
	key  string
	unit int32
}

// NewIndex indexes the keys of the first MaxUnits units (the empty key,
// which matches nothing, left out).
func NewIndex(units []Unit) Index {
	units = units[:min(len(units), MaxUnits)]
	n := 0
	for _, u := range units {
		n += len(u.Keys)
	}
	entries := make([]indexEntry, 0, n)
	for i, u := range units {
		for _, k := range u.Keys {
			if k != "" {
				entries = append(entries, indexEntry{k, int32(i)})
			}
		}
	}
	slices.SortFunc(entries, func(x, y indexEntry) int {
		if c := strings.Compare(x.key, y.key); c != 0 {
			return c
		}
		return int(x.unit - y.unit)
	})
	return Index{entries: slices.Compact(entries)} // the same key twice on one unit once
}

// AlignIndexed is Align for sentences already indexed: ia must be
// NewIndex(a) and ib NewIndex(b).
func AlignIndexed(a []Unit, ia Index, b []Unit, ib Index) Alignment {
	usedA, usedB := make([]bool, len(a)), make([]bool, len(b))
	ca, cb := a[:min(len(a), MaxUnits)], b[:min(len(b), MaxUnits)]
	var shared []Phrase
	if len(ca) > 0 && len(cb) > 0 {
		t := scratch.Get().(*tables)
		defer scratch.Put(t)
		match, cells := t.matchTable(ia, ib, len(ca), len(cb))
		al := aligner{a: ca, b: cb, usedA: usedA, usedB: usedB, match: match}
		al.candidates(cells)
		shared = al.greedy()
	}
	sort.Slice(shared, func(x, y int) bool { return shared[x].A.First < shared[y].A.First })
	return Alignment{Shared: shared, OnlyA: unused(a, usedA), OnlyB: unused(b, usedB)}
}

// tables is the scratch of matchTable, reused from one Align to the next
// (scratch): making the table afresh for every pair the sentence aligner
// keeps was much of Align's cost.
type tables struct {
	match []bool
	cells []int32
}

var scratch = sync.Pool{New: func() any { return &tables{} }}

// matchTable returns which units of a (n of them) equal which of b (m),
// cell i*m+j, and the cells that are set, each once: t's own slices, valid
// until t's next use. The two indexes are merged key by key; a key held
// by several units on either side sets every pair of them.
func (t *tables) matchTable(ia, ib Index, n, m int) (match []bool, cells []int32) {
	match = slices.Grow(t.match[:0], n*m)[:n*m]
	clear(match)
	cells = t.cells[:0]
	a, b := ia.entries, ib.entries
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i].key, b[j].key); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			endA, endB := sameKey(a, i), sameKey(b, j)
			for _, x := range a[i:endA] {
				for _, y := range b[j:endB] {
					if cell := int(x.unit)*m + int(y.unit); !match[cell] {
						match[cell] = true
						cells = append(cells, int32(cell))
					}
				}
			}
			i, j = endA, endB
		}
	}
	t.match, t.cells = match, cells
	return match, cells
}

// sameKey is the end of the run of entries with the key of entries[from].
func sameKey(entries []indexEntry, from int) int {
	end := from + 1
	for end < len(entries) && entries[end].key == entries[from].key {
		end++
	}
	return end
}

// run is a candidate: A's units i…i+n-1 against B's j…j+n-1, with content
// content-word pairs.
type run struct{ i, j, n, content int32 }

// before reports whether r ranks above s: more content pairs, then more
// words, then earlier in A, then earlier in B. Two distinct candidates never
// start at the same pair (candidates on one diagonal are disjoint), so this
// is a total order.
func (r run) before(s run) bool {
	if r.content != s.content {
		return r.content > s.content
	}
	if r.n != s.n {
		return r.n > s.n
	}
	if r.i != s.i {
		return r.i < s.i
	}
	return r.j < s.j
}

// aligner holds one Align call: the capped sentences, their match table,
// the units taken by phrases so far and the queue of candidates.
type aligner struct {
	a, b         []Unit
	match        []bool
	usedA, usedB []bool
	queue        []run // a binary heap under run.before
}

// candidates queues every maximal run of equal units that has a content
// pair: one per cell that starts a run.
func (al *aligner) candidates(cells []int32) {
	n, m := len(al.a), len(al.b)
	for _, c := range cells {
		i, j := int(c)/m, int(c)%m
		if i > 0 && j > 0 && al.match[int(c)-m-1] {
			continue // inside a run
		}
		r := run{i: int32(i), j: int32(j)}
		for k := 0; i+k < n && j+k < m && al.match[(i+k)*m+j+k]; k++ {
			if al.a[i+k].Content && al.b[j+k].Content {
				r.content++
			}
			r.n++
		}
		if r.content > 0 {
			al.push(r)
		}
	}
}

// split queues the pieces of candidate r that are still free on both
// sides, those that hold a content pair.
func (al *aligner) split(r run) {
	i, j, n := int(r.i), int(r.j), int(r.n)
	start, content := -1, int32(0)
	for k := 0; k <= n; k++ {
		if k < n && !al.usedA[i+k] && !al.usedB[j+k] {
			if start < 0 {
				start, content = k, 0
			}
			if al.a[i+k].Content && al.b[j+k].Content {
				content++
			}
			continue
		}
		if start >= 0 && content > 0 {
			al.push(run{int32(i + start), int32(j + start), int32(k - start), content})
		}
		start = -1
	}
}

// greedy takes the best candidate while any is left, re-ranking those that
// cross words already taken, and returns the phrases in the order taken.
func (al *aligner) greedy() []Phrase {
	var shared []Phrase
	for len(al.queue) > 0 {
		r := al.pop()
		i, j, n := int(r.i), int(r.j), int(r.n)
		intact := true
		for k := 0; k < n && intact; k++ {
			intact = !al.usedA[i+k] && !al.usedB[j+k]
		}
		if !intact {
			// Its pieces rank strictly below it (fewer words), so the
			// queue stays consistent and the loop ends.
			al.split(r)
			continue
		}
		for k := 0; k < n; k++ {
			al.usedA[i+k], al.usedB[j+k] = true, true
		}
		shared = append(shared, Phrase{
			A: span(al.a, i, i+n), B: span(al.b, j, j+n),
			Units: n, Content: int(r.content),
		})
	}
	return shared
}

// push adds r to the queue.
func (al *aligner) push(r run) {
	q := append(al.queue, r)
	for c := len(q) - 1; c > 0; {
		p := (c - 1) / 2
		if !q[c].before(q[p]) {
			break
		}
		q[c], q[p] = q[p], q[c]
		c = p
	}
	al.queue = q
}

// pop removes and returns the best candidate of a non-empty queue.
func (al *aligner) pop() run {
	q := al.queue
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	for p := 0; ; {
		c := 2*p + 1
		if c >= len(q) {
			break
		}
		if c+1 < len(q) && q[c+1].before(q[c]) {
			c++
		}
		if !q[c].before(q[p]) {
			break
		}
		q[c], q[p] = q[p], q[c]
		p = c
	}
	al.queue = q
	return top
}

// span is the Span of units first…last-1.
func span(u []Unit, first, last int) Span {
	return Span{Start: u[first].Start, End: u[last-1].End, First: first, Last: last}
}

// unused returns the maximal runs of units not taken, in order.
func unused(u []Unit, used []bool) []Span {
	var out []Span
	for i := 0; i < len(u); {
		if used[i] {
			i++
			continue
		}
		k := i
		for k < len(u) && !used[k] {
			k++
		}
		out = append(out, span(u, i, k))
		i = k
	}
	return out
}

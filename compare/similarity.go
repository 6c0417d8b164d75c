package compare

import (
	"math"
	"sort"
)

// sparse is a term vector as parallel slices sorted by term id (the terms'
// sorted order): the cosine of two is a merge of the two lists, with no
// hashing, and sums over it run in one order.
type sparse struct {
	ids   []int32
	ws    []float64
	terms []string
}

// each calls f with the positions in a and b of every term both hold, in
// term order.
func (a sparse) each(b sparse, f func(i, j int)) {
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			f(i, j)
			i++
			j++
		}
	}
}

// dot of two sparse vectors: their cosine, as both have unit length.
func (a sparse) dot(b sparse) float64 {
	var sum float64
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			sum += a.ws[i] * b.ws[j]
			i++
			j++
		}
	}
	return sum
}

// normalize scales v to unit length (a zero vector stays zero).
func (v sparse) normalize() {
	var sum float64
	for _, w := range v.ws {
		sum += w * w
	}
	if sum == 0 {
		return
	}
	norm := math.Sqrt(sum)
	for i := range v.ws {
		v.ws[i] /= norm
	}
}

// maxPostings: terms found in more sentences than this are too common to
// select candidates by (they still count in the score). This keeps
// candidate search near-linear on large sets.
const maxPostings = 64

// simIndex is an inverted index of sparse vectors: for a query vector it
// finds the indexed vectors that share a selective term, accumulating their
// dot products, so similar sentences are found without comparing all pairs.
type simIndex struct {
	postings [][]posting // by term id
	size     int
}

type posting struct {
	id int
	w  float64
}

func newSimIndex(terms int) *simIndex { return &simIndex{postings: make([][]posting, terms)} }

// add indexes vector v under id (ids are 0, 1, 2, … in order of adding).
func (ix *simIndex) add(id int, v sparse) {
	for k, t := range v.ids {
		ix.postings[t] = append(ix.postings[t], posting{id, v.ws[k]})
	}
	ix.size = max(ix.size, id+1)
}

// accumulator is one worker's scratch space for queries.
type accumulator struct {
	score   []float64
	touched []int
	found   []int
}

// query returns the ids below before whose partial dot product with v
// reaches minPartial, ascending, over the terms that at most maxPostings
// vectors with ids below limit hold (the postings a search in id order
// would have met). Terms in more are too common to select by; callers
// compute the exact similarity of the candidates returned. The result is
// acc's and valid until its next query.
func (ix *simIndex) query(v sparse, before, limit int, minPartial float64, acc *accumulator) []int {
	if len(acc.score) < ix.size {
		acc.score = make([]float64, ix.size)
	}
	acc.touched = acc.touched[:0]
	for k, t := range v.ids {
		list := ix.postings[t]
		if n := sort.Search(len(list), func(i int) bool { return list[i].id >= limit }); n > maxPostings {
			continue
		}
		for _, p := range list {
			if p.id >= before {
				break
			}
			if acc.score[p.id] == 0 {
				acc.touched = append(acc.touched, p.id)
			}
			acc.score[p.id] += v.ws[k] * p.w
		}
	}
	acc.found = acc.found[:0]
	for _, id := range acc.touched {
		if acc.score[id] >= minPartial {
			acc.found = append(acc.found, id)
		}
		acc.score[id] = 0
	}
	sort.Ints(acc.found)
	return acc.found
}

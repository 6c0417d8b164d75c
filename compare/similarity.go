package compare

import "sort"

// simIndex is an inverted index of unit term vectors: for a query vector it
// finds the indexed vectors that share a selective term, accumulating their
// dot products, so similar sentences are found without comparing all pairs.
type simIndex struct {
	postings map[string][]posting
	size     int
}

type posting struct {
	id int
	w  float64
}

func newSimIndex() *simIndex { return &simIndex{postings: map[string][]posting{}} }

// add indexes vector v under id (ids are 0, 1, 2, … in order of adding).
func (ix *simIndex) add(id int, v map[string]float64) {
	for t, w := range v {
		ix.postings[t] = append(ix.postings[t], posting{id, w})
	}
	if id >= ix.size {
		ix.size = id + 1
	}
}

// accumulator is reusable scratch space for queries.
type accumulator struct {
	score   []float64
	touched []int
}

// query returns the ids whose partial dot product with v, over the terms
// held by at most maxPostings vectors, reaches minPartial; ascending ids.
// Terms in more vectors are too common to select by; callers compute the
// exact similarity of the candidates returned.
func (ix *simIndex) query(v map[string]float64, minPartial float64, acc *accumulator) []int {
	if len(acc.score) < ix.size {
		acc.score = make([]float64, ix.size)
	}
	acc.touched = acc.touched[:0]
	for t, w := range v {
		list := ix.postings[t]
		if len(list) > maxPostings {
			continue
		}
		for _, p := range list {
			if acc.score[p.id] == 0 {
				acc.touched = append(acc.touched, p.id)
			}
			acc.score[p.id] += w * p.w
		}
	}
	out := acc.touched[:0:0]
	for _, id := range acc.touched {
		if acc.score[id] >= minPartial {
			out = append(out, id)
		}
		acc.score[id] = 0
	}
	sort.Ints(out)
	return out
}

package compare

import (
	"slices"
	"sort"
)

// sparse is a unit term vector as parallel slices sorted by term id: the
// cosine of two is a merge of the two lists, with no hashing.
type sparse struct {
	ids []int32
	ws  []float64
}

// termIDs numbers every term of the sentences' vectors, in sorted order
// so the numbering (and every sum over it) is the same for the same input.
func termIDs(sents []*sentence) map[string]int32 {
	seen := map[string]bool{}
	for _, s := range sents {
		for t := range s.vec {
			seen[t] = true
		}
	}
	terms := make([]string, 0, len(seen))
	for t := range seen {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	ids := make(map[string]int32, len(terms))
	for i, t := range terms {
		ids[t] = int32(i)
	}
	return ids
}

func toSparse(v map[string]float64, ids map[string]int32) sparse {
	out := sparse{ids: make([]int32, 0, len(v)), ws: make([]float64, len(v))}
	for t := range v {
		out.ids = append(out.ids, ids[t])
	}
	slices.Sort(out.ids)
	byID := make(map[int32]float64, len(v))
	for t, w := range v {
		byID[ids[t]] = w
	}
	for i, id := range out.ids {
		out.ws[i] = byID[id]
	}
	return out
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

// accumulator is reusable scratch space for queries.
type accumulator struct {
	score   []float64
	touched []int
}

// query returns the ids whose partial dot product with v, over the terms
// held by at most maxPostings vectors, reaches minPartial; ascending ids.
// Terms in more vectors are too common to select by; callers compute the
// exact similarity of the candidates returned.
func (ix *simIndex) query(v sparse, minPartial float64, acc *accumulator) []int {
	if len(acc.score) < ix.size {
		acc.score = make([]float64, ix.size)
	}
	acc.touched = acc.touched[:0]
	for k, t := range v.ids {
		list := ix.postings[t]
		if len(list) > maxPostings {
			continue
		}
		for _, p := range list {
			if acc.score[p.id] == 0 {
				acc.touched = append(acc.touched, p.id)
			}
			acc.score[p.id] += v.ws[k] * p.w
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

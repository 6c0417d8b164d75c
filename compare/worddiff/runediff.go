package worddiff

import (
	"sort"

	dmp "github.com/sergi/go-diff/diffmatchpatch"
)

const (
	// directLimit is the combined length (in runes) up to which go-diff's
	// Myers bisect runs on a block as is. Its cost is O((N+M)·D), quadratic
	// for unrelated texts; 4000 keeps a block under ~20 ms.
	directLimit = 4000
	// replaceLimit is the length beyond which a block that offers no unique
	// anchor (highly repetitive text) is reported as a plain replacement
	// rather than risk seconds of bisecting.
	replaceLimit = 12000
)

// diffRunes diffs two rune sequences with go-diff and cleans the result up
// semantically, so that a rewritten clause shows as one replacement rather
// than a salad of coincidentally shared "the" and "of".
func (e *engine) diffRunes(ra, rb []rune) []dmp.Diff {
	raw := e.mainRunes(ra, rb)
	// DiffCleanupSemantic edits its argument in place: keep raw as fallback.
	clean := e.dmp.DiffCleanupSemantic(append([]dmp.Diff(nil), raw...))
	if consistent(clean, ra, rb) {
		return clean
	}
	return raw // the cleanup split a rune (see firstRune); raw is still exact
}

// mainRunes is DiffMainRunes, made near-linear for long blocks: common
// prefix and suffix are peeled off and the middle is split at "patience"
// anchors (tokens occurring exactly once on each side, in order) before
// go-diff bisects the pieces.
func (e *engine) mainRunes(ra, rb []rune) []dmp.Diff {
	if len(ra)+len(rb) <= directLimit {
		return e.dmp.DiffMainRunes(ra, rb, false)
	}
	return e.dmp.DiffCleanupMerge(e.anchored(nil, ra, rb))
}

func (e *engine) anchored(out []dmp.Diff, ra, rb []rune) []dmp.Diff {
	if len(ra)+len(rb) <= directLimit {
		return append(out, e.dmp.DiffMainRunes(ra, rb, false)...)
	}
	p := commonPrefix(ra, rb)
	out = appendDiff(out, dmp.DiffEqual, ra[:p])
	ra, rb = ra[p:], rb[p:]
	s := commonPrefix(reversed(ra), reversed(rb))
	suffix := ra[len(ra)-s:]
	ra, rb = ra[:len(ra)-s], rb[:len(rb)-s]

	anchors := patienceAnchors(ra, rb)
	switch {
	case len(anchors) > 0:
		i, j := 0, 0
		for _, an := range anchors {
			out = e.anchored(out, ra[i:an.i], rb[j:an.j])
			out = appendDiff(out, dmp.DiffEqual, ra[an.i:an.i+1])
			i, j = an.i+1, an.j+1
		}
		out = e.anchored(out, ra[i:], rb[j:])
	case len(ra)+len(rb) <= replaceLimit || len(ra) == 0 || len(rb) == 0:
		out = append(out, e.dmp.DiffMainRunes(ra, rb, false)...)
	default:
		out = appendDiff(out, dmp.DiffDelete, ra)
		out = appendDiff(out, dmp.DiffInsert, rb)
	}
	return appendDiff(out, dmp.DiffEqual, suffix)
}

func appendDiff(out []dmp.Diff, op dmp.Operation, rs []rune) []dmp.Diff {
	if len(rs) == 0 {
		return out
	}
	return append(out, dmp.Diff{Type: op, Text: string(rs)})
}

func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// reversed returns a reversed copy (only used on long blocks, rarely).
func reversed(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[len(rs)-1-i] = r
	}
	return out
}

type anchor struct{ i, j int }

// patienceAnchors returns the longest increasing chain of tokens that occur
// exactly once in a and once in b.
func patienceAnchors(a, b []rune) []anchor {
	posB := make(map[rune]int, len(b))
	for j, r := range b {
		if _, seen := posB[r]; seen {
			posB[r] = -1
		} else {
			posB[r] = j
		}
	}
	countA := make(map[rune]int, len(a))
	for _, r := range a {
		countA[r]++
	}
	var cand []anchor
	for i, r := range a {
		if j, ok := posB[r]; ok && j >= 0 && countA[r] == 1 {
			cand = append(cand, anchor{i, j})
		}
	}
	return longestIncreasing(cand)
}

// longestIncreasing returns the longest subsequence of cand (ordered by i)
// whose j increase too: patience sorting, O(k log k).
func longestIncreasing(cand []anchor) []anchor {
	tails := []int{} // tails[l] = index in cand ending the best chain of length l+1
	prev := make([]int, len(cand))
	for x, c := range cand {
		l := sort.Search(len(tails), func(k int) bool { return cand[tails[k]].j >= c.j })
		prev[x] = -1
		if l > 0 {
			prev[x] = tails[l-1]
		}
		if l == len(tails) {
			tails = append(tails, x)
		} else {
			tails[l] = x
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]anchor, len(tails))
	for x, k := tails[len(tails)-1], len(tails)-1; x >= 0; x, k = prev[x], k-1 {
		out[k] = cand[x]
	}
	return out
}

// consistent reports whether diffs spell ra on the A side (equal+delete)
// and rb on the B side (equal+insert).
func consistent(diffs []dmp.Diff, ra, rb []rune) bool {
	i, j := 0, 0
	for _, d := range diffs {
		for _, r := range d.Text {
			if d.Type != dmp.DiffInsert {
				if i >= len(ra) || ra[i] != r {
					return false
				}
				i++
			}
			if d.Type != dmp.DiffDelete {
				if j >= len(rb) || rb[j] != r {
					return false
				}
				j++
			}
		}
	}
	return i == len(ra) && j == len(rb)
}

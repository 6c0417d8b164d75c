package compare

// Distinctiveness: whether the words a candidate pair shares are theirs
// alone. Two sentences built on one formula about two different things
// ("…will provide up to $X in direct funding…", "President Biden
// emphasized…") share words that many sentences of their statements hold
// too: such a word links many pairs and so says little about this one. A
// word that no other sentence of either statement holds is evidence for
// this pair only.

// statementTerms counts, for each statement and term id, the sentences of
// the statement that hold the term.
type statementTerms map[uint64]int32

func termKey(statement int, id int32) uint64 { return uint64(statement)<<32 | uint64(uint32(id)) }

// countStatementTerms counts the terms of every sentence: linear in the
// sentences' terms.
func countStatementTerms(sents []*sentence) statementTerms {
	n := 0
	for _, s := range sents {
		n += len(s.vec.ids)
	}
	out := make(statementTerms, n/2)
	for _, s := range sents {
		for _, id := range s.vec.ids {
			out[termKey(s.statement, id)]++
		}
	}
	return out
}

// particularShare is the share of the pair's score carried by the terms
// they share that no other sentence of either statement holds.
func particularShare(a, b *sentence, score float64, counts statementTerms) float64 {
	if score <= 0 {
		return 0
	}
	var own float64
	a.vec.each(b.vec, func(i, j int) {
		if id := a.vec.ids[i]; counts[termKey(a.statement, id)] == 1 && counts[termKey(b.statement, id)] == 1 {
			own += a.vec.ws[i] * b.vec.ws[j]
		}
	})
	return own / score
}

// particularTerms are the terms of the pair that no other sentence of
// either statement holds, for its evidence (Why.Particular).
func particularTerms(a, b *sentence, counts statementTerms) []string {
	var out []string
	a.vec.each(b.vec, func(i, _ int) {
		if id := a.vec.ids[i]; counts[termKey(a.statement, id)] == 1 && counts[termKey(b.statement, id)] == 1 {
			out = append(out, a.vec.terms[i])
		}
	})
	return out
}

// particularWhy: a pair's evidence names its particular words when they
// carry this share of its score or more; below it they weigh little.
const particularWhy = 0.25

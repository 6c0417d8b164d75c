package compare

// Distinctiveness: whether the words a candidate pair shares are theirs
// alone. Two sentences built on one formula about two different things
// ("…will provide up to $X in direct funding…", "President Biden
// emphasized…") share words that many sentences of their statements hold
// too: such a word links many pairs and so says little about this one. A
// word that no other sentence of either statement holds is evidence for
// this pair only.

// markAlone marks, in every sentence's vector, the terms no other
// sentence of its statement holds: linear in the sentences' terms, with
// one count per term id reused statement by statement.
func markAlone(sents []*sentence) {
	terms := 0
	for _, s := range sents {
		if n := len(s.vec.ids); n > 0 {
			terms = max(terms, int(s.vec.ids[n-1])+1)
		}
	}
	count := make([]int32, terms)
	statements := 0
	for _, s := range sents {
		statements = max(statements, s.statement+1)
	}
	for _, group := range byStatement(sents, statements) {
		for _, s := range group {
			for _, id := range s.vec.ids {
				count[id]++
			}
		}
		for _, s := range group {
			s.alone = make([]bool, len(s.vec.ids))
			for i, id := range s.vec.ids {
				s.alone[i] = count[id] == 1
			}
		}
		for _, s := range group {
			for _, id := range s.vec.ids {
				count[id] = 0
			}
		}
	}
}

// byStatement groups the sentences by statement (0 … statements-1), in
// their order.
func byStatement(sents []*sentence, statements int) [][]*sentence {
	out := make([][]*sentence, statements)
	for _, s := range sents {
		out[s.statement] = append(out[s.statement], s)
	}
	return out
}

// particularShare is the share of the pair's score carried by the terms
// they share that no other sentence of either statement holds (markAlone).
func particularShare(a, b *sentence, score float64) float64 {
	return overlapOf(a, b).particular(score)
}

// particularTerms are the terms of the pair that no other sentence of
// either statement holds, for its evidence (Why.Particular).
func particularTerms(a, b *sentence) []string {
	var out []string
	a.vec.each(b.vec, func(i, j int) {
		if a.alone[i] && b.alone[j] {
			out = append(out, a.vec.terms[i])
		}
	})
	return out
}

// particularWhy: a pair's evidence names its particular words when they
// carry this share of its score or more; below it they weigh little.
const particularWhy = 0.25

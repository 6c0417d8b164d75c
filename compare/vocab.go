package compare

import (
	"math"
	"sort"
)

// TermScore is a term and how strongly it sets one statement apart.
type TermScore struct {
	Term  string  `json:"term"`
	Score float64 `json:"score"` // z-score of the log-odds ratio; above 1.96 is significant at 5%
	Count int     `json:"count"` // occurrences in the statement
}

// vocabPrior is α0, the weight of the informative prior in pseudo-counts.
const vocabPrior = 100

// maxDistinctive terms are listed per statement.
const maxDistinctive = 15

// distinctiveTerms ranks each statement's words by the weighted log-odds
// ratio against all other statements, with an informative Dirichlet prior
// from the whole set (Monroe, Colaresi & Quinn 2008, "Fightin' Words",
// eq. 16–22). The prior shrinks rare words, so a word used once does not
// top the list just because no one else used it.
//
// With one statement there is nothing to set it apart from; its terms are
// then ranked by tf-idf over its sentences, its key terms.
func distinctiveTerms(ids []string, sents []*sentence, display termDisplay) map[string][]TermScore {
	if len(ids) == 1 {
		return map[string][]TermScore{ids[0]: keyTerms(sents, display)}
	}
	counts := make([]map[string]int, len(ids))
	for i := range counts {
		counts[i] = map[string]int{}
	}
	total := map[string]int{}
	n := make([]int, len(ids))
	var all int
	for _, s := range sents {
		for _, t := range s.terms {
			counts[s.statement][t]++
			total[t]++
			n[s.statement]++
			all++
		}
	}
	out := make(map[string][]TermScore, len(ids))
	for i, id := range ids {
		scores := make([]TermScore, 0, len(counts[i]))
		for _, t := range sortedKeys(counts[i]) {
			alpha := vocabPrior * float64(total[t]) / float64(all)
			yi, yj := float64(counts[i][t]), float64(total[t]-counts[i][t])
			ni, nj := float64(n[i]), float64(all-n[i])
			delta := logOdds(yi, ni, alpha) - logOdds(yj, nj, alpha)
			z := delta / math.Sqrt(1/(yi+alpha)+1/(yj+alpha))
			if z > 0 {
				scores = append(scores, TermScore{Term: display.of(t), Score: round(z, 3), Count: counts[i][t]})
			}
		}
		out[id] = topScores(scores)
	}
	return out
}

func topScores(scores []TermScore) []TermScore {
	sort.SliceStable(scores, func(a, b int) bool { return scores[a].Score > scores[b].Score })
	if len(scores) > maxDistinctive {
		scores = scores[:maxDistinctive]
	}
	return scores
}

// keyTerms ranks one statement's terms by count times inverse sentence
// frequency: frequent, but not in every sentence.
func keyTerms(sents []*sentence, display termDisplay) []TermScore {
	count, df := map[string]int{}, map[string]int{}
	for _, s := range sents {
		seen := map[string]bool{}
		for _, t := range s.terms {
			count[t]++
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	scores := make([]TermScore, 0, len(count))
	for _, t := range sortedKeys(count) {
		idf := math.Log(1 + float64(len(sents))/float64(df[t]))
		scores = append(scores, TermScore{Term: display.of(t), Score: round(float64(count[t])*idf, 3), Count: count[t]})
	}
	return topScores(scores)
}

// logOdds of a word with count y among n words, smoothed by its prior α.
func logOdds(y, n, alpha float64) float64 {
	return math.Log((y + alpha) / (n + vocabPrior - y - alpha))
}

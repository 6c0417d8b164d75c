package compare

import (
	"math"
)

// The pair model decides whether a candidate pair of sentences is a
// correspondence. The evidence is general — how similar the two are, how
// they stand against their other neighbours, the names they share or set
// against each other, whether the words they share are theirs alone or a
// formula their statements repeat, whether their statements are versions
// of one text — and it is weighed by a logistic model fitted on the
// development set of the alignment gold (testdata/align-gold,
// pairmodel_train_test.go writes pairmodel_weights.go), rather than by
// thresholds set by hand: the gold says how much a shared name or a
// mutual best is worth.

// pairFeature names one piece of evidence about a candidate pair.
type pairFeature int

const (
	featBias       pairFeature = iota
	featScore                  // the cosine of the two sentences' weighted terms
	featSqrtScore              // its square root: small scores matter more than their size
	featRatioMin               // the score over the best either sentence has in the other's statement, the lower of the two
	featRatioMax               // the higher of the two
	featMutualBest             // each is the other's best counterpart there
	featMargin                 // log of the score over the mean of the sentences' neighbours (bitext mining's ratio margin)
	featShared                 // log(1 + terms shared)
	featNames                  // log(1 + names and numbers shared)
	featContrast               // each names something the other does not: the same formula about two different things
	featVersions               // the statements are versions of one text
	featOrdered                // a neighbouring pair is near-identical (the order prior)
	featTopic                  // both are on a topic of the scheme by its cues
	featLength                 // the shorter sentence's terms over the longer's
	featSynonym                // they share a synonym group through different words
	featOneShared              // they share one term at most: one shared word is chance
	featParticular             // the share of the score in words no other sentence of either statement holds
	pairFeatures
)

// pairEvidence is the evidence of one candidate pair.
type pairEvidence [pairFeatures]float64

// pairContext is what the evidence reads beyond the two sentences.
type pairContext struct {
	versions map[[2]int]bool // statement pairs that are versions of one text
	ta, tb   []float64       // the best scores of a in b's statement and of b in a's
}

// evidence gathers the features of the candidate pair (a, b).
func evidence(a, b *sentence, c candidate, ctx pairContext) pairEvidence {
	var x pairEvidence
	x[featBias] = 1
	x[featScore] = c.score
	x[featSqrtScore] = math.Sqrt(c.score)
	ra, rb := c.score/ctx.ta[0], c.score/ctx.tb[0]
	x[featRatioMin], x[featRatioMax] = min(ra, rb), max(ra, rb)
	if rankOf(ctx.ta, c.score) == 1 && rankOf(ctx.tb, c.score) == 1 {
		x[featMutualBest] = 1
	}
	neighbours := (mean(ctx.ta, MatchNeighbours) + mean(ctx.tb, MatchNeighbours)) / 2
	x[featMargin] = math.Log(c.score / neighbours)
	o := overlapOf(a, b)
	n := o.shared
	x[featShared] = math.Log1p(float64(n))
	if n < 2 {
		x[featOneShared] = 1
	}
	shared, onlyA, onlyB := nameOverlap(a, b)
	x[featNames] = math.Log1p(float64(shared))
	if onlyA > 0 && onlyB > 0 {
		x[featContrast] = 1
	}
	x[featParticular] = o.particular(c.score)
	if ctx.versions[[2]int{a.statement, b.statement}] {
		x[featVersions] = 1
	}
	if c.anchor[0] > 0 {
		x[featOrdered] = 1
	}
	if shareTopic(a, b) {
		x[featTopic] = 1
	}
	la, lb := float64(len(a.terms)), float64(len(b.terms))
	if la > 0 && lb > 0 {
		x[featLength] = min(la, lb) / max(la, lb)
	}
	if o.synonyms {
		x[featSynonym] = 1
	}
	return x
}

// probability is the model's belief that the evidence is of a
// correspondence.
func (w pairWeights) probability(x pairEvidence) float64 {
	var z float64
	for i, v := range x {
		z += w[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// pairWeights are the model's weights, one per feature.
type pairWeights [pairFeatures]float64

// nameOverlap counts the names and numbers the two sentences share, and
// those each has that the other lacks.
func nameOverlap(a, b *sentence) (shared, onlyA, onlyB int) {
	x, y := a.nameIDs, b.nameIDs
	for i, j := 0, 0; i < len(x) || j < len(y); {
		switch {
		case j == len(y) || (i < len(x) && x[i] < y[j]):
			onlyA++
			i++
		case i == len(x) || y[j] < x[i]:
			onlyB++
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return shared, onlyA, onlyB
}

func shareTopic(a, b *sentence) bool {
	for _, m := range a.topics {
		if carriesTopic(b, m.Topic) {
			return true
		}
	}
	return false
}

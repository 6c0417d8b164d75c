package compare

import (
	"fmt"
	"go/format"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// The pair model is fitted here, on the development comparisons of the
// alignment gold, and written to pairmodel_weights.go:
//
//	PARLEY_TRAIN_PAIRS=1 go test ./compare/ -run TestTrainPairModel -v
//
// PARLEY_TRAIN_PAIRS=cv also scores it by leaving one comparison out at a
// time: each comparison scored by a model fitted on the others only, the
// figure to expect on comparisons the model has not seen, with the
// log-loss of the left-out candidates (a measure that does not hang on
// the least belief). PARLEY_TRAIN_VERBOSE=1 logs each comparison (2: its
// misses and wrong pairs too); PARLEY_TRAIN_DROP=Particular,Lead… fits
// the left-out models without those features, to measure what each is
// worth. PARLEY_TRAIN_SPENT=1 also scores the spent held-out batches
// (spentBatches) with the model fitted on the whole development set, as
// the README measures unseen text; the batches still held out are never
// scored here.

// example is one candidate pair of annotated sentences with its label.
type example struct {
	x          pairEvidence
	correspond bool
	comparison string
}

// pairExamples gathers the labelled candidates of a comparison, with its
// statements cut to their excerpts and whole: both are the aligner's work.
func pairExamples(t *testing.T, c goldComparison) []example {
	t.Helper()
	excerpts := c.statements(t)
	out := candidateExamples(t, c, excerpts, nil)
	whole := c.whole()
	return append(out, candidateExamples(t, c, whole.statements(t), excerpts)...)
}

// candidateExamples reads the statements as Analyze does and labels each
// candidate pair both of whose sentences the gold names (borderline pairs
// left out); excerpts, when the statements are whole, says which of their
// sentences the gold saw.
func candidateExamples(t *testing.T, c goldComparison, sts, excerpts []statement.Statement) []example {
	t.Helper()
	sents := readForMatching(t, sts)
	bySt := map[string][]Sentence{}
	for _, s := range sents {
		bySt[sts[s.statement].ID] = append(bySt[sts[s.statement].ID], Sentence{ID: s.id, Text: s.text})
	}
	if excerpts != nil {
		bySt = excerptSentences(c, excerpts, bySt)
	}
	ix, errs := c.index(bySt)
	for _, err := range errs {
		t.Fatal(err)
	}
	label := map[[2]string]int{} // 1 correspondence, -1 borderline
	for _, p := range c.Correspondences {
		label[pairKey(ix.id[p[0]], ix.id[p[1]])] = 1
	}
	for _, p := range c.Borderline {
		label[pairKey(ix.id[p[0]], ix.id[p[1]])] = -1
	}
	var xs []pairEvidence
	cands, _ := eachCandidate(sents, matchDefaults, func(x pairEvidence) { xs = append(xs, x) })
	var out []example
	for k, cd := range cands {
		a, b := sents[cd.i].id, sents[cd.j].id
		_, okA := ix.name[a]
		_, okB := ix.name[b]
		if !okA || !okB || label[pairKey(a, b)] < 0 {
			continue
		}
		out = append(out, example{x: xs[k], correspond: label[pairKey(a, b)] == 1, comparison: c.ID})
	}
	return out
}

// fitPairModel fits logistic weights to the examples by Newton's method
// (iteratively reweighted least squares) with an L2 penalty on all but
// the bias: deterministic, and exact to the last step.
func fitPairModel(examples []example, penalty float64) pairWeights {
	var w pairWeights
	const n = int(pairFeatures)
	for iter := 0; iter < 50; iter++ {
		var grad [n]float64
		var hess [n][n]float64
		for _, e := range examples {
			p := w.probability(e.x)
			y := 0.0
			if e.correspond {
				y = 1
			}
			for i := range n {
				grad[i] += (p - y) * e.x[i]
				for j := range n {
					hess[i][j] += p * (1 - p) * e.x[i] * e.x[j]
				}
			}
		}
		for i := 1; i < n; i++ {
			grad[i] += penalty * w[i]
			hess[i][i] += penalty
		}
		for i := range n {
			hess[i][i] += 1e-9 // a feature no example has stays at 0
		}
		step := solve(hess, grad)
		var change float64
		for i := range n {
			w[i] -= step[i]
			change = max(change, math.Abs(step[i]))
		}
		if change < 1e-10 {
			break
		}
	}
	return w
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [pairFeatures][pairFeatures]float64, b [pairFeatures]float64) [pairFeatures]float64 {
	const n = int(pairFeatures)
	for col := range n {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		a[col], a[pivot] = a[pivot], a[col]
		b[col], b[pivot] = b[pivot], b[col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for k := col; k < n; k++ {
				a[r][k] -= f * a[col][k]
			}
			b[r] -= f * b[col]
		}
	}
	var x [pairFeatures]float64
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x
}

// pairPenalty is the L2 penalty of the fit.
const pairPenalty = 1.0

func TestTrainPairModel(t *testing.T) {
	mode := os.Getenv("PARLEY_TRAIN_PAIRS")
	if mode == "" {
		t.Skip("PARLEY_TRAIN_PAIRS=1 go test ./compare/ -run TestTrainPairModel -v fits the pair model (cv: scores it by leaving one comparison out)")
	}
	dev, examples, positives := developmentExamples(t)
	t.Logf("%d comparisons, %d candidate pairs, %d correspondences among them", len(dev), len(examples), positives)
	if mode == "cv" {
		crossValidate(t, dev, examples)
	}
	w := fitPairModel(examples, pairPenalty)
	t.Logf("weights: %v", w)
	if os.Getenv("PARLEY_TRAIN_SPENT") == "1" {
		scoreSpent(t, w, droppedFeatures(t))
	}
	writePairWeights(t, w, len(dev), len(examples), positives)
}

// developmentExamples gathers the labelled candidates of every development
// comparison.
func developmentExamples(t *testing.T) (dev []goldComparison, examples []example, positives int) {
	for _, c := range loadGold(t) {
		if !c.HeldOut {
			dev = append(dev, c)
			examples = append(examples, pairExamples(t, c)...)
		}
	}
	for _, e := range examples {
		if e.correspond {
			positives++
		}
	}
	return dev, examples, positives
}

// TestPairWeightsAreFitted: the weights in pairmodel_weights.go are those
// the gold gives today. A change to the evidence, the candidates or the
// gold without fitting again fails here (PARLEY_TRAIN_PAIRS=1 … writes
// them).
func TestPairWeightsAreFitted(t *testing.T) {
	_, examples, _ := developmentExamples(t)
	fitted := fitPairModel(examples, pairPenalty)
	for i := range fitted {
		if math.Abs(fitted[i]-pairModel[i]) > 1e-4*max(1, math.Abs(fitted[i])) {
			t.Errorf("%s: the gold fits %.6g, pairmodel_weights.go has %.6g; fit again: PARLEY_TRAIN_PAIRS=1 go test ./compare/ -run TestTrainPairModel",
				featureNames[i], fitted[i], pairModel[i])
		}
	}
}

// TestFitPairModel: on examples one feature separates, the fit weighs
// that feature up and the bias down, the same on every run.
func TestFitPairModel(t *testing.T) {
	var examples []example
	for k := range 200 {
		var x pairEvidence
		x[featBias] = 1
		x[featScore] = float64(k%20) / 20
		x[featTopic] = float64(k / 20 % 2) // noise: as often on both sides, at every score
		examples = append(examples, example{x: x, correspond: k%20 >= 12})
	}
	w := fitPairModel(examples, pairPenalty)
	if w[featScore] <= 1 || w[featBias] >= 0 || math.Abs(w[featTopic]) > 0.1 {
		t.Errorf("weights %v: want score up, bias down, topic near 0", w)
	}
	if again := fitPairModel(examples, pairPenalty); again != w {
		t.Errorf("a second fit gave %v, the first %v", again, w)
	}
	lo, hi := examples[0].x, examples[19].x
	if w.probability(lo) >= 0.5 || w.probability(hi) <= 0.5 {
		t.Errorf("belief %.2f for score 0, %.2f for 0.95", w.probability(lo), w.probability(hi))
	}
}

// crossValidate scores each development comparison with a model fitted on
// the others.
func crossValidate(t *testing.T, dev []goldComparison, examples []example) {
	saved := pairModel
	defer func() { pairModel = saved }()
	var excerpts, whole goldScore
	drop := droppedFeatures(t)
	var loss float64 // the log-loss of each left-out comparison's candidates
	nLoss := 0
	for _, c := range dev {
		var rest []example
		for _, e := range examples {
			if e.comparison != c.ID {
				for _, f := range drop {
					e.x[f] = 0
				}
				rest = append(rest, e)
			}
		}
		pairModel = fitPairModel(rest, pairPenalty)
		for _, e := range examples {
			if e.comparison == c.ID {
				p := pairModel.probability(e.x)
				if !e.correspond {
					p = 1 - p
				}
				loss -= math.Log(max(p, 1e-12))
				nLoss++
			}
		}
		s, w := scoreVerbose(t, "", c)
		excerpts.add(s)
		whole.add(w)
	}
	t.Logf("leave one comparison out, excerpts: %v; F1 %.3f", excerpts, excerpts.f1())
	t.Logf("leave one comparison out, whole:    %v; F1 %.3f", whole, whole.f1())
	t.Logf("leave one comparison out, log-loss of the candidates: %.4f", loss/float64(nLoss))
}

// droppedFeatures are the features PARLEY_TRAIN_DROP names (without
// "feat", separated by commas): the cross-validation fits without them, to
// measure what each is worth left out.
func droppedFeatures(t *testing.T) []pairFeature {
	var out []pairFeature
	for _, name := range strings.Split(os.Getenv("PARLEY_TRAIN_DROP"), ",") {
		if name == "" {
			continue
		}
		i := slices.Index(featureNames[:], "feat"+name)
		if i < 0 {
			t.Fatalf("PARLEY_TRAIN_DROP: no feature %q", name)
		}
		out = append(out, pairFeature(i))
	}
	return out
}

func writePairWeights(t *testing.T, w pairWeights, comparisons, examples, positives int) {
	var b strings.Builder
	b.WriteString("// Code generated by PARLEY_TRAIN_PAIRS=1 go test ./compare/ -run TestTrainPairModel; DO NOT EDIT.\n\npackage compare\n\n")
	fmt.Fprintf(&b, "// pairModel is fitted on the %d development comparisons of testdata/align-gold:\n// %d candidate pairs of annotated sentences, %d of them correspondences.\nvar pairModel = pairWeights{\n", comparisons, examples, positives)
	for i, v := range w {
		fmt.Fprintf(&b, "\t%s: %.6g,\n", featureNames[i], v)
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("pairmodel_weights.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// spentBatches are the held-out batches scored twice and so spent
// (README beside the gold): fit for development, unlike a batch still
// held out.
var spentBatches = []string{"third", "fourth"}

// scoreSpent scores the spent batches with the model fitted on the
// development set (without the dropped features), excerpts and whole.
func scoreSpent(t *testing.T, w pairWeights, drop []pairFeature) {
	saved := pairModel
	defer func() { pairModel = saved }()
	if len(drop) > 0 {
		_, examples, _ := developmentExamples(t)
		for k := range examples {
			for _, f := range drop {
				examples[k].x[f] = 0
			}
		}
		w = fitPairModel(examples, pairPenalty)
	}
	pairModel = w
	var excerpts, whole goldScore
	for _, c := range loadGold(t) {
		if !c.HeldOut || !slices.Contains(spentBatches, c.Batch) {
			continue
		}
		s, ws := scoreVerbose(t, "spent ", c)
		excerpts.add(s)
		whole.add(ws)
	}
	t.Logf("spent batches (%s), excerpts: %v; F1 %.3f", strings.Join(spentBatches, ", "), excerpts, excerpts.f1())
	t.Logf("spent batches (%s), whole:    %v; F1 %.3f", strings.Join(spentBatches, ", "), whole, whole.f1())
}

// featureNames are the constants' names, for the generated file.
var featureNames = [pairFeatures]string{"featBias", "featScore", "featSqrtScore", "featRatioMin", "featRatioMax",
	"featMutualBest", "featMargin", "featShared", "featNames", "featContrast", "featVersions",
	"featOrdered", "featTopic", "featLength", "featSynonym", "featOneShared", "featParticular"}

// f1 is the harmonic mean of precision and recall.
func (s goldScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// scoreVerbose scores comparison c on its excerpts and with its statements
// whole, and with PARLEY_TRAIN_VERBOSE logs the scores (=2: each miss and
// wrong pair too), the comparison's id after label.
func scoreVerbose(t *testing.T, label string, c goldComparison) (excerpts, whole goldScore) {
	s, sd := scoreGold(t, c)
	w, wd := scoreGoldInContext(t, c)
	if v := os.Getenv("PARLEY_TRAIN_VERBOSE"); v != "" {
		t.Logf("%s%s: %v | whole %v", label, c.ID, s, w)
		if v == "2" {
			for _, d := range sd {
				t.Logf("    %s", d)
			}
			for _, d := range wd {
				t.Logf("    whole: %s", d)
			}
		}
	}
	return s, w
}

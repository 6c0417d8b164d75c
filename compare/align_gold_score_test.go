package compare

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// The aligner scored on the gold set (align_gold_test.go; the rule is in
// testdata/align-gold/README.md).

// alignGoldFloor is the development set's score (18 comparisons: issue
// 16's development set and the two held-out batches spent before the pair
// model) with the pair model fitted on it: precision 184/223 = 0.825,
// recall 184/255 = 0.722 (the pair model before its particular-words
// evidence: 0.820 and 0.714; the hand-set rules: 0.796 and 0.706);
// alignGoldFloorInContext the same with the statements whole (175/199 =
// 0.879, 175/255 = 0.686; before: 0.847 and 0.675; the rules: 0.864 and
// 0.624). Rounded down to two decimals; the tests fail below them, and
// only below them. The figure to expect on unseen text is the model's
// leave-one-comparison-out score (PARLEY_TRAIN_PAIRS=cv, README beside
// the gold).
var (
	alignGoldFloor          = goldFloor{precision: 0.82, recall: 0.72}
	alignGoldFloorInContext = goldFloor{precision: 0.87, recall: 0.68}
)

type goldFloor struct{ precision, recall float64 }

// check fails t when s falls below the floor.
func (f goldFloor) check(t *testing.T, s goldScore) {
	t.Helper()
	if s.precision() < f.precision-1e-9 || s.recall() < f.recall-1e-9 {
		t.Errorf("the aligner fell below its score on the development set: precision %.3f (floor %.2f), recall %.3f (floor %.2f)",
			s.precision(), f.precision, s.recall(), f.recall)
	}
}

// goldScore counts how the aligner did on some comparisons.
type goldScore struct {
	gold, found        int // correspondences; those the aligner paired
	predicted, correct int // its pairs that count for precision; those that are correspondences
	negatives, negPair int // hard negatives; those it paired
	omissions, omPair  int // (sentence, statement) omissions; those where it paired the sentence there
}

func (s *goldScore) add(o goldScore) {
	s.gold += o.gold
	s.found += o.found
	s.predicted += o.predicted
	s.correct += o.correct
	s.negatives += o.negatives
	s.negPair += o.negPair
	s.omissions += o.omissions
	s.omPair += o.omPair
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func (s goldScore) recall() float64    { return ratio(s.found, s.gold) }
func (s goldScore) precision() float64 { return ratio(s.correct, s.predicted) }

func (s goldScore) String() string {
	return fmt.Sprintf("precision %d/%d = %.3f, recall %d/%d = %.3f; hard negatives paired %d/%d; omissions paired %d/%d",
		s.correct, s.predicted, s.precision(), s.found, s.gold, s.recall(), s.negPair, s.negatives, s.omPair, s.omissions)
}

// scoreGold analyses one comparison with the default options and scores
// its pairs against the gold. The details name each missed
// correspondence, each wrong pair and each omission paired.
func scoreGold(t *testing.T, c goldComparison) (goldScore, []string) {
	t.Helper()
	a := analyze(t, c.statements(t))
	return scoreGoldAnalysis(t, c, a, analysisSentences(a))
}

// scoreGoldInContext analyses the comparison's statements whole, not cut
// to their excerpts, and scores the pairs among the annotated sentences:
// the aligner must find the same counterparts among every sentence of
// real-size documents.
func scoreGoldInContext(t *testing.T, c goldComparison) (goldScore, []string) {
	t.Helper()
	excerpts := c.statements(t)
	whole := c.whole()
	a := analyze(t, whole.statements(t))
	inExcerpt := excerptSentences(c, excerpts, analysisSentences(a))
	return scoreGoldAnalysis(t, c, a, inExcerpt)
}

// whole is the comparison with its statements uncut.
func (c goldComparison) whole() goldComparison {
	w := c
	w.Statements = nil
	for _, gs := range c.Statements {
		gs.Excerpts = nil
		w.Statements = append(w.Statements, gs)
	}
	return w
}

// excerptSentences keeps, of each whole statement's sentences, those of
// the comparison's excerpts; where an excerpt cut a sentence, the whole
// sentence that holds the annotated words.
func excerptSentences(c goldComparison, excerpts []statement.Statement, whole map[string][]Sentence) map[string][]Sentence {
	inExcerpt := map[string][]Sentence{}
	for i, gs := range c.Statements {
		id := excerpts[i].ID
		var cut []Sentence
		for _, s := range whole[id] {
			if strings.Contains(excerpts[i].Text, s.Text) {
				inExcerpt[id] = append(inExcerpt[id], s)
			} else {
				cut = append(cut, s)
			}
		}
		for _, kv := range gs.Sentences {
			if found(inExcerpt[id], kv[1]) {
				continue
			}
			for _, s := range cut {
				if findLoose(s.Text, kv[1])[0] >= 0 {
					inExcerpt[id] = append(inExcerpt[id], s)
					break
				}
			}
		}
	}
	return inExcerpt
}

// found: one of sents holds the annotated words.
func found(sents []Sentence, words string) bool {
	for _, s := range sents {
		if findLoose(s.Text, words)[0] >= 0 {
			return true
		}
	}
	return false
}

func scoreGoldAnalysis(t *testing.T, c goldComparison, a *Analysis, sents map[string][]Sentence) (goldScore, []string) {
	t.Helper()
	ix, errs := c.index(sents)
	for _, err := range errs {
		t.Fatal(err)
	}
	set := func(list [][]string) map[[2]string]bool {
		m := map[[2]string]bool{}
		for _, p := range list {
			m[pairKey(ix.id[p[0]], ix.id[p[1]])] = true
		}
		return m
	}
	gold, borderline, negative := set(c.Correspondences), set(c.Borderline), set(c.Negatives)
	predicted := map[[2]string]bool{}
	partners := map[string]map[string]bool{} // sentence id → statements it is paired into
	for _, p := range a.Pairs {
		predicted[pairKey(p.A, p.B)] = true
		for _, ab := range [][2]string{{p.A, p.B}, {p.B, p.A}} {
			if partners[ab[0]] == nil {
				partners[ab[0]] = map[string]bool{}
			}
			partners[ab[0]][ix.statementOf[ab[1]]] = true
		}
	}
	show := func(id string) string {
		if name, ok := ix.name[id]; ok {
			return name + " “" + shorten(ix.text[id], 60) + "”"
		}
		return id + " (not annotated) “" + shorten(ix.text[id], 60) + "”"
	}
	var s goldScore
	var details []string
	for k := range predicted {
		_, okA := ix.name[k[0]]
		_, okB := ix.name[k[1]]
		if !okA || !okB || borderline[k] {
			continue
		}
		s.predicted++
		switch {
		case gold[k]:
			s.correct++
		case negative[k]:
			s.negPair++
			details = append(details, "hard negative paired: "+show(k[0])+" ↔ "+show(k[1]))
		default:
			details = append(details, "wrong pair: "+show(k[0])+" ↔ "+show(k[1]))
		}
	}
	s.negatives = len(negative)
	for _, p := range c.Correspondences {
		s.gold++
		if predicted[pairKey(ix.id[p[0]], ix.id[p[1]])] {
			s.found++
		} else {
			details = append(details, "missed: "+show(ix.id[p[0]])+" ↔ "+show(ix.id[p[1]]))
		}
	}
	for _, o := range c.Omissions {
		for _, st := range o[1:] {
			s.omissions++
			if partners[ix.id[o[0]]][st] {
				s.omPair++
				details = append(details, "omission paired: "+show(ix.id[o[0]])+" has no counterpart in "+st)
			}
		}
	}
	slices.Sort(details)
	return s, details
}

// shorten keeps the first n runes of s.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// scoreGoldSet scores the comparisons of one set, logging each one (with
// its errors) and the sum.
func scoreGoldSet(t *testing.T, heldOut bool) goldScore {
	return scoreGoldSetWith(t, func(c goldComparison) bool { return c.HeldOut == heldOut }, scoreGold)
}

func scoreGoldSetWith(t *testing.T, keep func(goldComparison) bool, score func(*testing.T, goldComparison) (goldScore, []string)) goldScore {
	var total goldScore
	for _, c := range loadGold(t) {
		if !keep(c) {
			continue
		}
		s, details := score(t, c)
		t.Logf("%s: %v", c.ID, s)
		for _, d := range details {
			t.Logf("    %s", d)
		}
		total.add(s)
	}
	return total
}

// TestAlignGoldDevelopment scores the aligner on the development set and
// fails if it does worse than it did at the end of issue 16 (the floor).
// go test -v ./compare/ -run TestAlignGoldDevelopment lists every miss and
// every wrong pair.
func TestAlignGoldDevelopment(t *testing.T) {
	total := scoreGoldSet(t, false)
	t.Logf("development set: %v", total)
	alignGoldFloor.check(t, total)
}

// TestAlignGoldHeldOut scores the held-out sets, each batch on its own (the
// batches spent so far have joined the development set; README). It is run with PARLEY_HELDOUT=1 only, blind when a set
// is written and once at the end of the work it was written for; a plain
// go test skips it, so nothing tuned on the development set has seen it.
func TestAlignGoldHeldOut(t *testing.T) {
	if os.Getenv("PARLEY_HELDOUT") != "1" {
		t.Skip("the held-out sets of the alignment gold are scored only at the ends of the work they were written for (their figures are in the README); to score them: " +
			"PARLEY_HELDOUT=1 go test ./compare/ -run TestAlignGoldHeldOut -v (compare/testdata/align-gold/README.md)")
	}
	// Each batch is a held-out set of its own (README).
	batches := map[string]bool{}
	for _, c := range loadGold(t) {
		if c.HeldOut {
			batches[c.Batch] = true
		}
	}
	if len(batches) == 0 {
		t.Fatal("no held-out comparison was scored")
	}
	for _, b := range slices.Sorted(maps.Keys(batches)) {
		total := scoreGoldSetWith(t, func(c goldComparison) bool { return c.HeldOut && c.Batch == b }, scoreGold)
		name := b
		if name == "" {
			name = "issue 16"
		}
		t.Logf("held-out set (%s): %v", name, total)
	}
}

// TestAlignGoldInContext scores the development set with every statement
// analysed whole: the same gold, but each sentence competes with all the
// sentences of real-size documents (the communiqués have hundreds), as in
// the window.
func TestAlignGoldInContext(t *testing.T) {
	total := scoreGoldSetWith(t, func(c goldComparison) bool { return !c.HeldOut }, scoreGoldInContext)
	t.Logf("development set, in context: %v", total)
	alignGoldFloorInContext.check(t, total)
}

package compare

import (
	"encoding/json"
	"runtime"
	"sync"

	"github.com/parley-app/parley/compare/worddiff"
)

// The word diff of an aligned pair is computed when it is first asked
// for and kept: a month of statements has tens of thousands of pairs, and
// a reader looks at a few of them (the window) or a version's (the
// report), so diffing all of them during the analysis would cost seconds
// nobody waits for. The JSON form has every pair's diff.

// pairDiffs keeps the diffs computed so far, by pair.
type pairDiffs struct {
	mu    sync.Mutex
	diffs map[[2]string][]worddiff.Op
}

// PairDiff returns the word diff from pair p's passage A to its passage
// B, computing it on first use; safe for concurrent use.
func (a *Analysis) PairDiff(p Pair) []DiffOp {
	if p.Diff != nil {
		return p.Diff // decoded from JSON, or made by the analysis
	}
	if a.pairDiffs == nil { // an Analysis not made by Analyze
		return worddiff.Words(a.Sentence(p.A).Text, a.Sentence(p.B).Text, worddiff.Options{})
	}
	key := [2]string{p.A, p.B}
	a.pairDiffs.mu.Lock()
	d, ok := a.pairDiffs.diffs[key]
	a.pairDiffs.mu.Unlock()
	if ok {
		return d
	}
	d = worddiff.Words(a.Sentence(p.A).Text, a.Sentence(p.B).Text, worddiff.Options{})
	a.pairDiffs.mu.Lock()
	a.pairDiffs.diffs[key] = d
	a.pairDiffs.mu.Unlock()
	return d
}

// PairsWithDiffs returns a copy of the pairs with every diff filled in,
// computed over the CPU cores; each result goes to its own slot, so the
// output does not depend on timing.
func (a *Analysis) PairsWithDiffs() []Pair {
	out := append([]Pair(nil), a.Pairs...)
	a.Locate("") // build the sentence index before the workers read it
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(out); i += workers {
				out[i].Diff = a.PairDiff(out[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// MarshalJSON writes the analysis with every pair's diff.
func (a *Analysis) MarshalJSON() ([]byte, error) { return json.Marshal(a.WithDiffs()) }

// AnalysisWithDiffs is an analysis as its JSON holds it, every pair with
// its diff: the same fields, without MarshalJSON, so that an encoder
// writes it in one pass (encoding/json checks and re-indents a
// Marshaler's output in a second, costly at the size of two communiqués).
type AnalysisWithDiffs Analysis

// WithDiffs returns a copy of the analysis whose pairs carry their diffs.
func (a *Analysis) WithDiffs() *AnalysisWithDiffs {
	c := AnalysisWithDiffs(*a)
	c.Pairs = a.PairsWithDiffs()
	return &c
}

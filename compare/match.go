package compare

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Passage matching, independent of topics: every sentence is compared with
// the sentences of the other statements that share a selective term with it
// (an inverted index, never all pairs), and kept as a counterpart when it
// is similar enough and among the best it has in that statement. For two
// statements that are versions of one text, the documents' order is a
// prior, as in sequence aligners: a pair next to two near-identical
// neighbours is more likely.

// link is a correspondence found between two sentences of two statements.
type link struct {
	a, b   *sentence // a's statement comes first
	score  float64
	belief float64 // the pair model's
	// ordered: the pair gained from the documents' order (its neighbours
	// are near-identical pairs); anchor names that neighbour pair.
	ordered bool
	anchor  [2]string
	// particular: the terms they share that no other sentence of either
	// statement holds (particular.go), when they carry a good part of the
	// score.
	particular []string
}

// matchParams shape the matching; matchDefaults are the values Analyze uses.
type matchParams struct {
	// anchor is the least score of a near-identical pair that anchors the
	// order prior; orderBonus what a pair next to one gains.
	anchor, orderBonus float64
	// rank: a pair is kept only when each sentence is among the rank
	// likeliest counterparts of the other in its statement (mutual
	// near-best), so one sentence may correspond to two or three that say
	// its point between them.
	rank int
}

var matchDefaults = matchParams{anchor: 0.7, orderBonus: 0.1, rank: 3}

// MatchNeighbours: a pair's margin, evidence for the pair model, is its
// score over the mean of the MatchNeighbours best scores its sentences
// have in each other's statement (the ratio margin of bitext mining,
// Artetxe and Schwenk 2019).
const MatchNeighbours = topN

// PairBelief is the least belief of the pair model in a pair that is
// kept: chosen on the development gold, scored by leaving one comparison
// out, where precision and recall balance (testdata/align-gold/README.md).
const PairBelief = 0.4

// candidate is a scored pair of sentences (indexes into the sentence list).
type candidate struct {
	i, j   int32
	score  float64
	anchor [2]int32 // 1 + the sentences of the near-identical neighbour pair that raised it by the order prior; zero: none
}

// matchSentences finds the counterparts of every sentence in every other
// statement: each candidate pair scoring at least threshold is weighed by
// the pair model, and kept when the model believes it and each sentence
// is among the rank likeliest counterparts of the other in its statement.
// The result is deterministic: sorted by statement, then sentence order.
func matchSentences(sents []*sentence, threshold float64, p matchParams) []link {
	cands, beliefs, top := weighCandidates(sents, p)
	top.reset()
	for k, c := range cands {
		top.get(c.i, sents[c.j].statement).add(beliefs[k])
		top.get(c.j, sents[c.i].statement).add(beliefs[k])
	}
	var out []link
	for k, c := range cands {
		a, b := sents[c.i], sents[c.j]
		if c.score < threshold || beliefs[k] < PairBelief {
			continue
		}
		ta, tb := top.get(c.i, b.statement).list(), top.get(c.j, a.statement).list()
		if p.rank > 0 && (rankOf(ta, beliefs[k]) > p.rank || rankOf(tb, beliefs[k]) > p.rank) {
			continue // not among the likeliest either has in the other's statement
		}
		l := link{a: a, b: b, score: c.score, belief: beliefs[k]}
		if particularShare(a, b, c.score) >= particularWhy {
			l.particular = particularTerms(a, b)
		}
		if c.anchor[0] > 0 {
			l.ordered, l.anchor = true, [2]string{sents[c.anchor[0]-1].id, sents[c.anchor[1]-1].id}
		}
		out = append(out, l)
	}
	return out
}

// weighCandidates scores the candidate pairs of the sentences and gives
// each the pair model's belief that it is a correspondence; the table of
// their best scores and the count of terms are returned for reuse.
func weighCandidates(sents []*sentence, p matchParams) ([]candidate, []float64, *bestTable) {
	var beliefs []float64
	cands, top := eachCandidate(sents, p, func(x pairEvidence) {
		beliefs = append(beliefs, pairModel.probability(x))
	})
	return cands, beliefs, top
}

// eachCandidate scores the candidate pairs and gives the evidence of each
// worth weighing to f, in the order of the candidates it returns; a pair
// that is not among the four best of both its sentences in each other's
// statement is dropped unweighed (the rank rule would drop it).
func eachCandidate(sents []*sentence, p matchParams, f func(pairEvidence)) ([]candidate, *bestTable) {
	cands := scoreCandidates(sents, minCandidate)
	versions := versionPairs(sents, cands, p)
	orderPrior(sents, cands, versions, p)
	statements := 0
	for _, s := range sents {
		statements = max(statements, s.statement+1)
	}
	// A key per sentence and other statement at most: two communiqués have
	// 1,333 keys for 29,318 candidates; the April month 234,021 for 330,081.
	top := newBestTable(len(sents), statements, min(len(cands), len(sents)*statements))
	for _, c := range cands {
		top.get(c.i, sents[c.j].statement).add(c.score)
		top.get(c.j, sents[c.i].statement).add(c.score)
	}
	markAlone(sents)
	ctx := pairContext{versions: versions}
	kept := cands[:0]
	for _, c := range cands {
		a, b := sents[c.i], sents[c.j]
		ctx.ta, ctx.tb = top.get(c.i, b.statement).list(), top.get(c.j, a.statement).list()
		if rankOf(ctx.ta, c.score) > topN || rankOf(ctx.tb, c.score) > topN {
			continue
		}
		kept = append(kept, c)
		f(evidence(a, b, c, ctx))
	}
	return kept, top
}

// minCandidate: scores below this are taken as no similarity at all.
const minCandidate = 0.05

// sharedTerms counts the terms two sentences share (a topic both are on
// by their cue words counts as one), a synonym group only when they share
// it through different words: one shared word is one piece of evidence,
// however many groups it is in.
func sharedTerms(a, b *sentence) int { return overlapOf(a, b).shared }

// overlap is what one pass over the terms of two sentences finds for the
// pair model: a candidate's evidence reads all three.
type overlap struct {
	shared   int     // terms shared, as sharedTerms counts them
	own      float64 // the part of the score of terms neither statement's other sentences hold
	synonyms bool    // a synonym group shared through different words
}

func overlapOf(a, b *sentence) overlap {
	var o overlap
	marked := a.alone != nil && b.alone != nil
	a.vec.each(b.vec, func(i, j int) {
		switch t := a.vec.terms[i]; {
		case !strings.HasPrefix(t, synTerm):
			o.shared++
		case a.synStems[i] != b.synStems[j]: // the group shared through different words (synonymOnly)
			o.shared++
			o.synonyms = true
		}
		if marked && a.alone[i] && b.alone[j] {
			o.own += a.vec.ws[i] * b.vec.ws[j]
		}
	})
	return o
}

// particular is the share of score the pair's own terms carry.
func (o overlap) particular(score float64) float64 {
	if score <= 0 {
		return 0
	}
	return o.own / score
}

// topN is how many of the best scores are kept for each sentence in each
// other statement: enough for the margin's neighbours and the rank rule.
const topN = 4

// bests are a sentence's best scores in one statement, descending.
type bests struct {
	n int
	v [topN]float64
}

func (b *bests) add(x float64) {
	i := sort.Search(b.n, func(i int) bool { return b.v[i] < x })
	if i == topN {
		return
	}
	copy(b.v[i+1:], b.v[i:topN-1])
	b.v[i] = x
	b.n = min(b.n+1, topN)
}

func (b *bests) list() []float64 { return b.v[:b.n] }

// bestTable holds the bests of every (sentence, statement) with a
// candidate in one array. Up to denseBestKeys keys it finds an entry by
// its place in a dense index of every (sentence, statement); beyond that,
// by a map. The April month has a million keys and a third of a million
// candidates, each looked up twice: the map's hashing was a tenth of its
// analysis.
type bestTable struct {
	statements int
	dense      []int32 // sentence*statements + statement → 1 + the entry's index
	at         map[uint64]int32
	pool       []bests
}

// denseBestKeys bounds the dense index (4 bytes a key: 32 MB).
const denseBestKeys = 1 << 23

func newBestTable(sentences, statements, hint int) *bestTable {
	t := &bestTable{statements: statements, pool: make([]bests, 0, hint)}
	if sentences*statements <= denseBestKeys {
		t.dense = make([]int32, sentences*statements)
	} else {
		t.at = make(map[uint64]int32, hint)
	}
	return t
}

func (t *bestTable) get(sentence int32, statement int) *bests {
	if t.dense != nil {
		k := int(sentence)*t.statements + statement
		if t.dense[k] == 0 {
			t.pool = append(t.pool, bests{})
			t.dense[k] = int32(len(t.pool))
		}
		return &t.pool[t.dense[k]-1]
	}
	key := uint64(sentence)<<32 | uint64(uint32(statement))
	i, ok := t.at[key]
	if !ok {
		i = int32(len(t.pool))
		t.at[key] = i
		t.pool = append(t.pool, bests{})
	}
	return &t.pool[i]
}

// reset empties every entry of the table, keeping its keys.
func (t *bestTable) reset() { clear(t.pool) }

// rankOf is the rank of score among the descending top scores (1 for the
// best); len(top)+1 when it is below them all.
func rankOf(top []float64, score float64) int {
	for i, x := range top {
		if score >= x {
			return i + 1
		}
	}
	return len(top) + 1
}

// mean of the k best scores, the missing ones counting as 0.
func mean(top []float64, k int) float64 {
	var sum float64
	for _, x := range top {
		sum += x
	}
	return sum / float64(k)
}

// scoreCandidates scores every pair of sentences of two statements that
// share a selective term by the cosine of their weighted terms, keeping
// those scoring at least minScore; pairs (i < j) in ascending order.
// Sentence j is matched against the sentences before it: those of earlier
// statements when the sentences come in statement order, as they do from
// readStatements. The index is built first and then only read, so the
// sentences are matched over the cores.
func scoreCandidates(sents []*sentence, minScore float64) []candidate {
	terms := 0
	for _, s := range sents {
		if n := len(s.vec.ids); n > 0 {
			terms = max(terms, int(s.vec.ids[n-1])+1)
		}
	}
	ix := newSimIndex(terms)
	vecs := make([]sparse, len(sents))
	for i, s := range sents {
		vecs[i] = s.vec
		ix.add(i, vecs[i])
	}
	firsts := statementStarts(sents)
	workers := max(1, min(runtime.GOMAXPROCS(0), len(sents)/256))
	// Each worker fills chunks of a fixed size rather than one growing
	// slice: a month of statements has millions of candidates, and
	// doubling a slice of them copied each several times.
	const chunk = 1 << 14
	found := make([][][]candidate, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := &accumulator{}
			cur := make([]candidate, 0, chunk)
			for j := w; j < len(sents); j += workers {
				for _, i := range ix.query(vecs[j], firsts[j], j, minScore, acc) {
					if sents[i].statement == sents[j].statement {
						continue
					}
					if score := vecs[i].dot(vecs[j]); score >= minScore {
						if len(cur) == chunk {
							found[w], cur = append(found[w], cur), make([]candidate, 0, chunk)
						}
						cur = append(cur, candidate{i: int32(i), j: int32(j), score: score})
					}
				}
			}
			found[w] = append(found[w], cur)
		}()
	}
	wg.Wait()
	return sortCandidates(slices.Concat(found...), len(sents))
}

// sortCandidates puts the found candidates in (i, j) order in linear
// time: a stable counting sort by j, then one by i (a month of statements
// has a third of a million candidates; a comparison sort of them took a
// tenth of its analysis).
func sortCandidates(chunks [][]candidate, sentences int) []candidate {
	n := 0
	for _, c := range chunks {
		n += len(c)
	}
	byJ, out := make([]candidate, n), make([]candidate, n)
	countingSort(chunks, byJ, sentences, func(c candidate) int32 { return c.j })
	countingSort([][]candidate{byJ}, out, sentences, func(c candidate) int32 { return c.i })
	return out
}

// countingSort copies the chunks, one after the other, to dst ordered by
// key (0 ≤ key < keys), keeping their order among equal keys.
func countingSort(chunks [][]candidate, dst []candidate, keys int, key func(candidate) int32) {
	next := make([]int, keys+1)
	for _, src := range chunks {
		for _, c := range src {
			next[key(c)+1]++
		}
	}
	for k := 1; k <= keys; k++ {
		next[k] += next[k-1]
	}
	for _, src := range chunks {
		for _, c := range src {
			k := key(c)
			dst[next[k]] = c
			next[k]++
		}
	}
}

// statementStarts gives, for each sentence, the index of its statement's
// first sentence when the sentences come in statement order (the
// sentences before it are then all of other statements), and its own
// index otherwise.
func statementStarts(sents []*sentence) []int {
	out := make([]int, len(sents))
	for j := range sents {
		switch {
		case j == 0:
		case sents[j].statement == sents[j-1].statement:
			out[j] = out[j-1]
		default:
			out[j] = j
		}
	}
	if !slices.IsSortedFunc(sents, func(a, b *sentence) int { return a.statement - b.statement }) {
		for j := range out {
			out[j] = j
		}
	}
	return out
}

// orderPrior raises the score of candidates between two statements that
// are versions of one text (many near-identical pairs) when a neighbouring
// pair of sentences is near-identical too.
func orderPrior(sents []*sentence, cands []candidate, versions map[[2]int]bool, p matchParams) {
	if p.orderBonus == 0 {
		return
	}
	type pos struct{ si, ni, sj, nj int }
	anchors := map[pos][2]int32{} // a near-identical pair → 1 + its sentences' indexes
	for _, c := range cands {
		if c.score >= p.anchor {
			a, b := sents[c.i], sents[c.j]
			anchors[pos{a.statement, a.n, b.statement, b.n}] = [2]int32{c.i + 1, c.j + 1}
		}
	}
	for k := range cands {
		c := &cands[k]
		a, b := sents[c.i], sents[c.j]
		if c.score >= p.anchor || !versions[[2]int{a.statement, b.statement}] {
			continue
		}
		for _, d := range []int{-1, 1} {
			if n, ok := anchors[pos{a.statement, a.n + d, b.statement, b.n + d}]; ok {
				c.score += p.orderBonus
				c.anchor = n
				break
			}
		}
	}
}

// versionPairs are the pairs of statements (earlier first) that read as
// versions of one text: at least a third of the shorter one's sentences
// have a near-identical twin in the other.
func versionPairs(sents []*sentence, cands []candidate, p matchParams) map[[2]int]bool {
	perPair := map[[2]int]int{}
	for _, c := range cands {
		if c.score >= p.anchor {
			perPair[[2]int{sents[c.i].statement, sents[c.j].statement}]++
		}
	}
	sizes := map[int]int{}
	for _, s := range sents {
		sizes[s.statement]++
	}
	out := map[[2]int]bool{}
	for sp, n := range perPair {
		if n >= 2 && 3*n >= min(sizes[sp[0]], sizes[sp[1]]) {
			out[sp] = true
		}
	}
	return out
}

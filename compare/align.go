package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Thresholds tune alignment; the defaults suit official statements.
type Thresholds struct {
	// Pair: the least similarity (0..1) for two passages to stand side by side.
	Pair float64 `json:"pair"`
	// Emergent: the least similarity for an unclaimed sentence to join an emergent topic.
	Emergent float64 `json:"emergent"`

	// Inherit: the least similarity for a sentence without cue words to take
	// the topic of a near-identical sentence in another statement.
	Inherit float64 `json:"inherit"`
}

// DefaultThresholds are tuned on the demo and the G7 communiqués.
var DefaultThresholds = Thresholds{Pair: 0.12, Emergent: 0.3, Inherit: 0.45}

// cueShare of a pair's score comes from sharing the topic's cue words; the
// rest is the tf-idf cosine of all their terms.
const cueShare = 0.25

// maxPostings: terms found in more sentences than this are too common to
// select candidates by (they still count in the score). This keeps
// candidate search near-linear on large sets.
const maxPostings = 64

// topicRow is a topic with its member sentences during alignment.
type topicRow struct {
	topic   Topic
	members []*sentence
	cues    map[*sentence][]string // the topic's cues each member contains
}

// assignTopics puts every sentence in the rows of its scheme topics.
func assignTopics(scheme *TopicScheme, sents []*sentence) []*topicRow {
	rows := make([]*topicRow, len(scheme.Topics))
	for i, t := range scheme.Topics {
		rows[i] = &topicRow{topic: Topic{ID: t.ID, Label: t.Label, Description: t.Description}, cues: map[*sentence][]string{}}
	}
	for _, s := range sents {
		for _, m := range s.topics {
			rows[m.Topic].members = append(rows[m.Topic].members, s)
			rows[m.Topic].cues[s] = m.Cues
		}
	}
	return rows
}

// inheritTopics gives a sentence that no cue placed in a topic the topic of
// the most similar sentence of another statement, when the two are nearly
// the same passage. A reworded sentence ("end all unjust and arbitrary
// detentions" in 2023 and 2024) then stands in the same row as its twin
// even when only one version has the cue words.
func inheritTopics(sents []*sentence, threshold float64) {
	ix := newSimIndex()
	var indexed []*sentence
	for _, s := range sents {
		if len(s.topics) > 0 && len(s.topics[0].Cues) > 0 {
			ix.add(len(indexed), s.vec)
			indexed = append(indexed, s)
		}
	}
	acc := &accumulator{}
	for _, s := range sents {
		if len(s.topics) > 0 {
			continue
		}
		var best *sentence
		bestScore := threshold
		for _, j := range ix.query(s.vec, threshold/2, acc) {
			o := indexed[j]
			if o.statement == s.statement {
				continue
			}
			if score, _ := cosine(s.vec, o.vec); score > bestScore {
				best, bestScore = o, score
			}
		}
		if best != nil {
			s.topics = []TopicMatch{{Topic: best.topics[0].Topic, Via: best.id}}
		}
	}
}

// emergentTopics groups the sentences no scheme topic claimed, so nothing
// is silently dropped: each joins the group of the most similar earlier
// unclaimed sentence, or starts a group. Groups are labelled with their
// strongest terms.
func emergentTopics(sents []*sentence, threshold float64, display termDisplay) []*topicRow {
	type group struct {
		members []*sentence
		weights map[string]float64
	}
	var groups []*group
	var unclaimed []*sentence
	var groupOf []int // unclaimed index → group
	ix := newSimIndex()
	acc := &accumulator{}
	for _, s := range sents {
		if len(s.topics) > 0 {
			continue
		}
		g := -1
		bestScore := threshold
		for _, j := range ix.query(s.vec, threshold/2, acc) {
			if score, _ := cosine(s.vec, unclaimed[j].vec); score > bestScore {
				g, bestScore = groupOf[j], score
			}
		}
		if g < 0 {
			groups = append(groups, &group{weights: map[string]float64{}})
			g = len(groups) - 1
		}
		groups[g].members = append(groups[g].members, s)
		for t, w := range s.vec {
			groups[g].weights[t] += w
		}
		ix.add(len(unclaimed), s.vec)
		unclaimed = append(unclaimed, s)
		groupOf = append(groupOf, g)
	}
	rows := make([]*topicRow, 0, len(groups))
	for i, g := range groups {
		terms := topTerms(g.weights, 3, display)
		label := "Other: " + strings.Join(terms, ", ")
		if len(terms) == 0 {
			label = "Other: no content words"
		}
		rows = append(rows, &topicRow{
			topic:   Topic{ID: fmt.Sprintf("emergent-%d", i+1), Label: label, Emergent: true, Terms: terms},
			members: g.members,
		})
	}
	return rows
}

func topTerms(v map[string]float64, n int, display termDisplay) []string {
	terms := sortedKeys(v)
	sort.SliceStable(terms, func(i, j int) bool { return v[terms[i]] > v[terms[j]] })
	if len(terms) > n {
		terms = terms[:n]
	}
	for i, t := range terms {
		terms[i] = display.of(t)
	}
	return terms
}

// pairRow pairs each passage of a row with its best counterpart in every
// other statement of the row, when the counterpart is similar enough.
// Candidates come from an inverted index of the row, never from all pairs.
func pairRow(row *topicRow, threshold float64, display termDisplay) []Pair {
	ix := newSimIndex()
	for i, s := range row.members {
		ix.add(i, s.vec)
	}
	acc := &accumulator{}
	type key struct{ a, b int }
	done := map[key]bool{}
	var pairs []Pair
	for i, s := range row.members {
		best := map[int]int{} // statement → member index of the best counterpart
		bestScore := map[int]float64{}
		for _, j := range ix.query(s.vec, 0, acc) {
			o := row.members[j]
			if o.statement == s.statement {
				continue
			}
			score := row.score(s, o)
			if score >= threshold && score > bestScore[o.statement] {
				best[o.statement], bestScore[o.statement] = j, score
			}
		}
		for _, st := range sortedInts(best) {
			j := best[st]
			k := key{min(i, j), max(i, j)}
			if done[k] {
				continue
			}
			done[k] = true
			pairs = append(pairs, row.pair(row.members[k.a], row.members[k.b], bestScore[st], display))
		}
	}
	return pairs
}

// dedupePairs keeps each pair of sentences once, in the topic where it
// scored highest (the first such topic on a tie): two sentences on two
// shared topics are one alignment, not two.
func dedupePairs(pairs []Pair) []Pair {
	best := map[[2]string]int{}
	for i, p := range pairs {
		k := [2]string{p.A, p.B}
		if j, ok := best[k]; !ok || p.Score > pairs[j].Score {
			best[k] = i
		}
	}
	out := pairs[:0:0]
	for i, p := range pairs {
		if best[[2]string{p.A, p.B}] == i {
			out = append(out, p)
		}
	}
	return out
}

func sortedInts(m map[int]int) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// score blends the cosine of all terms with the share of topic cues both
// passages use.
func (r *topicRow) score(a, b *sentence) float64 {
	cos, _ := cosine(a.vec, b.vec)
	if r.topic.Emergent {
		return cos
	}
	return (1-cueShare)*cos + cueShare*jaccard(r.cues[a], r.cues[b])
}

func (r *topicRow) pair(a, b *sentence, score float64, display termDisplay) Pair {
	if a.statement > b.statement || a.statement == b.statement && a.span.Start > b.span.Start {
		a, b = b, a
	}
	_, shared := cosine(a.vec, b.vec)
	if len(shared) > 8 {
		shared = shared[:8]
	}
	p := Pair{Topic: r.topic.ID, A: a.id, B: b.id, Score: round(score, 4), SharedTerms: []string{}}
	seen := map[string]bool{}
	for _, t := range shared {
		if d := display.of(t); !seen[d] {
			seen[d] = true
			p.SharedTerms = append(p.SharedTerms, d)
		}
	}
	p.SharedCues = intersect(r.cues[a], r.cues[b])
	return p
}

func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := len(intersect(a, b))
	return float64(both) / float64(len(a)+len(b)-both)
}

func intersect(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if in[x] {
			out = append(out, x)
		}
	}
	return out
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

package compare

import (
	"math"
	"runtime"
	"sort"
	"sync"
)

// Thresholds tune alignment; the defaults suit official statements.
type Thresholds struct {
	// Pair: the least similarity (0..1) for two passages to stand side by side.
	Pair float64 `json:"pair"`
	// Paraphrase: the least similarity for an aligned pair in other words
	// to be called a paraphrase (the same point) rather than related.
	Paraphrase float64 `json:"paraphrase"`
}

// DefaultThresholds were chosen on the development set of the alignment
// gold (testdata/align-gold).
var DefaultThresholds = Thresholds{Pair: 0.12, Paraphrase: 0.35}

// Pair kinds: how two aligned passages relate.
const (
	KindVersion    = "version"    // the same sentence, reworded at most slightly
	KindParaphrase = "paraphrase" // the same point in other words
	KindRelated    = "related"    // a weaker match: related points
)

// sameWordsVersion: a pair whose words are this share the same, in order,
// is one sentence in two versions (its redline is worth reading).
const sameWordsVersion = 0.6

// topicRow is a topic with its member sentences during alignment.
type topicRow struct {
	topic   Topic
	index   int // the topic's index in the scheme; -1 for an emergent topic
	members []*sentence
}

// alignment is the result of aligning sentences: topic rows (labels) and
// the links between sentences, each with the row it stands in.
type alignment struct {
	rows  []*topicRow
	links []link
	topic []int // row index of each link
}

// align matches sentences across statements and then labels: a link takes
// a scheme topic both its sentences carry, else the topic of the one that
// has one (the other joins it, as the topic "via" its counterpart), else
// an emergent topic shared by the links it connects. A sentence that no
// cue and no link placed has no topic: it is not a topic of its own.
func align(sents []*sentence, scheme *TopicScheme, th Thresholds, display termDisplay) alignment {
	links := matchSentences(sents, th.Pair, matchDefaults)
	al := alignment{links: links, topic: make([]int, len(links))}
	for i, t := range scheme.Topics {
		al.rows = append(al.rows, &topicRow{topic: Topic{ID: t.ID, Label: t.Label, Description: t.Description}, index: i})
	}
	for _, s := range sents {
		for _, m := range s.topics {
			al.rows[m.Topic].members = append(al.rows[m.Topic].members, s)
		}
	}
	order := strongestFirst(links)
	unlabelled := []int{}
	for _, k := range order {
		l := links[k]
		t := linkTopic(l)
		if t < 0 {
			al.topic[k] = -1
			unlabelled = append(unlabelled, k)
			continue
		}
		al.topic[k] = t
		for _, s := range []*sentence{l.a, l.b} {
			if !carriesTopic(s, t) {
				other := l.b
				if s == l.b {
					other = l.a
				}
				s.topics = append(s.topics, TopicMatch{Topic: t, Via: other.id})
				al.rows[t].members = append(al.rows[t].members, s)
			}
		}
	}
	al.addEmergent(unlabelled, display)
	return al
}

// strongestFirst orders links by score, ties by position, so topics pass
// along the strongest links first and the result does not depend on the
// order of the input.
func strongestFirst(links []link) []int {
	order := make([]int, len(links))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return links[order[x]].score > links[order[y]].score })
	return order
}

// linkTopic is the scheme topic of a link: the strongest both sentences
// carry, else the strongest topic of the sentence with the stronger one;
// -1 when neither has a topic.
func linkTopic(l link) int {
	best, bestScore := -1, -1.0
	for _, ma := range l.a.topics {
		for _, mb := range l.b.topics {
			if ma.Topic == mb.Topic && ma.Score+mb.Score > bestScore {
				best, bestScore = ma.Topic, ma.Score+mb.Score
			}
		}
	}
	if best >= 0 {
		return best
	}
	switch {
	case len(l.a.topics) > 0 && (len(l.b.topics) == 0 || l.a.topics[0].Score >= l.b.topics[0].Score):
		return l.a.topics[0].Topic
	case len(l.b.topics) > 0:
		return l.b.topics[0].Topic
	}
	return -1
}

func carriesTopic(s *sentence, t int) bool {
	for _, m := range s.topics {
		if m.Topic == t {
			return true
		}
	}
	return false
}

func topTerms(v map[string]float64, n int, display termDisplay) []string {
	terms := sortedKeys(v)
	sort.SliceStable(terms, func(i, j int) bool { return v[terms[i]] > v[terms[j]] })
	var out []string
	seen := map[string]bool{}
	for _, t := range terms {
		if len(out) == n {
			break
		}
		if d := display.of(t); !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// pairs turns the links into the analysis's pairs, in the order of their
// first sentence, each with its topic and the evidence for it.
// The pairs are made over the CPU cores, each into its own slot, so the
// output does not depend on timing; display is only read.
func (al *alignment) pairs(th Thresholds, display termDisplay) []Pair {
	out := make([]Pair, len(al.links))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < len(al.links); k += workers {
				out[k] = al.rows[al.topic[k]].pair(al.links[k], th, display)
			}
		}()
	}
	wg.Wait()
	return out
}

func (r *topicRow) pair(l link, th Thresholds, display termDisplay) Pair {
	a, b := l.a, l.b
	if earlier(b, a) {
		a, b = b, a
	}
	_, shared := cosine(a.vec, b.vec)
	p := Pair{Topic: r.topic.ID, A: a.id, B: b.id, Score: round(l.score, 4), Belief: round(l.belief, 4), SharedTerms: []string{}}
	seen := map[string]bool{}
	for _, t := range shared {
		if d := display.of(t); !seen[d] && len(p.SharedTerms) < 8 && isWordTerm(t) {
			seen[d] = true
			p.SharedTerms = append(p.SharedTerms, d)
		}
	}
	p.SharedCues = intersect(cuesOf(a, r), cuesOf(b, r))
	p.Why = explain(a, b, l, shared, display)
	var same float64
	p.Phrases, same = sharedPhrases(a, b)
	p.Kind = pairKind(l.score, same, th)
	return p
}

// pairKind: a version when most words are the same and in order, else a
// paraphrase or a related pair by score.
func pairKind(score, sameShare float64, th Thresholds) string {
	switch {
	case sameShare >= sameWordsVersion:
		return KindVersion
	case score >= th.Paraphrase:
		return KindParaphrase
	}
	return KindRelated
}

// cuesOf lists the cues that put s on the row's topic.
func cuesOf(s *sentence, r *topicRow) []string {
	for _, m := range s.topics {
		if m.Topic == r.index {
			return m.Cues
		}
	}
	return nil
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

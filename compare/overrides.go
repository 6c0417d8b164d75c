package compare

import (
	"fmt"

	"github.com/parley-app/parley/statement"
)

// applyMoves puts sentences the analyst moved into their topic, before
// the rows are built.
func applyMoves(sents []*sentence, scheme *TopicScheme, overrides []statement.Override, warn func(string)) {
	byID := map[string]*sentence{}
	for _, s := range sents {
		byID[s.id] = s
	}
	for _, o := range overrides {
		if o.Action != statement.OverrideMove {
			continue
		}
		s, t := byID[o.A], scheme.index(o.Topic)
		if s == nil || t < 0 {
			warn(fmt.Sprintf("the move of %s to topic %q no longer applies: %s", o.A, o.Topic, missing(s == nil, o.A, o.Topic)))
			continue
		}
		s.topics = []TopicMatch{{Topic: t, Manual: true}}
	}
}

func missing(noSentence bool, id, topic string) string {
	if noSentence {
		return "no sentence " + id
	}
	return "no topic " + topic
}

// index returns the position of the topic with the given id, or -1.
func (s *TopicScheme) index(id string) int {
	for i, t := range s.Topics {
		if t.ID == id {
			return i
		}
	}
	return -1
}

// applyPairOverrides removes the pairs the analyst undid and adds the ones
// they made, marked manual.
func (a *Analysis) applyPairOverrides(overrides []statement.Override, sents map[string]*sentence, th Thresholds, display termDisplay) {
	unpaired := map[[2]string]bool{}
	for _, o := range overrides {
		if o.Action == statement.OverrideUnpair {
			unpaired[[2]string{o.A, o.B}], unpaired[[2]string{o.B, o.A}] = true, true
		}
	}
	kept := a.Pairs[:0]
	for _, p := range a.Pairs {
		if !unpaired[[2]string{p.A, p.B}] {
			kept = append(kept, p)
		}
	}
	a.Pairs = kept
	for _, o := range overrides {
		if o.Action == statement.OverridePair {
			a.addManualPair(o, sents, th, display)
		}
	}
}

func (a *Analysis) addManualPair(o statement.Override, sents map[string]*sentence, th Thresholds, display termDisplay) {
	ra, okA := a.Locate(o.A)
	rb, okB := a.Locate(o.B)
	switch {
	case !okA || !okB:
		a.Warnings = append(a.Warnings, fmt.Sprintf("the manual alignment of %s and %s no longer applies: a sentence is gone", o.A, o.B))
		return
	case ra.Statement == rb.Statement:
		a.Warnings = append(a.Warnings, fmt.Sprintf("the manual alignment of %s and %s joins one statement with itself; ignored", o.A, o.B))
		return
	}
	if ra.Statement > rb.Statement {
		o.A, o.B = o.B, o.A
	}
	for i, p := range a.Pairs {
		if p.A == o.A && p.B == o.B {
			a.Pairs[i].Manual = true // the analyst confirmed a machine-made pair
			return
		}
	}
	topic := o.Topic
	if topic == "" {
		topic = a.sharedTopic(o.A, o.B)
	}
	sa, sb := sents[o.A], sents[o.B]
	cos, shared := cosine(sa.vec, sb.vec)
	phrases, same := sharedPhrases(sa, sb)
	p := Pair{Topic: topic, A: o.A, B: o.B, Score: round(cos, 4), Belief: 1, SharedTerms: []string{}, Manual: true,
		Kind: pairKind(cos, same, th), Why: explain(sa, sb, link{a: sa, b: sb, score: cos}, shared, display), Phrases: phrases}
	for _, t := range shared {
		if isWordTerm(t) {
			p.SharedTerms = appendUnique(p.SharedTerms, display.of(t))
		}
	}
	a.Pairs = append(a.Pairs, p)
	a.joinTopic(o.A, topic)
	a.joinTopic(o.B, topic)
}

// sharedTopic is the first topic both sentences are on, else A's first.
func (a *Analysis) sharedTopic(x, y string) string {
	sx, sy := a.Sentence(x), a.Sentence(y)
	for _, tx := range sx.Topics {
		for _, ty := range sy.Topics {
			if tx.Topic == ty.Topic {
				return tx.Topic
			}
		}
	}
	if len(sx.Topics) > 0 {
		return sx.Topics[0].Topic
	}
	return ""
}

// joinTopic puts a sentence on a topic (as the analyst's choice) if it is
// not there yet, in its topics and in the topic's passages.
func (a *Analysis) joinTopic(id, topic string) {
	ref, _ := a.Locate(id)
	s := &a.Statements[ref.Statement].Sentences[ref.Sentence]
	for _, tc := range s.Topics {
		if tc.Topic == topic {
			return
		}
	}
	s.Topics = append(s.Topics, TopicCause{Topic: topic, Manual: true})
	for i := range a.Topics {
		if a.Topics[i].ID == topic {
			st := a.Statements[ref.Statement].ID
			a.Topics[i].Passages[st] = append(a.Topics[i].Passages[st], id)
		}
	}
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// ManualPairs counts the pairs the analyst made or confirmed.
func (a *Analysis) ManualPairs() int {
	n := 0
	for _, p := range a.Pairs {
		if p.Manual {
			n++
		}
	}
	return n
}

package compare

import (
	"fmt"
	"sort"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/compare/lang"
)

// TopicScheme is a set of topics with weighted cue terms, read from TOML
// (see assets/topics.toml for the format and the built-in scheme).
type TopicScheme struct {
	Threshold float64 // a sentence joins a topic when its cue weights reach this
	Topics    []TopicDef
	byStem    map[string][]cueRef // first stem of a cue → cues starting with it
}

// TopicDef is one topic of a scheme.
type TopicDef struct {
	ID          string
	Label       string
	Description string
	Cues        []Cue
}

// Cue is a word or phrase that signals a topic, with its weight.
type Cue struct {
	Text   string
	Weight float64
	stems  []string
}

type cueRef struct{ topic, cue int }

// DefaultTopics returns the built-in scheme, parsed once: a scheme is
// read-only after parsing, so every analysis can share it.
var DefaultTopics = sync.OnceValue(func() *TopicScheme {
	s, err := ParseTopics("assets/topics.toml", assets.Topics)
	if err != nil { // the embedded file is tested; this is a build mistake
		panic(err)
	}
	return s
})

// ParseTopics reads a topic scheme; name is used in error messages.
func ParseTopics(name string, data []byte) (*TopicScheme, error) {
	var f struct {
		Threshold float64
		Topic     []struct {
			ID, Label, Description string
			Cues                   map[string]float64
		}
	}
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if undec := md.Undecoded(); len(undec) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q", name, undec[0].String())
	}
	if len(f.Topic) == 0 {
		return nil, fmt.Errorf("%s: no [[topic]] tables", name)
	}
	s := &TopicScheme{Threshold: f.Threshold, byStem: map[string][]cueRef{}}
	if s.Threshold <= 0 {
		s.Threshold = 3
	}
	stems := lang.NewStemmer()
	seen := map[string]bool{}
	for i, t := range f.Topic {
		if t.ID == "" || t.Label == "" {
			return nil, fmt.Errorf("%s: topic %d needs an id and a label", name, i+1)
		}
		if seen[t.ID] {
			return nil, fmt.Errorf("%s: topic id %q appears twice", name, t.ID)
		}
		seen[t.ID] = true
		def := TopicDef{ID: t.ID, Label: t.Label, Description: t.Description}
		for _, text := range sortedKeys(t.Cues) {
			c := Cue{Text: text, Weight: t.Cues[text]}
			for _, tok := range Tokenize(text, stems, english) {
				c.stems = append(c.stems, tok.Stem)
			}
			if len(c.stems) == 0 || c.Weight <= 0 {
				return nil, fmt.Errorf("%s: topic %q: cue %q needs a word and a positive weight", name, t.ID, text)
			}
			def.Cues = append(def.Cues, c)
			s.byStem[c.stems[0]] = append(s.byStem[c.stems[0]], cueRef{topic: i, cue: len(def.Cues) - 1})
		}
		s.Topics = append(s.Topics, def)
	}
	return s, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TopicMatch is a topic a sentence belongs to and the cues that put it there.
type TopicMatch struct {
	Topic  int      // index into TopicScheme.Topics
	Score  float64  // sum of the matched cues' weights
	Cues   []string // the cue texts found, in scheme order
	Via    string   // set when the topic was inherited from a near-identical sentence: its id
	Manual bool     // set when the analyst moved the sentence here
}

// maxTopicsPerSentence: a sentence may speak to two subjects ("we condemn
// the attack and stand with Israel"); more would blur every row.
const maxTopicsPerSentence = 2

// Match returns the topics a sentence's tokens belong to, strongest first.
func (s *TopicScheme) Match(tokens []Token) []TopicMatch {
	found := map[cueRef]bool{}
	for i, tok := range tokens {
		for _, ref := range s.byStem[tok.Stem] {
			if !found[ref] && phraseAt(tokens, i, s.Topics[ref.topic].Cues[ref.cue].stems) {
				found[ref] = true
			}
		}
	}
	scores := map[int]*TopicMatch{}
	for ref := range found {
		m := scores[ref.topic]
		if m == nil {
			m = &TopicMatch{Topic: ref.topic}
			scores[ref.topic] = m
		}
		m.Score += s.Topics[ref.topic].Cues[ref.cue].Weight
	}
	var out []TopicMatch
	for t, m := range scores {
		if m.Score < s.Threshold {
			continue
		}
		for c, cue := range s.Topics[t].Cues {
			if found[cueRef{t, c}] {
				m.Cues = append(m.Cues, cue.Text)
			}
		}
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Topic < out[j].Topic
	})
	if len(out) > maxTopicsPerSentence {
		out = out[:maxTopicsPerSentence]
	}
	return out
}

func phraseAt(tokens []Token, i int, stems []string) bool {
	if i+len(stems) > len(tokens) {
		return false
	}
	for k, st := range stems {
		if tokens[i+k].Stem != st {
			return false
		}
	}
	return true
}

package compare

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare/lang"
	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/statement"
)

// The built-in topic scheme (assets/topics.toml) is a general scheme for
// foreign-policy statements, not one shaped by the demo (issue 16). These
// tests guard that: they read the scheme's own cues and match them the way
// the analysis does (ParseTopics, Tokenize, sentence by sentence).

// demoSourceInCorpus is the corpus's copy of the statement the demo's G7
// file quotes. A cue found only there and in the demo is still the wording
// of one document, so it does not count as found in the corpus.
const demoSourceInCorpus = "whitehouse-2024-04/2024-04-14-g7-leaders-statement-on-irans-attack-against-israel.txt"

// generalButNotInCorpus: cues found in the demo that no statement of
// testdata/corpus uses (a month of White House statements and three G7
// communiqués), kept because they are the general vocabulary of their
// topic, not a phrase of the demo. Each entry says why; keep it short.
var generalButNotInCorpus = map[string]string{
	"escalation/regional conflict": "the stock phrase of warnings about a war widening (\"a wider regional conflict\")",
	"retaliation/retaliation":      "the topic's own name; its stem also reads \"retaliate\", \"retaliates\"",
}

// removedDemoCues are the cue phrases issue 16 found only in the demo.
var removedDemoCues = []string{"not waver", "military might", "getting any worse", "new equation", "last say", "non-military means"}

// keptTopicIDs are the ids tests, the window's palette and saved projects
// (moves of sentences between topics) refer to.
var keptTopicIDs = []string{"condemnation", "support", "military", "damage", "escalation", "retaliation",
	"diplomacy", "sanctions", "legal", "humanitarian", "hostages", "nuclear", "proxies", "outcome"}

// cuesFound returns the cues of scheme s ("topic/cue") found in text, read
// sentence by sentence as the analysis reads it.
func cuesFound(s *TopicScheme, stems *lang.Stemmer, text string, into map[string]bool) {
	for _, sp := range segment.Sentences(text) {
		toks := Tokenize(text[sp.Start:sp.End], stems, english)
		for i, tok := range toks {
			for _, ref := range s.byStem[tok.Stem] {
				cue := s.Topics[ref.topic].Cues[ref.cue]
				if phraseAt(toks, i, cue.stems) {
					into[s.Topics[ref.topic].ID+"/"+cue.Text] = true
				}
			}
		}
	}
}

// corpusCues returns, for each cue of s found in testdata/corpus (the demo's
// own source left out), how many statement files use it.
func corpusCues(t *testing.T, s *TopicScheme) map[string]int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if err != nil || len(files) < 100 {
		t.Fatalf("the corpus in %s: %d files, %v", corpusDir, len(files), err)
	}
	stems := lang.NewStemmer()
	count := map[string]int{}
	for _, f := range files {
		if filepath.ToSlash(f) == filepath.ToSlash(filepath.Join(corpusDir, demoSourceInCorpus)) {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		st, err := statement.ParseStatement(f, data)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		cuesFound(s, stems, st.Text, found)
		for c := range found {
			count[c]++
		}
	}
	return count
}

// TestTopicSchemeNotShapedByDemo: every cue of the built-in scheme that the
// demo statements contain is also used by a real statement of
// testdata/corpus, so no cue is there only because the demo says it.
func TestTopicSchemeNotShapedByDemo(t *testing.T) {
	s := DefaultTopics()
	if _, err := os.Stat(filepath.Join(corpusDir, demoSourceInCorpus)); err != nil {
		t.Fatalf("the demo's source in the corpus: %v", err)
	}
	stems := lang.NewStemmer()
	inDemo := map[string]bool{}
	for _, st := range demoStatements(t) {
		cuesFound(s, stems, st.Text, inDemo)
	}
	if len(inDemo) < 20 {
		t.Fatalf("only %d cues found in the demo: is the matching broken?", len(inDemo))
	}
	inCorpus := corpusCues(t, s)
	var demoOnly []string
	for c := range inDemo {
		if inCorpus[c] == 0 && generalButNotInCorpus[c] == "" {
			demoOnly = append(demoOnly, c)
		}
	}
	sort.Strings(demoOnly)
	if len(demoOnly) > 0 {
		t.Errorf("cues found in the demo and in no statement of %s: %s\n"+
			"a cue must be general vocabulary of its topic, not the demo's wording", corpusDir, strings.Join(demoOnly, ", "))
	}
	// The exceptions stay few and current: each is in the scheme, in the
	// demo and still absent from the corpus.
	if len(generalButNotInCorpus) > 3 {
		t.Errorf("%d exceptions to the corpus rule; widen the corpus instead", len(generalButNotInCorpus))
	}
	for c := range generalButNotInCorpus {
		switch {
		case !inDemo[c]:
			t.Errorf("exception %q is not a cue found in the demo: remove it", c)
		case inCorpus[c] > 0:
			t.Errorf("exception %q is now used by %d corpus statements: remove it", c, inCorpus[c])
		}
	}
}

// TestTopicSchemeDropsDemoPhrases: the phrases issue 16 found only in the
// demo are gone, in any form: no cue contains one (stemmed, so neither
// "shall not waver" nor "non-military means" under another spelling).
func TestTopicSchemeDropsDemoPhrases(t *testing.T) {
	s := DefaultTopics()
	stems := lang.NewStemmer()
	for _, phrase := range removedDemoCues {
		var want []string
		for _, tok := range Tokenize(phrase, stems, english) {
			want = append(want, tok.Stem)
		}
		for _, topic := range s.Topics {
			for _, cue := range topic.Cues {
				for i := range cue.stems {
					if phraseAt(stemTokens(cue.stems), i, want) {
						t.Errorf("topic %s: cue %q contains the demo's phrase %q", topic.ID, cue.Text, phrase)
					}
				}
			}
		}
	}
}

func stemTokens(stems []string) []Token {
	out := make([]Token, len(stems))
	for i, s := range stems {
		out[i].Stem = s
	}
	return out
}

// TestTopicSchemeShape: the kept ids are there, in their order (the
// palette colours topics by position), and about ten more cover other
// subjects; every topic is described; no topic counts one cue twice (two
// cues with the same stems, such as "sanction" and "sanctions").
func TestTopicSchemeShape(t *testing.T) {
	s := DefaultTopics()
	var ids []string
	for _, topic := range s.Topics {
		ids = append(ids, topic.ID)
	}
	if len(ids) < len(keptTopicIDs) || !slices.Equal(ids[:len(keptTopicIDs)], keptTopicIDs) {
		t.Errorf("topics %v should start with %v", ids, keptTopicIDs)
	}
	if n := len(ids) - len(keptTopicIDs); n < 8 || n > 14 {
		t.Errorf("%d topics beyond the original ones, want about ten", n)
	}
	for _, topic := range s.Topics {
		if topic.Description == "" || len(topic.Cues) < 8 {
			t.Errorf("topic %s: description %q, %d cues", topic.ID, topic.Description, len(topic.Cues))
		}
		seen := map[string]string{}
		for _, cue := range topic.Cues {
			key := strings.Join(cue.stems, " ")
			if other, ok := seen[key]; ok {
				t.Errorf("topic %s: cues %q and %q are one cue (%q) counted twice", topic.ID, other, cue.Text, key)
			}
			seen[key] = cue.Text
		}
	}
}

// TestTopicSchemeGeneralSubjects: sentences on subjects beyond the demo's
// get their topic, and a sentence on two subjects gets both.
func TestTopicSchemeGeneralSubjects(t *testing.T) {
	s := DefaultTopics()
	stems := lang.NewStemmer()
	cases := []struct {
		text   string
		topics []string
	}{
		{"Inflation has fallen while exports and investment in manufacturing grew.", []string{"economy-trade"}},
		{"We will accelerate the clean energy transition to cut emissions and meet the Paris Agreement goals.", []string{"energy-climate"}},
		{"We condemn the ransomware attacks on hospitals and the malicious cyber activity behind them.", []string{"condemnation", "technology-cyber"}},
		{"We are concerned by the repression of journalists and civil society and call for respect of human rights.", []string{"human-rights"}},
		{"The two leaders discussed irregular migration and lawful pathways for migrants and asylum seekers.", []string{"migration"}},
		{"Strengthening pandemic preparedness and vaccine manufacturing remains a health priority.", []string{"health"}},
		{"We condemn the terrorist attack claimed by ISIS.", []string{"condemnation", "terrorism"}},
		{"We oppose any unilateral attempt to change the status quo by force or coercion in the South China Sea.", []string{"territory-maritime"}},
		{"Any use of chemical weapons is unacceptable; we support the OPCW and the goal of disarmament.", []string{"arms-control"}},
		{"We will mobilize development finance for developing countries and support debt relief and food security.", []string{"development"}},
		{"We support mediation towards a ceasefire and a negotiated settlement leading to lasting peace.", []string{"peace"}},
		{"Iran's enrichment of uranium far beyond its needs violates its safeguards obligations.", []string{"nuclear"}},
	}
	for _, c := range cases {
		var got []string
		for _, m := range s.Match(Tokenize(c.text, stems, english)) {
			got = append(got, s.Topics[m.Topic].ID)
		}
		for _, want := range c.topics {
			if !slices.Contains(got, want) {
				t.Errorf("%q: topics %v, want %s among them", c.text, got, want)
			}
		}
	}
}

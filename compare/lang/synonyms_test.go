package lang

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parley-app/parley/assets"
)

// sentenceStems reads text as the aligner does: every word, stop words
// included, folded and stemmed.
func sentenceStems(text string) []string {
	st := NewStemmer()
	var out []string
	for _, w := range memberWords(text) {
		out = append(out, st.Stem(w))
	}
	return out
}

// wordGroups are the groups of one written word.
func wordGroups(s *Synonyms, word string) []string {
	return s.Groups(NewStemmer().Stem(Fold(word)))
}

func shareGroup(s *Synonyms, a, b string) bool {
	for _, g := range wordGroups(s, a) {
		if slices.Contains(wordGroups(s, b), g) {
			return true
		}
	}
	return false
}

func TestSynonymGroups(t *testing.T) {
	s := SynonymsFor("en")
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"reiterate", "reaffirm", true},
		{"reiterated", "reaffirms", true},
		{"condemns", "denounced", true},
		{"condemnation", "deplore", true},
		{"restraint", "de-escalation", true},
		{"ceasefire", "truce", true},
		{"cease-fire", "armistice", true},
		{"welcomed", "commends", true},
		{"urge", "exhort", true},
		{"bolster", "strengthening", true},
		{"aid", "assistance", true},
		{"sanctions", "penalize", true},
		{"war", "conflict", true},
		{"stabilise", "stabilize", true},
		{"programme", "program", true},
		{"nation", "country", true}, // WordNet only
		{"menace", "threat", true},
		// antonyms and neighbours stay apart
		{"condemn", "welcome", false},
		{"escalation", "de-escalation", false},
		{"support", "oppose", false},
		{"war", "peace", false},
		{"attack", "defend", false},
		{"resolute", "resolution", false},
		{"criticised", "critical", false},
	} {
		if got := shareGroup(s, tt.a, tt.b); got != tt.want {
			t.Errorf("%s ~ %s: %v, want %v (groups %q, %q)", tt.a, tt.b, got, tt.want, wordGroups(s, tt.a), wordGroups(s, tt.b))
		}
	}
	for _, w := range []string{"xyzzy", "the", "", "u.s.-israel"} {
		if g := s.Groups(w); g != nil {
			t.Errorf("Groups(%q) = %q, want nil", w, g)
		}
	}
	if g := wordGroups(s, "reaffirm"); len(g) == 0 || g[0] != "reaffirm" {
		t.Errorf("reaffirm's groups %q: want the paraphrase group reaffirm first", g)
	}
	if got, want := s.Name("reaffirm"), "reaffirm / reiterate / restate"; got != want {
		t.Errorf("Name(reaffirm) = %q, want %q", got, want)
	}
	if got := s.Name("welcom"); !strings.HasSuffix(got, " / …") || !strings.HasPrefix(got, "welcome / applaud") {
		t.Errorf("Name(welcom) = %q, want its first members and an ellipsis", got)
	}
	if s.Name("no such group") != "" {
		t.Error("Name of an unknown group is not empty")
	}
}

func TestMatchPhrases(t *testing.T) {
	s := SynonymsFor("en")
	for _, tt := range []struct {
		text string
		want []PhraseMatch
	}{
		{"Israel took down nearly all the drones", []PhraseMatch{{1, 3, "defeat"}, {1, 3, "intercept"}}},
		{"We call on all parties to exercise restraint", []PhraseMatch{{1, 3, "urg"}}},
		{"we stand with Ukraine and will take down threats", []PhraseMatch{{1, 3, "support"}, {6, 8, "defeat"}, {6, 8, "intercept"}}},
		{"an immediate cessation of hostilities", []PhraseMatch{{2, 5, "ceasefir"}}},
		{"the United Nations Security Council", []PhraseMatch{{1, 5, "unsc"}, {1, 3, "unit nation"}}},
		{"we reaffirm our support", nil},
		{"", nil},
	} {
		got := s.MatchPhrases(sentenceStems(tt.text))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: %+v, want %+v", tt.text, got, tt.want)
		}
	}
	if g := s.Name("defeat"); !strings.Contains(g, "take down") && !strings.Contains(g, "repel") {
		t.Errorf("Name(defeat) = %q", g)
	}
}

// Any language but English has no table, and a nil or empty table answers
// every question with nothing.
func TestSynonymsOtherLanguages(t *testing.T) {
	for _, code := range []string{"fa", "he", "ar", "und", "", "EN"} {
		s := SynonymsFor(code)
		if s.Len() != 0 || s.Groups("reaffirm") != nil || s.MatchPhrases([]string{"call", "on"}) != nil || s.Name("reaffirm") != "" {
			t.Errorf("%q: the table is not empty", code)
		}
	}
	var s *Synonyms
	if s.Len() != 0 || s.Groups("x") != nil || s.MatchPhrases([]string{"x"}) != nil || s.Name("x") != "" {
		t.Error("a nil table is not empty")
	}
}

// The embedded files parse, say what they must, and hold what the table
// expects: the WordNet sets as the generator writes them (sorted, words of
// three letters or more, no stop words, the licence notice), the
// paraphrases with a distinct name per group.
func TestSynonymFiles(t *testing.T) {
	wn := readLangFile(wordnetFile)
	if !strings.Contains(string(wn), "WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.") ||
		!strings.Contains(string(wn), `THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS"`) {
		t.Errorf("%s lacks WordNet's copyright notice and disclaimer", wordnetFile)
	}
	lines := ReadWordList(wn)
	if len(lines) < 5000 {
		t.Errorf("%s has %d sets", wordnetFile, len(lines))
	}
	if !slices.IsSorted(lines) {
		t.Errorf("%s is not sorted", wordnetFile)
	}
	for _, line := range lines {
		words := strings.Split(line, " ")
		if len(words) < 2 {
			t.Errorf("%s: %q: fewer than two words", wordnetFile, line)
		}
		for _, w := range words {
			if len(w) < 3 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || IsStopword(w) {
				t.Errorf("%s: %q: %q is not a lower-case word of 3 letters or more, or is a stop word", wordnetFile, line, w)
			}
		}
	}

	for name, data := range map[string][]byte{paraphrasesFile: readLangFile(paraphrasesFile), wordnetFile: wn} {
		sep := strings.Fields
		if name == paraphrasesFile {
			sep = splitBar
		}
		if _, err := parseGroups(nil, data, "", sep, newWordIndex()); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	words := newWordIndex()
	groups, _ := parseGroups(nil, readLangFile(paraphrasesFile), "", splitBar, words)
	if len(groups) < 60 {
		t.Errorf("%s: %d groups", paraphrasesFile, len(groups))
	}
	s, ids := SynonymsFor("en"), map[string]bool{}
	for _, g := range groups {
		for i, m := range g.members {
			if len(g.words[i]) == 1 && IsStopword(words.words[g.words[i][0]]) {
				t.Errorf("%s: %q: the stop word %q is a member", paraphrasesFile, strings.Join(g.members, " | "), m)
			}
		}
		id := strings.Join(sentenceStems(g.members[0]), " ")
		if s.Name(id) == "" || ids[id] {
			t.Errorf("%s: %q is not group %q (two groups of one first member, or one stem)", paraphrasesFile, strings.Join(g.members, " | "), id)
		}
		ids[id] = true
	}

	for _, bad := range []string{"reaffirm", "reaffirm | ", " | reiterate", "reaffirm | , | restate"} {
		if _, err := parseGroups(nil, []byte("# fine\n\n"+bad+"\n"), "", splitBar, newWordIndex()); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// No stem is in more than maxGroupsPerStem groups, Parley's paraphrases
// come before WordNet's sets, and building twice gives the same table.
func TestSynonymsTable(t *testing.T) {
	s, err := buildSynonyms(readLangFile(paraphrasesFile), readLangFile(wordnetFile))
	if err != nil {
		t.Fatal(err)
	}
	for stem, ids := range s.byStem {
		if len(ids) > maxGroupsPerStem {
			t.Errorf("%s: %d groups", stem, len(ids))
		}
		wordnet := false
		for _, id := range ids {
			if strings.HasPrefix(id, "wn:") {
				wordnet = true
			} else if wordnet {
				t.Errorf("%s: %q: a paraphrase group after a WordNet set", stem, ids)
			}
			if _, ok := s.byID[id]; !ok {
				t.Errorf("%s: unknown group %q", stem, id)
			}
		}
	}
	again, err := buildSynonyms(readLangFile(paraphrasesFile), readLangFile(wordnetFile))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s, again) {
		t.Error("two builds of the table differ")
	}
}

func BenchmarkSynonymsLoad(b *testing.B) {
	p, w := readLangFile(paraphrasesFile), readLangFile(wordnetFile)
	for b.Loop() {
		if _, err := buildSynonyms(p, w); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSynonymsGroups(b *testing.B) {
	s := SynonymsFor("en")
	stems := sentenceStems("The G7 leaders reiterated their unwavering support for Ukraine, condemned the attack " +
		"and called on all parties to exercise restraint and avoid further escalation of the conflict")
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, st := range stems {
			n += len(s.Groups(st))
		}
		n += len(s.MatchPhrases(stems))
		if n == 0 {
			b.Fatal("no groups")
		}
	}
}

// The compiled table is the files' table: editing either word list without
// make synonym-table fails here.
func TestSynonymTableIsCurrent(t *testing.T) {
	want, err := CompiledSynonyms()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(readLangFile(compiledFile), want) {
		t.Fatal("assets/lang/synonyms-en-compiled.txt is out of date with paraphrases-en.txt or synonyms-en.txt: run make synonym-table")
	}
	built, err := buildSynonyms(readLangFile(paraphrasesFile), readLangFile(wordnetFile))
	if err != nil {
		t.Fatal(err)
	}
	sameTable(t, built, SynonymsFor("en"))
}

// sameTable checks that the compiled table answers every question as the
// table built from the word lists does.
func sameTable(t *testing.T, built, compiled *Synonyms) {
	t.Helper()
	if compiled.Len() != built.Len() {
		t.Errorf("compiled table: %d groups, built: %d", compiled.Len(), built.Len())
	}
	for stem, ids := range built.byStem {
		if got := compiled.Groups(stem); !slices.Equal(got, ids) {
			t.Errorf("Groups(%q) = %q, built table %q", stem, got, ids)
		}
	}
	for _, stem := range []string{"", "zzzz-none", "a", "\t"} {
		if got := compiled.Groups(stem); got != nil {
			t.Errorf("Groups(%q) = %q, want none", stem, got)
		}
	}
	for _, g := range built.groups {
		if got, want := compiled.Name(g.id), built.Name(g.id); got != want {
			t.Errorf("Name(%q) = %q, built table %q", g.id, got, want)
		}
	}
	if compiled.Name("no such group") != "" {
		t.Error("an unknown group has a name")
	}
	if !reflect.DeepEqual(compiled.phrases, built.phrases) {
		t.Error("the compiled table's phrases differ from the built table's")
	}
}

// BenchmarkSynonymsCompiledLoad is what a process pays for the table at
// start: reading the compiled index (against BenchmarkSynonymsLoad,
// building it from the word lists).
func BenchmarkSynonymsCompiledLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parseCompiled(assets.SynonymTable)
	}
}

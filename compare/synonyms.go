package compare

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// Synonyms as terms: a word or phrase in a synonym group of the language's
// tables (lang.SynonymsFor: a paraphrase lexicon of diplomatic language and
// WordNet's synonym sets) also gives its sentence the group's term, so
// "reiterate" and "reaffirm" share a term as "reaffirm" does with itself.

// synTerm marks a synonym group's term.
const synTerm = "≈"

// synWeight and wordNetWeight scale a synonym group's idf weight, for the
// paraphrase lexicon's groups and WordNet's: a synonym is weaker evidence
// than the same word, and WordNet's general sets (a word's commonest
// senses, whatever the register) weaker than the lexicon of diplomatic
// paraphrase.
var synWeight, wordNetWeight = 0.5, 0.2

// synWord is the word (or phrase) of a sentence that carries a synonym
// group, and its stem (or stems): two sentences share a synonym, not
// merely a word, when the stems differ.
type synWord struct{ word, stem string }

// synonymReader reads the synonym groups of one statement's sentences:
// each group's term is made once per statement (its sentences meet the
// same groups again and again), and the stems' room is reused sentence
// after sentence.
type synonymReader struct {
	syn   *lang.Synonyms
	terms map[string]string // group → its term
	stems []string
}

func newSynonymReader(syn *lang.Synonyms) *synonymReader {
	return &synonymReader{syn: syn, terms: map[string]string{}}
}

// read returns a sentence's synonym-group terms, the words that carry each
// group (for explanations), and each token's groups (for the phrase
// aligner); words and byToken are nil for a sentence in no group, as most
// are.
func (r *synonymReader) read(text string, toks []Token) (terms []string, words map[string]synWord, byToken [][]string) {
	add := func(group, word string, at ...int) {
		term := r.termOf(group)
		terms = append(terms, term)
		if words == nil {
			words, byToken = map[string]synWord{}, make([][]string, len(toks))
		}
		if _, ok := words[group]; !ok {
			stems := make([]string, len(at))
			for k, i := range at {
				stems[k] = toks[i].Stem
			}
			words[group] = synWord{word: word, stem: strings.Join(stems, " ")}
		}
		for _, i := range at {
			byToken[i] = append(byToken[i], term)
		}
	}
	for i, t := range toks {
		if t.Stop || len([]rune(t.Norm)) < 2 {
			continue
		}
		for _, g := range r.syn.Groups(t.Stem) {
			add(g, t.Norm, i)
		}
	}
	r.stems = r.stems[:0]
	for _, t := range toks {
		r.stems = append(r.stems, t.Stem)
	}
	for _, m := range r.syn.MatchPhrases(r.stems) {
		at := make([]int, 0, m.End-m.Start)
		for i := m.Start; i < m.End; i++ {
			at = append(at, i)
		}
		add(m.Group, strings.ToLower(text[toks[m.Start].Start:toks[m.End-1].End]), at...)
	}
	return terms, words, byToken
}

func (r *synonymReader) termOf(group string) string {
	t, ok := r.terms[group]
	if !ok {
		t = synTerm + group
		r.terms[group] = t
	}
	return t
}

// synonymOnly: the two sentences share the synonym group term t through
// different words ("reiterate", "reaffirm"), not through one word.
func synonymOnly(a, b *sentence, t string) bool {
	g := strings.TrimPrefix(t, synTerm)
	return a.synWords[g].stem != b.synWords[g].stem
}

package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parley-app/parley/compare/phrases"
)

// Why is the evidence for an aligned pair: what the two passages share
// and what else made them counterparts.
type Why struct {
	// Terms are the content words both use, strongest first (as written).
	Terms []string `json:"terms,omitempty"`
	// Phrases are the multi-word terms both use: names, word pairs, cues.
	Phrases []string `json:"phrases,omitempty"`
	// Names are the names and numbers both mention.
	Names []string `json:"names,omitempty"`
	// Topics are the scheme's topics both are on by their own cue words.
	Topics []string `json:"topics,omitempty"`
	// Synonyms are words matched through the synonym tables: "reiterate ≈ reaffirm".
	Synonyms []string `json:"synonyms,omitempty"`
	// Particular are shared words that no other sentence of either
	// statement uses: evidence for this pair alone, not a formula the
	// statements repeat. Listed when they carry a good part of the score.
	Particular []string `json:"particular,omitempty"`
	// Order: the pair follows from the documents' order — its neighbours
	// are near-identical pairs of two versions of one text.
	Order string `json:"order,omitempty"`
}

// maxWhy caps each list of evidence: the strongest few say why.
const maxWhy = 8

// explain gathers the evidence for a link; shared are the terms the two
// sentences share, strongest first.
func explain(a, b *sentence, l link, shared []string, display termDisplay) Why {
	var w Why
	seen := map[string]bool{}
	add := func(list []string, t string) []string {
		d := display.of(t)
		if seen[d] || len(list) >= maxWhy {
			return list
		}
		seen[d] = true
		return append(list, d)
	}
	for _, t := range shared {
		switch {
		case strings.HasPrefix(t, topicTerm):
			w.Topics = add(w.Topics, t)
		case strings.HasPrefix(t, synTerm):
			g := strings.TrimPrefix(t, synTerm)
			if synonymOnly(a, b, t) {
				w.Synonyms = addOnce(w.Synonyms, a.synWords[g].word+" ≈ "+b.synWords[g].word)
			}
		case a.names[t] && b.names[t]:
			w.Names = add(w.Names, t)
		case strings.Contains(t, " "):
			w.Phrases = add(w.Phrases, t)
		default:
			w.Terms = add(w.Terms, t)
		}
	}
	own := map[string]bool{}
	for _, t := range l.particular {
		own[t] = true
	}
	for _, t := range shared { // strongest first
		if own[t] && isWordTerm(t) {
			w.Particular = addOnce(w.Particular, display.of(t))
		}
	}
	if l.ordered {
		w.Order = fmt.Sprintf("between near-identical neighbours (%s ↔ %s) of two versions of one text", l.anchor[0], l.anchor[1])
	}
	return w
}

func addOnce(list []string, s string) []string {
	if len(list) >= maxWhy || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// String is the evidence in one line, for the CLI and the report.
func (w Why) String() string {
	var parts []string
	list := func(name string, items []string) {
		if len(items) > 0 {
			parts = append(parts, name+": "+strings.Join(items, ", "))
		}
	}
	list("phrases", w.Phrases)
	list("names", w.Names)
	list("words", w.Terms)
	list("synonyms", w.Synonyms)
	list("topics", w.Topics)
	list("particular to the pair", w.Particular)
	if w.Order != "" {
		parts = append(parts, "order: "+w.Order)
	}
	return strings.Join(parts, "; ")
}

// SharedPhrase is a run of words two aligned passages share: its text as
// passage A writes it, and where it stands in each passage (byte offsets
// into each sentence's text).
type SharedPhrase struct {
	Text   string `json:"text"`
	AStart int    `json:"a_start"`
	AEnd   int    `json:"a_end"`
	BStart int    `json:"b_start"`
	BEnd   int    `json:"b_end"`
}

// sharedPhrases are the runs of words two sentences share, matched by
// stem or synonym group, longest first (compare/phrases), with offsets
// into each sentence; sameShare is the share of the longer sentence's
// words that stand in shared phrases in the same order in both.
func sharedPhrases(a, b *sentence) (list []SharedPhrase, sameShare float64) {
	al := phrases.AlignIndexed(a.units, a.unitIndex(), b.units, b.unitIndex())
	list = make([]SharedPhrase, 0, len(al.Shared))
	inOrder, lastB := 0, -1
	for _, ph := range al.Shared { // in the order of A
		list = append(list, SharedPhrase{Text: a.text[ph.A.Start:ph.A.End],
			AStart: ph.A.Start, AEnd: ph.A.End, BStart: ph.B.Start, BEnd: ph.B.End})
		if ph.B.First > lastB {
			inOrder += ph.Units
			lastB = ph.B.First
		}
	}
	if longer := max(len(a.tokens), len(b.tokens)); longer > 0 {
		sameShare = float64(inOrder) / float64(longer)
	}
	return list, sameShare
}

// units are a sentence's words as the phrase aligner reads them, with
// offsets into the sentence; buildSentences keeps them in sentence.units.
func units(s *sentence) []phrases.Unit {
	n := len(s.tokens)
	for _, syns := range s.tokenSyns {
		n += len(syns)
	}
	keys := make([]string, 0, n) // one backing array for the sentence's keys
	out := make([]phrases.Unit, len(s.tokens))
	for i, t := range s.tokens {
		from := len(keys)
		keys = append(keys, t.Stem)
		if s.tokenSyns != nil { // nil: no word of the sentence is in a group
			keys = append(keys, s.tokenSyns[i]...)
		}
		out[i] = phrases.Unit{Keys: keys[from:len(keys):len(keys)], Start: t.Start - s.span.Start, End: t.End - s.span.Start, Content: !t.Stop}
	}
	return out
}

// unitIndex is the sentence's units indexed for the phrase aligner, made
// on its first pair: a sentence in many pairs is indexed once.
func (s *sentence) unitIndex() phrases.Index {
	s.indexOnce.Do(func() { s.index = phrases.NewIndex(s.units) })
	return s.index
}

// InOrderOfA returns the phrases sorted by where they stand in passage A.
func InOrderOfA(list []SharedPhrase) []SharedPhrase {
	out := slices.Clone(list)
	slices.SortFunc(out, func(x, y SharedPhrase) int { return x.AStart - y.AStart })
	return out
}

// isWordTerm: t is a word or a phrase of the text, not a topic's or a
// synonym group's term (which the evidence lists apart).
func isWordTerm(t string) bool {
	return !strings.HasPrefix(t, topicTerm) && !strings.HasPrefix(t, synTerm)
}

package compare

import (
	"github.com/parley-app/parley/compare/lang"
	"github.com/parley-app/parley/compare/parallel"
	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/statement"
)

// An original analysed with its translation. Parley reads topics and
// commitments in English; a Persian or Hebrew statement whose English
// translation is among the analysed statements is therefore read through
// it: the translation is the column that is aligned, tinted and read for
// commitments, and the original is kept beside it, sentence by sentence
// (compare/parallel), so that every view can quote the original words.

// Column is a statement as the analysis reads it: one column of the
// comparison.
type Column struct {
	statement.Statement
	// Original is the statement this one translates, when both are
	// analysed (statement.TranslationPairs links them); nil otherwise.
	Original *statement.Statement
}

// Columns are the columns statements make, in order: each original whose
// translation is among them is folded into its translation, which stands
// where the first of the two stands; every other statement is a column of
// its own. The window lays out its panes by them, and Analyze analyses them.
func Columns(statements []statement.Statement) []Column {
	partner := map[int]int{}
	for _, p := range statement.TranslationPairs(statements) {
		partner[p.Original], partner[p.Translation] = p.Translation, p.Original
	}
	isOriginal := map[int]bool{}
	for _, p := range statement.TranslationPairs(statements) {
		isOriginal[p.Original] = true
	}
	var out []Column
	done := map[int]bool{}
	for i := range statements {
		if done[i] {
			continue
		}
		j, paired := partner[i]
		if !paired {
			out = append(out, Column{Statement: statements[i]})
			continue
		}
		done[i], done[j] = true, true
		o, t := i, j
		if !isOriginal[i] {
			o, t = j, i
		}
		original := statements[o]
		out = append(out, Column{Statement: statements[t], Original: &original})
	}
	return out
}

// OriginalText is the original of a translated statement: its metadata,
// its sentences and which of them each sentence of the translation
// renders.
type OriginalText struct {
	ID           string        `json:"id"`
	Title        string        `json:"title"`
	Speaker      string        `json:"speaker,omitempty"`
	Organization string        `json:"organization,omitempty"`
	Date         string        `json:"date,omitempty"`
	Source       string        `json:"source,omitempty"`
	Words        int           `json:"words"`
	Language     lang.Language `json:"language"`
	// Sentences are the original's sentences, numbered like any
	// statement's ("fa:s3"), with their offsets into its text; they have
	// no topics: the translation carries them.
	Sentences []Sentence `json:"sentences"`
	// Links pair the original's sentences with the translation's, in text
	// order; every sentence of either is in exactly one.
	Links []SentenceLink `json:"links"`
	// Ratio is the characters of translation per character of original
	// the length model expected; Anchored that paragraph i of one was
	// aligned with paragraph i of the other (parallel.Alignment).
	Ratio    float64 `json:"ratio"`
	Anchored bool    `json:"anchored"`
}

// SentenceLink is a few sentences of an original and the sentences of its
// translation that render them (Gale & Church: see compare/parallel).
type SentenceLink struct {
	Original    []string `json:"original"`    // sentence ids of the original; empty when the translation adds a sentence
	Translation []string `json:"translation"` // sentence ids of the translation; empty when it leaves one out
	Kind        string   `json:"kind"`        // "1-1", "1-2" (one sentence rendered as two), "1-0"…
	Cost        float64  `json:"cost"`        // −log of the link's probability: the lower, the surer
}

// addOriginal keeps the original of the translation a.Statements[i]: its
// sentences, aligned with the translation's, and the language it is in.
// Each sentence of the translation is told which original sentences it
// renders (Sentence.Original).
func (a *Analysis) addOriginal(i int, original, translation statement.Statement) {
	sa := &a.Statements[i]
	o := &OriginalText{ID: original.ID, Title: original.Title, Speaker: original.Speaker,
		Organization: original.Organization, Date: original.Date, Source: original.Source,
		Words: original.WordCount(), Language: lang.Detect(original.Text, original.Language)}
	os := segment.Sentences(original.Text)
	o.Sentences = make([]Sentence, len(os))
	for n, sp := range os {
		o.Sentences[n] = Sentence{ID: statement.SentenceID{Statement: original.ID, N: n + 1}.String(),
			Text: original.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End, Paragraph: sp.Paragraph}
	}
	ts := make([]segment.Sentence, len(sa.Sentences))
	for n, s := range sa.Sentences {
		ts[n] = segment.Sentence{Span: segment.Span{Start: s.Start, End: s.End}, Paragraph: s.Paragraph}
	}
	al := parallel.AlignSentences(original.Text, os, translation.Text, ts, parallel.Options{})
	o.Ratio, o.Anchored = al.Ratio, al.Anchored
	o.Links = make([]SentenceLink, len(al.Links))
	for k, l := range al.Links {
		link := SentenceLink{Original: []string{}, Translation: []string{}, Kind: l.Kind(), Cost: l.Cost}
		for _, n := range l.Original {
			link.Original = append(link.Original, o.Sentences[n].ID)
		}
		for _, n := range l.Translation {
			link.Translation = append(link.Translation, sa.Sentences[n].ID)
			sa.Sentences[n].Original = link.Original
		}
		o.Links[k] = link
	}
	sa.Original = o
}

// OriginalOf returns the sentences of the original that the translation's
// sentence id renders, in order: none when id is not a sentence of a
// translated statement, or when the translator added it.
func (a *Analysis) OriginalOf(id string) []Sentence {
	ref, ok := a.Locate(id)
	if !ok {
		return nil
	}
	sa := &a.Statements[ref.Statement]
	if sa.Original == nil {
		return nil
	}
	var out []Sentence
	for _, oid := range sa.Sentences[ref.Sentence].Original {
		if s, ok := sa.Original.sentence(oid); ok {
			out = append(out, s)
		}
	}
	return out
}

// sentence finds one of the original's sentences by its id.
func (o *OriginalText) sentence(id string) (Sentence, bool) {
	sid, err := statement.ParseSentenceID(id)
	if err != nil || sid.N > len(o.Sentences) || o.Sentences[sid.N-1].ID != id {
		return Sentence{}, false
	}
	return o.Sentences[sid.N-1], true
}

// Untranslated returns the original's sentences that the translation
// leaves out (links of kind "1-0"), each with the id of the translation's
// sentence it would follow ("" when it comes before the first).
func (o *OriginalText) Untranslated() []UntranslatedSentence {
	var out []UntranslatedSentence
	after := ""
	for _, l := range o.Links {
		if len(l.Translation) > 0 {
			after = l.Translation[len(l.Translation)-1]
			continue
		}
		for _, id := range l.Original {
			if s, ok := o.sentence(id); ok {
				out = append(out, UntranslatedSentence{Sentence: s, After: after})
			}
		}
	}
	return out
}

// UntranslatedSentence is a sentence of an original that its translation
// leaves out, placed after the translation's sentence After.
type UntranslatedSentence struct {
	Sentence
	After string
}

// ColumnOf is the id of the analysed statement that shows statement id:
// id itself, or the translation of an original that was read through it
// ("" when neither is analysed).
func (a *Analysis) ColumnOf(id string) string {
	for _, st := range a.Statements {
		if st.ID == id || st.Original != nil && st.Original.ID == id {
			return st.ID
		}
	}
	return ""
}

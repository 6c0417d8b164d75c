package compare

import "github.com/parley-app/parley/compare/lang"

// Token is one word of a text: its byte range, its normalised form and its
// stem. Punctuation is not a token.
type Token struct {
	Start, End int
	Norm       string // lower case, curly quotes and hyphen variants folded
	Stem       string // Snowball (Porter2) stem of Norm; Norm itself for non-Latin words
	Stop       bool   // a function word that says nothing about the topic
	Capital    bool   // starts with an upper-case letter
}

// Tokenize reads the words of text, marking those in stop (the stop words
// of the text's language, lang.Stopwords), with the language layer's tokenizer
// (lang.NextWith): runs of letters and digits with the joiners inside them
// ("Israel's", "two-state", "U.S"), a compound after an initialism read as
// its parts ("U.S.-Israel" as "U.S" and "Israel"); punctuation is skipped.
func Tokenize(text string, stems *lang.Stemmer, stop lang.WordSet) []Token {
	out := make([]Token, 0, len(text)/6+1) // about one word in six bytes of English
	for i := 0; i < len(text); {
		var t lang.Token
		t, i = lang.NextWith(text, i, termReading)
		if t.Word {
			out = append(out, newToken(text, int(t.Start), int(t.End), stems, stop))
		}
	}
	return out
}

// termReading is how the terms read words: both names of "U.S.-Israel".
var termReading = lang.Options{SplitCompoundAfterInitialism: true}

func newToken(text string, start, end int, stems *lang.Stemmer, stop lang.WordSet) Token {
	word := text[start:end]
	norm := lang.Fold(word)
	return Token{Start: start, End: end, Norm: norm, Stem: stems.Stem(norm), Stop: stop.Has(norm), Capital: lang.IsCapitalized(word)}
}

// english is the stop-word list of the topic scheme's cues and of the
// commitment reader, which read English.
var english = lang.Stopwords("en")

// depthNotice says what Parley can and cannot read in a statement of a
// language other than English, the language of its topic cues and of its
// commitment reader ("" for English).
func depthNotice(l lang.Language) string {
	if l.Analysed() {
		return ""
	}
	return l.Name + ": Parley reads topics and commitments in English only; this statement aligns by shared names, " +
		"numbers and wording, and its commitments are not read."
}

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

// Tokenize reads the words of text with the language layer's tokenizer
// (lang.NextWith): runs of letters and digits with the joiners inside them
// ("Israel's", "two-state", "U.S"), a compound after an initialism read as
// its parts ("U.S.-Israel" as "U.S" and "Israel"); punctuation is skipped.
func Tokenize(text string, stems *lang.Stemmer) []Token {
	var out []Token
	for i := 0; i < len(text); {
		var t lang.Token
		t, i = lang.NextWith(text, i, termReading)
		if t.Word {
			out = append(out, newToken(text, int(t.Start), int(t.End), stems))
		}
	}
	return out
}

// termReading is how the terms read words: both names of "U.S.-Israel".
var termReading = lang.Options{SplitCompoundAfterInitialism: true}

func newToken(text string, start, end int, stems *lang.Stemmer) Token {
	word := text[start:end]
	norm := lang.Fold(word)
	return Token{Start: start, End: end, Norm: norm, Stem: stems.Stem(norm), Stop: lang.IsStopword(norm), Capital: lang.IsCapitalized(word)}
}

package worddiff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-app/parley/compare/lang"
)

// token is a word or punctuation mark of a text: the language layer's
// token, so that the diff reads words exactly as the rest of Parley does.
type token = lang.Token

// tokenize splits s into word and punctuation tokens (lang.Tokenize).
func tokenize(s string) []token { return lang.Tokenize(s) }

// normalize returns the comparison key of a token's text: typographic
// variants fold to ASCII so that re-typesetting a statement is not a
// wording change, and IgnoreCase lower-cases.
func normalize(text string, word, ignoreCase bool) string {
	if isPlainASCII(text, ignoreCase) || !utf8.ValidString(text) {
		// Fast path: nothing to fold. Invalid bytes are compared as written.
		return text
	}
	var sb strings.Builder
	sb.Grow(len(text))
	for _, r := range text {
		switch {
		case word && unicode.Is(unicode.Cf, r):
			continue // invisible joiners do not change the word
		case r == '’' || r == '‘' || r == 'ʼ' || r == '‚' || r == '‛' || r == '′':
			r = '\''
		case r == '“' || r == '”' || r == '„' || r == '‟' || r == '″':
			r = '"'
		case r == '‐' || r == '‑' || (word && lang.IsHyphen(r)):
			r = '-'
		}
		if ignoreCase {
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// isPlainASCII reports whether normalize would return text unchanged.
func isPlainASCII(text string, ignoreCase bool) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || (ignoreCase && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// countWords counts the tokens of s that contain a letter or digit.
func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		var t token
		if t, i = lang.Next(s, i); t.Word {
			n++
		}
	}
	return n
}

package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold is the normal form of a word for matching: lower case, curly
// apostrophes and hyphen variants made ASCII, a possessive ending dropped
// ("Israel’s" → "israel"), and a two-letter acronym written like its dotted
// form ("US" → "u.s", as "U.S" is), so the ways statements write one word
// meet.
func Fold(word string) string {
	if isAcronym(word) {
		return strings.ToLower(word[:1] + "." + word[1:])
	}
	w := strings.ToLower(word)
	w = typographic.Replace(w)
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "'")
}

func isAcronym(w string) bool {
	if len(w) != 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// typographic folds curly apostrophes and hyphen variants to ASCII.
var typographic = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "‐", "-", "‑", "-", "–", "-")

// IsCapitalized reports whether a word starts with an upper-case letter.
func IsCapitalized(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

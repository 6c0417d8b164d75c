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
	w := Normalize(word)
	if !isASCII(w) {
		w = scriptFolds.Replace(w)
	}
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "'")
}

// scriptFolds make the spellings of one word in Persian and Arabic script
// meet: the zero-width non-joiner is optional in typing ("می‌شود",
// "میشود"), and Arabic-Indic and Persian digits are the numbers ASCII
// digits write.
var scriptFolds = strings.NewReplacer(
	"\u200c", "",
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9",
	"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Normalize lower-cases a word and makes curly apostrophes and hyphen
// variants ASCII, keeping everything else (possessives, contractions) for
// readers that look at them. Most words are already lower-case ASCII and
// come back without an allocation.
func Normalize(word string) string {
	plain, ascii := true, true
	for k := 0; k < len(word); k++ {
		switch c := word[k]; {
		case c >= utf8.RuneSelf:
			plain, ascii = false, false
		case 'A' <= c && c <= 'Z':
			plain = false
		}
	}
	switch {
	case plain:
		return word
	case ascii:
		return strings.ToLower(word) // no typographic marks to fold: a replacer's pass copies the word twice
	}
	return typographic.Replace(strings.ToLower(word))
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

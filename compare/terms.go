package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Token is one word of a text: its byte range, its normalised form and its
// stem. Punctuation is not a token.
type Token struct {
	Start, End int
	Norm       string // lower case, curly quotes and hyphen variants folded
	Stem       string // Snowball (Porter2) stem of Norm; Norm itself for non-Latin words
	Stop       bool   // a function word that says nothing about the topic
	Capital    bool   // starts with an upper-case letter
}

// Tokenize splits text into word tokens. A word is a run of letters and
// digits; an apostrophe or hyphen between two letters stays inside it
// ("Israel's", "two-state"), and a possessive "'s" is dropped from Norm.
func Tokenize(text string, stems *stemCache) []Token {
	var out []Token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			if r == '.' && isInitialism(text[start:i], text[i+size:]) {
				i += size
				continue
			}
			if isJoiner(r) && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if isWordRune(next) {
					i += size
					continue
				}
			}
			break
		}
		out = append(out, newToken(text, start, i, stems))
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInitialism reports whether a period continues a dotted initialism such
// as "U.S." or "U.N.": the word so far is single letters joined by periods
// and another single letter and period follow.
func isInitialism(word, rest string) bool {
	last := word[strings.LastIndexByte(word, '.')+1:]
	if utf8.RuneCountInString(last) != 1 {
		return false
	}
	r, size := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) {
		return false
	}
	return strings.HasPrefix(rest[size:], ".")
}

// isJoiner: apostrophes and hyphens that join two parts of one word.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', '–':
		return true
	}
	return false
}

func newToken(text string, start, end int, stems *stemCache) Token {
	word := text[start:end]
	first, _ := utf8.DecodeRuneInString(word)
	norm := normalizeWord(word)
	return Token{Start: start, End: end, Norm: norm, Stem: stems.stem(norm), Stop: stopwords[norm], Capital: unicode.IsUpper(first)}
}

// normalizeWord lower-cases a word, folds typographic variants to ASCII
// and drops a possessive ending, so "Israel’s" and "israel" match.
func normalizeWord(w string) string {
	if isAcronym(w) { // "US", "UN", "EU" as "u.s", "u.n", "e.u", like their dotted forms
		return strings.ToLower(w[:1] + "." + w[1:])
	}
	w = strings.ToLower(w)
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
var typographic = strings.NewReplacer("’", "'", "‐", "-", "‑", "-", "–", "-")

// stemCache memoises stems: statements repeat their words, and the
// stemmer is the costliest step of tokenising.
type stemCache struct{ m map[string]string }

func newStemCache() *stemCache { return &stemCache{m: map[string]string{}} }

func (c *stemCache) stem(norm string) string {
	if s, ok := c.m[norm]; ok {
		return s
	}
	s := norm
	if isLatin(norm) && !strings.ContainsAny(norm, "0123456789.") {
		parts := strings.Split(norm, "-")
		for i, p := range parts {
			parts[i] = english.Stem(p, false)
		}
		s = strings.Join(parts, "-")
	}
	c.m[norm] = s
	return s
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// stopwords are English function words plus the modal and reporting verbs
// that every statement uses; they never explain why passages match.
var stopwords = toSet(`a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves shall may might must said says say told also including us one two
today yesterday tomorrow s t don didn doesn isn aren wasn weren won wouldn shouldn couldn let well even
within without upon toward towards across among per via yet still already another every many much
don't doesn't didn't can't cannot won't isn't aren't wasn't weren't we're we've we'll i'm i've they're
they've you're he'd she'd we'd i'd it'll there's what's who's let's`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

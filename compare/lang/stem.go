package lang

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Stemmer stems folded words with Snowball's English stemmer (Porter2),
// remembering each word's stem: statements repeat their words, and the
// stemmer is the costliest step of reading them. A Stemmer is not safe for
// concurrent use; make one per goroutine.
type Stemmer struct{ m map[string]string }

// NewStemmer returns an empty Stemmer.
func NewStemmer() *Stemmer { return &Stemmer{m: map[string]string{}} }

// Stem returns the stem of a folded word: each part of a hyphenated word
// stemmed ("two-state" stays, "peace-keeping" → "peace-keep"); words with
// digits or dots ("g7", "u.s") and words of other scripts as they are.
func (s *Stemmer) Stem(norm string) string {
	if st, ok := s.m[norm]; ok {
		return st
	}
	st := stem(norm)
	s.m[norm] = st
	return st
}

// stem is Stem without the memory, safe for concurrent use.
func stem(norm string) string {
	if !isLatin(norm) || strings.ContainsAny(norm, "0123456789.") {
		return norm
	}
	if strings.IndexByte(norm, '-') < 0 {
		return english.Stem(norm, false)
	}
	parts := strings.Split(norm, "-")
	for i, p := range parts {
		parts[i] = english.Stem(p, false)
	}
	return strings.Join(parts, "-")
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// StemOnce stems a folded word as Stem does, remembering nothing: safe
// for concurrent use, for a caller that stems a few words now and then.
func StemOnce(norm string) string { return stem(norm) }

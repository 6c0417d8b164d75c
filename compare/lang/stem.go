package lang

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Stemmer stems folded words with Snowball's English stemmer (Porter2),
// remembering each word's stem: statements repeat their words, and the
// stemmer is the costliest step of reading them. A Stemmer is not safe for
// concurrent use; make one per goroutine. Behind its own memory, every
// Stemmer of the process shares one (sharedStems): the workers of one
// analysis read statements that share most of their words, and the window
// analyses the same statements again after every change.
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
	st := sharedStem(norm)
	s.m[norm] = st
	return st
}

// sharedStems holds the stems of up to maxSharedStems words, for every
// Stemmer; a word past the bound is stemmed each time a Stemmer first
// meets it, as before there was a shared memory.
var (
	sharedStems     sync.Map // norm → stem
	sharedStemCount atomic.Int64
)

const maxSharedStems = 200_000

func sharedStem(norm string) string {
	if st, ok := sharedStems.Load(norm); ok {
		return st.(string)
	}
	st := stem(norm)
	if sharedStemCount.Load() < maxSharedStems {
		// Copies: norm and a stem equal to it may be slices of a statement's
		// text, which the process-wide memory must not keep alive.
		if _, loaded := sharedStems.LoadOrStore(strings.Clone(norm), strings.Clone(st)); !loaded {
			sharedStemCount.Add(1)
		}
	}
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

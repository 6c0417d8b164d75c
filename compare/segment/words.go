package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is what the word before a "." says about the gap after it.
type wordClass uint8

const (
	wordPlain   wordClass = iota // an ordinary word: the "." ends the sentence
	wordInitial                  // one cased letter: "John F. Kennedy"
	wordDotted                   // "U.S", "e.g", "a.m", "Ph.D"
	abbrTitle                    // precedes a name, never ends a sentence: "Mr", "Gen"
	abbrNumber                   // precedes a number: "No. 5", "Jan. 6"
	abbrStarter                  // may end a sentence: "Inc", "Jr", "etc"
	abbrTime                     // "a.m", "P.M": may end a sentence, before a title too
)

// classifyWord classifies w, the word before a "." (at most maxWord bytes).
func classifyWord(w string) wordClass {
	if w == "" {
		return wordPlain
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && (unicode.IsUpper(r) || unicode.IsLower(r)) {
		return wordInitial
	}
	if c, ok := abbreviations()[w]; ok {
		return c
	}
	if isDotted(w) {
		return wordDotted
	}
	return wordPlain
}

// isDotted reports a dotted abbreviation without its final period: two or
// more groups of one or two letters joined by "." ("U.S", "e.g", "Ph.D").
// Longer groups are domain names or file names ("whitehouse.gov").
func isDotted(w string) bool {
	groups := 0
	for g := range strings.SplitSeq(w, ".") {
		n := 0
		for _, r := range g {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 2 {
			return false
		}
		groups++
	}
	return groups >= 2
}

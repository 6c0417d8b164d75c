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
)

// classifyWord classifies w, the word before a "." (at most maxWord bytes).
func classifyWord(w string) wordClass {
	if w == "" {
		return wordPlain
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && (unicode.IsUpper(r) || unicode.IsLower(r)) {
		return wordInitial
	}
	if c, ok := abbreviations[w]; ok {
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

// isListMarker reports a bullet or enumerator that opens a list item:
// "-", "*", "•", "–", "—", "1.", "1)", "(a)", "a)", "i.", "2.1".
func isListMarker(tok string) bool {
	if tok == "" || len(tok) > maxWord {
		return false
	}
	switch tok {
	case "-", "--", "*", "+":
		return true
	}
	// Typographic bullets and dashes also mark an item when glued to it
	// ("•Item", "—Joe Biden").
	if r, _ := utf8.DecodeRuneInString(tok); isBullet(r) {
		return true
	}
	tok = stripMarkup(tok)
	if tok == "" {
		return false
	}
	last := tok[len(tok)-1]
	switch {
	case tok[0] == '(' && last == ')':
		return isEnumerator(tok[1 : len(tok)-1])
	case last == ')':
		return isEnumerator(tok[:len(tok)-1])
	case last == '.':
		return isEnumerator(tok[:len(tok)-1]) || isSectionNumber(tok[:len(tok)-1])
	}
	return strings.Contains(tok, ".") && isSectionNumber(tok)
}

// stripMarkup strips Markdown emphasis and HTML tags around a list marker
// ("**1.**", "<u>II.").
func stripMarkup(tok string) string {
	for {
		t := strings.Trim(tok, "*_")
		if strings.HasPrefix(t, "<") {
			if i := strings.IndexByte(t, '>'); i > 0 {
				t = t[i+1:]
			}
		}
		if strings.HasSuffix(t, ">") {
			if i := strings.LastIndexByte(t, '<'); i >= 0 {
				t = t[:i]
			}
		}
		if t == tok {
			return t
		}
		tok = t
	}
}

// isBullet reports typographic bullet runes and dashes used as bullets.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '‣', '⁃', '▪', '▫', '●', '○', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '·', '–', '—':
		return true
	}
	return false
}

// isEnumerator reports a list number: up to three digits, one ASCII letter
// or a roman numeral below 40.
func isEnumerator(s string) bool {
	switch {
	case s == "":
		return false
	case len(s) == 1 && isASCIILetter(s[0]):
		return true
	case len(s) <= 3 && allDigits(s):
		return true
	}
	return isRoman(strings.ToLower(s)) && (s == strings.ToLower(s) || s == strings.ToUpper(s))
}

// isSectionNumber reports "2.1" or "3.1.4": digit groups joined by ".".
func isSectionNumber(s string) bool {
	for g := range strings.SplitSeq(s, ".") {
		if len(g) == 0 || len(g) > 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

// isRoman reports a lowercase roman numeral from i to xxxix.
func isRoman(s string) bool {
	s = strings.TrimPrefix(s, "x")
	s = strings.TrimPrefix(s, "x")
	s = strings.TrimPrefix(s, "x")
	switch s {
	case "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix":
		return true
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

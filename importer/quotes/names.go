package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word-level tests on names, roles and the text around them.

// nameRunStart returns the index where a trailing run of name words
// starts, or -1 when the phrase does not end in one.
func nameRunStart(words []token) int {
	s := len(words)
	for s > 0 && len(words)-s < 4 {
		t := words[s-1]
		if isNameWord(t) {
			s--
			continue
		}
		if nameParticles[t.lower] && s-1 > 0 && s < len(words) && isNameWord(words[s-2]) {
			s--
			continue
		}
		break
	}
	if s == len(words) {
		return -1
	}
	return s
}

// nameParticles may sit inside a name ("Ursula von der Leyen").
var nameParticles = set("al bin ibn van von der de da del di la le")

// isNameWord reports whether a word can be part of a person's name.
func isNameWord(t token) bool {
	if !t.capitalized() || isAcronym(t.text) || isPossessive(t.text) {
		return false
	}
	l := strings.TrimSuffix(t.lower, ".")
	if titleWords[l] || orgWords[l] || timeWords[l] || determiners[l] || leftStops[l] || rankWords[l] ||
		pronouns[l] || personalPronouns[l] || conjunctions[l] {
		return false
	}
	if _, ok := nationalities[l]; ok {
		return false
	}
	return !containsDigit(t.text)
}

// roleLike reports whether a phrase reads as a role: it has a title word.
func roleLike(ts []token) bool {
	for _, t := range ts {
		if titleWords[strings.TrimSuffix(t.lower, "'s")] {
			return true
		}
	}
	return false
}

// hasName reports whether a phrase ends in what looks like a person's name.
func hasName(ts []token) bool {
	s := nameRunStart(ts)
	return s >= 0 && len(ts)-s >= 2
}

// isAcronym reports whether w has two letters or more, none lower-case ("US", "IRGC").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// isPossessive reports whether w ends in a possessive ("Iran’s", "Islands'").
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")
}

// trimPossessive drops a possessive ending.
func trimPossessive(w string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// containsDigit reports whether w has a digit ("G7" is no name).
func containsDigit(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// startsUpper reports whether text starts with an upper-case letter or a digit.
func startsUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// trimSpan narrows [s, e) of text to exclude white space at both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += w
	}
	return s, max(s, trimRightSpace(text, e))
}

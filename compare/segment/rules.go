package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// endKind is how a token ends, closing quotes and brackets set aside.
type endKind uint8

const (
	endNone     endKind = iota // no sentence-ending punctuation
	endPeriod                  // "." (ambiguous: abbreviations, initials)
	endEllipsis                // "…" or "..."
	endStrong                  // ! ? ؟ ۔ 。 and kin: always a full stop
)

// ending describes the end of the token before a gap.
type ending struct {
	kind endKind
	// word is the word before a final ".", openers stripped, when it is
	// short enough to be an abbreviation or an initial; longer words are
	// never abbreviations and are left empty with long set.
	word string
	long bool
	// cont marks a token without a full stop that cannot end a line of its
	// own (a trailing comma, "&", "the"...): hard-wrapped prose.
	cont bool
}

// gap is the white space between two tokens.
type gap struct {
	lines  int  // line breaks inside it
	aFirst bool // the token before it starts the current sentence
}

// maxWord bounds the words the rules look at as a whole (abbreviations,
// list markers, sentence starters), which keeps every decision O(1) for
// tokens of any length.
const maxWord = 16

// endingOf classifies the end of token tok. A token made only of closers
// takes the ending of the token before it (prev) when inherit is set.
func endingOf(tok string, prev ending, inherit bool) ending {
	core := strings.TrimRightFunc(tok, isCloser)
	if core == "" {
		if inherit {
			return prev
		}
		return ending{}
	}
	r, _ := utf8.DecodeLastRuneInString(core)
	switch {
	case r == '…', strings.HasSuffix(core, "..."), strings.HasSuffix(core, "…."):
		return ending{kind: endEllipsis}
	case r == '.':
		e := ending{kind: endPeriod}
		word := core[:len(core)-1]
		if len(word) > maxWord {
			e.long = true
			return e
		}
		e.word = strings.TrimLeftFunc(word, isOpener)
		return e
	case isStrongStop(r):
		return ending{kind: endStrong}
	}
	return ending{cont: isContinuation(core)}
}

// boundary reports whether the gap g between tokens a and b ends a sentence.
// ae is the ending of a.
func boundary(a string, ae ending, b string, g gap) bool {
	// A list item on a new line starts a sentence whatever came before.
	if g.lines > 0 && isListMarker(b) {
		return true
	}
	// "56. We reiterate…": a list number belongs to its item.
	if g.aFirst && isListMarker(a) {
		return false
	}
	switch ae.kind {
	case endStrong, endEllipsis:
		return startsSentence(b)
	case endPeriod:
		return periodBoundary(ae, b, g.lines > 0)
	}
	// No full stop: only a line of its own (a heading, a list entry) ends
	// here, and only if the next line does not read as its continuation.
	return g.lines > 0 && !ae.cont && startsSentence(b)
}

// periodBoundary decides a gap after a "." once abbreviations are known.
// atLineEnd is set when the gap holds a line break.
func periodBoundary(ae ending, b string, atLineEnd bool) bool {
	if !startsSentence(b) {
		return false
	}
	if ae.long {
		return true
	}
	switch classifyWord(ae.word) {
	case abbrTitle:
		return false
	case abbrNumber:
		return !startsWithDigit(b) && isStarter(b)
	case wordInitial:
		// "John F. Kennedy", but "Medicare Part D. From…".
		return isStarter(b)
	case abbrStarter, wordDotted:
		// At a line end, a capital starts a new line as after a heading
		// ("Washington, D.C." above "Dr. Katrina Polk…").
		return atLineEnd || isStarter(b)
	}
	return true
}

// startsSentence reports whether token b can begin a sentence: an
// uppercase letter, a letter of an uncased script (Hebrew, Arabic, Han), a
// digit, a currency sign or symbol, or an opening quote or bracket that is
// not followed by a lowercase letter.
func startsSentence(b string) bool {
	rest := strings.TrimLeftFunc(b, isOpener)
	if rest == "" {
		r, _ := utf8.DecodeRuneInString(b)
		return unicode.In(r, unicode.Ps, unicode.Pi)
	}
	r, _ := utf8.DecodeRuneInString(rest)
	switch {
	case unicode.IsLower(r):
		return false
	case unicode.IsLetter(r), unicode.IsDigit(r):
		return true
	case unicode.In(r, unicode.Sc, unicode.So):
		return true
	}
	switch r {
	case '#', '@', '§', '¶':
		return true
	}
	return false
}

// startsWithDigit reports whether b starts with a digit ("No. 5", "Jan. 6").
func startsWithDigit(b string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(b, isOpener))
	return unicode.IsDigit(r)
}

// isStarter reports whether b starts with a capitalised function word that
// typically opens a sentence ("The", "We", "However"). After an
// abbreviation that may end a sentence ("U.S.", "Inc.") only such a word
// shows that it did: a name or noun ("U.S. Secretary") continues it.
func isStarter(b string) bool {
	rest := strings.TrimLeftFunc(b, isOpener)
	n := 0
	for n < len(rest) && n <= maxWord && isASCIILetter(rest[n]) {
		n++
	}
	if n == 0 || n > maxWord {
		return false
	}
	if n < len(rest) {
		// "A." and "I." followed by a period are initials, not words;
		// "Año" is not "A".
		if r, _ := utf8.DecodeRuneInString(rest[n:]); r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return starters[rest[:n]]
}

// isContinuation reports whether a line ending in core (a token without its
// closers) cannot end a sentence: hard-wrapped prose.
func isContinuation(core string) bool {
	r, n := utf8.DecodeLastRuneInString(core)
	switch r {
	case ',', ';', '&', '+':
		return true
	case '-', '‐', '–', '—':
		// "Biden-" + "Harris" is a wrapped word; a dash on its own
		// ("Power Grid –") may close a heading.
		return n < len(core)
	}
	if unicode.Is(unicode.Ps, r) {
		return true
	}
	return len(core) <= maxWord && continuationWords[core]
}

// isStrongStop reports punctuation that always ends a sentence.
func isStrongStop(r rune) bool {
	switch r {
	case '!', '?', '؟', '۔', '。', '｡', '！', '？', '‼', '⁇', '⁈', '⁉', '।', '॥', '։', '።':
		return true
	}
	return false
}

// isCloser reports runes that may follow a full stop inside its sentence:
// closing quotes and brackets ("”", "’", "»", ")", "]"), ASCII quotes,
// Markdown emphasis and invisible format characters (bidi marks).
// Pi is included for German-style closing quotes („…“).
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '*', '_', ')', ']', '}':
		return true
	}
	return r > 0x7f && unicode.In(r, unicode.Pe, unicode.Pf, unicode.Pi, unicode.Cf)
}

// isOpener reports runes that may precede the first letter of a sentence:
// opening quotes and brackets, inverted ¿ ¡, ASCII quotes, Markdown
// emphasis and format characters. Pf is included for »…« and ”…” styles.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '*', '_', '(', '[', '{', '<', '¿', '¡':
		return true
	}
	return r > 0x7f && unicode.In(r, unicode.Ps, unicode.Pi, unicode.Pf, unicode.Cf)
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

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
	// core is a token without a full stop, closers stripped: whether it
	// can end a line of its own (not a trailing comma, "&", "the"...) is
	// asked only at a line break (isContinuation).
	core string
	// dots counts the periods of a run of spaced dots (". . .") ending
	// here, the period glued to the word before the run included.
	dots int
	// afterLower marks an "I." after a lowercase word: the pronoun ("you
	// and I."), not an initial ("Albert I. Jones").
	afterLower bool
}

// gap is the white space between two tokens, with what the rules may
// look at beyond the tokens around it.
type gap struct {
	lines int            // line breaks inside it
	sent  *sentenceState // the current sentence, up to the token before the gap
	after scanner        // positioned after the token after the gap
}

// peek returns the next token beyond the one after the gap (the first
// call the token after b, each further call the one after that), or "" at
// the end of the text. Rules call it only in rare contexts and at most
// three times, so that every token is peeked at a bounded number of times
// and the scan stays linear.
func (g *gap) peek() string {
	tok, ok := g.after.next()
	if !ok {
		return ""
	}
	return g.after.text[tok.start:tok.end]
}

// maxWord bounds the words the rules look at as a whole (abbreviations,
// list markers, sentence starters), which keeps every decision O(1) for
// tokens of any length.
const maxWord = 16

// endingOf classifies the end of token tok. A token made only of closers
// takes the ending of the token before it (prev) when inherit is set;
// first is set when tok opens a sentence.
func endingOf(tok string, prev ending, inherit, first bool) ending {
	core := trimClosers(tok)
	if core == "" {
		if inherit {
			return prev
		}
		return ending{}
	}
	if core == "." {
		// A spaced ellipsis: three dots are a pause inside the sentence
		// ("is . . . I didn't"); a fourth is its full stop.
		n := 1
		if !first {
			n = prev.dots + 1
		}
		if n == 3 {
			return ending{dots: n}
		}
		return ending{kind: endPeriod, dots: n}
	}
	r, _ := utf8.DecodeLastRuneInString(core)
	switch {
	case r == '…', strings.HasSuffix(core, "..."), strings.HasSuffix(core, "…."):
		if isElision(core) {
			return ending{}
		}
		return ending{kind: endEllipsis}
	case r == '.':
		e := ending{kind: endPeriod, dots: 1}
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
	return ending{core: core}
}

// trimClosers strips the closers at the end of tok and the footnote
// references among them ("Charter.[1]", "Charter.¹").
func trimClosers(tok string) string {
	for {
		core := strings.TrimRightFunc(tok, isCloser)
		if len(core) == len(tok) || tok[len(core)] != ']' {
			return core
		}
		i := footnoteStart(core)
		if i < 0 {
			return core
		}
		tok = core[:i]
	}
}

// footnoteStart returns the index of the "[" when s ends in "[" and one to
// three digits (a footnote reference whose "]" was trimmed), else -1.
func footnoteStart(s string) int {
	n := 0
	for n < len(s) && n <= 3 && isASCIIDigit(s[len(s)-1-n]) {
		n++
	}
	if n == 0 || n > 3 || n == len(s) || s[len(s)-1-n] != '[' {
		return -1
	}
	return len(s) - 1 - n
}

// isFootnote reports a token that is a footnote reference only ("[2]").
func isFootnote(tok string) bool {
	return len(tok) > 2 && tok[0] == '[' && trimClosers(tok) == ""
}

// isElision reports an ellipsis in brackets, "[...]" or "(…)": words left
// out of a quotation, not the end of a sentence.
func isElision(core string) bool {
	core = strings.TrimRight(core, ".…")
	return strings.HasSuffix(core, "[") || strings.HasSuffix(core, "(")
}

// boundary reports whether the gap g between tokens a and b ends a sentence.
// ae is the ending of a.
func boundary(a string, ae ending, b string, g *gap) bool {
	// A list item on a new line starts a sentence whatever came before.
	if g.lines > 0 && isListMarker(b) {
		return true
	}
	// "56. We reiterate…", "• 9. The first item": list markers belong to
	// their item.
	if g.sent.lead {
		return false
	}
	if g.lines == 0 {
		// The next item of an inline list ("1) The first item 2) The
		// second item").
		if (g.sent.enum != "" || g.sent.bullet != 0) && mayBeMarker(b) && nextItem(a, b, g) {
			return true
		}
		// A footnote reference stays with the sentence it follows.
		if b[0] == '[' && isFootnote(b) {
			return false
		}
	}
	switch ae.kind {
	case endStrong, endEllipsis:
		return startsSentence(b)
	case endPeriod:
		return periodBoundary(ae, b, g)
	}
	// No full stop: only a line of its own (a heading, a list entry) ends
	// here, and only if the next line does not read as its continuation.
	return g.lines > 0 && !isContinuation(ae.core) && startsSentence(b)
}

// periodBoundary decides a gap after a "." once abbreviations are known.
func periodBoundary(ae ending, b string, g *gap) bool {
	if b == "." {
		// "compounds. . . . The practice": a full stop, then the ellipsis
		// that opens the next sentence.
		return ae.dots == 1 && g.lines == 0 && (ae.long || ae.word != "" && classifyWord(ae.word) == wordPlain) &&
			g.peek() == "." && g.peek() == "." && startsSentence(g.peek())
	}
	if !startsSentence(b) {
		return false
	}
	if ae.long {
		return true
	}
	atLineEnd := g.lines > 0
	switch classifyWord(ae.word) {
	case abbrTitle:
		return false
	case abbrNumber:
		return !startsWithDigit(b) && isStarter(b)
	case wordInitial:
		// "John F. Kennedy", but "Medicare Part D. From…" and "you and
		// I. Did…".
		return ae.afterLower && ae.word == "I" || isStarter(b)
	case abbrTime:
		// "at 6 P.M. Mr. Smith went…", but "At 5 a.m. Mr. Smith went…".
		if atLineEnd {
			return true
		}
		if g.sent.timePrep && g.sent.tokens <= 5 {
			return false
		}
		return isStarter(b) || isTitle(b)
	case abbrStarter:
		return atLineEnd || isStarter(b) || isTitle(b)
	case wordDotted:
		// At a line end, a capital starts a new line as after a heading
		// ("Washington, D.C." above "Dr. Katrina Polk…").
		return atLineEnd || isStarter(b)
	}
	return true
}

// isTitle reports whether b is a title that stands before a name ("Mr.",
// "Gen."): after "P.M." or "Inc.", it opens a new sentence.
func isTitle(b string) bool {
	if len(b) < 2 || len(b) > maxWord || b[len(b)-1] != '.' {
		return false
	}
	c, ok := abbreviations()[b[:len(b)-1]]
	return ok && c == abbrTitle
}

// isLowerWord reports whether tok, the word before an "I.", is a lowercase
// word that makes it the pronoun ("you and I."): not a noun that numbers
// ("part I.", "title I.").
func isLowerWord(tok string) bool {
	return startsLower(tok) && !(len(tok) <= maxWord && numberWords()[strings.ToLower(tok)])
}

// startsLower reports whether tok begins with a lowercase letter.
func startsLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(tok, isOpener))
	return unicode.IsLower(r)
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
	return starters()[rest[:n]]
}

// isContinuation reports whether a line ending in core (a token without its
// closers) cannot end a sentence: hard-wrapped prose.
func isContinuation(core string) bool {
	if core == "" {
		return false
	}
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
	return len(core) <= maxWord && continuationWords()[core]
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
// Markdown emphasis, invisible format characters (bidi marks), the Hebrew
// gershayim used as a quotation mark and superscript footnote numbers.
// Pi is included for German-style closing quotes („…“).
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '*', '_', ')', ']', '}',
		'״',                                              // Hebrew gershayim as a quotation mark
		'¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹': // footnote references
		return true
	}
	return r > 0x7f && unicode.In(r, unicode.Pe, unicode.Pf, unicode.Pi, unicode.Cf)
}

// isOpener reports runes that may precede the first letter of a sentence:
// opening quotes and brackets, inverted ¿ ¡, ASCII quotes, Markdown
// emphasis and format characters. Pf is included for »…« and ”…” styles.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '*', '_', '(', '[', '{', '<', '¿', '¡', '״':
		return true
	}
	return r > 0x7f && unicode.In(r, unicode.Ps, unicode.Pi, unicode.Pf, unicode.Cf)
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

package segment

import (
	"strings"
	"unicode/utf8"
)

// markerStyle is how an enumerator is written around its number or letter.
type markerStyle uint8

const (
	styleNone     markerStyle = iota
	styleParens               // "(a)"
	styleParen                // "a)"
	styleDotParen             // "1.)"
	styleDot                  // "1."
)

// isListMarker reports a bullet or enumerator that opens a list item:
// "-", "*", "•", "–", "—", "1.", "1)", "1.)", "(a)", "a)", "i.", "2.1", "١٢.".
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
	if style, _ := enumParts(tok); style != styleNone {
		return true
	}
	if tok[len(tok)-1] == '.' {
		return isSectionNumber(tok[:len(tok)-1])
	}
	return strings.Contains(tok, ".") && isSectionNumber(tok)
}

// enumParts splits an enumerator into its style and its number, letter or
// roman numeral: "(iv)" is styleParens and "iv".
func enumParts(tok string) (markerStyle, string) {
	n := len(tok)
	if n < 2 {
		return styleNone, ""
	}
	style, body := styleNone, ""
	switch {
	case tok[0] == '(' && tok[n-1] == ')':
		style, body = styleParens, tok[1:n-1]
	case n >= 3 && tok[n-2:] == ".)":
		style, body = styleDotParen, tok[:n-2]
	case tok[n-1] == ')':
		style, body = styleParen, tok[:n-1]
	case tok[n-1] == '.':
		style, body = styleDot, tok[:n-1]
	}
	if style == styleNone || !isEnumerator(body) {
		return styleNone, ""
	}
	return style, body
}

// mayBeMarker is a quick test that b might be a list marker, before the
// full one: enumerators end in "." or ")" (or markup), bullets are not
// ASCII.
func mayBeMarker(b string) bool {
	if len(b) > maxWord {
		return false
	}
	switch b[len(b)-1] {
	case '.', ')', '*', '_', '>':
		return true
	}
	return b[0] >= utf8.RuneSelf
}

// nextItem reports whether b, inside a line, opens the next item of the
// inline list whose item the current sentence is: the sentence opened with
// the bullet b opens with ("• 9. The first item • 10. The second item"),
// or b is the next enumerator of the same style ("1.) The first item 2.)
// The second item"). An enumerator after a month, a noun such as
// "paragraph" or a function word is a reference ("in paragraph (b)"); one
// with a bare period must be followed by a sentence start and is not an
// initial after a name ("John B. Smith").
func nextItem(a, b string, g *gap) bool {
	st := g.sent
	if r, _ := utf8.DecodeRuneInString(b); st.bullet != 0 && r == st.bullet {
		return true
	}
	if st.enum == "" {
		return false
	}
	style, body := enumParts(stripMarkup(b))
	prevStyle, prevBody := enumParts(st.enum)
	if style == styleNone || style != prevStyle || !successor(prevBody, body) {
		return false
	}
	// "in paragraph (b)", "see (c)": a reference to an item, not an item.
	if len(a) <= maxWord && (numberWords()[strings.ToLower(a)] || continuationWords()[a]) {
		return false
	}
	if style != styleDot {
		return true
	}
	if len(body) == 1 && isASCIIUpper(body[0]) && !startsLower(a) {
		return false
	}
	return startsSentence(g.peek())
}

// successor reports whether enumerator body next follows prev: "2" after
// "1", "b" after "a", "iv" after "iii" ("i" may be a letter or a numeral).
func successor(prev, next string) bool {
	if p, ok := enumNumber(prev); ok {
		n, ok := enumNumber(next)
		return ok && n == p+1
	}
	if len(prev) == 1 && len(next) == 1 && next[0] == prev[0]+1 {
		return true
	}
	lower := strings.ToLower(prev)
	if prev != lower && prev != strings.ToUpper(prev) || (next == strings.ToLower(next)) != (prev == lower) {
		return false
	}
	p, n := romanValue(lower), romanValue(strings.ToLower(next))
	return p > 0 && n == p+1
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

// isItemBullet reports the bullets that mark list items inside a line as
// well: not dashes, which also set off clauses, nor the middle dot.
func isItemBullet(r rune) bool {
	return isBullet(r) && r != '–' && r != '—' && r != '·'
}

// isEnumerator reports a list number: up to three digits (ASCII or
// Arabic-Indic), one ASCII letter or a roman numeral below 40.
func isEnumerator(s string) bool {
	switch {
	case s == "":
		return false
	case len(s) == 1 && isASCIILetter(s[0]):
		return true
	}
	if _, ok := enumNumber(s); ok {
		return true
	}
	return isRoman(strings.ToLower(s)) && (s == strings.ToLower(s) || s == strings.ToUpper(s))
}

// enumNumber returns the value of s, one to three decimal digits: ASCII,
// Arabic-Indic (١٢) or Extended Arabic-Indic (۱۲).
func enumNumber(s string) (int, bool) {
	v, n := 0, 0
	for _, r := range s {
		d := digitValue(r)
		if d < 0 || n == 3 {
			return 0, false
		}
		v = v*10 + d
		n++
	}
	return v, n > 0
}

// digitValue returns the value of a decimal digit of the scripts of
// enumerators, or -1.
func digitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case '٠' <= r && r <= '٩':
		return int(r - '٠')
	case '۰' <= r && r <= '۹':
		return int(r - '۰')
	}
	return -1
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
	return romanValue(s) > 0
}

// romanValue returns the value of a lowercase roman numeral from i to
// xxxix, or 0.
func romanValue(s string) int {
	tens := 0
	for tens < 3 && strings.HasPrefix(s, "x") {
		s = s[1:]
		tens++
	}
	for u, numeral := range romanUnits {
		if s == numeral {
			return 10*tens + u
		}
	}
	return 0
}

var romanUnits = [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isASCIIDigit(c byte) bool {
	return '0' <= c && c <= '9'
}

func isASCIIUpper(c byte) bool {
	return 'A' <= c && c <= 'Z'
}

package commitment

import (
	"github.com/parley-app/parley/compare/lang"

	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord   tokKind = iota
	tComma          // ,
	tSemi           // ;
	tColon          // :
	tDash           // — – or a free-standing -
	tOpenQ          // “ or an opening "
	tCloseQ         // ” or a closing "
	tParen          // ( ) [ ]
	tStop           // . ! ?
	tOther
)

// token is one word or punctuation mark with its byte span in the sentence.
// w is the normalized form: lower case, curly apostrophes made straight, and
// contractions split off ("won’t" → "will" + "n't", "we’re" → "we" + "'re").
type token struct {
	start, end int
	w          string
	kind       tokKind
	upper      bool // the first letter is upper case (names, sentence starts)
	caps       bool // every letter is upper case ("US", "IRGC")
}

// tokenize splits s into tokens. It never fails: invalid UTF-8 bytes become
// tOther tokens, so offsets always stay on the input.
func tokenize(s string, out []token) []token {
	for i := 0; i < len(s); {
		var t lang.Token
		t, i = lang.NextWith(s, i, reading)
		start, end := int(t.Start), int(t.End)
		switch {
		case end == start: // white space
		case t.Word:
			out = appendWord(out, s, start, end)
		case pluralPossessive(s, start, end, out):
			out = append(out, token{start: start, end: end, w: "'s"})
		default:
			r, size := utf8.DecodeRuneInString(s[start:])
			out = append(out, token{start: start, end: end, w: s[start:end], kind: punctKind(s, start, r, size)})
		}
	}
	return out
}

// pluralPossessive reports whether the apostrophe s[start:end] marks the
// possessive of a plural ("the camps' donors", "the Hauliers' Association"):
// it follows a word ending in s and precedes a space, so it reads as "'s".
// After an opening single quote it may close the quotation instead.
func pluralPossessive(s string, start, end int, out []token) bool {
	if w := s[start:end]; w != "'" && w != "’" || len(out) == 0 || out[len(out)-1].end != start || end >= len(s) || s[end] != ' ' {
		return false
	}
	if strings.Contains(s[:start], "‘") || strings.HasPrefix(s, "'") || strings.Contains(s[:start], " '") {
		return false
	}
	prev := out[len(out)-1]
	return prev.kind == tWord && strings.HasSuffix(prev.w, "s")
}

// reading is how the commitment reader takes words from the language
// layer: a period that ends "U.S." or "Gen." is part of the word, since a
// free-standing period ends a clause here.
var reading = lang.Options{AbbreviationDot: true}

// punctKind classifies the punctuation rune r at s[i:i+size]. A straight
// double quote opens when it follows a space, the start or an opening bracket.
func punctKind(s string, i int, r rune, size int) tokKind {
	switch r {
	case ',':
		return tComma
	case ';':
		return tSemi
	case ':':
		return tColon
	case '—', '–':
		return tDash
	case '-':
		if (i == 0 || s[i-1] == ' ') && (i+size >= len(s) || s[i+size] == ' ' || s[i+size] == '-') {
			return tDash
		}
	case '“':
		return tOpenQ
	case '”':
		return tCloseQ
	case '"':
		if i == 0 {
			return tOpenQ
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' {
			return tOpenQ
		}
		return tCloseQ
	case '(', ')', '[', ']':
		return tParen
	case '.', '!', '?', '…':
		return tStop
	}
	return tOther
}

// contractions maps a split-off suffix to its normal form.
var contractions = map[string]string{
	"'s": "'s", "'re": "'re", "'ve": "have", "'ll": "will", "'d": "'d", "'m": "am",
}

// appendWord appends the word s[i:j], split at a contraction. Split points
// are found in the original text, so offsets stay exact whatever the
// normalization does to byte lengths.
func appendWord(out []token, s string, i, j int) []token {
	raw := s[i:j]
	upper, caps := caseOf(raw)
	a := lastApostrophe(raw)
	if a > 0 {
		suffix := normalize(raw[a:])
		if suffix == "'t" && a > 1 && (raw[a-1] == 'n' || raw[a-1] == 'N') {
			k := i + a - 1
			base := normalize(s[i:k])
			switch base {
			case "wo":
				base = "will"
			case "ca":
				base = "can"
			case "sha":
				base = "shall"
			}
			out = append(out, token{start: i, end: k, w: base, upper: upper})
			return append(out, token{start: k, end: j, w: "not"})
		}
		if norm, ok := contractions[suffix]; ok {
			k := i + a
			out = append(out, token{start: i, end: k, w: normalize(s[i:k]), upper: upper, caps: caps})
			return append(out, token{start: k, end: j, w: norm})
		}
	}
	w := normalize(raw)
	if w == "cannot" {
		return append(out, token{start: i, end: i + 3, w: "can", upper: upper}, token{start: i + 3, end: j, w: "not"})
	}
	return append(out, token{start: i, end: j, w: w, upper: upper, caps: caps})
}

// lastApostrophe returns the byte index of the last ' or ’ in w, or -1.
func lastApostrophe(w string) int {
	a := strings.LastIndexByte(w, '\'')
	if strings.IndexByte(w, "’"[0]) < 0 {
		return a // no curly one: most words, looked at without a search for three bytes
	}
	if b := strings.LastIndex(w, "’"); b > a {
		a = b
	}
	return a
}

// normalize is the language layer's normal form of a word, contractions
// and possessives kept for the reader to split.
func normalize(w string) string { return lang.Normalize(w) }

// caseOf reports whether the first letter of w is upper case and whether all
// its letters are.
func caseOf(w string) (upper, caps bool) {
	caps = true
	first := true
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if first {
			upper = unicode.IsUpper(r)
			first = false
		}
		if !unicode.IsUpper(r) {
			caps = false
		}
	}
	return upper, caps && !first
}

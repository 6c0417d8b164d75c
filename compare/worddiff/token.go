package worddiff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a text, as byte offsets into it.
// White space is never a token, so formatting differences cannot show up
// as changes.
type token struct {
	start, end int32 // texts are at most 2 GiB (the importer refuses far less)
	word       bool  // contains a letter or digit (the unit Summary counts)
}

// tokenize splits s into word and punctuation tokens.
//
// A word is a run of letters, digits and combining marks, plus the joiners
// analysts expect to stay inside one word: apostrophes before a letter
// ("Israel’s", "don't"), hyphens before a letter or digit ("two-state",
// "2023–2024"), dots before a letter or digit ("U.S", "3.5"), a dot+hyphen
// pair ("U.S.-Israel"), digit separators between digits ("1,000",
// "10:30") and invisible format characters such as the Persian ZWNJ.
// A trailing abbreviation dot ("U.S." at the end of a clause) is a separate
// punctuation token, consistently in both texts.
// Every other visible rune is a punctuation token of its own (with any
// combining marks that follow it).
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		var t token
		if t, i = nextToken(s, i); t.end > t.start {
			toks = append(toks, t)
		}
	}
	return toks
}

// nextToken returns the token that starts at s[i:] and where scanning goes
// on; the token is empty when s[i:] starts with white space.
func nextToken(s string, i int) (token, int) {
	r, n := rune(s[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	switch {
	case isSpaceLike(r, n):
		return token{}, i + n
	case isWordStart(r):
		end := wordEnd(s, i+n, r)
		return token{start: int32(i), end: int32(end), word: true}, end
	default:
		end := marksEnd(s, i+n)
		return token{start: int32(i), end: int32(end)}, end
	}
}

// asciiAlnum marks ASCII letters and digits: most of a typical statement,
// so the tokenizer checks them before calling into package unicode.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// asciiJoiner marks the ASCII runes joinerEnd may keep inside a word.
var asciiJoiner = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "'-.,:" {
		t[c] = true
	}
	return t
}()

// isSpaceLike reports runes that separate tokens without being one:
// white space and invisible format characters (bidi marks, BOM, ZWSP),
// which readers never see and so must never count as a difference.
func isSpaceLike(r rune, size int) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	if r == utf8.RuneError && size == 1 {
		return false // an invalid byte is kept as a punctuation token
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// wordEnd returns the end of the word whose first rune, first, ends at i.
func wordEnd(s string, i int, first rune) int {
	prev := first
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiAlnum[c] {
				prev = rune(c)
				i++
				continue
			}
			if !asciiJoiner[c] {
				return i // space or punctuation: the common word end
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			prev = r
			i += n
			continue
		}
		j := joinerEnd(s, i, r, n, prev)
		if j == i {
			return i
		}
		i = j
	}
	return i
}

// joinerEnd returns where a word continues after the joiner r at s[i:i+n],
// or i when r does not join (the word ends at i).
func joinerEnd(s string, i int, r rune, n int, prev rune) int {
	next, m := utf8.DecodeRuneInString(s[i+n:])
	switch {
	case r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) && isWordRune(next):
		return i + n // ZWNJ/ZWJ/soft hyphen inside a word
	case isApostrophe(r) && unicode.IsLetter(next):
		return i + n
	case isHyphen(r) && isWordStart(next):
		return i + n
	case r == '.' && isWordStart(next):
		return i + n
	case r == '.' && isHyphen(next):
		// "U.S.-Israel": both joiners stay inside the word.
		after, _ := utf8.DecodeRuneInString(s[i+n+m:])
		if isWordStart(after) {
			return i + n + m
		}
	case (r == ',' || r == ':') && unicode.IsDigit(prev) && unicode.IsDigit(next):
		return i + n
	}
	return i
}

// marksEnd skips the combining marks that belong to the rune ending at i.
func marksEnd(s string, i int) int {
	for i < len(s) && s[i] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsMark(r) {
			break
		}
		i += n
	}
	return i
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '׳', '״': // Hebrew geresh/gershayim mark acronyms
		return true
	}
	return false
}

func isHyphen(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '־': // ASCII, hyphen, nb-hyphen, figure/en dash, Hebrew maqaf
		return true
	}
	return false
}

// normalize returns the comparison key of a token's text: typographic
// variants fold to ASCII so that re-typesetting a statement is not a
// wording change, and IgnoreCase lower-cases.
func normalize(text string, word, ignoreCase bool) string {
	if isPlainASCII(text, ignoreCase) || !utf8.ValidString(text) {
		// Fast path: nothing to fold. Invalid bytes are compared as written.
		return text
	}
	var sb strings.Builder
	sb.Grow(len(text))
	for _, r := range text {
		switch {
		case word && unicode.Is(unicode.Cf, r):
			continue // invisible joiners do not change the word
		case r == '’' || r == '‘' || r == 'ʼ' || r == '‚' || r == '‛' || r == '′':
			r = '\''
		case r == '“' || r == '”' || r == '„' || r == '‟' || r == '″':
			r = '"'
		case r == '‐' || r == '‑' || (word && isHyphen(r)):
			r = '-'
		}
		if ignoreCase {
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// isPlainASCII reports whether normalize would return text unchanged.
func isPlainASCII(text string, ignoreCase bool) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || (ignoreCase && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// countWords counts the tokens of s that contain a letter or digit.
func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		var t token
		if t, i = nextToken(s, i); t.word {
			n++
		}
	}
	return n
}

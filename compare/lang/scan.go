// Package lang is Parley's language layer: the one tokenizer every part of
// the analysis reads text with, and the normalisation, stop words, stems
// and word lists built on it.
package lang

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a text, as byte offsets into it.
// White space is never a token, so formatting differences cannot show up
// as changes, and a word's offsets cite exactly what the text says.
type Token struct {
	Start, End int32 // texts are at most 2 GiB (the importer refuses far less)
	Word       bool  // contains a letter or digit (the unit Summary counts)
}

// Tokenize splits s into word and punctuation tokens.
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
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		var t Token
		if t, i = Next(s, i); t.End > t.Start {
			toks = append(toks, t)
		}
	}
	return toks
}

// Next returns the token that starts at s[i:] and where scanning goes
// on; the token is empty when s[i:] starts with white space. Scanning a
// text with Next from 0 gives Tokenize's tokens without a slice.
func Next(s string, i int) (Token, int) {
	r, n := rune(s[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	switch {
	case IsSpaceLike(r, n):
		return Token{}, i + n
	case IsWordStart(r):
		end := wordEnd(s, i+n, r)
		return Token{Start: int32(i), End: int32(end), Word: true}, end
	default:
		end := marksEnd(s, i+n)
		return Token{Start: int32(i), End: int32(end)}, end
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

// IsSpaceLike reports runes that separate tokens without being one:
// white space and invisible format characters (bidi marks, BOM, ZWSP),
// which readers never see and so must never count as a difference.
func IsSpaceLike(r rune, size int) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	if r == utf8.RuneError && size == 1 {
		return false // an invalid byte is kept as a punctuation token
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

func IsWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func IsWordRune(r rune) bool {
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
		if IsWordRune(r) {
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
	case r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) && IsWordRune(next):
		return i + n // ZWNJ/ZWJ/soft hyphen inside a word
	case IsApostrophe(r) && unicode.IsLetter(next):
		return i + n
	case IsHyphen(r) && IsWordStart(next):
		return i + n
	case r == '.' && IsWordStart(next):
		return i + n
	case r == '.' && IsHyphen(next):
		// "U.S.-Israel": both joiners stay inside the word.
		after, _ := utf8.DecodeRuneInString(s[i+n+m:])
		if IsWordStart(after) {
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

func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '׳', '״': // Hebrew geresh/gershayim mark acronyms
		return true
	}
	return false
}

func IsHyphen(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '־': // ASCII, hyphen, nb-hyphen, figure/en dash, Hebrew maqaf
		return true
	}
	return false
}

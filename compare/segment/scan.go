package segment

import (
	"unicode"
	"unicode/utf8"
)

// paragraphBreak is the number of line breaks in a gap that make a blank
// line between two tokens, and so a paragraph break.
const paragraphBreak = 2

// token is a run of non-space runes, text[start:end], and the number of line
// breaks in the white space before it.
type token struct {
	start, end int
	lines      int
}

// scanner walks a text forward, rune by rune, and yields its tokens. It only
// ever decodes forward from offset 0, so with invalid UTF-8 its token
// boundaries still agree with a plain range loop over the text.
type scanner struct {
	text string
	pos  int
}

// next returns the next token, or false at the end of the text.
func (s *scanner) next() (token, bool) {
	lines, i := s.skipSpace(s.pos)
	if i >= len(s.text) {
		s.pos = i
		return token{}, false
	}
	end := s.tokenEnd(i)
	s.pos = end
	return token{start: i, end: end, lines: lines}, true
}

// skipSpace skips white space from i and counts its line breaks. CR LF is one
// break; U+2029 PARAGRAPH SEPARATOR counts as a blank line by itself.
func (s *scanner) skipSpace(i int) (lines, end int) {
	text := s.text
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			switch c {
			case '\r':
				if i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
				lines++
			case '\n', '\v', '\f':
				lines++
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		switch r {
		case '\u0085', '\u2028':
			lines++
		case '\u2029':
			lines += paragraphBreak
		}
		i += w
	}
	return lines, i
}

// tokenEnd returns the end of the token starting at i. Ideographic full stops
// (。！？) end a token even without a following space, because Chinese and
// Japanese put no space between sentences; the closers after them stay in
// the token.
func (s *scanner) tokenEnd(i int) int {
	text := s.text
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += w
		if isIdeographicStop(r) {
			i = s.skipStopsAndClosers(i)
			return i
		}
	}
	return i
}

// skipStopsAndClosers skips the ideographic stops and closing punctuation
// after an ideographic stop, so that "。」" stays whole.
func (s *scanner) skipStopsAndClosers(i int) int {
	for i < len(s.text) {
		r, w := utf8.DecodeRuneInString(s.text[i:])
		if !isIdeographicStop(r) && !isCloser(r) {
			break
		}
		i += w
	}
	return i
}

// isASCIISpace reports the ASCII runes for which unicode.IsSpace is true.
func isASCIISpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// isIdeographicStop reports full stops of scripts written without spaces.
func isIdeographicStop(r rune) bool {
	switch r {
	case '。', '｡', '！', '？':
		return true
	}
	return false
}

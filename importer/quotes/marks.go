package quotes

import (
	"unicode"
	"unicode/utf8"
)

// quoteSpan is one top-level quotation of the article. Nested quotations
// (‘…’ or "…" inside “…”) are part of its words, not spans of their own:
// they are what the speaker quoted, not a second speaker's words.
type quoteSpan struct {
	open    int // offset of the opening mark
	inStart int // first byte of the quoted words
	inEnd   int // end of the quoted words (the closing mark, or the paragraph end when unclosed)
	end     int // end of the whole span, closing mark included (== inEnd when unclosed)
}

// markStyle tells curly/angled marks, whose direction is explicit, from
// straight ones, whose direction is read from the neighbouring characters.
type markStyle uint8

const (
	styleNone markStyle = iota
	styleCurly
	styleStraight
)

// Only double marks delimit top-level quotations. Single marks are left
// alone: ’ is far more often an apostrophe than a closing mark, and ‘…’ is
// the nesting style inside “…”.
func opensCurly(r rune) bool  { return r == '“' || r == '«' }
func closesCurly(r rune) bool { return r == '”' || r == '»' }

// quoteScanner finds the quotation spans of a text in one pass.
type quoteScanner struct {
	text  string
	out   []quoteSpan
	cur   quoteSpan
	style markStyle // style of the open quotation, styleNone when none is open
	depth int       // nested curly quotations inside the open one
}

// findQuotes returns the top-level quotations of text in order. It runs in
// linear time, never panics and accepts invalid UTF-8. An unclosed quotation
// ends at the end of its paragraph; a stray closing mark is ignored.
func findQuotes(text string) []quoteSpan {
	s := quoteScanner{text: text}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && s.style != styleNone:
			i = s.lineBreak(i)
			continue
		case r == '"':
			s.straight(i)
		case opensCurly(r):
			s.openCurly(i, w)
		case closesCurly(r):
			s.closeCurly(i, w)
		}
		i += w
	}
	if s.style != styleNone {
		end := trimRightSpace(text, len(text))
		s.finish(end, end)
	}
	return s.out
}

// straight handles a straight mark at i: a closing mark when a straight
// quotation is open, an opening mark when none is and a word follows it.
// Inside a curly quotation it is a nested mark.
func (s *quoteScanner) straight(i int) {
	switch s.style {
	case styleStraight:
		s.finish(i, i+1)
	case styleNone:
		if i+1 < len(s.text) && !isSpaceByte(s.text[i+1]) && !precededByWord(s.text, i) {
			s.start(i, 1, styleStraight)
		}
	}
}

// openCurly opens a quotation, or a nested one inside an open curly one.
func (s *quoteScanner) openCurly(i, w int) {
	switch s.style {
	case styleNone:
		s.start(i, w, styleCurly)
	case styleCurly:
		s.depth++
	}
}

// closeCurly closes the open curly quotation (or a nested one inside it).
func (s *quoteScanner) closeCurly(i, w int) {
	if s.style != styleCurly {
		return
	}
	if s.depth > 0 {
		s.depth--
		return
	}
	s.finish(i, i+w)
}

func (s *quoteScanner) start(i, w int, st markStyle) {
	s.cur = quoteSpan{open: i, inStart: i + w}
	s.style = st
	s.depth = 0
}

// finish ends the open quotation: its words end at inEnd, the span (closing
// mark included) at end. Empty quotations ("") are dropped.
func (s *quoteScanner) finish(inEnd, end int) {
	q := s.cur
	q.inEnd, q.end = inEnd, end
	s.style = styleNone
	if q.inEnd > q.inStart {
		s.out = append(s.out, q)
	}
}

// lineBreak decides what a line break inside an open quotation means, and
// returns where scanning resumes. Newswriting continues a quotation over
// paragraphs by repeating the opening mark at each new paragraph and closing
// only the last; a paragraph that does not reopen ends an unclosed quotation.
// A line break in the middle of a sentence is a hard wrap and changes nothing.
func (s *quoteScanner) lineBreak(i int) int {
	before := trimRightSpace(s.text, i)
	j, lines := skipSpace(s.text, i)
	blank := lines >= 2
	ended := before > 0 && endsSentence(s.text[:before])
	if !blank && !ended {
		return j // hard wrap
	}
	if j < len(s.text) && s.reopens(j) {
		_, w := utf8.DecodeRuneInString(s.text[j:])
		return j + w // continued quotation: the repeated mark is not a new one
	}
	s.finish(before, before)
	return j
}

// reopens reports whether the mark at j repeats the open quotation's opening mark.
func (s *quoteScanner) reopens(j int) bool {
	r, _ := utf8.DecodeRuneInString(s.text[j:])
	if s.style == styleStraight {
		return r == '"'
	}
	return opensCurly(r)
}

// endsSentence reports whether text ends with sentence-final punctuation,
// closing marks set aside.
func endsSentence(text string) bool {
	for len(text) > 0 {
		r, w := utf8.DecodeLastRuneInString(text)
		switch {
		case r == '.' || r == '!' || r == '?' || r == '…' || r == ':':
			return true
		case closesCurly(r) || r == '"' || r == '’' || r == '\'' || r == ')':
			text = text[:len(text)-w]
			continue
		}
		return false
	}
	return false
}

// precededByWord reports whether the byte before i ends a word or number,
// which makes a straight mark a closing one or an inch sign (5'10"), never
// an opening one.
func precededByWord(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// skipSpace returns the first non-space byte at or after i and the number of
// line breaks passed.
func skipSpace(text string, i int) (int, int) {
	lines := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		if r == '\n' {
			lines++
		}
		i += w
	}
	return i, lines
}

// trimRightSpace returns the end of text[:i] with trailing white space removed.
func trimRightSpace(text string, i int) int {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= w
	}
	return i
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

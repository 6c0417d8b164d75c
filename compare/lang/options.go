package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options change the tokenizer's rules for a reader that needs another
// one. The zero value is Next's rules, which the word diff uses.
type Options struct {
	// AbbreviationDot keeps the final period of an initialism of single
	// letters ("U.S.", "U.N.") or of a title ("Mr.", "Gen.") in the word,
	// for readers to whom a period ends a clause: the commitment reader and
	// quote attribution. The word diff and the terms leave it out, so
	// "U.S." at the end of a sentence diffs and matches as "U.S" does.
	AbbreviationDot bool
	// SplitCompoundAfterInitialism reads "U.S.-Israel" as "U.S", ".", "-"
	// and "Israel": the topics and terms count both names it joins, where
	// the word diff keeps the compound whole.
	SplitCompoundAfterInitialism bool
	// PluralPossessive keeps the apostrophe of a plural possessive ("the
	// Islands' ministry") in the word, for quote attribution, which reads
	// a free-standing apostrophe as a quotation mark.
	PluralPossessive bool
	// Limit, when above zero, is where a word must end at the latest
	// (quote attribution ends words where a quotation opens).
	Limit int
}

// NextWith is Next under opt.
func NextWith(s string, i int, opt Options) (Token, int) {
	if opt.Limit > 0 && opt.Limit < len(s) {
		s = s[:opt.Limit]
	}
	t, next := Next(s, i)
	if !t.Word || opt == (Options{}) {
		return t, next
	}
	word := s[t.Start:t.End]
	if opt.SplitCompoundAfterInitialism {
		if k := compoundCut(word); k > 0 {
			t.End = t.Start + int32(k)
			next = int(t.End)
			word = word[:k]
		}
	}
	if opt.AbbreviationDot && next < len(s) && s[next] == '.' && (isInitialism(word) || isTitle(word)) {
		t.End++
		next++
	}
	if opt.PluralPossessive && (strings.HasSuffix(word, "s") || strings.HasSuffix(word, "S")) {
		if r, n := utf8.DecodeRuneInString(s[next:]); (r == '\'' || r == '’') && !startsWord(s[next+n:]) {
			t.End += int32(n)
			next += n
		}
	}
	return t, next
}

// startsWord reports whether s starts with a letter or digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && IsWordStart(r)
}

// compoundCut returns where an initialism ends inside a compound such as
// "U.S.-Israel" (before its period), or 0.
func compoundCut(word string) int {
	k := strings.Index(word, ".-")
	if k < 0 {
		k = strings.Index(word, ".‑")
	}
	if k <= 0 || !isInitialism(word[:k]) {
		return 0
	}
	return k
}

// isInitialism reports whether w is single letters joined by periods: "U",
// "U.S", "E.U". Bounded, so a long run of "a.b.c…" stays linear.
func isInitialism(w string) bool {
	if w == "" || len(w) > 12 {
		return false
	}
	letter := false // the previous rune was a letter
	for _, r := range w {
		switch {
		case r == '.' && letter:
			letter = false
		case unicode.IsLetter(r) && !letter:
			letter = true
		default:
			return false
		}
	}
	return letter && utf8.RuneCountInString(w) > 1 || letter && unicode.IsUpper([]rune(w)[0])
}

var titles = embedded("titles.txt")

// isTitle reports whether w is a title written with a period ("Mr", "Gen").
func isTitle(w string) bool {
	return len(w) <= 5 && titles()[strings.ToLower(w)]
}

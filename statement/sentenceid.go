package statement

import (
	"fmt"
	"strconv"
	"strings"
)

// SentenceID names a sentence by its statement's id and its position in
// the statement, counted from 1. Its text form, "kirby:s3", is what the
// analysis, projects, notes and citations store.
type SentenceID struct {
	Statement string
	N         int
}

// String is the text form: "kirby:s3".
func (id SentenceID) String() string {
	return id.Statement + ":s" + strconv.Itoa(id.N)
}

// Label is the sentence's number as a reader sees it: "s3".
func (id SentenceID) Label() string { return "s" + strconv.Itoa(id.N) }

// StatementOf is the id of the statement a sentence id names, or the
// whole text when it is not a sentence id.
func StatementOf(sentenceID string) string {
	if id, err := ParseSentenceID(sentenceID); err == nil {
		return id.Statement
	}
	return sentenceID
}

// ParseSentenceID reads the text form of a sentence id. A statement id may
// itself hold colons; the number is what follows the last ":s".
func ParseSentenceID(s string) (SentenceID, error) {
	i := strings.LastIndex(s, ":s")
	if i <= 0 {
		return SentenceID{}, fmt.Errorf("%q is not a sentence id (statement:sN)", s)
	}
	n, err := strconv.Atoi(s[i+2:])
	if err != nil || n < 1 {
		return SentenceID{}, fmt.Errorf("%q is not a sentence id (statement:sN)", s)
	}
	return SentenceID{Statement: s[:i], N: n}, nil
}

// Package statement is Parley's model of what an analyst compares: a
// statement with its metadata, its file format (text with YAML front
// matter), the ids of its sentences and the analyst's alignment overrides.
package statement

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
)

// MaxTextBytes is the most text Parley reads into one statement, and
// analyses together: 10 MB is about 1.6 million words, ten times a month of
// White House statements; it analyses in about 10 s and 900 MB of memory on
// this project's machine.
const MaxTextBytes = 10 << 20

// Statement is one voice's text with the metadata an analyst needs to cite it.
type Statement struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Speaker      string `json:"speaker,omitempty"`
	Organization string `json:"organization,omitempty"`
	Date         string `json:"date,omitempty"`
	Source       string `json:"source,omitempty"`
	Language     string `json:"language,omitempty"`
	// Translation names this statement's translation, TranslationOf the
	// original this statement translates. Read from a file's front matter
	// ("translation:", "translation_of:"), each is a file name as written
	// there, relative to the statement file's folder. Once the two files
	// are loaded together they are linked (LinkTranslation): each then
	// holds the other statement's ID, and a project file keeps that. A
	// value that is not the ID of another statement in the comparison (a
	// file that was not loaded) links nothing; TranslationPairs finds the
	// links.
	Translation   string            `json:"translation,omitempty"`
	TranslationOf string            `json:"translation_of,omitempty"`
	Extra         map[string]string `json:"extra,omitempty"` // front-matter keys Parley does not interpret, kept verbatim
	Text          string            `json:"text"`
}

// WordCount counts runs of letters or digits, the unit analysts quote.
// It counts without splitting, since it runs on every statement of a
// month's reading.
func (s Statement) WordCount() int {
	n, inWord := 0, false
	for _, r := range s.Text {
		part := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		if part && !inWord {
			n++
		}
		inWord = part
	}
	return n
}

// DisplayTitle is the title, or a fallback that still tells statements apart.
func (s Statement) DisplayTitle() string {
	switch {
	case strings.TrimSpace(s.Title) != "":
		return s.Title
	case s.Speaker != "":
		return s.Speaker
	case s.ID != "":
		return s.ID
	}
	return "Untitled statement"
}

// Slug turns a title or file name into a short lowercase identifier made of
// letters, digits and dashes. Letters of any script are kept.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	out := b.String()
	if len(out) > 48 {
		out = strings.TrimRight(truncateRunes(out, 48), "-")
	}
	return out
}

func truncateRunes(s string, maxBytes int) string {
	for i := range s {
		if i > maxBytes {
			return s[:i]
		}
	}
	return s
}

// UniqueIDs gives every statement a non-empty ID that no other statement
// in the slice shares, keeping existing IDs where they are already unique.
func UniqueIDs(statements []Statement) {
	seen := make(map[string]bool, len(statements))
	for i := range statements {
		base := statements[i].ID
		if base == "" {
			base = Slug(statements[i].DisplayTitle())
		}
		if base == "" {
			base = "statement"
		}
		id := base
		for n := 2; seen[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		seen[id] = true
		statements[i].ID = id
	}
}

// IsWebAddress reports whether s (a statement's source) is a web address
// Parley fetches: http or https, with a host.
func IsWebAddress(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

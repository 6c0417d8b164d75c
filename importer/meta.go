package importer

import (
	"regexp"
	"strings"
	"time"
)

// dateLayouts are the date forms found in web-page metadata, Office
// properties and hand-typed text, most precise first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Monday, January 2, 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"02 January 2006",
	"2 Jan 2006",
	"Mon, 2 Jan 2006 15:04:05 -0700",
}

var isoDatePrefix = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// normalizeDate turns a date in any common form into YYYY-MM-DD, the form
// statements use; it returns "" for anything it cannot read, so that a
// wrong date never reaches a citation.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	// A date followed by something unusual ("2024-04-14T10:00:00.000+0000").
	if m := isoDatePrefix.FindString(s); m != "" {
		if t, err := time.Parse("2006-01-02", m); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// cleanMeta collapses the whitespace of a metadata value; values longer
// than a title ever is are dropped rather than cut mid-word.
func cleanMeta(s string) string {
	// A PDF string that is neither PDFDocEncoding nor UTF-16 comes from
	// the PDF library as its raw bytes (make fuzz-long found a title so).
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 500 {
		return ""
	}
	return s
}

// firstNonEmpty returns the first argument with text in it.
func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = cleanMeta(v); v != "" {
			return v
		}
	}
	return ""
}

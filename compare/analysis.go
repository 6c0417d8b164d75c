package compare

import (
	"context"
	"strings"
)

// Analysis is everything Parley derives from a set of statements. Views and
// reports read it; they never recompute it.
type Analysis struct {
	Stats      []StatementStats `json:"stats"`
	TotalWords int              `json:"total_words"`
}

// StatementStats are the counts shown beside each statement.
type StatementStats struct {
	ID         string `json:"id"`
	Words      int    `json:"words"`
	Paragraphs int    `json:"paragraphs"`
}

// Progress receives the fraction of work done, from 0 to 1.
type Progress func(done float64)

// Analyze runs the analysis of statements. It stops early, returning
// ctx.Err(), when ctx is cancelled (the analyst changed the input).
func Analyze(ctx context.Context, statements []Statement, progress Progress) (*Analysis, error) {
	if progress == nil {
		progress = func(float64) {}
	}
	a := &Analysis{Stats: make([]StatementStats, 0, len(statements))}
	for i, st := range statements {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s := StatementStats{ID: st.ID, Words: st.WordCount(), Paragraphs: len(Paragraphs(st.Text))}
		a.Stats = append(a.Stats, s)
		a.TotalWords += s.Words
		progress(float64(i+1) / float64(len(statements)))
	}
	return a, nil
}

// Span is a byte range [Start, End) of a statement's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Paragraphs splits text at blank lines and returns the non-blank
// paragraphs as byte offsets into text, leading and trailing space trimmed.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	flush := func(end int) {
		seg := text[start:end]
		trimmedLeft := strings.TrimLeft(seg, " \t\n\u00a0")
		s := start + len(seg) - len(trimmedLeft)
		e := s + len(strings.TrimRight(trimmedLeft, " \t\n\u00a0"))
		if e > s {
			out = append(out, Span{Start: s, End: e})
		}
	}
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		if strings.TrimSpace(text[lineStart:lineEnd]) == "" {
			flush(lineStart)
			start = lineEnd
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	flush(len(text))
	return out
}

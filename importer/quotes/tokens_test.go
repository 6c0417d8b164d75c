package quotes

import (
	"strings"
	"testing"
	"unicode"
)

// TestBuildFrames checks the frame invariants: frames are in order and
// disjoint, cover every non-space byte, never cut a quotation, join the
// sentences a quotation spans, and stay near maxFrame on text without
// sentence ends.
func TestBuildFrames(t *testing.T) {
	texts := map[string]string{
		"seed":          readTestdata(t, "article.txt"),
		"dispute":       readTestdata(t, "dispute.txt"),
		"no sentences":  strings.Repeat("a.", 3*maxFrame),
		"long quote":    "He said “" + strings.Repeat("word ", maxFrame/2) + "” and left. Then “a” b.",
		"quote per cut": strings.Repeat("x “y” ", maxFrame),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			qs := findQuotes(text)
			frames := buildFrames(text, qs)
			covered := make([]bool, len(text))
			prev := 0
			for _, f := range frames {
				if f.start < prev || f.end <= f.start {
					t.Fatalf("frame [%d,%d) after %d", f.start, f.end, prev)
				}
				prev = f.end
				for i := f.start; i < f.end; i++ {
					covered[i] = true
				}
				for _, q := range qs {
					if q.open < f.end && q.end > f.end || q.open < f.start && q.end > f.start {
						t.Fatalf("frame [%d,%d) cuts quotation [%d,%d)", f.start, f.end, q.open, q.end)
					}
				}
				if f.end-f.start > maxFrame+256 && !strings.ContainsAny(text[f.start:f.end], "“\"") {
					t.Errorf("frame of %d bytes", f.end-f.start)
				}
			}
			for i, c := range text {
				if !covered[i] && !unicode.IsSpace(c) {
					t.Fatalf("byte %d (%q) in no frame", i, c)
				}
			}
		})
	}
	text := "“One. Two,” he said. Three."
	if f := buildFrames(text, findQuotes(text)); len(f) != 2 || text[f[0].start:f[0].end] != "“One. Two,” he said." {
		t.Errorf("a quotation over two sentences should join them: %v", f)
	}
}

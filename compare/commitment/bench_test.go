package commitment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare/segment"
)

// corpusDir holds the White House statements of April 2024 (156k words)
// in the repository's corpus.
const corpusDir = "../../testdata/corpus/whitehouse-2024-04"

// corpusSentences splits every statement of the corpus into sentences,
// without the YAML header between the first two "---" lines.
func corpusSentences(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		tb.Fatalf("no statements in %s", corpusDir)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text := stripHeader(string(data))
		for _, s := range segment.Sentences(text) {
			out = append(out, text[s.Start:s.End])
		}
	}
	return out
}

// stripHeader removes a YAML header between the first two "---" lines.
func stripHeader(text string) string {
	if !strings.HasPrefix(text, "---\n") {
		return text
	}
	if i := strings.Index(text[4:], "\n---\n"); i >= 0 {
		return text[4+i+5:]
	}
	return text
}

// BenchmarkExtract extracts the commitments of every sentence of the April
// 2024 corpus; one iteration is the whole corpus.
func BenchmarkExtract(b *testing.B) {
	sents := corpusSentences(b)
	sp := Speaker{Name: "The White House", Organization: "The White House (United States)"}
	g := DefaultGazetteer()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Extract(s, sp, g)
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences/op")
}

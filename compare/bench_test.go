package compare

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-app/parley/statement"
)

// corpusDir is the repository's corpus of real statements (README there).
const corpusDir = "../testdata/corpus"

// loadCorpusGlob loads the corpus files that match pattern, failing the
// benchmark when there are none.
func loadCorpusGlob(b testing.TB, pattern string) []statement.Statement {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, pattern))
	if len(files) == 0 {
		b.Fatalf("no %s in %s", pattern, corpusDir)
	}
	var out []statement.Statement
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		st, err := statement.ParseStatement(f, data)
		if err != nil {
			b.Fatal(err)
		}
		st.ID = statement.Slug(filepath.Base(f))
		out = append(out, st)
	}
	statement.UniqueIDs(out)
	return out
}

func benchmarkAnalyze(b *testing.B, sts []statement.Statement) {
	words := 0
	for _, s := range sts {
		words += s.WordCount()
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(context.Background(), sts, Options{}, nil); err != nil {
			b.Fatal(err)
		}
	}
	// After the loop: b.Loop, like b.ResetTimer, drops metrics reported
	// before it.
	b.ReportMetric(float64(words), "words")
}

func BenchmarkAnalyzeDemo(b *testing.B) { benchmarkAnalyze(b, demoStatements(b)) }

func BenchmarkAnalyzeCommuniquePair(b *testing.B) {
	benchmarkAnalyze(b, append(loadCorpusGlob(b, "communiques/*2023*"), loadCorpusGlob(b, "communiques/*2024*")...))
}

func BenchmarkAnalyzeWhiteHouseApril2024(b *testing.B) {
	benchmarkAnalyze(b, loadCorpusGlob(b, "whitehouse-2024-04/*.txt"))
}

// BenchmarkCommitmentsWhiteHouseApril2024 times the commitment stage alone
// (extraction, grid, pair comparison) on an analysed month of statements,
// to compare with BenchmarkAnalyzeWhiteHouseApril2024, which includes it.
func BenchmarkCommitmentsWhiteHouseApril2024(b *testing.B) {
	sts := loadCorpusGlob(b, "whitehouse-2024-04/*.txt")
	a, err := Analyze(context.Background(), sts, Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	sents, languages, _, err := readStatements(context.Background(), sts, DefaultTopics(), func(float64) {})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		a.setCommitments(readCommitments(context.Background(), sts, sents, languages, defaultActors(), DefaultTopics()))
		a.buildGrid()
		a.compareCommitments()
	}
	b.ReportMetric(float64(len(a.Commitments)), "commitments")
}

// BenchmarkTrackPhrasesCommuniquePair and …April2024 time the finding of
// formulas shared by statements (readTimeline's share of the analysis).
func BenchmarkTrackPhrasesCommuniquePair(b *testing.B) {
	benchmarkTrackPhrases(b, append(loadCorpusGlob(b, "communiques/*2023*"), loadCorpusGlob(b, "communiques/*2024*")...))
}

func BenchmarkTrackPhrasesWhiteHouseApril2024(b *testing.B) {
	benchmarkTrackPhrases(b, loadCorpusGlob(b, "whitehouse-2024-04/*.txt"))
}

func benchmarkTrackPhrases(b *testing.B, sts []statement.Statement) {
	sents, _, _, err := readStatements(context.Background(), sts, DefaultTopics(), func(float64) {})
	if err != nil {
		b.Fatal(err)
	}
	linkNames(sents)
	meta := make([]StatementAnalysis, len(sts))
	series := make([]string, len(sts))
	for i, st := range sts {
		meta[i] = StatementAnalysis{ID: st.ID, Date: st.Date}
		series[i] = st.ID
	}
	var n int
	b.ReportAllocs()
	for b.Loop() {
		n = len(trackPhrases(sents, meta, series))
	}
	b.ReportMetric(float64(n), "phrases")
}

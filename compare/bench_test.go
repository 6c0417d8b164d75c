package compare

import (
	"github.com/parley-app/parley/statement"

	"context"
	"os"
	"path/filepath"
	"testing"
)

// sharedCorpus is the corpus beside the project in a developer's checkout
// and in CI; a user's clone has none, and these benchmarks then skip.
const sharedCorpus = "../../shared/corpus"

func loadShared(b *testing.B, pattern string) []statement.Statement {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedCorpus, pattern))
	if len(files) == 0 {
		b.Skipf("no %s in %s", pattern, sharedCorpus)
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
	b.ReportMetric(float64(words), "words")
	b.ResetTimer()
	for b.Loop() {
		if _, err := Analyze(context.Background(), sts, Options{}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnalyzeDemo(b *testing.B) { benchmarkAnalyze(b, demoStatements(b)) }

func BenchmarkAnalyzeCommuniquePair(b *testing.B) {
	benchmarkAnalyze(b, append(loadShared(b, "communiques/*2023*"), loadShared(b, "communiques/*2024*")...))
}

func BenchmarkAnalyzeWhiteHouseApril2024(b *testing.B) {
	benchmarkAnalyze(b, loadShared(b, "whitehouse-2024-04/*.txt"))
}

// BenchmarkCommitmentsWhiteHouseApril2024 times the commitment stage alone
// (extraction, grid, pair comparison) on an analysed month of statements,
// to compare with BenchmarkAnalyzeWhiteHouseApril2024, which includes it.
func BenchmarkCommitmentsWhiteHouseApril2024(b *testing.B) {
	sts := loadShared(b, "whitehouse-2024-04/*.txt")
	a, err := Analyze(context.Background(), sts, Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ReportMetric(float64(len(a.Commitments)), "commitments")
	b.ResetTimer()
	for b.Loop() {
		a.extractCommitments(sts, defaultActors(), DefaultTopics())
		a.buildGrid()
		a.compareCommitments()
	}
}

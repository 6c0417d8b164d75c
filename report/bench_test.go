package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// communiques holds the full G7 communiqués of the repository's corpus.
const communiques = "../testdata/corpus/communiques"

// pageObject matches a page object, not the page tree ("/Type /Pages").
var pageObject = regexp.MustCompile(`/Type /Page[^s]`)

// benchReport writes the report b.N times and reports its pages and size.
func benchReport(b *testing.B, a *compare.Analysis, sts []statement.Statement, opt Options) {
	var buf bytes.Buffer
	if err := Write(&buf, a, sts, opt); err != nil { // warm the font tables
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		buf.Reset()
		if err := Write(&buf, a, sts, opt); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(len(pageObject.FindAll(buf.Bytes(), -1))), "pages")
	b.ReportMetric(float64(buf.Len()), "bytes")
}

func BenchmarkDemoReport(b *testing.B) {
	sts, a := demo(b)
	benchReport(b, a, sts, demoOptions())
}

// BenchmarkCommuniqueReport reports on the G7 communiqués of 2023 and
// 2024, with 2023 as the baseline of a whole-text version diff, at the
// standard detail level; BenchmarkCommuniqueReportFull with everything.
func BenchmarkCommuniqueReport(b *testing.B) {
	sts, a := communiquePair(b)
	benchReport(b, a, sts, Options{Title: "G7 communiqués 2023 and 2024", Version: "bench", Date: fixedDate, Baseline: "2023"})
}

func BenchmarkCommuniqueReportFull(b *testing.B) {
	sts, a := communiquePair(b)
	benchReport(b, a, sts, Options{Title: "G7 communiqués 2023 and 2024", Version: "bench", Date: fixedDate, Baseline: "2023", Detail: DetailFull})
}

// communiquePair reads and analyses the 2023 and 2024 communiqués.
func communiquePair(tb testing.TB) ([]statement.Statement, *compare.Analysis) {
	var sts []statement.Statement
	for _, name := range []string{"g7-communique-2023-hiroshima.txt", "g7-communique-2024-apulia.txt"} {
		data, err := os.ReadFile(filepath.Join(communiques, name))
		if err != nil {
			tb.Fatal(err)
		}
		st, err := statement.ParseStatement(name, data)
		if err != nil {
			tb.Fatal(err)
		}
		st.ID = name[len("g7-communique-") : len("g7-communique-")+4]
		sts = append(sts, st)
	}
	return sts, analyze(tb, sts)
}

package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// written renders a report and counts its pages.
func written(tb testing.TB, a *compare.Analysis, sts []statement.Statement, opt Options) (pdf []byte, pages int) {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, a, sts, opt); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes(), len(pageObject.FindAll(buf.Bytes(), -1))
}

// The two communiqués: the standard report is sized for reading (issue
// 20's budget: under 40 pages), the summary shorter still, and the full
// report keeps everything.
func TestDetailLevelsOfTheCommuniquePair(t *testing.T) {
	sts, a := communiquePair(t)
	count := map[Detail]int{}
	for _, d := range Details {
		_, count[d] = written(t, a, sts, Options{Date: fixedDate, Baseline: "2023", Detail: d})
	}
	if count[DetailStandard] >= 40 {
		t.Errorf("the standard report has %d pages, want under 40", count[DetailStandard])
	}
	if !(count[DetailSummary] < count[DetailStandard] && count[DetailStandard] < count[DetailFull]/3) {
		t.Errorf("pages: summary %d, standard %d, full %d", count[DetailSummary], count[DetailStandard], count[DetailFull])
	}
	t.Logf("pages: summary %d, standard %d, full %d", count[DetailSummary], count[DetailStandard], count[DetailFull])
}

// A shortened report says what it leaves out, cites only sentences it
// prints in its appendix, and the full one holds every sentence.
func TestStandardReportSaysWhatItLeavesOut(t *testing.T) {
	sts, a := communiquePair(t)
	standard := pdfText(t, render(t, a, sts, Options{Date: fixedDate, Baseline: "2023"}))
	for _, want := range []string{secFindings, "more in the full report", "The sentences this report cites", "[…]"} {
		if !strings.Contains(standard, want) {
			t.Errorf("%q not in the standard report", want)
		}
	}
	full := pdfText(t, render(t, a, sts, Options{Date: fixedDate, Baseline: "2023", Detail: DetailFull}))
	if strings.Contains(full, "more in the full report") || !strings.Contains(full, "Every statement in full") {
		t.Error("the full report leaves something out or lacks the full texts")
	}
	last := a.Statements[1].Sentences[len(a.Statements[1].Sentences)-1]
	if !strings.Contains(full, oneLine(last.Text)[:40]) {
		t.Errorf("the full report lacks the last sentence %q", last.Text)
	}
}

func TestParseDetail(t *testing.T) {
	for in, want := range map[string]Detail{"": DetailStandard, "Full": DetailFull, " summary ": DetailSummary} {
		if got, err := ParseDetail(in); err != nil || got != want {
			t.Errorf("ParseDetail(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseDetail("brief"); err == nil {
		t.Error("an unknown level is accepted")
	}
}

// Statements on three dates or more form a series: the report gains a
// timeline; the demo, five statements of one day, does not.
func TestTimelineSection(t *testing.T) {
	sts, _ := communiquePair(t)
	data, err := os.ReadFile(filepath.Join(communiques, "g7-communique-2021-carbis-bay.txt"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := statement.ParseStatement("2021.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	st.ID = "2021"
	sts = append([]statement.Statement{st}, sts...)
	txt := pdfText(t, render(t, analyze(t, sts), sts, Options{Date: fixedDate}))
	for _, want := range []string{secTimeline, "Recurring formulas", "2021-06-13", "reaffirm our commitment"} {
		if !strings.Contains(txt, want) {
			t.Errorf("%q not in the report of three communiqués", want)
		}
	}
	demoSts, a := demo(t)
	if txt := pdfText(t, render(t, a, demoSts, Options{Date: fixedDate})); strings.Contains(txt, "Recurring formulas") {
		t.Error("the demo's statements of one day got a timeline")
	}
}

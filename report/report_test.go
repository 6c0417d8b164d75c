package report

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/compare/worddiff"
	"github.com/parley-app/parley/internal/rtl"
	"github.com/parley-app/parley/statement"
)

var (
	samplePath    = flag.String("sample", "", "TestWriteSample writes the demo report to this path")
	rtlSamplePath = flag.String("sample-rtl", "", "TestWriteSample writes the Hebrew/Persian report to this path")
)

// fixedDate makes reports deterministic.
var fixedDate = time.Date(2024, 4, 15, 9, 30, 0, 0, time.UTC)

// demo parses the embedded demo statements and analyses them.
func demo(tb testing.TB) ([]statement.Statement, *compare.Analysis) {
	tb.Helper()
	var sts []statement.Statement
	for _, f := range assets.DemoStatements() {
		st, err := statement.ParseStatement(f.Name, f.Data)
		if err != nil {
			tb.Fatal(err)
		}
		base := strings.TrimSuffix(path.Base(f.Name), ".md")
		if _, rest, ok := strings.Cut(base, "-"); ok {
			base = rest
		}
		st.ID = base
		sts = append(sts, st)
	}
	return sts, analyze(tb, sts)
}

func analyze(tb testing.TB, sts []statement.Statement) *compare.Analysis {
	tb.Helper()
	a, err := compare.Analyze(context.Background(), sts, compare.Options{}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// render writes a report to a file in a temporary directory.
func render(tb testing.TB, a *compare.Analysis, sts []statement.Statement, opt Options) string {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, a, sts, opt); err != nil {
		tb.Fatal(err)
	}
	file := filepath.Join(tb.TempDir(), "report.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return file
}

// tool runs a command-line tool, skipping the test when it is missing.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s is not installed (apt-get install poppler-utils mupdf-tools)", name)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// pdfText extracts the text with white space collapsed, so that words a
// line break separates still match.
func pdfText(t *testing.T, file string) string {
	t.Helper()
	return strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", file, "-")), " ")
}

func demoOptions() Options {
	return Options{Title: "Iran's attack on Israel: five voices", Analyst: "A. N. Analyst", Version: "1.2.3",
		Date: fixedDate, Baseline: "white-house"}
}

func TestDemoReportText(t *testing.T) {
	sts, a := demo(t)
	file := render(t, a, sts, demoOptions())
	txt := pdfText(t, file)
	for _, st := range sts {
		if !strings.Contains(txt, st.Title) {
			t.Errorf("statement title %q not in the text", st.Title)
		}
	}
	topics := 0
	for _, tp := range a.Topics {
		if len(tp.Passages) == 0 {
			continue
		}
		topics++
		if !strings.Contains(txt, tp.Label) {
			t.Errorf("topic label %q not in the text", tp.Label)
		}
	}
	if topics == 0 {
		t.Fatal("the demo analysis has no topic with passages")
	}
	for _, want := range []string{secFindings, "Omission. Senior Biden administration officials", secSummary, secAlignment, "not addressed", "kirby:s1", "[s1]", "Method",
		"SHA-256", "Version diff: Senior Biden administration officials → John Kirby", "Page 1 of"} {
		if !strings.Contains(txt, want) {
			t.Errorf("%q not in the text", want)
		}
	}
	if !pairShown(a, txt) {
		t.Error("no aligned pair has all its shared phrases (or, for a version, its inserted and deleted words) in the text")
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(raw, []byte("/Subtype /Link")); n < len(a.Pairs) {
		t.Errorf("%d links, want every citation linked to the appendix", n)
	}
}

// pairShown reports whether some pair is shown in txt: a paraphrase or
// related pair with every one of its shared phrases, or a version pair
// with both inserted and deleted words, every one of them.
func pairShown(a *compare.Analysis, txt string) bool {
	flat := strings.Join(strings.Fields(txt), " ")
	for _, p := range a.Pairs {
		if p.Kind == compare.KindVersion || len(p.Phrases) == 0 {
			continue
		}
		all := true
		for _, ph := range p.Phrases {
			all = all && strings.Contains(flat, strings.Join(strings.Fields(ph.Text), " "))
		}
		if all {
			return true
		}
	}
	for _, p := range a.Pairs {
		if p.Kind != compare.KindVersion {
			continue
		}
		var ins, del []string
		for _, op := range a.PairDiff(p) {
			words := strings.Join(strings.Fields(op.Text), " ")
			switch op.Op {
			case worddiff.Insert:
				ins = append(ins, words)
			case worddiff.Delete:
				del = append(del, words)
			}
		}
		if len(ins) == 0 || len(del) == 0 {
			continue
		}
		all := true
		for _, w := range append(ins, del...) {
			all = all && strings.Contains(txt, w)
		}
		if all {
			return true
		}
	}
	return false
}

func TestDemoReportInfo(t *testing.T) {
	sts, a := demo(t)
	opt := demoOptions()
	info := tool(t, "pdfinfo", render(t, a, sts, opt))
	field := func(name string) string {
		m := regexp.MustCompile(`(?m)^` + name + `:\s*(.*)$`).FindStringSubmatch(info)
		if m == nil {
			t.Fatalf("pdfinfo has no %s:\n%s", name, info)
		}
		return strings.TrimSpace(m[1])
	}
	if got := field("Title"); got != opt.Title {
		t.Errorf("Title = %q, want %q", got, opt.Title)
	}
	if got := field("Author"); got != opt.Analyst {
		t.Errorf("Author = %q, want %q", got, opt.Analyst)
	}
	if got := field("Creator"); got != "Parley 1.2.3" {
		t.Errorf("Creator = %q, want Parley 1.2.3", got)
	}
	if got := field("Subject"); !strings.Contains(got, sts[0].Title) {
		t.Errorf("Subject = %q, want the statement titles", got)
	}
	pages, _ := strconv.Atoi(field("Pages"))
	if pages <= 3 {
		t.Errorf("%d pages, want more than 3", pages)
	}
	if got := field("Page size"); !strings.Contains(got, "595.28 x 841.89") {
		t.Errorf("Page size = %q, want A4", got)
	}
}

func TestLetterPaper(t *testing.T) {
	sts, a := demo(t)
	opt := demoOptions()
	opt.Paper = Letter
	info := tool(t, "pdfinfo", render(t, a, sts, opt))
	if !strings.Contains(info, "612 x 792") {
		t.Errorf("not US Letter:\n%s", info)
	}
}

func TestDemoReportOutline(t *testing.T) {
	sts, a := demo(t)
	outline := tool(t, "mutool", "show", render(t, a, sts, demoOptions()), "outline")
	outline = strings.ReplaceAll(outline, `\"`, `"`) // mutool quotes titles like strings
	want := []string{secCover, secSummary, secAlignment, secWording, secCommitments, secVocabulary, secAppendix, "Method"}
	at := -1
	for _, w := range want {
		i := strings.Index(outline, w)
		if i < 0 {
			t.Errorf("outline lacks %q:\n%s", w, outline)
			continue
		}
		if i < at {
			t.Errorf("outline has %q out of order:\n%s", w, outline)
		}
		at = i
	}
	for _, st := range sts { // the appendix lists each statement under its section
		if !strings.Contains(outline, st.Title) {
			t.Errorf("outline lacks the statement %q", st.Title)
		}
	}
}

func TestDeterministic(t *testing.T) {
	sts, a := demo(t)
	var one, two bytes.Buffer
	if err := Write(&one, a, sts, demoOptions()); err != nil {
		t.Fatal(err)
	}
	if err := Write(&two, a, sts, demoOptions()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one.Bytes(), two.Bytes()) {
		t.Error("two reports of the same analysis differ")
	}
}

func TestProgressAndErrors(t *testing.T) {
	sts, a := demo(t)
	var seen []float64
	opt := demoOptions()
	opt.Progress = func(done float64) { seen = append(seen, done) }
	if err := Write(&bytes.Buffer{}, a, sts, opt); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] < seen[i-1] {
			t.Errorf("progress went back: %v", seen)
		}
	}
	if len(seen) == 0 || seen[len(seen)-1] != 1 {
		t.Errorf("progress did not end at 1: %v", seen)
	}
	bad := []struct {
		name string
		sts  []statement.Statement
		opt  Options
	}{
		{"fewer statements", sts[1:], Options{}},
		{"unknown baseline", sts, Options{Baseline: "nobody"}},
		{"unknown paper", sts, Options{Paper: "a3"}},
	}
	for _, b := range bad {
		if err := Write(&bytes.Buffer{}, a, b.sts, b.opt); err == nil {
			t.Errorf("%s: no error", b.name)
		}
	}
	if err := Write(&bytes.Buffer{}, nil, sts, Options{}); err == nil {
		t.Error("nil analysis: no error")
	}
}

func TestNotesAndManualMarks(t *testing.T) {
	sts, a := demo(t)
	if len(a.Pairs) == 0 {
		t.Fatal("no pairs in the demo")
	}
	p := a.Pairs[0]
	opt := demoOptions()
	opt.Notes = map[string]string{p.A: "Checked against the transcript.", p.B + "|" + p.A: "Same claim, softer wording."}
	opt.Manual = map[string]bool{p.A + "|" + p.B: true}
	txt := pdfText(t, render(t, a, sts, opt))
	for _, want := range []string{"Checked against the transcript.", "Same claim, softer wording.", "manual"} {
		if !strings.Contains(txt, want) {
			t.Errorf("%q not in the text", want)
		}
	}
}

// TestWriteSample writes the demo's sample report and the right-to-left
// one, into the files -sample=FILE.pdf and -sample-rtl=FILE.pdf name (the
// README's pictures come from them), else into a temporary folder, and
// checks each is a PDF whose text names its statements (those with a
// left-to-right title).
func TestWriteSample(t *testing.T) {
	write := func(file string, a *compare.Analysis, sts []statement.Statement, opt Options) {
		if file == "" {
			file = filepath.Join(t.TempDir(), "sample.pdf")
		}
		var buf bytes.Buffer
		if err := Write(&buf, a, sts, opt); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		txt := pdfText(t, file)
		for _, st := range sts {
			if rtl.HasRTL(st.DisplayTitle()) {
				continue // drawn shaped, in visual order: its text is checked in rtl_test.go
			}
			if !strings.Contains(txt, strings.Join(strings.Fields(st.DisplayTitle()), " ")) {
				t.Errorf("%s: the title %q is not in its text", file, st.DisplayTitle())
			}
		}
	}
	sts, a := demo(t)
	write(*samplePath, a, sts, demoOptions())
	rtl := rtlStatements()
	opt := rtlOptions()
	opt.Title = "גלנט / سلامی"
	write(*rtlSamplePath, analyze(t, rtl), rtl, opt)
}

// TestUncoveredScripts: text no embedded font covers (Chinese, Devanagari,
// emoji, control characters) must not break the report; Greek and
// Cyrillic, which Noto Sans covers, come back as written.
func TestUncoveredScripts(t *testing.T) {
	sts := []statement.Statement{
		{ID: "odd", Title: "Odd 中文", Text: "We will talk. 中文测试 😀 ∑ नमस्ते \u0007 tab\there. Ελληνικά, русский."},
		{ID: "plain", Title: "Plain", Text: "We shall talk. Nothing else."},
	}
	txt := pdfText(t, render(t, analyze(t, sts), sts, Options{Date: fixedDate, Detail: DetailFull}))
	for _, want := range []string{"Ελληνικά", "русский", "Comparison of 2 statements"} {
		if !strings.Contains(txt, want) {
			t.Errorf("%q not in the text", want)
		}
	}
}

// TestWriteCancelled: a report stopped from outside (the window's Cancel
// button) ends with the context's error and writes nothing.
func TestWriteCancelled(t *testing.T) {
	sts, a := demo(t)
	ctx, cancel := context.WithCancel(context.Background())
	opt := demoOptions()
	steps := 0
	opt.Progress = func(float64) {
		if steps++; steps == 2 {
			cancel() // after the second section
		}
	}
	var out bytes.Buffer
	if err := WriteContext(ctx, &out, a, sts, opt); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled report: error %v, want context.Canceled", err)
	}
	if out.Len() != 0 || steps != 2 {
		t.Errorf("cancelled after 2 sections, yet %d sections ran and %d bytes were written", steps, out.Len())
	}
}

// Statements are named by their names, not their ids, except where the
// id is the point: a citation ("kirby:s4") and the appendix's "id:" line.
func TestNamesNotIDs(t *testing.T) {
	sts, _ := demo(t)
	for i := range sts {
		sts[i].ID = fmt.Sprintf("stmt-%c", 'a'+i) // ids no word of the text can be taken for
	}
	a := analyze(t, sts)
	opt := demoOptions()
	opt.Baseline = "stmt-a"
	txt := pdfText(t, render(t, a, sts, opt))
	txt = regexp.MustCompile(`[A-Za-z0-9-]+:s\d+`).ReplaceAllString(txt, " ")
	txt = regexp.MustCompile(`id: [A-Za-z0-9-]+`).ReplaceAllString(txt, " ")
	for _, st := range a.Statements {
		if regexp.MustCompile(`(^|[\s(])` + regexp.QuoteMeta(st.ID) + `([\s),.;]|$)`).MatchString(txt) {
			i := regexp.MustCompile(regexp.QuoteMeta(st.ID)).FindStringIndex(txt)
			t.Errorf("statement id %q is printed where its name should be: …%s…", st.ID, txt[max(0, i[0]-80):min(len(txt), i[1]+40)])
		}
	}
}

// A statement's web address on the cover opens it.
func TestSourceURLIsALink(t *testing.T) {
	sts, _ := demo(t)
	sts[0].Source = "https://www.example.org/briefing-room/statement-on-the-attack"
	hash := strings.Repeat("0123456789abcdef", 4)
	sts[0].Extra = map[string]string{"retrieved": "2026-12-05T10:14Z", "sha256": hash,
		"final_url": "https://www.example.org/briefing-room/statements/2026/12/05/statement-on-the-attack/"}
	a := analyze(t, sts)
	pdf, _ := written(t, a, sts, Options{Date: fixedDate})
	if !bytes.Contains(pdf, []byte("/URI (https://www.example.org/briefing-room/statement-on-the-attack)")) {
		t.Error("the source's web address is not a link")
	}
	if txt := pdfText(t, render(t, a, sts, Options{Date: fixedDate})); !strings.Contains(txt, "retrieved 2026-12-05T10:14Z") {
		t.Error("the retrieval date is not on the cover")
	}
	// Narrow columns wrap the address and the digest: read without spaces.
	txt := strings.Join(strings.Fields(pdfText(t, render(t, a, sts, Options{Date: fixedDate}))), "")
	for _, want := range []string{"SHA-256ofthepageasreceived:" + hash, "answeredbyhttps://www.example.org/briefing-room/statements/2026/12/05/statement-on-the-attack/"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the cover lacks %q of the fetched page's provenance", want)
		}
	}
	if got := sourceSpan("News article on Iran's attack, AP"); got.st.url != "" {
		t.Errorf("a source that is no address became a link: %q", got.st.url)
	}
}

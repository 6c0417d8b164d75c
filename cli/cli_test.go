package cli

import (
	"github.com/parley-app/parley/internal/appinfo"

	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/project"
)

var testInfo = appinfo.AppInfo{Name: "Parley", ID: "io.example.parley", Version: "1.2.3", Build: 7}

type run struct {
	code           int
	stdout, stderr string
	opened         []Window
}

func runCLI(args ...string) run {
	var out, errb bytes.Buffer
	var r run
	env := Env{Stdout: &out, Stderr: &errb, Info: testInfo, OpenWindow: func(w Window) error {
		r.opened = append(r.opened, w)
		return nil
	}}
	r.code = Run(args, env)
	r.stdout, r.stderr = out.String(), errb.String()
	return r
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunErrorsAreOneLineWithStatus2(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.parley", `{"format":"parley-project","format_version":9}`)
	bin := writeFile(t, dir, "bin.txt", "\x00\x01\x02")
	for _, args := range [][]string{
		{"--frobnicate"},
		{"frobnicate"},
		{"open"},
		{"open", filepath.Join(dir, "missing.txt")},
		{"open", bad},
		{"open", bin},
		{"open", "--nope", "a.txt"},
		{"version", "--nope"},
	} {
		r := runCLI(args...)
		if r.code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, r.code, ExitUsage)
		}
		if lines := strings.Count(r.stderr, "\n"); lines != 1 || !strings.HasPrefix(r.stderr, "parley: ") {
			t.Errorf("%v: stderr %q should be one line starting with 'parley: '", args, r.stderr)
		}
		if len(r.opened) != 0 {
			t.Errorf("%v: a window was opened despite the error", args)
		}
	}
}

func TestRunVersionAndHelp(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		r := runCLI(args...)
		if r.code != 0 || r.stdout != "Parley 1.2.3 (build 7, io.example.parley)\n" {
			t.Errorf("%v: exit %d, stdout %q", args, r.code, r.stdout)
		}
	}
	r := runCLI("help")
	for _, want := range []string{"parley open FILE...", "parley demo", "parley version"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestRunOpensWindow(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", "---\ntitle: A\n---\nWe pledge support.")
	b := writeFile(t, dir, "b.txt", "We refuse.")
	p, _ := project.Demo()
	proj := filepath.Join(dir, "demo.parley")
	if err := p.Save(proj); err != nil {
		t.Fatal(err)
	}

	r := runCLI()
	if r.code != 0 || len(r.opened) != 1 || r.opened[0].Project != nil {
		t.Errorf("no arguments: want the window with the last project, got %+v", r)
	}
	r = runCLI("demo")
	if r.code != 0 || len(r.opened) != 1 || r.opened[0].Project.Title != project.DemoTitle {
		t.Errorf("demo: %+v", r)
	}
	r = runCLI("open", a, b)
	if r.code != 0 || len(r.opened) != 1 || len(r.opened[0].Project.Statements) != 2 || r.opened[0].ProjectPath != "" {
		t.Fatalf("open statements: %+v", r)
	}
	if got := r.opened[0].Project.Statements[1].Title; got != "b" {
		t.Errorf("untitled file should take its name as title, got %q", got)
	}
	r = runCLI("open", proj)
	if r.code != 0 || r.opened[0].ProjectPath != proj || len(r.opened[0].Project.Statements) != 5 {
		t.Errorf("open project: %+v", r)
	}
	r = runCLI("open", proj, a)
	if r.code != ExitUsage {
		t.Errorf("a project mixed with statements should be refused, got %+v", r)
	}
	// Without "open", as the desktop entry (Exec=parley %F) and the Windows
	// file association call it.
	r = runCLI(proj)
	if r.code != 0 || len(r.opened) != 1 || r.opened[0].ProjectPath != proj {
		t.Errorf("parley PROJECT: %+v", r)
	}
	r = runCLI(a, b)
	if r.code != 0 || len(r.opened) != 1 || len(r.opened[0].Project.Statements) != 2 {
		t.Errorf("parley FILE FILE: %+v", r)
	}
}

func TestAnalyzeText(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", "---\ntitle: A\n---\nWe condemn the attack in the strongest terms. Aid must reach Gaza.")
	b := writeFile(t, dir, "b.md", "---\ntitle: B\n---\nWe denounce and condemn this attack.")
	r := runCLI("analyze", a, b)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Condemnation", "not addressed", "Aligned pairs", "[condemnation] a:s1 ↔ b:s1", "Distinctive vocabulary"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("analyze output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("colour codes written to a non-terminal")
	}
}

func TestAnalyzeTopicsFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Farmers expect rain. The harvest will be late.")
	scheme := writeFile(t, dir, "t.toml", "threshold = 1\n[[topic]]\nid = \"weather\"\nlabel = \"Weather\"\ncues = { \"rain\" = 2 }\n")
	r := runCLI("analyze", "--json", "--topics", scheme, a)
	if r.code != 0 || !strings.Contains(r.stdout, `"label":"Weather"`) {
		t.Errorf("custom scheme not used: exit %d %s", r.code, r.stderr)
	}
	bad := writeFile(t, dir, "bad.toml", "[[topic]]\nlabel = \"no id\"\n")
	if r := runCLI("analyze", "--topics", bad, a); r.code != ExitUsage || !strings.Contains(r.stderr, "bad.toml") {
		t.Errorf("bad scheme: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestDiffText(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "v1.txt", "We shall not waver. We will help.")
	b := writeFile(t, dir, "v2.txt", "We will not waver. We will help.")
	r := runCLI("diff", a, b)
	if r.code != 0 || !strings.Contains(r.stdout, "[-shall-] {+will+}") || !strings.Contains(r.stdout, "1 word inserted, 1 deleted") {
		t.Errorf("diff output:\n%s%s", r.stdout, r.stderr)
	}
	if r := runCLI("diff", a); r.code != ExitUsage {
		t.Errorf("diff with one file: exit %d", r.code)
	}
}

func TestQuotes(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, dir, "article.txt", "---\ntitle: Talks stall\ndate: 2024-04-15\n---\n"+
		"“We will not accept this proposal,” Foreign Minister Ana Ruiz told reporters on Monday.\n\n"+
		"According to a senior official, the talks will resume next week. Ruiz added that “the door remains open.”\n")
	r := runCLI("quotes", "--json", article)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{`"name":"Ana Ruiz"`, `"text":"We will not accept this proposal,"`, `"direct":true`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("quotes JSON lacks %s:\n%s", want, r.stdout)
		}
	}
	out := filepath.Join(dir, "split")
	r = runCLI("quotes", "--split", out, article)
	files, _ := filepath.Glob(filepath.Join(out, "*.md"))
	if r.code != 0 || len(files) < 2 {
		t.Fatalf("split wrote %v (exit %d, %s)", files, r.code, r.stderr)
	}
	if w, err := LoadFiles(files); err != nil || len(w.Project.Statements) != len(files) {
		t.Errorf("split files do not load as statements: %v", err)
	}
	if r := runCLI("quotes"); r.code != ExitUsage {
		t.Errorf("quotes without a file: exit %d", r.code)
	}
}

func TestReport(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", "---\ntitle: Statement A\nspeaker: Alpha\n---\nWe condemn the attack in the strongest terms. We will not take part in offensive actions.")
	b := writeFile(t, dir, "b.md", "---\ntitle: Statement B\nspeaker: Beta\n---\nWe denounce and condemn this attack. We shall not waver.")
	out := filepath.Join(dir, "r.pdf")
	r := runCLI("report", "-o", out, "--title", "Test report", "--analyst", "A. Analyst", a, b)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	text, err := exec.Command("pdftotext", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Test report", "Statement A", "Statement B", "Condemnation"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("report text lacks %q", want)
		}
	}
	if r := runCLI("report", "--paper", "a3", a); r.code != ExitUsage {
		t.Errorf("bad paper size: exit %d", r.code)
	}
}

// TestTranslationLoadsWithItsOriginal: opening the Persian statement
// brings its translation, linked; analyze reads the pair as one column and
// prints the sentence links.
func TestTranslationLoadsWithItsOriginal(t *testing.T) {
	fa := filepath.Join("..", "testdata", "translation", "spokesman-talks.fa.txt")
	en := filepath.Join("..", "testdata", "translation", "spokesman-talks.en.txt")
	for _, paths := range [][]string{{fa}, {en}, {fa, en}} {
		w, err := LoadFiles(paths)
		if err != nil {
			t.Fatal(err)
		}
		sts := w.Project.Statements
		if len(sts) != 2 {
			t.Fatalf("%v: %d statements, want the original and its translation", paths, len(sts))
		}
		byID := map[string]project.Entry{sts[0].ID: sts[0], sts[1].ID: sts[1]}
		orig, tr := byID["spokesman-talks-fa"], byID["spokesman-talks-en"]
		if orig.Translation != tr.ID || tr.TranslationOf != orig.ID || !orig.Included || !tr.Included {
			t.Errorf("%v: not linked by ID: %q → %q, %q ← %q", paths, orig.ID, orig.Translation, tr.ID, tr.TranslationOf)
		}
	}
	r := runCLI("analyze", "--json", fa)
	if r.code != ExitOK {
		t.Fatalf("analyze: %d %s", r.code, r.stderr)
	}
	for _, want := range []string{`"original":{`, `"id":"spokesman-talks-fa"`, `"name":"Persian"`, `"kind":"1-2"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("analyze --json lacks %s", want)
		}
	}
	r = runCLI("analyze", fa)
	if !strings.Contains(r.stdout, "English translation of spokesman-talks-fa") || strings.Contains(r.stdout, "\n  spokesman-talks-fa ") {
		t.Errorf("analyze lists the pair as:\n%s", r.stdout[:min(len(r.stdout), 600)])
	}
}

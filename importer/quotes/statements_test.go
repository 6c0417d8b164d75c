package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

var seedMeta = statement.Statement{
	Title:    "Biden tells Netanyahu the US will not join a counterattack",
	Date:     "2024-04-14",
	Source:   "News article, April 2024",
	Language: "en",
}

func TestStatements(t *testing.T) {
	r := Extract(readTestdata(t, "article.txt"))
	sts := Statements(r, seedMeta)
	if len(sts) != len(r.Speakers) {
		t.Fatalf("%d statements for %d speakers", len(sts), len(r.Speakers))
	}
	ids := map[string]bool{}
	for i, st := range sts {
		sp := r.Speakers[i]
		if want := sp.Name + ": quotes from " + seedMeta.Title; st.Title != want {
			t.Errorf("title %q, want %q", st.Title, want)
		}
		if st.Date != seedMeta.Date || !strings.Contains(st.Source, seedMeta.Source) || st.Language != "en" || st.Organization != sp.Organization {
			t.Errorf("%s: metadata not carried: %+v", sp.Name, st)
		}
		if !strings.Contains(st.Extra["note"], "Extracted automatically") {
			t.Errorf("%s: note %q", sp.Name, st.Extra["note"])
		}
		if paras := strings.Split(st.Text, "\n\n"); len(paras) != len(sp.Quotes) {
			t.Errorf("%s: %d paragraphs for %d quotes", sp.Name, len(paras), len(sp.Quotes))
		}
		if ids[st.ID] || st.ID == "" {
			t.Errorf("ID %q empty or repeated", st.ID)
		}
		ids[st.ID] = true
	}
	kirby := sts[indexOf(t, r, "John Kirby")]
	if kirby.Speaker != "John Kirby, national security spokesperson" || kirby.Organization != "White House" {
		t.Errorf("Kirby: speaker %q, organization %q", kirby.Speaker, kirby.Organization)
	}
	israel := sts[indexOf(t, r, "Israel")]
	if israel.Text != "“We are not seeking a significant escalation with Iran.”" {
		t.Errorf("Israel's text: %q", israel.Text)
	}
	// “…,” Israel informed the US, according to a senior … official: relayed
	if want := "via a senior administration official, in " + seedMeta.Source; israel.Source != want || israel.Extra["via"] != "a senior administration official" {
		t.Errorf("Israel's source %q, via %q; want %q", israel.Source, israel.Extra["via"], want)
	}
	if kirby.Source != seedMeta.Source || kirby.Extra["via"] != "" {
		t.Errorf("Kirby told the journalist himself: source %q, via %q", kirby.Source, kirby.Extra["via"])
	}
}

// TestStatementsVia checks the source a relayed speaker's statement gets,
// and that it reads back from the statement file.
func TestStatementsVia(t *testing.T) {
	article := "“We will not retreat,” Defence Minister Ola Brun said on Monday. " +
		"According to two aides, Brun told the cabinet that the army would stay. " +
		"A local newspaper quoted Brun as saying the border was calm."
	r := Extract(article)
	sts := Statements(r, statement.Statement{Title: "Border tensions", Source: "Wirepost"})
	brun := sts[indexOf(t, r, "Ola Brun")]
	want := "Wirepost; via two aides for 1 of 3 statements; via local newspaper for 1 of 3 statements"
	if brun.Source != want || brun.Extra["via"] != "two aides; local newspaper" {
		t.Fatalf("source %q, via %q; want %q", brun.Source, brun.Extra["via"], want)
	}
	back, err := statement.ParseStatement("brun.md", statement.FormatStatement(brun))
	if err != nil || back.Source != want || back.Extra["via"] != brun.Extra["via"] {
		t.Errorf("does not read back: %+v, %v", back, err)
	}
	r = Extract("According to two aides, Brun told the cabinet that the army would stay.")
	if got := Statements(r, statement.Statement{Title: "Border tensions"})[0].Source; got != "via two aides, in Border tensions" {
		t.Errorf("all relayed: source %q", got)
	}
}

func indexOf(t *testing.T, r Result, name string) int {
	t.Helper()
	for i, sp := range r.Speakers {
		if sp.Name == name {
			return i
		}
	}
	t.Fatalf("no speaker %q", name)
	return -1
}

func TestWriteSplit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "split")
	r := Extract(readTestdata(t, "article.txt"))
	paths, err := WriteSplit(dir, r, seedMeta)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != len(r.Speakers) {
		t.Fatalf("%d files for %d speakers", len(paths), len(r.Speakers))
	}
	want := Statements(r, seedMeta)
	for i, p := range paths {
		if filepath.Dir(p) != dir || !strings.HasSuffix(p, ".md") {
			t.Errorf("path %q", p)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		st, err := statement.ParseStatement(filepath.Base(p), data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if st.Title != want[i].Title || st.Speaker != want[i].Speaker || strings.TrimSpace(st.Text) != want[i].Text {
			t.Errorf("%s does not read back: %+v", p, st)
		}
	}
	if base := filepath.Base(paths[indexOf(t, r, "John Kirby")]); base != "john-kirby.md" {
		t.Errorf("Kirby's file is %q", base)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != len(paths) {
		t.Errorf("%d entries in %s, want %d (temporary files left behind?)", len(ents), dir, len(paths))
	}
}

func TestWriteSplitError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := WriteSplit(filepath.Join(file, "sub"), Extract(`"Yes," Kirby said.`), seedMeta)
	if err == nil || !strings.Contains(err.Error(), "file") {
		t.Errorf("want an error naming the directory, got %v", err)
	}
}

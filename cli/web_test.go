package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare"
)

// parley analyze takes web addresses beside files: each page is fetched
// and analysed, its address kept as its source; a failing address fails
// the command with an error naming it.
func TestAnalyzeWebAddresses(t *testing.T) {
	pages := map[string]string{
		"/velm/statement-on-the-harn-valley": "Velm condemns the incursion into the Harn Valley. We call on Arden to withdraw its forces.",
		"/arden/statement-on-the-border":     "Arden rejects the accusations of Velm. Arden will not withdraw its forces from the valley.",
	}
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		text, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><meta property="article:published_time" content="2026-03-16"></head><body><main><p>%s</p></main></body></html>`, text)
	}))
	defer s.Close()
	r := runCLI("analyze", "--json", s.URL+"/velm/statement-on-the-harn-valley", s.URL+"/arden/statement-on-the-border")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var a compare.Analysis
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Statements) != 2 || a.Statements[0].Source != s.URL+"/velm/statement-on-the-harn-valley" || a.Statements[1].Date != "2026-03-16" {
		t.Fatalf("statements: %+v", a.Statements)
	}
	r = runCLI("analyze", s.URL+"/velm/statement-on-the-harn-valley", s.URL+"/nowhere")
	if r.code == ExitOK || !strings.Contains(r.stderr, s.URL+"/nowhere: the server has no such page (HTTP 404)") {
		t.Errorf("a missing page: exit %d, %q", r.code, r.stderr)
	}
}

// One text given twice, under two names, is read once, and the command
// says so.
func TestDuplicateFilesAreReadOnce(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "---\ntitle: A\n---\nWe condemn the attack. We call for restraint.")
	b := writeFile(t, dir, "b.txt", "---\ntitle: A copy\n---\nWe condemn the attack. We call for restraint.")
	c := writeFile(t, dir, "c.txt", "---\ntitle: C\n---\nWe will respond to any attack.")
	r := runCLI("analyze", "--json", a, b, c)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var an compare.Analysis
	if err := json.Unmarshal([]byte(r.stdout), &an); err != nil {
		t.Fatal(err)
	}
	if len(an.Statements) != 2 || !strings.Contains(r.stderr, b+" has the same text as "+a+": read once") {
		t.Errorf("%d statements; stderr %q", len(an.Statements), r.stderr)
	}
}

// parley refetch fetches each web statement of a project again: an
// unchanged page is said so; a changed one is diffed against the kept copy.
func TestRefetch(t *testing.T) {
	text := "Velm condemns the incursion. We call on Arden to withdraw its forces."
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>Velm</title></head><body><main><p>%s</p></main></body></html>`, text)
	}))
	defer s.Close()
	w, err := LoadFiles([]string{s.URL + "/velm/statement"})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Project.Pages) != 1 {
		t.Errorf("%d pages kept for one address", len(w.Project.Pages))
	}
	path := filepath.Join(t.TempDir(), "velm.parley")
	if err := w.Project.Save(path); err != nil {
		t.Fatal(err)
	}
	r := runCLI("refetch", path)
	if r.code != ExitOK || !strings.Contains(r.stdout, "unchanged since") {
		t.Fatalf("exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	text = "Velm condemns the incursion. We demand that Arden withdraw its forces."
	r = runCLI("refetch", "--json", path)
	var got []Refetched
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != ExitOK {
		t.Fatalf("exit %d, %v: %s%s", r.code, err, r.stdout, r.stderr)
	}
	if len(got) != 1 || !got[0].Changed || !got[0].TextChanged || got[0].Diff == nil || got[0].Diff.Summary.Inserted == 0 ||
		got[0].SHA256 == got[0].SHA256Before || got[0].SHA256Before == "" {
		t.Errorf("a changed page: %+v", got)
	}
}

// Statements keep the order they were named in, addresses among files:
// the first named is the first pane and the default baseline.
func TestAddressesKeepTheirPlace(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Velm</title></head><body><main><p>Velm condemns the incursion. We call on Arden to withdraw.</p></main></body></html>`)
	}))
	defer s.Close()
	file := "../testdata/translation/spokesman-talks.fa.txt" // brings its English translation along
	w, err := LoadFiles([]string{s.URL + "/velm", file})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range w.Project.Statements {
		got = append(got, e.Source)
	}
	if len(got) != 3 || got[0] != s.URL+"/velm" {
		t.Fatalf("sources in order %q: the address named first must come first", got)
	}
	if w.Project.Partner(1) != 2 {
		t.Errorf("the Persian statement and its translation are no longer linked: partner of 1 is %d", w.Project.Partner(1))
	}
}

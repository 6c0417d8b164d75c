package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuotesVia checks that a relayed quote carries its relayer: in the
// JSON ("via"), in the listing, and in the split statement's source.
func TestQuotesVia(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, dir, "article.txt", "---\ntitle: Harbour dispute\n---\n"+
		"According to a senior port official, Mayor Lena Dahl told the council that the harbour would close.\n")
	r := runCLI("quotes", "--json", article)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{`"name":"Lena Dahl"`, `"via":"a senior port official"`, `"text":"the harbour would close"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("quotes JSON lacks %s:\n%s", want, r.stdout)
		}
	}
	if r := runCLI("quotes", article); !strings.Contains(r.stdout, "via a senior port official") {
		t.Errorf("listing does not name the relayer:\n%s", r.stdout)
	}
	out := filepath.Join(dir, "split")
	if r := runCLI("quotes", "--split", out, article); r.code != 0 {
		t.Fatalf("split: exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "lena-dahl.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "source: via a senior port official, in Harbour dispute") {
		t.Errorf("split statement's front matter lacks the relayer:\n%s", data)
	}
}

package project

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// TestPagesKeptWithTheProject: a fetched page is saved compressed with the
// statement that names it, read back byte for byte, dropped when its
// statement goes, and a damaged copy is an error, never other bytes.
func TestPagesKeptWithTheProject(t *testing.T) {
	body := bytes.Repeat([]byte("<html><body><p>The ministers met today.</p></body></html>\n"), 200)
	pg, err := NewPage("https://example.gov/s", "https://www.example.gov/s/", "text/html", "2026-12-05T10:00:00Z", body)
	if err != nil {
		t.Fatal(err)
	}
	if len(pg.Gzip) >= len(body)/4 {
		t.Errorf("%d bytes kept for a %d-byte page: not compressed", len(pg.Gzip), len(body))
	}
	p := &Project{}
	p.Add(statement.Statement{ID: "web", Title: "Web", Text: "The ministers met today.", Extra: map[string]string{"sha256": pg.SHA256}},
		statement.Statement{ID: "file", Title: "File", Text: "Another text."})
	p.KeepPage(pg)
	p.KeepPage(pg)
	if len(p.Pages) != 1 {
		t.Fatalf("the same page kept %d times", len(p.Pages))
	}
	path := filepath.Join(t.TempDir(), "p.parley")
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := back.Page(pg.SHA256)
	if !ok {
		t.Fatal("the page was not saved")
	}
	if b, err := got.Body(); err != nil || !bytes.Equal(b, body) {
		t.Fatalf("the page read back differs (%v)", err)
	}
	damaged := got
	damaged.Gzip = append([]byte(nil), got.Gzip...)
	damaged.Gzip[len(damaged.Gzip)/2] ^= 0xff
	if _, err := damaged.Body(); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("a damaged copy gave %v", err)
	}
	back.Remove(0)
	if err := back.Save(path); err != nil {
		t.Fatal(err)
	}
	again, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Pages) != 0 {
		t.Errorf("the removed statement's page is still kept")
	}
}

func TestDamagedPageRecordRejected(t *testing.T) {
	for name, data := range map[string]string{
		"bad hash": `{"format":"parley-project","format_version":1,"statements":[],"settings":{},"pages":[{"sha256":"xyz","url":"u","gzip":"AAAA"}]}`,
		"empty":    `{"format":"parley-project","format_version":1,"statements":[],"settings":{},"pages":[{"sha256":"` + strings.Repeat("ab", 32) + `","url":"u"}]}`,
	} {
		if _, err := Unmarshal(name, []byte(data)); err == nil || !strings.Contains(err.Error(), "kept page 1") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

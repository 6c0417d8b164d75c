package compare

import (
	"context"
	"testing"

	"github.com/parley-app/parley/statement"
)

// TestProvenanceOfFetchedStatements: a statement fetched from the web
// carries its address, retrieval time and the hash of the bytes received
// into the analysis; a statement from a file carries none.
func TestProvenanceOfFetchedStatements(t *testing.T) {
	fetched := statement.Statement{ID: "web", Title: "A page", Source: "https://example.gov/statement",
		Text: "The ministers met today. They agreed on a plan.",
		Extra: map[string]string{"retrieved": "2026-12-05T10:00:00Z", "final_url": "https://www.example.gov/statement/",
			"sha256": "ab12", "http_status": "200"}}
	file := statement.Statement{ID: "file", Title: "A file", Source: "Ministry press office", Text: "The ministers met today."}
	a, err := Analyze(context.Background(), []statement.Statement{fetched, file}, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := a.Statements[0]
	if got.SourceURL != fetched.Source || got.FinalURL != "https://www.example.gov/statement/" ||
		got.Retrieved != "2026-12-05T10:00:00Z" || got.SHA256 != "ab12" {
		t.Errorf("fetched statement's provenance: %+v", got)
	}
	if f := a.Statements[1]; f.SourceURL != "" || f.Retrieved != "" || f.SHA256 != "" || f.FinalURL != "" {
		t.Errorf("a statement from a file has web provenance: %+v", f)
	}
}

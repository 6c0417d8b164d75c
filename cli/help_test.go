package cli

import (
	"os"
	"strings"
	"testing"

	"github.com/parley-app/parley/importer"
)

// The open command's help names a file ending of every format the importer
// reads, and the README's command list says the same.
func TestOpenHelpNamesEveryFormat(t *testing.T) {
	var summary string
	for _, c := range commands() {
		if c.name == "open" {
			summary = c.summary
		}
	}
	for _, exts := range [][]string{importer.TextExtensions, importer.HTMLExtensions, importer.DOCXExtensions, importer.PDFExtensions} {
		named := false
		for _, ext := range exts {
			named = named || strings.Contains(summary, ext+",") || strings.Contains(summary, ext+")")
		}
		if !named {
			t.Errorf("the open command's help %q names none of %v", summary, exts)
		}
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(line, "parley open FILE...") {
			if got := strings.TrimSpace(strings.TrimPrefix(line, "parley open FILE...")); got != summary {
				t.Errorf("README.md says of parley open %q, its help %q", got, summary)
			}
			return
		}
	}
	t.Error("README.md's command list has no parley open FILE... line")
}

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
	var summary, args string
	for _, c := range commands() {
		if c.name == "open" {
			summary, args = c.summary, c.args
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
	// "parley open ARGS  summary", the summary going on in indented lines.
	lines := strings.Split(string(readme), "\n")
	head := "parley open " + args
	for i, line := range lines {
		if line == head || strings.HasPrefix(line, head+" ") {
			got := strings.TrimSpace(strings.TrimPrefix(line, head))
			for _, more := range lines[i+1:] {
				if !strings.HasPrefix(more, "   ") {
					break
				}
				got += " " + strings.TrimSpace(more)
			}
			if got = strings.TrimSpace(got); got != summary {
				t.Errorf("README.md says of parley open %q, its help %q", got, summary)
			}
			return
		}
	}
	t.Errorf("README.md's command list has no parley open %s line", args)
}

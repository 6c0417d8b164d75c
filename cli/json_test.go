package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJSONCompactForScripts checks that --json written to a file or a pipe
// is one compact line that parses, and that /dev/null, a character device
// but no terminal, is not taken for one.
func TestJSONCompactForScripts(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "v1.txt", "We shall not waver. We will help.")
	b := writeFile(t, dir, "v2.txt", "We will not waver. We will help.")
	out, err := os.Create(filepath.Join(dir, "out.json"))
	if err != nil {
		t.Fatal(err)
	}
	if code := Run([]string{"diff", "--json", a, b}, Env{Stdout: out, Stderr: os.Stderr, Info: testInfo}); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	out.Close()
	data, err := os.ReadFile(out.Name())
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(string(data), "\n"); lines != 1 {
		t.Errorf("JSON to a file has %d lines, want one compact line:\n%s", lines, data)
	}
	var d struct {
		Summary struct{ Inserted, Deleted int }
	}
	if err := json.Unmarshal(data, &d); err != nil || d.Summary.Inserted != 1 || d.Summary.Deleted != 1 {
		t.Errorf("compact JSON does not read back: %v %+v", err, d)
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, f := range []*os.File{null, w, out} {
		if isTerminal(f) {
			t.Errorf("%s taken for a terminal", f.Name())
		}
	}
}

package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	st, err := ReadFile(write("Kirby Remarks.md", "---\nspeaker: John Kirby\n---\nWe don't believe it is."))
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "Kirby Remarks" || st.ID != "kirby-remarks" || st.Speaker != "John Kirby" {
		t.Errorf("got %+v", st)
	}

	for _, tt := range []struct{ file, content, want string }{
		{"report.docx", "PK", "cannot read .docx files yet"},
		{"empty.txt", "", "no statement text"},
		{"blank.txt", " \n\t\n", "no statement text"},
		{"image.txt", "\x89PNG\r\n\x1a\n\x00\x00", "binary"},
		{"latin1.txt", "caf\xe9", "not valid UTF-8"},
	} {
		_, err := ReadFile(write(tt.file, tt.content))
		if err == nil || !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v should name the file and say %q", tt.file, err, tt.want)
		}
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
}

func TestReadRefusesHugeInput(t *testing.T) {
	huge := strings.NewReader(strings.Repeat("a", MaxFileSize+10))
	_, err := Read("big.txt", huge)
	if err == nil || !strings.Contains(err.Error(), "larger than 50 MB") {
		t.Errorf("got %v", err)
	}
}

func TestFromText(t *testing.T) {
	st, err := FromText("Pasted 1", "We shall not waver.")
	if err != nil || st.Title != "Pasted 1" || st.Text != "We shall not waver." {
		t.Errorf("got %+v, %v", st, err)
	}
	st, _ = FromText("Pasted 2", "---\ntitle: G7\n---\nText.")
	if st.Title != "G7" {
		t.Errorf("front matter in pasted text ignored: %+v", st)
	}
	if _, err := FromText("x", "   "); err == nil {
		t.Error("blank paste accepted")
	}
}

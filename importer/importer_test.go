package importer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// writeFile writes content into dir and returns its path.
func writeFile(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, content, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	st, err := ReadFile(writeFile(t, dir, "Kirby Remarks.md", []byte("---\nspeaker: John Kirby\n---\nWe don't believe it is.")))
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "Kirby Remarks" || st.ID != "kirby-remarks" || st.Speaker != "John Kirby" {
		t.Errorf("got %+v", st)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := ReadFile(dir + "/sub.txt/"); err == nil {
		t.Error("a folder was read")
	}
}

// TestBadInput feeds every kind of broken file through ReadFile: each must
// give an error that names the file and says what is wrong, never panic.
func TestBadInput(t *testing.T) {
	bomb := zipBomb(t, false)
	deep := []byte(strings.Repeat("<div>", 10000) + "text" + strings.Repeat("</div>", 10000))
	pdf := fixture(t, "communique.pdf")
	for _, tt := range []struct {
		file    string
		content []byte
		want    string
	}{
		{"empty.txt", nil, "no statement text (the file is empty)"},
		{"blank.txt", []byte(" \n\t\n\r\n"), "no statement text"},
		{"blank.md", []byte("\ufeff  \n"), "no statement text"},
		{"image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "looks like a PNG image (a binary file)"},
		{"photo.html", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "looks like a JPEG image"},
		{"program.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), "looks like a program"},
		{"report.txt", pdf[:2000], "looks like a PDF file"},
		{"letter.txt", []byte("PK\x03\x04\x14\x00\x06\x00"), "rename it to end in .docx"},
		{"nul.txt", []byte("abc\x00\x00\x01\x02\x00def\x00"), "contains NUL bytes"},
		{"garbage.txt", []byte("abc \x81\x8d\x90 def"), "not valid UTF-8, nor Windows-1252"},
		{"mixed.txt", []byte("café and caf\xe9"), "mixes UTF-8 with another encoding"},
		{"controls.txt", []byte("a\x01b\x02c\x03d\x04e"), "full of control characters"},
		{"empty.docx", nil, "no statement text"},
		{"corrupt.docx", []byte("PK\x03\x04 this is no zip archive at all"), "damaged (not a readable zip archive"},
		{"text.docx", []byte("Just some text saved as .docx"), "does not look like a Word (.docx) file"},
		{"old.docx", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), "save it as .docx"},
		{"bomb.docx", bomb, "zip bomb"},
		{"empty.pdf", nil, "no statement text"},
		{"notes.pdf", []byte("These are notes, not a PDF."), "does not look like a PDF"},
		{"truncated.pdf", pdf[:len(pdf)/2], "incomplete"},
		{"encrypted.pdf", fixture(t, "encrypted.pdf"), "is encrypted; remove the password and export again"},
		{"scanned.pdf", fixture(t, "scanned.pdf"), "has no text layer (scanned?); run OCR first"},
		{"empty.html", []byte("  \n"), "no statement text"},
		{"deep.html", deep, "is not a web page Parley can read"},
		{"menu.html", []byte(`<html><body><nav><a href="/">Home</a></nav><p><a href="/x">Only a link</a></p></body></html>`), "no article text found"},
		{"notes.rtf", []byte("{\\rtf1 hello}"), "cannot read .rtf files"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), tt.file, tt.content)
			_, err := ReadFile(path)
			if err == nil || !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v should name the file and say %q", err, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), ";") {
				t.Errorf("error %q does not say what to do", err)
			}
		})
	}
}

// TestEmptyWrapsSentinel lets callers tell "nothing to import" apart.
func TestEmptyWrapsSentinel(t *testing.T) {
	for _, name := range []string{"a.txt", "a.html", "a.pdf", "a.docx"} {
		if _, err := Read(name, strings.NewReader("")); !errors.Is(err, statement.ErrEmptyStatement) {
			t.Errorf("%s: %v does not wrap ErrEmptyStatement", name, err)
		}
	}
}

func TestReadRefusesHugeInput(t *testing.T) {
	huge := strings.NewReader(strings.Repeat("a", MaxFileSize+10))
	_, err := Read("big.txt", huge)
	if err == nil || !strings.Contains(err.Error(), "larger than 50 MB") {
		t.Errorf("got %v", err)
	}
}

// TestReadFileRefusesHugeFileUnread: a sparse 60 MB file is refused from
// its size alone; reading it would take a second and 60 MB of memory.
func TestReadFileRefusesHugeFileUnread(t *testing.T) {
	for _, name := range []string{"big.txt", "big.pdf", "big.docx", "big.html"} {
		p := filepath.Join(t.TempDir(), name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(60 << 20); err != nil {
			t.Fatal(err)
		}
		f.Close()
		_, err = ReadFile(p)
		if err == nil || !strings.Contains(err.Error(), name+": larger than 50 MB; split it") {
			t.Errorf("got %v", err)
		}
	}
}

func TestSupportedAndExtensions(t *testing.T) {
	for _, name := range []string{"a.txt", "b.MD", "c.markdown", "d.text", "e.html", "f.HTM", "g.docx", "h.pdf"} {
		if !Supported(name) {
			t.Errorf("%s not supported", name)
		}
	}
	for _, name := range []string{"a.doc", "b.rtf", "c", "d.png", "e.odt"} {
		if Supported(name) {
			t.Errorf("%s supported", name)
		}
	}
	exts := Extensions()
	for _, want := range []string{".txt", ".md", ".html", ".htm", ".docx", ".pdf"} {
		if !contains(exts, want) {
			t.Errorf("Extensions() = %v lacks %s", exts, want)
		}
	}
	for _, e := range exts {
		if !Supported("x"+e) || e != strings.ToLower(e) || !strings.HasPrefix(e, ".") {
			t.Errorf("bad extension %q", e)
		}
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

// TestEveryFormatGetsIDAndTitle: a file without a title is named after
// itself, whatever its format.
func TestEveryFormatGetsIDAndTitle(t *testing.T) {
	for name, content := range map[string][]byte{
		"Plain Notes.txt":  []byte("Text."),
		"Saved Page.html":  []byte("<p>Text of the page, long enough to count as a paragraph.</p>"),
		"Word Letter.docx": makeDOCX(t, map[string]string{"word/document.xml": docXML(`<w:p><w:r><w:t>Text.</w:t></w:r></w:p>`)}),
	} {
		st, err := Read(name, bytes.NewReader(content))
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(name, filepath.Ext(name))
		if st.Title != base || st.ID != statement.Slug(base) {
			t.Errorf("%s: title %q id %q", name, st.Title, st.ID)
		}
	}
}

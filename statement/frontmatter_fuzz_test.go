package statement

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseStatement: any bytes either parse to a statement with text and a
// title, or give an error naming the file; a parsed statement written back
// with FormatStatement parses to the same statement.
func FuzzParseStatement(f *testing.F) {
	for _, seed := range []string{
		"", "---", "---\n---\n", "We act.", "---\ntitle: A\n---\nText.",
		"---\ntitle: FACT SHEET: a: b\nspeaker: 'X'\n---\nText.\r\n",
		"---\ntitle: [a, b]\nextra: {k: v}\nOrganisation: G7\nlang: en\n---\nText",
		"---\n- a\n- b\n---\nText", "---\ntitle: \"unclosed\n---\nText", "---\ntitle: A\n",
		"\ufeff---\r\ntitle: B\r\n...\r\nBody", "---\ntitle: ~\ndate: 2024-04-14\n---\n---\nBody",
		"---\n: x\n---\nT", "---\ntitle: |\n  two\n  lines\n---\nT", "\x00binary", "caf\xe9",
		"---\ntranslation: a.en.txt\ntranslation_of: 'b: c'\n---\nT",
	} {
		f.Add([]byte(seed))
	}
	files, _ := filepath.Glob("../assets/demo/*.md")
	if len(files) == 0 {
		f.Fatal("no demo statements in ../assets/demo")
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := ParseStatement("in.md", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "in.md: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if st.Text == "" || st.Text != strings.TrimSpace(st.Text) || !utf8.ValidString(st.Text) {
			t.Fatalf("text %q: empty, untrimmed or not UTF-8", st.Text)
		}
		if st.Title == "" {
			t.Fatal("no title")
		}
		if strings.ContainsRune(st.Text, '\r') {
			t.Fatalf("text %q keeps a carriage return", st.Text)
		}
		out := FormatStatement(st)
		again, err := ParseStatement("in.md", out)
		if err != nil {
			t.Fatalf("FormatStatement wrote %q, which does not parse: %v", out, err)
		}
		if !reflect.DeepEqual(st, again) {
			t.Fatalf("round trip changed the statement:\n in    %q\n first %#v\n wrote %q\n again %#v", data, st, out, again)
		}
		if !bytes.Equal(FormatStatement(again), out) {
			t.Fatal("FormatStatement is not stable")
		}
	})
}

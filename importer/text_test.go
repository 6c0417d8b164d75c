package importer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func encodeUTF16(t testing.TB, s string, order xunicode.Endianness, bom xunicode.BOMPolicy) []byte {
	t.Helper()
	out, err := xunicode.UTF16(order, bom).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecodeText(t *testing.T) {
	const want = "---\ntitle: Café Déclaration\n---\nWe “welcome” the ceasefire — fully."
	cp1252, err := charmap.Windows1252.NewEncoder().Bytes([]byte(want))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"utf-8", []byte(want)},
		{"utf-8 with BOM", append([]byte("\ufeff"), want...)},
		{"utf-16 LE with BOM", encodeUTF16(t, want, xunicode.LittleEndian, xunicode.UseBOM)},
		{"utf-16 BE with BOM", encodeUTF16(t, want, xunicode.BigEndian, xunicode.UseBOM)},
		{"utf-16 LE without BOM", encodeUTF16(t, want, xunicode.LittleEndian, xunicode.IgnoreBOM)},
		{"utf-16 BE without BOM", encodeUTF16(t, want, xunicode.BigEndian, xunicode.IgnoreBOM)},
		{"windows-1252", cp1252},
		{"windows-1252 CRLF", []byte(strings.ReplaceAll(string(cp1252), "\n", "\r\n"))},
		{"stray control", []byte(want + "\x1a")},
	} {
		got, err := decodeText("f.txt", tt.data)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if strings.ReplaceAll(got, "\r\n", "\n") != want {
			t.Errorf("%s: got %q", tt.name, got)
		}
	}
}

// TestReadTextEncodings: the whole path, front matter included.
func TestReadTextEncodings(t *testing.T) {
	for name, data := range map[string][]byte{
		"latin1.txt": []byte("---\nspeaker: Fran\xe7ois\n---\ncaf\xe9 \x93quoted\x94"),
		"utf16.md":   encodeUTF16(t, "---\nspeaker: François\n---\ncafé “quoted”", xunicode.LittleEndian, xunicode.UseBOM),
	} {
		st, err := Read(name, strings.NewReader(string(data)))
		if err != nil {
			t.Fatal(err)
		}
		if st.Speaker != "François" || st.Text != "café “quoted”" {
			t.Errorf("%s: got %+v", name, st)
		}
	}
}

func TestGuessUTF16(t *testing.T) {
	for _, tt := range []struct {
		data []byte
		want string
	}{
		{encodeUTF16(t, "plain words", xunicode.LittleEndian, xunicode.IgnoreBOM), "LE"},
		{encodeUTF16(t, "plain words", xunicode.BigEndian, xunicode.IgnoreBOM), "BE"},
		{[]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"), ""},
		{[]byte("\x00\x00\x00\x00ab"), ""},
	} {
		if got := guessUTF16(tt.data); got != tt.want {
			t.Errorf("guessUTF16(%q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

// FuzzDecodeText: any bytes either decode to valid UTF-8 without stray
// control characters or give an error naming the file.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("plain text"))
	f.Add([]byte("caf\xe9"))
	f.Add([]byte("\xff\xfeh\x00i\x00"))
	f.Add([]byte("\xfe\xff\x00h\x00i"))
	f.Add([]byte("h\x00i\x00 \x00"))
	f.Add([]byte("\x00\x00\xfe\xff\x00\x00\x00h"))
	f.Add([]byte("café caf\xe9"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if s := string(data); utf8.ValidString(s) {
			want := strings.IndexFunc(s, isStrayControl) >= 0
			if hasStrayControl(s) != want {
				t.Fatalf("hasStrayControl(%q) != %v", s, want)
			}
		}
		text, err := decodeText("f.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out: %q", text)
		}
		for _, r := range text {
			if isStrayControl(r) {
				t.Fatalf("control character %U out of %q", r, data)
			}
		}
	})
}

// TestHasStrayControl checks the byte scan against the rune-by-rune rule.
func TestHasStrayControl(t *testing.T) {
	cases := []string{
		"", "plain text", "tabs\tand\nlines\r\n\f\v", "bell\a", "nul\x00", "del\x7f",
		"c1 \u0085 next line", "c1 \u009f", "bom \ufeff inside", "Latin-1 \u00a0 nbsp é",
		"ﻯ presentation form", "Persian گفت\u200c", "emoji 🙂", "\u00c2 capital A circumflex",
	}
	for _, s := range cases {
		want := false
		for _, r := range s {
			want = want || isStrayControl(r)
		}
		if got := hasStrayControl(s); got != want {
			t.Errorf("hasStrayControl(%q) = %v, rune rule says %v", s, got, want)
		}
	}
}

// TestHasStrayControlAtEveryPosition puts each kind of control at every
// place of a longer text, across the 8-byte chunks of the fast scan.
func TestHasStrayControlAtEveryPosition(t *testing.T) {
	base := "The G7 leaders met in Hiroshima on 19 May.\n"
	for _, c := range []string{"\x00", "\x07", "\x7f", "\u0085", "\ufeff"} {
		for i := 0; i <= len(base); i++ {
			s := base[:i] + c + base[i:]
			if !utf8.ValidString(s) {
				continue // inside no rune here: the text is ASCII
			}
			if !hasStrayControl(s) {
				t.Errorf("control %q at %d not found", c, i)
			}
		}
	}
	if hasStrayControl(strings.Repeat(base, 10)) {
		t.Error("plain text with line breaks reported as holding controls")
	}
}

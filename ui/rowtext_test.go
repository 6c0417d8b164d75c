package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2/theme"
)

func TestRowText(t *testing.T) {
	long := strings.Repeat("Kestria must withdraw its forces from the Harn valley. ", 40)
	atWidth := func(w float32) int { return int(w/(narrowestCharacter*theme.TextSize())) + 1 }
	for _, c := range []struct {
		name  string
		text  string
		width float32
		runes int // of the result
	}{
		{"short text is kept", "G7 — reaffirm — “We reaffirm…”", 600, utf8.RuneCountInString("G7 — reaffirm — “We reaffirm…”")},
		{"long text is cut to what the width could show", long, 600, atWidth(600) + 1},
		{"a row not laid out yet is cut at the widest row", long, 0, atWidth(widestRow) + 1},
		{"letters beyond ASCII count as one each", strings.Repeat("é", 1000), 300, atWidth(300) + 1},
	} {
		got := rowText(c.text, c.width)
		if n := utf8.RuneCountInString(got); n != c.runes {
			t.Errorf("%s: %d characters, want %d", c.name, n, c.runes)
		}
		if got != c.text && !strings.HasSuffix(got, "…") {
			t.Errorf("%s: cut text ends %q, want an ellipsis", c.name, got[len(got)-10:])
		}
		if !utf8.ValidString(got) {
			t.Errorf("%s: invalid UTF-8", c.name)
		}
	}
}

package textview

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// line lays runs out on one wide line and returns it as drawn, left to
// right (drawn reverses right-to-left pieces, as Fyne's shaper does; it
// leaves the brackets inside them unmirrored, where Fyne mirrors them).
func line(t *testing.T, runs ...Run) string {
	t.Helper()
	f := NewFlowText(runs...)
	f.Resize(fyne.NewSize(4000, 100))
	if len(f.lines) != 1 {
		t.Fatalf("%d lines", len(f.lines))
	}
	var b strings.Builder
	x := float32(-1)
	for _, p := range f.lines[0].pieces {
		if x >= 0 && p.x < x-0.5 {
			t.Errorf("piece %q at %.1f overlaps the one before, which ends at %.1f", p.text, p.x, x)
		}
		x = p.x + p.w
		b.WriteString(drawn(p))
	}
	return b.String()
}

// TestFlowTextReordersMixedText: Hebrew and Persian samples, from the test
// statements, as a reader sees them: a date joined to Hebrew keeps its
// spaces, a full stop stays inside the closing quotation mark, brackets
// face the right way, and a run that ends inside a word (a marked word,
// then its full stop) adds no space.
func TestFlowTextReordersMixedText(t *testing.T) {
	test.NewTempApp(t)
	he, err := os.ReadFile("../../testdata/rtl/foreign-ministry.he.txt")
	if err != nil {
		t.Fatal(err)
	}
	fa, err := os.ReadFile("../../testdata/translation/spokesman-talks.fa.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, sample := range []string{"לדבריו, \"ישראל מחויבת לביטחון אזרחיה.\"", "בתיאום עם ארצות הברית (US).", "وی افزود: «ما آماده‌ایم"} {
		if !strings.Contains(string(he)+string(fa), sample) {
			t.Fatalf("the test statements no longer hold %q", sample)
		}
	}
	bold := fyne.TextStyle{Bold: true}
	cases := []struct {
		name string
		runs []Run
		want string
	}{
		{"date, then Hebrew", []Run{{Text: "2024-04-14 · משרד החוץ"}}, "ץוחה דרשמ · 2024-04-14"},
		{"English, date, Hebrew", []Run{{Text: "The White House · 2024-04-14 · משרד החוץ"}}, "The White House · 2024-04-14 · ץוחה דרשמ"},
		{"date and Hebrew in runs of their own", []Run{{Text: "2024-04-14"}, {Text: " · "}, {Text: "משרד החוץ", Style: bold}}, "ץוחה דרשמ · 2024-04-14"},
		{"Hebrew quotation", []Run{{Text: "לדבריו, \"ישראל מחויבת לביטחון אזרחיה.\""}}, "\".היחרזא ןוחטיבל תביוחמ לארשי\" ,וירבדל"},
		{"Hebrew with Latin in brackets", []Run{{Text: "בתיאום עם ארצות הברית (US)."}}, ".(US) תירבה תוצרא םע םואיתב"},
		{"Hebrew, a marked word, its full stop", []Run{{Text: "ישראל "}, {Text: "תגן", Style: bold}, {Text: ". היום"}}, "םויה .ןגת לארשי"},
		{"Persian quotation", []Run{{Text: "وی افزود: «ما آماده‌ایم بررسی کنیم.»"}}, "«.مینک یسررب میا\u200cهدامآ ام« :دوزفا یو"},
		{"English quoting Persian", []Run{{Text: "He said "}, {Text: "«ما آماده‌ایم»", Style: bold}, {Text: " today."}}, "He said «میا‌هدامآ ام» today."},
	}
	for _, c := range cases {
		if got := line(t, c.runs...); got != c.want {
			t.Errorf("%s: drawn %q, want %q", c.name, got, c.want)
		}
	}
}

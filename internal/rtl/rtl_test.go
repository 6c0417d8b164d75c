package rtl

import (
	"strings"
	"testing"
)

func TestShapeArabic(t *testing.T) {
	has := func(rune) bool { return true }
	cases := []struct {
		in   string
		want []rune
	}{
		{"ب", []rune{0xFE8F}},                         // isolated beh
		{"بب", []rune{0xFE91, 0xFE90}},                // initial, final
		{"ببب", []rune{0xFE91, 0xFE92, 0xFE90}},       // initial, medial, final
		{"دب", []rune{0xFEA9, 0xFE8F}},                // dal never joins the next letter
		{"لا", []rune{0xFEFB, Deleted}},               // lam-alef, isolated
		{"بلا", []rune{0xFE91, 0xFEFC, Deleted}},      // lam-alef, final
		{"پچ", []rune{0xFB58, 0xFB7B}},                // Persian peh initial, tcheh final
		{"گی", []rune{0xFB94, 0xFBFD}},                // gaf initial, Farsi yeh final
		{"ک\u200cی", []rune{0xFB8E, Deleted, 0xFBFC}}, // ZWNJ stops the join
		{"بَب", []rune{0xFE91, 0x064E, 0xFE90}},       // a mark is transparent
		{"a ب", []rune{'a', ' ', 0xFE8F}},
	}
	for _, c := range cases {
		got := Shape([]rune(c.in), has)
		if string(got) != string(c.want) {
			t.Errorf("Shape(%q) = %U, want %U", c.in, got, c.want)
		}
	}
}

func TestVisualOrder(t *testing.T) {
	cases := []struct {
		in   string
		rtl  bool
		want string
	}{
		{"abc", false, "abc"},
		{"אבג", true, "גבא"},
		{"אבג 123", true, "123 גבא"},           // numbers keep their order
		{"אב (IRGC) גד", true, "דג (IRGC) בא"}, // brackets mirror: the drawn "(" is the logical ")"
		{"he said אבג דה today", false, "he said הד גבא today"},
		{"he said אב 12 גד ok", false, "he said דג 12 בא ok"}, // a number inside RTL text stays inside it
	}
	for _, c := range cases {
		rs := []rune(c.in)
		order, levels := VisualOrder(rs, c.rtl)
		var b strings.Builder
		for _, i := range order {
			r := rs[i]
			if levels[i]%2 == 1 {
				r = Mirror(r)
			}
			b.WriteRune(r)
		}
		if got := b.String(); got != c.want {
			t.Errorf("VisualOrder(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMarksFollowTheirLetters(t *testing.T) {
	rs := []rune("בְּרֵאשִׁית")
	order, _ := VisualOrder(rs, true)
	if !marksFollowBases(rs, order) {
		t.Errorf("marks moved off their letters: %v", order)
	}
	if order[len(order)-1] != 2 || order[len(order)-3] != 0 { // ב with its two marks ends the line
		t.Errorf("visual order %v, want the first letter and its marks last", order)
	}
}

// marksFollowBases checks that in visual order each combining mark still
// comes right after its base letter or another mark of the same letter.
func marksFollowBases(rs []rune, order []int) bool {
	for k, i := range order {
		if IsMark(rs[i]) && (k == 0 || order[k-1] > i) && !IsMark(rs[order[k-1]]) {
			return false
		}
	}
	return true
}

// TestShapeWithoutForms: a font without presentation forms gets the plain
// letters back, so nothing turns into a missing-glyph box.
func TestShapeWithoutForms(t *testing.T) {
	none := func(rune) bool { return false }
	if got := string(Shape([]rune("سلام"), none)); got != "سلام" {
		t.Errorf("Shape without forms = %q, want the letters unchanged", got)
	}
}

func TestHasRTL(t *testing.T) {
	for s, want := range map[string]bool{"": false, "G7 leaders": false, "Gallant: ישראל": true, "سلامی": true, "‏": true, "é ü ß": false} {
		if got := HasRTL(s); got != want {
			t.Errorf("HasRTL(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMostlyRTL(t *testing.T) {
	for s, want := range map[string]bool{
		"": false, "Gallant said": false, "ישראל תגן על עצמה": true,
		"سلامی گفت (IRGC) پاسخ می‌دهد": true, "Salami said «پاسخ» today": false,
	} {
		if got := MostlyRTL(s); got != want {
			t.Errorf("MostlyRTL(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsolate(t *testing.T) {
	for in, want := range map[string]string{
		"The White House": "The White House",
		"משרד החוץ":       "\u2068משרד החוץ\u2069",
		"":                "",
	} {
		if got := Isolate(in); got != want {
			t.Errorf("Isolate(%q) = %q, want %q", in, got, want)
		}
	}
}

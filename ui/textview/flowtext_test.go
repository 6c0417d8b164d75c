package textview

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/internal/rtl"
)

func TestFlowTextWraps(t *testing.T) {
	test.NewTempApp(t)
	f := NewFlowText(Run{Text: "We shall not waver. "}, Run{Text: "shall not waver", Style: fyne.TextStyle{Bold: true}}, Run{Text: " for the defense of Israel."})
	f.Resize(fyne.NewSize(1000, 100))
	wide := len(f.lines)
	f.Resize(fyne.NewSize(90, 100))
	narrow := len(f.lines)
	if wide != 1 || narrow < 3 {
		t.Fatalf("lines: %d at width 1000, %d at width 90", wide, narrow)
	}
	for _, l := range f.lines {
		for _, p := range l.pieces {
			if p.x+p.w > 90+0.5 && !(p.x == 0 && !strings.Contains(p.text, " ")) {
				t.Errorf("piece %q at %.1f+%.1f overflows the width 90", p.text, p.x, p.w)
			}
		}
	}
	if top := f.runTop(2); top <= 0 || top >= f.height || f.runTop(0) != 0 {
		t.Errorf("at width 90 the last run starts at %.1f of %.1f, the first at %.1f", top, f.height, f.runTop(0))
	}
	runs := append([]Run(nil), f.runs...)
	runs[2].Size = "subHeadingText"
	f.SetRuns(runs...) // as the Wording view marks a change
	if f.width != 90 || f.runTop(2) <= 0 {
		t.Errorf("after setRuns: wrapped at %.0f, last run at %.1f; want the width kept (90)", f.width, f.runTop(2))
	}
	if f.MinSize().Height != f.height || f.height <= 0 {
		t.Errorf("MinSize height %.1f, lines height %.1f", f.MinSize().Height, f.height)
	}
	var words []string
	for _, l := range f.lines {
		for _, p := range l.pieces {
			words = append(words, p.text)
		}
	}
	if got := strings.Join(words, " "); got != "We shall not waver. shall not waver for the defense of Israel." {
		t.Errorf("laid out text %q", got)
	}
	g := NewFlowText(Run{Text: "first\nsecond"})
	g.Resize(fyne.NewSize(500, 50))
	if len(g.lines) != 2 {
		t.Errorf("a line break gives %d lines", len(g.lines))
	}
}

// TestFlowTextKeepsAWordTogetherAcrossRuns: a run that ends inside a
// word (a marked phrase, then its full stop) does not leave the rest of the
// word alone at the start of the next line: the whole word goes there.
func TestFlowTextKeepsAWordTogetherAcrossRuns(t *testing.T) {
	test.NewTempApp(t)
	f := &FlowText{runs: []Run{{Text: "and protect the "}, {Text: "oceans", Style: fyne.TextStyle{Bold: true}}, {Text: "; and more"}}}
	f.wrap(1000)
	end := float32(0)
	for _, p := range f.lines[0].pieces {
		if p.text == "oceans" {
			end = p.x + p.w
		}
	}
	f.wrap(end + 1) // "oceans" fits on the first line, its ";" does not
	if len(f.lines) < 2 || len(f.lines[1].pieces) < 2 {
		t.Fatalf("%d lines", len(f.lines))
	}
	first, second := f.lines[0].pieces, f.lines[1].pieces
	if last := first[len(first)-1]; last.text != "and protect the" {
		t.Errorf("the first line ends with %q", last.text)
	}
	if second[0].text != "oceans" || second[0].x != 0 || !strings.HasPrefix(second[1].text, ";") || second[1].x != second[0].w {
		t.Errorf("the second line: %q at %.1f, %q at %.1f; want “oceans;” together at its start", second[0].text, second[0].x, second[1].text, second[1].x)
	}
	if f.lines[1].height != lineHeight(f.runs[1]) {
		t.Errorf("the second line is %.1f high", f.lines[1].height)
	}
}

// drawn is a piece as Fyne draws it, left to right: a piece with
// right-to-left letters reversed (Fyne's shaper draws it right to left).
func drawn(p flowPiece) string {
	if !strings.ContainsFunc(p.text, func(r rune) bool { return rtl.IsRTLRune(r) && unicode.IsLetter(r) }) {
		return p.text
	}
	rs := []rune(p.text)
	slices.Reverse(rs)
	return string(rs)
}

// TestFlowTextRightToLeft lays out Hebrew and Persian as a reader sees them:
// right-aligned, directional runs in visual order, each script in its
// embedded font, Latin text and numbers inside them left to right.
func TestFlowTextRightToLeft(t *testing.T) {
	test.NewTempApp(t)
	cases := []struct {
		name, text  string
		rightToLeft bool
		want        string // the line as drawn, left to right
	}{
		{"Hebrew", "ישראל תגן על עצמה.", true, ".המצע לע ןגת לארשי"},
		{"Hebrew with Latin and a number", "העימות עם איראן (IRGC) ב-14 באפריל", true, "לירפאב 14-ב (IRGC) ןאריא םע תומיעה"},
		{"English quoting Hebrew", "Gallant said ישראל תגן today", false, "Gallant said ןגת לארשי today"},
		{"Persian with Latin and digits", "سلامی گفت (IRGC) در ۱۴ آوریل.", true, ".لیروآ ۱۴ رد (IRGC) تفگ یمالس"},
	}
	for _, c := range cases {
		f := NewFlowText(Run{Text: c.text})
		f.Resize(fyne.NewSize(2000, 100))
		if len(f.lines) != 1 {
			t.Fatalf("%s: %d lines, want 1", c.name, len(f.lines))
		}
		pieces := f.lines[0].pieces
		var got strings.Builder
		for _, p := range pieces {
			got.WriteString(drawn(p))
			hebrew := strings.ContainsFunc(p.text, func(r rune) bool { return r >= 0x05D0 && r <= 0x05EA })
			arabic := strings.ContainsFunc(p.text, func(r rune) bool { return r >= 0x0620 && r <= 0x06FF && unicode.IsLetter(r) })
			if hebrew && p.font != hebrewFont.resource || arabic && p.font != arabicFont.resource {
				t.Errorf("%s: piece %q drawn in font %v", c.name, p.text, p.font)
			}
			if rtl.HasRTL(p.text) && strings.ContainsFunc(p.text, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) {
				t.Errorf("%s: piece %q mixes directions", c.name, p.text)
			}
		}
		if got.String() != c.want {
			t.Errorf("%s: drawn %q, want %q", c.name, got.String(), c.want)
		}
		last := pieces[len(pieces)-1]
		rightAligned := last.x+last.w > 2000-1
		if rightAligned != c.rightToLeft {
			t.Errorf("%s: line ends at %.1f of 2000; right-aligned %v, want %v", c.name, last.x+last.w, rightAligned, c.rightToLeft)
		}
		if !c.rightToLeft && pieces[0].x != 0 {
			t.Errorf("%s: left-to-right line starts at %.1f", c.name, pieces[0].x)
		}
	}
}

// TestFlowTextWrapsRightToLeft: a wrapped Persian paragraph keeps its first
// words on the first line, at the right edge.
func TestFlowTextWrapsRightToLeft(t *testing.T) {
	test.NewTempApp(t)
	f := NewFlowText(Run{Text: "ما فوراً پاسخ خواهیم داد اگر اسرائیل تلافی کند."})
	f.Resize(fyne.NewSize(120, 100))
	if len(f.lines) < 2 {
		t.Fatalf("%d lines at width 120", len(f.lines))
	}
	first := f.lines[0].pieces
	if end := first[len(first)-1]; end.x+end.w < 119 || !strings.HasPrefix(end.text, "ما") {
		t.Errorf("first line %+v: want ما at its right edge", first)
	}
	for _, l := range f.lines {
		for _, p := range l.pieces {
			if p.x < -0.5 {
				t.Errorf("piece %q starts left of the text, at %.1f", p.text, p.x)
			}
		}
	}
}

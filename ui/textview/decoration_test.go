package textview

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestFlowTextStrikesAndUnderlines: a struck run has a line through every
// piece of it, on every line it wraps onto and in right-to-left text,
// between the baseline and the top of the small letters; an underlined
// run a line just under the baseline; other runs none.
func TestFlowTextStrikesAndUnderlines(t *testing.T) {
	test.NewTempApp(t)
	cases := []struct {
		name string
		runs []Run
		at   int // the decorated run
	}{
		{"struck, wrapped", []Run{{Text: "The leaders "}, {Text: "also discussed tensions and violence in the West Bank.", Strike: true, Color: theme.ColorNameError}, {Text: " Finally"}}, 1},
		{"underlined", []Run{{Text: "We "}, {Text: "strongly", Underline: true, Style: fyne.TextStyle{Bold: true}}, {Text: " condemn the attack."}}, 1},
		{"struck Hebrew", []Run{{Text: "ישראל "}, {Text: "תגן על עצמה מפני כל איום", Strike: true}, {Text: " היום."}}, 1},
		{"underlined Persian", []Run{{Text: "ما "}, {Text: "فوراً پاسخ خواهیم داد", Underline: true}, {Text: " اگر اسرائیل تلافی کند."}}, 1},
	}
	for _, c := range cases {
		f := NewFlowText(c.runs...)
		f.Resize(fyne.NewSize(140, 400)) // several lines each
		var lines []*canvas.Rectangle
		for _, o := range test.WidgetRenderer(f).Objects() {
			if r, ok := o.(*canvas.Rectangle); ok && r.Size().Height <= 2 {
				lines = append(lines, r)
			}
		}
		run := c.runs[c.at]
		m := metricsOf(run)
		y, pieces, decorated := float32(0), 0, 0
		for _, l := range f.lines {
			if slices.ContainsFunc(l.pieces, func(p flowPiece) bool { return p.run == c.at }) {
				decorated++
			}
			base := y + lineBaseline(f.runs, l)
			for _, p := range l.pieces {
				if p.run != c.at {
					continue
				}
				pieces++
				found := false
				for _, r := range lines {
					mid := r.Position().Y + r.Size().Height/2
					if r.Position().X != p.x || r.Size().Width != p.w {
						continue
					}
					found = true
					xHeight := 0.536 * textSize(run) // Noto Sans
					switch {
					case run.Strike && (mid <= base-xHeight || mid >= base-xHeight/3):
						t.Errorf("%s: the line through %q is at %.1f; the baseline is at %.1f, the small letters' top at %.1f", c.name, p.text, mid, base, base-xHeight)
					case run.Underline && (mid <= base || mid > base+m.underline+1):
						t.Errorf("%s: the line under %q is at %.1f; the baseline is at %.1f", c.name, p.text, mid, base)
					}
				}
				if !found {
					t.Errorf("%s: piece %q (%.1f+%.1f) of line at %.0f has no line", c.name, p.text, p.x, p.w, y)
				}
			}
			y += l.height
		}
		if pieces == 0 || len(lines) != pieces || run.Strike && decorated < 2 {
			t.Errorf("%s: %d decorated pieces on %d of %d lines, %d lines drawn", c.name, pieces, decorated, len(f.lines), len(lines))
		}
	}
}

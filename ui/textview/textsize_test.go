package textview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// scaledTheme is the default theme with its text half as large again, as
// the analyst's Text size preference makes Parley's.
type scaledTheme struct{ fyne.Theme }

func (s scaledTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText || n == theme.SizeNameLineSpacing {
		return s.Theme.Size(n) * 1.5
	}
	return s.Theme.Size(n)
}

// TestFlowTextFollowsTextSize: a FlowText on screen when the text size
// changes wraps its words again at the new size (refreshed with the
// theme), at the width it had: taller, and more lines.
func TestFlowTextFollowsTextSize(t *testing.T) {
	a := test.NewTempApp(t)
	f := NewFlowText(Run{Text: "The ministers met again today to discuss grain prices and the rainfall of this season."})
	f.Resize(fyne.NewSize(200, 100))
	lines, height := len(f.lines), f.height
	line := lineHeight(Run{})
	a.Settings().SetTheme(scaledTheme{theme.DefaultTheme()})
	f.Refresh()
	if got := lineHeight(Run{}); got < line*1.4 {
		t.Errorf("line height %v at 150%%, %v at 100%%", got, line)
	}
	if len(f.lines) <= lines || f.height < height*1.4 || f.width != 200 {
		t.Errorf("at 150%%: %d lines, %v tall at width %v; at 100%%: %d lines, %v tall", len(f.lines), f.height, f.width, lines, height)
	}
}

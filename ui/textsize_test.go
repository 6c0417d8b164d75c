package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/ui/textview"
)

// TestTextSizeScalesTheText: at 150% the theme's text sizes are half as
// large again and its paddings stay; a pane's row for a sentence grows
// taller at once, with the measured line height of Parley's own text
// widget, and the size is remembered for the next window.
func TestTextSizeScalesTheText(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if _, ok := ws.app.Settings().Theme().(*parleyTheme); !ok {
		t.Fatalf("the test app's theme is %T, not Parley's", ws.app.Settings().Theme())
	}
	row := rowContaining(t, ws, "white-house", "will not take part in offensive actions")
	i := row.p.index[row.id]
	if row.p.width <= 0 {
		t.Fatal("the pane was never laid out")
	}
	before := row.p.heights[i]
	line := textview.WrappedHeight([]textview.Run{{Text: "Mg"}}, 500)
	text, pad := theme.TextSize(), theme.Padding()

	ws.setAppearance(appearance{textSize: 1.5, theme: themeSystem})

	if got := theme.TextSize(); got != text*1.5 {
		t.Errorf("text size %v at 150%%, want %v", got, text*1.5)
	}
	if got := theme.Padding(); got != pad {
		t.Errorf("padding %v at 150%%, want %v as at 100%%", got, pad)
	}
	if got := textview.WrappedHeight([]textview.Run{{Text: "Mg"}}, 500); got < line*1.3 {
		t.Errorf("line height %v at 150%%, %v at 100%%", got, line)
	}
	after := row.p.heights[i]
	if after < before*1.3 {
		t.Errorf("the sentence's row is %v tall at 150%%, %v at 100%%", after, before)
	}
	r := row.p.newItem().(*sentenceRow)
	r.bind(row.item, row.state())
	r.Resize(fyne.NewSize(row.p.width, after))
	if got := r.MinSize().Height; got < after-1 || got > after+1 {
		t.Errorf("a row drawn at 150%% needs %v, the list gives it %v", got, after)
	}
	if got := loadAppearance(ws.app.Preferences()).textSize; got != 1.5 {
		t.Errorf("text size remembered as %v", got)
	}
	ws.setAppearance(defaultAppearance)
	if got := row.p.heights[i]; got != before {
		t.Errorf("back at 100%%, the row is %v tall, was %v", got, before)
	}
}

// TestTextSizeWidensCards: sizes in pixels meant for text (the
// Vocabulary view's cards, the tables' least column widths) grow with the
// text size.
func TestTextSizeWidensCards(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.setAppearance(appearance{textSize: 1.5, theme: themeSystem})
	if got := textScale(); got != 1.5 {
		t.Errorf("text scale %v at 150%%", got)
	}
	ws.vocab.show(ws.result)
	ws.vocab.grid.Layout.Layout(ws.vocab.grid.Objects, fyne.NewSize(4000, 4000))
	if got := ws.vocab.grid.Objects[0].Size().Width; got != vocabularyCardWidth*1.5 {
		t.Errorf("a vocabulary card at 150%% is %v wide, want %v", got, vocabularyCardWidth*1.5)
	}
	ws.topics.show(ws.result)
	f := ws.topics.fitted
	f.width = 0
	f.fit(400) // too narrow: every column at its least width
	if got, want := f.columns[0], f.minColumn*1.5; got != want {
		t.Errorf("a Topics column at 150%% in a narrow window is %v wide, want %v", got, want)
	}
}

// TestTextSizeRemeasuresPanes: a new text size measures the panes' rows
// again even when their width stays (in the window above the panes
// narrow as the sidebar's buttons grow, which would hide a stale cache).
func TestTextSizeRemeasuresPanes(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.window.SetContent(widget.NewLabel("")) // no layout reaches the panes now
	row := rowContaining(t, ws, "white-house", "will not take part in offensive actions")
	i := row.p.index[row.id]
	row.p.setWidth(300)
	before := row.p.heights[i]
	ws.setAppearance(appearance{textSize: 1.5, theme: themeSystem})
	if row.p.width != 300 {
		t.Fatalf("the pane's width changed to %v", row.p.width)
	}
	if after := row.p.heights[i]; after < before*1.3 || after != row.p.itemHeight(i) {
		t.Errorf("at 150%% the row's cached height is %v (measured now: %v), at 100%% %v", after, row.p.itemHeight(i), before)
	}
}

// TestThemeInstalledOnce: a second window of the app keeps the theme it
// has (a new one would refresh every window), and a saved text size is
// the new app's.
func TestThemeInstalledOnce(t *testing.T) {
	a := test.NewTempApp(t)
	appearance{textSize: 1.25, theme: themeDark}.save(a.Preferences())
	installTheme(a)
	first := a.Settings().Theme()
	installTheme(a)
	if a.Settings().Theme() != first {
		t.Error("installing the same appearance again made a new theme")
	}
	if got := theme.TextSize(); got != 14*1.25 {
		t.Errorf("text size %v at 125%%", got)
	}
}

// TestPercent: the dialog's text sizes read back as what they show.
func TestPercent(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{{"100%", 1}, {"125%", 1.25}, {"200%", 2}, {"80%", 0.8}, {"300%", 1}, {"", 1}, {"big", 1}} {
		if got := parsePercent(c.in); got != c.want {
			t.Errorf("parsePercent(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for _, s := range textSizes {
		if got := parsePercent(percent(float64(s) / 100)); got != float64(s)/100 {
			t.Errorf("%d%% reads back as %v", s, got)
		}
	}
}

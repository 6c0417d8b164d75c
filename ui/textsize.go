package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// textScale is the text size against Fyne's own (1 at 100%): a size in
// pixels meant to hold some text (a table's column, a card) grows with it.
func textScale() float32 {
	return theme.TextSize() / theme.DefaultTheme().Size(theme.SizeNameText)
}

// setAppearance saves and applies a text size and theme variant at once:
// a new theme for the app (Fyne redraws its own widgets with it), then
// the heights Parley measured itself, which a theme change does not
// reach (each view keeps them per width, and the width has not changed).
func (ws *Workspace) setAppearance(ap appearance) {
	ap.save(ws.app.Preferences())
	installTheme(ws.app)
	ws.remeasure()
}

// remeasure measures every list of Parley's own text again at the
// current text size: the panes' rows (and with them the overview
// strips), the Wording view's paragraphs and pairs, and the tables the
// analysis views fill (shown again when next selected).
func (ws *Workspace) remeasure() {
	for _, p := range ws.panes.panes {
		w := p.width
		p.width = 0
		p.setWidth(w)
	}
	ws.wording.measure()
	ws.wording.measurePairs()
	if ws.result != nil {
		ws.views.changed()
	}
}

// appearanceRows are the Preferences dialog's Text size and Theme rows.
type appearanceRows struct {
	size, theme *widget.Select
}

func newAppearanceRows(cur appearance) *appearanceRows {
	sizes := make([]string, len(textSizes))
	for i, s := range textSizes {
		sizes[i] = percent(float64(s) / 100)
	}
	r := &appearanceRows{size: widget.NewSelect(sizes, nil), theme: widget.NewSelect(themeChoices, nil)}
	r.set(cur)
	return r
}

func (r *appearanceRows) set(ap appearance) {
	r.size.SetSelected(percent(ap.textSize))
	r.theme.SetSelected(ap.theme)
}

func (r *appearanceRows) value() appearance {
	return appearance{textSize: parsePercent(r.size.Selected), theme: r.theme.Selected}
}

func (r *appearanceRows) items() []*widget.FormItem {
	size := widget.NewFormItem("Text size", container.NewHBox(r.size))
	size.HintText = "of every view's text; 100% is the system's size"
	th := widget.NewFormItem("Theme", container.NewHBox(r.theme))
	th.HintText = "System follows the desktop's light or dark setting"
	return []*widget.FormItem{size, th}
}

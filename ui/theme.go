package ui

import (
	"fmt"
	"image/color"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// parleyTheme is Fyne's default theme with text colours that keep WCAG AA
// contrast (4.5:1) on every background Parley draws text on, in both
// variants (theme_test.go checks each pair), and its text sizes scaled by
// the analyst's Text size preference.
//
// Fyne draws LowImportance labels (speakers, dates, counts) in
// ColorNameDisabled, so that colour is a readable grey here, still dimmer
// than the foreground; disabled controls share it.
type parleyTheme struct {
	base  fyne.Theme
	scale float32 // text sizes against Fyne's: 1 is 100%
	// forced is the variant the analyst chose (Light or Dark); with
	// follow, the system's (or FYNE_THEME's) variant is used.
	forced fyne.ThemeVariant
	follow bool
}

var _ fyne.Theme = (*parleyTheme)(nil)

// Theme choices of the Preferences dialog.
const (
	themeSystem = "System"
	themeLight  = "Light"
	themeDark   = "Dark"
)

var themeChoices = []string{themeSystem, themeLight, themeDark}

// newParleyTheme makes the theme for an appearance. FYNE_THEME, when set,
// wins over the analyst's choice of variant (scripts/screenshot.sh).
func newParleyTheme(ap appearance) *parleyTheme {
	t := &parleyTheme{base: theme.DefaultTheme(), scale: float32(ap.textSize), follow: true}
	if t.scale <= 0 {
		t.scale = 1
	}
	if os.Getenv("FYNE_THEME") != "" {
		return t
	}
	switch ap.theme {
	case themeLight:
		t.forced, t.follow = theme.VariantLight, false
	case themeDark:
		t.forced, t.follow = theme.VariantDark, false
	}
	return t
}

// Colours Parley changes, by variant. Backgrounds stay Fyne's; text
// colours are darkened (light) or lightened (dark) until they pass on all
// of them and on the panes' topic tints. The outline of an entry, check
// box or radio button is the disabled grey: never fainter than a disabled
// control's, and 3:1 against what it is drawn on (WCAG 1.4.11).
var (
	parleyDark = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameDisabled:            gray(0xa3),
		theme.ColorNameInputBorder:         gray(0xa3),
		theme.ColorNamePlaceHolder:         gray(0xbd),
		theme.ColorNamePrimary:             rgb(0xa8c7fa),
		theme.ColorNameHyperlink:           rgb(0xa8c7fa),
		theme.ColorNameForegroundOnPrimary: rgb(0x171718),
		theme.ColorNameError:               rgb(0xff8a80),
		theme.ColorNameSelection:           color.NRGBA{0x00, 0x6c, 0xff, 0x40},
		theme.ColorNameFocus:               color.NRGBA{0xa8, 0xc7, 0xfa, 0x40},
	}
	parleyLight = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameForeground:          gray(0x20),
		theme.ColorNameDisabled:            gray(0x5e),
		theme.ColorNameInputBorder:         gray(0x5e),
		theme.ColorNamePlaceHolder:         gray(0x55),
		theme.ColorNamePrimary:             rgb(0x1a4fb5),
		theme.ColorNameHyperlink:           rgb(0x1a4fb5),
		theme.ColorNameForegroundOnPrimary: gray(0xff),
		theme.ColorNameSuccess:             rgb(0x146c2e),
		theme.ColorNameError:               rgb(0xb3261e),
		theme.ColorNameWarning:             rgb(0x8c4a00),
		theme.ColorNameSelection:           color.NRGBA{0x1a, 0x4f, 0xb5, 0x26},
		theme.ColorNameFocus:               color.NRGBA{0x1a, 0x4f, 0xb5, 0x2a},
	}
)

func gray(v uint8) color.NRGBA { return color.NRGBA{v, v, v, 0xff} }

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{uint8(hex >> 16), uint8(hex >> 8), uint8(hex), 0xff}
}

func (t *parleyTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if !t.follow {
		v = t.forced
	}
	colours := parleyDark // as Fyne: any variant but light is dark (the test app's is 2)
	if v == theme.VariantLight {
		colours = parleyLight
	}
	if c, ok := colours[n]; ok {
		return c
	}
	return t.base.Color(n, v)
}

func (t *parleyTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

func (t *parleyTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size scales the text sizes, the spacing between lines and the icons
// drawn beside text; paddings stay, so more text fits at a larger size.
func (t *parleyTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText,
		theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon, theme.SizeNameLineSpacing:
		return s * t.scale
	}
	return s
}

// appearance is how the window looks: the text size (1 is 100%) and the
// theme variant (one of themeChoices).
type appearance struct {
	textSize float64
	theme    string
}

var defaultAppearance = appearance{textSize: 1, theme: themeSystem}

// Text sizes the Preferences dialog offers, in percent.
var textSizes = []int{80, 90, 100, 110, 125, 150, 175, 200}

// Preference keys.
const (
	prefTextSize = "appearance.textsize"
	prefTheme    = "appearance.theme"
)

func loadAppearance(p fyne.Preferences) appearance {
	d := defaultAppearance
	ap := appearance{textSize: p.FloatWithFallback(prefTextSize, d.textSize), theme: p.StringWithFallback(prefTheme, d.theme)}
	if ap.textSize < 0.8 || ap.textSize > 2 {
		ap.textSize = 1
	}
	return ap
}

func (ap appearance) save(p fyne.Preferences) {
	p.SetFloat(prefTextSize, ap.textSize)
	p.SetString(prefTheme, ap.theme)
}

// percent names a text size as the dialog shows it: "125%".
func percent(size float64) string { return fmt.Sprintf("%d%%", int(size*100+0.5)) }

// parsePercent reads a text size the dialog shows; 1 for anything else.
func parsePercent(s string) float64 {
	var n int
	if _, err := fmt.Sscanf(s, "%d%%", &n); err != nil || n < 80 || n > 200 {
		return 1
	}
	return float64(n) / 100
}

// installTheme makes Parley's theme, for the saved appearance, the app's:
// every window, dialog and test of the app uses it. An app that has it
// already keeps it (a new theme would refresh every window).
func installTheme(a fyne.App) {
	ap := loadAppearance(a.Preferences())
	if cur, ok := a.Settings().Theme().(*parleyTheme); ok && cur.same(newParleyTheme(ap)) {
		return
	}
	a.Settings().SetTheme(newParleyTheme(ap))
}

func (t *parleyTheme) same(o *parleyTheme) bool {
	return t.scale == o.scale && t.forced == o.forced && t.follow == o.follow
}

package ui

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/parley-app/parley/ui/textview"
)

// wcagAA is the least contrast WCAG 2.x level AA asks of body text.
const wcagAA = 4.5

// luminance is WCAG 2.x relative luminance of an opaque colour.
func luminance(c color.NRGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrast is the WCAG 2.x contrast ratio of two opaque colours.
func contrast(a, b color.NRGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// over composites top (straight alpha) over an opaque bottom, as the
// painter draws a translucent rectangle or text on what is under it.
func over(top color.Color, bottom color.NRGBA) color.NRGBA {
	t := toNRGBA(top)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{mix(t.R, bottom.R), mix(t.G, bottom.G), mix(t.B, bottom.B), 0xff}
}

// textPair is text of colour fg drawn on bg, both opaque once composited.
type textPair struct {
	what   string
	fg, bg color.NRGBA
}

func (p textPair) ratio() float64 { return contrast(p.fg, p.bg) }

// textPairs lists every text colour Parley draws on every background it
// draws it on, in theme th's variant v: Fyne's surfaces (with the hover
// and selection tints lists draw under a row), coloured buttons, the
// shared-phrase highlighter, and the panes' sentence rows in each topic
// colour and state, as sentence.go styles them.
func textPairs(th fyne.Theme, v fyne.ThemeVariant) []textPair {
	col := func(n fyne.ThemeColorName) color.NRGBA { return toNRGBA(th.Color(n, v)) }
	bg := col(theme.ColorNameBackground)
	hover, selection := th.Color(theme.ColorNameHover, v), th.Color(theme.ColorNameSelection, v)
	type surface struct {
		name string
		c    color.NRGBA
	}
	var surfaces []surface
	for _, n := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground,
		theme.ColorNameHeaderBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground, theme.ColorNameButton} {
		surfaces = append(surfaces, surface{string(n), col(n)}, surface{string(n) + "+hover", over(hover, col(n))})
	}
	surfaces = append(surfaces,
		surface{"background+selection", over(selection, bg)},
		surface{"background+selection+hover", over(hover, over(selection, bg))},
		surface{"inputBackground+selection", over(selection, col(theme.ColorNameInputBackground))})
	var pairs []textPair
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameDisabled, theme.ColorNamePlaceHolder,
		theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameSuccess, theme.ColorNameError, theme.ColorNameWarning}
	for _, s := range surfaces {
		for _, n := range texts {
			pairs = append(pairs, textPair{string(n) + " on " + s.name, col(n), s.c})
		}
	}
	for _, on := range [][2]fyne.ThemeColorName{
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
		{theme.ColorNameForegroundOnError, theme.ColorNameError},
		{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
	} {
		pairs = append(pairs, textPair{string(on[0]) + " on " + string(on[1]), col(on[0]), col(on[1])},
			textPair{string(on[0]) + " on " + string(on[1]) + "+hover", col(on[0]), over(hover, col(on[1]))})
	}
	// A shared phrase of the Wording view (phrases.go), on a row plain,
	// hovered or selected.
	shared := sharedRun("x")
	mark := textview.HighlightTint(col(shared.Highlight))
	for _, s := range surfaces[:2] {
		pairs = append(pairs, textPair{"shared phrase on " + s.name, col(theme.ColorNameForeground), over(mark, s.c)})
	}
	pairs = append(pairs, textPair{"shared phrase on selection", col(theme.ColorNameForeground), over(mark, over(selection, bg))})
	return append(pairs, rowPairs(th, v)...)
}

// rowPairs are the texts of a pane's sentence rows on their tints: every
// topic colour, in every state, hovered or not, with the runs rowRuns and
// originalRuns make (cue words, the original under a translation).
func rowPairs(th fyne.Theme, v fyne.ThemeVariant) []textPair {
	col := func(n fyne.ThemeColorName) color.NRGBA {
		if n == "" {
			n = theme.ColorNameForeground
		}
		return toNRGBA(th.Color(n, v))
	}
	bg := col(theme.ColorNameBackground)
	grounds := map[string]color.NRGBA{"": bg, "+hover": over(th.Color(theme.ColorNameHover, v), bg)}
	states := map[rowState]string{rowNormal: "normal", rowSelected: "selected", rowCounterpart: "aligned", rowDimmed: "dimmed"}
	const text = "We will not take part."
	cues := []span{{3, 11}}
	var pairs []textPair
	for _, topic := range topicColours() {
		for st, stName := range states {
			for gName, ground := range grounds {
				tinted := over(textview.Tint(topic, stateAlpha(st)), ground)
				runs := append(rowRuns(text, cues, st), originalRuns(text, st)...)
				for _, r := range runs {
					behind := tinted
					if r.Highlight != "" {
						behind = over(textview.HighlightTint(col(r.Highlight)), tinted)
					}
					what := fmt.Sprintf("%q (%s) on a %s row of topic %v%s", r.Text, orName(r.Color, "foreground"), stName, topic, gName)
					pairs = append(pairs, textPair{what, col(r.Color), behind})
				}
			}
		}
	}
	// The note on an original's sentence the translation leaves out: untinted.
	for _, r := range itemRuns(paneItem{original: text, untranslated: true}, rowNormal) {
		for gName, ground := range grounds {
			pairs = append(pairs, textPair{"untranslated note on background" + gName, col(r.Color), ground})
		}
	}
	return pairs
}

func orName(name fyne.ThemeColorName, ifEmpty string) string {
	if name == "" {
		return ifEmpty
	}
	return string(name)
}

// topicColours are the colours a pane tints rows with: the palette's and
// the emergent topics' grey.
func topicColours() []color.NRGBA {
	var out []color.NRGBA
	for i := range 64 {
		if c := textview.TopicColor(i, false); !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return append(out, textview.EmergentColor)
}

// failing are the pairs under WCAG AA, and the worst pair of all.
func failing(pairs []textPair) (fails []textPair, worst textPair) {
	worst = pairs[0]
	for _, p := range pairs {
		if p.ratio() < wcagAA {
			fails = append(fails, p)
		}
		if p.ratio() < worst.ratio() {
			worst = p
		}
	}
	return fails, worst
}

var variants = map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark}

// TestThemeContrast: every text Parley draws keeps 4.5:1 against what is
// behind it, in both variants of its theme; Fyne's default theme does not
// (its LowImportance labels, the speaker and date under each title, are
// about 1.5:1 in the dark variant), which the check must catch.
func TestThemeContrast(t *testing.T) {
	test.NewTempApp(t)
	parley := newParleyTheme(defaultAppearance)
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			fails, worst := failing(textPairs(parley, v))
			for _, p := range fails {
				t.Errorf("%s: %.2f:1, want %.1f", p.what, p.ratio(), wcagAA)
			}
			t.Logf("worst: %s: %.2f:1", worst.what, worst.ratio())
		})
		t.Run(name+" default theme fails", func(t *testing.T) {
			fails, worst := failing(textPairs(theme.DefaultTheme(), v))
			low := textPair{fg: toNRGBA(theme.DefaultTheme().Color(theme.ColorNameDisabled, v)),
				bg: toNRGBA(theme.DefaultTheme().Color(theme.ColorNameBackground, v))}
			if len(fails) == 0 || low.ratio() >= wcagAA {
				t.Errorf("Fyne's default theme passed the check (LowImportance text %.2f:1)", low.ratio())
			}
			t.Logf("default theme: %d pairs fail; LowImportance text on background %.2f:1; worst: %s: %.2f:1",
				len(fails), low.ratio(), worst.what, worst.ratio())
		})
	}
}

// TestControlOutlines: the outline of an entry, check box or radio button
// keeps 3:1 against the surfaces it is drawn on (WCAG 1.4.11); Fyne's is
// about 1.3:1.
func TestControlOutlines(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		th   fyne.Theme
		pass bool
	}{{newParleyTheme(defaultAppearance), true}, {theme.DefaultTheme(), false}} {
		for name, v := range variants {
			border := toNRGBA(c.th.Color(theme.ColorNameInputBorder, v))
			worst := math.Inf(1)
			for _, n := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameOverlayBackground} {
				worst = min(worst, contrast(border, toNRGBA(c.th.Color(n, v))))
			}
			if (worst >= 3) != c.pass {
				t.Errorf("%T %s: control outline at %.2f:1, want it to pass 3:1: %v", c.th, name, worst, c.pass)
			}
		}
	}
}

// TestSecondaryTextReadsSecondary: the LowImportance grey passes, yet is
// dimmer than the foreground, so speakers and dates read as secondary.
func TestSecondaryTextReadsSecondary(t *testing.T) {
	test.NewTempApp(t)
	th := newParleyTheme(defaultAppearance)
	for name, v := range variants {
		bg := toNRGBA(th.Color(theme.ColorNameBackground, v))
		fg := contrast(toNRGBA(th.Color(theme.ColorNameForeground, v)), bg)
		low := contrast(toNRGBA(th.Color(theme.ColorNameDisabled, v)), bg)
		if low < wcagAA || low > fg*0.75 {
			t.Errorf("%s: secondary text %.2f:1 against foreground %.2f:1: want at least %.1f and clearly less than the foreground", name, low, fg, wcagAA)
		}
	}
}

// TestCueWordsOnSelectedRow: a selected or aligned sentence's cue words
// are not primary-coloured on its tint (blue on blue), yet stand apart
// from the words around them.
func TestCueWordsOnSelectedRow(t *testing.T) {
	for _, st := range []rowState{rowSelected, rowCounterpart} {
		runs := rowRuns("We will not take part.", []span{{3, 11}}, st)
		if len(runs) != 3 || runs[1].Text != "will not" {
			t.Fatalf("state %v: runs %+v", st, runs)
		}
		cue, plain := runs[1], runs[0]
		if cue.Color == theme.ColorNamePrimary {
			t.Errorf("state %v: cue words in the primary colour on the row's tint", st)
		}
		if cue.Style == plain.Style && cue.Underline == plain.Underline && cue.Color == plain.Color {
			t.Errorf("state %v: cue words look like the rest: %+v", st, cue)
		}
	}
	if rowRuns("We will not.", []span{{3, 11}}, rowNormal)[1].Color != theme.ColorNamePrimary {
		t.Error("cue words on a plain row lost the primary colour")
	}
}

// TestThemeVariantChoice: the analyst's Light or Dark overrides the
// system's variant, System follows it, and FYNE_THEME wins over both.
func TestThemeVariantChoice(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("FYNE_THEME", "")
	bg := func(th fyne.Theme, v fyne.ThemeVariant) color.NRGBA {
		return toNRGBA(th.Color(theme.ColorNameBackground, v))
	}
	white, dark := rgb(0xffffff), bg(theme.DefaultTheme(), theme.VariantDark)
	cases := []struct {
		choice  string
		env     string
		variant fyne.ThemeVariant
		want    color.NRGBA
	}{
		{themeSystem, "", theme.VariantLight, white},
		{themeSystem, "", theme.VariantDark, dark},
		{themeLight, "", theme.VariantDark, white},
		{themeDark, "", theme.VariantLight, dark},
		{themeDark, "light", theme.VariantLight, white},
	}
	for _, c := range cases {
		t.Setenv("FYNE_THEME", c.env)
		th := newParleyTheme(appearance{textSize: 1, theme: c.choice})
		if got := bg(th, c.variant); got != c.want {
			t.Errorf("%s with FYNE_THEME=%q on variant %d: background %v, want %v", c.choice, c.env, c.variant, got, c.want)
		}
	}
}

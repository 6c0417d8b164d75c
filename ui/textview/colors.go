package textview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// topicPalette: distinct hues that stay apart for common colour-vision
// deficiencies (after Paul Tol's "muted" and "light" schemes); they are
// drawn as tints, readable under dark and light text.
var topicPalette = []color.NRGBA{
	{0xCC, 0x66, 0x77, 0xff}, // rose
	{0x33, 0x22, 0x88, 0xff}, // indigo
	{0xDD, 0xCC, 0x77, 0xff}, // sand
	{0x11, 0x77, 0x33, 0xff}, // green
	{0x88, 0xCC, 0xEE, 0xff}, // cyan
	{0x88, 0x22, 0x55, 0xff}, // wine
	{0x44, 0xAA, 0x99, 0xff}, // teal
	{0x99, 0x99, 0x33, 0xff}, // olive
	{0xAA, 0x44, 0x99, 0xff}, // purple
	{0xEE, 0x88, 0x66, 0xff}, // orange
	{0x77, 0xAA, 0xDD, 0xff}, // light blue
	{0xBB, 0xCC, 0x33, 0xff}, // pear
	{0xFF, 0xAA, 0xBB, 0xff}, // pink
	{0x99, 0xDD, 0xFF, 0xff}, // sky
}

// EmergentColor marks sentences of emergent topics: grey, so the scheme's
// topics stand out.
var EmergentColor = color.NRGBA{0x99, 0x99, 0x99, 0xff}

// TopicColor is the colour of the topic at index in the analysis's topics:
// one of the palette's, or EmergentColor for an emergent topic or none
// (index -1).
func TopicColor(index int, emergent bool) color.NRGBA {
	if emergent || index < 0 {
		return EmergentColor
	}
	return topicPalette[index%len(topicPalette)]
}

// Tint returns c at the given opacity (0..255).
func Tint(c color.NRGBA, alpha uint8) color.NRGBA {
	c.A = alpha
	return c
}

// ThemeColor returns the current theme's colour of that name, in the
// app's light or dark variant.
func ThemeColor(name fyne.ThemeColorName) color.Color {
	return theme.Current().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// HighlightTint is what FlowText draws behind a run whose Highlight is of
// colour c: c at the highlighter's opacity (for contrast checks).
func HighlightTint(c color.NRGBA) color.NRGBA { return Tint(c, highlightAlpha) }

package report

import (
	"fmt"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/parley-app/parley/assets/fonts"
)

// fontID names one of the embedded faces.
type fontID uint8

// The faces, in fallback order after the Latin face of the wanted weight.
const (
	fontSans fontID = iota
	fontSansBold
	fontHebrew
	fontArabic
	fontSymbols
	fontMath
	numFonts
)

// notCovered marks a rune the face has no glyph for.
const notCovered = 0xFFFF

// face is an embedded TrueType font with the metrics the layout needs.
// Advances are in thousandths of an em, rounded exactly as fpdf rounds
// them when it writes the PDF /W array, so measured and drawn widths agree.
type face struct {
	family, style string // fpdf's names for it
	data          []byte
	adv           []uint16 // per BMP rune; notCovered when the face lacks it
	ascent        float64  // em fractions, from the font's hhea metrics
	descent       float64
}

// faceTable is parsed once per process: parsing the cmap of every BMP rune
// of five faces takes tens of milliseconds, too much to repeat per report.
var faceTable = sync.OnceValues(loadFaces)

func loadFaces() (*[numFonts]face, error) {
	specs := [numFonts]face{
		fontSans:     {family: "sans", data: fonts.Regular},
		fontSansBold: {family: "sans", style: "B", data: fonts.Bold},
		fontHebrew:   {family: "hebrew", data: fonts.Hebrew},
		fontArabic:   {family: "arabic", data: fonts.Arabic},
		fontSymbols:  {family: "symbols", data: fonts.Symbols},
		fontMath:     {family: "math", data: fonts.Math},
	}
	for i := range specs {
		if err := specs[i].measure(); err != nil {
			return nil, fmt.Errorf("report font %s%s: %w", specs[i].family, specs[i].style, err)
		}
	}
	return &specs, nil
}

// measure reads the advance of every BMP rune the face maps, and its
// vertical metrics.
func (fc *face) measure() error {
	f, err := sfnt.Parse(fc.data)
	if err != nil {
		return err
	}
	var buf sfnt.Buffer
	units := int(f.UnitsPerEm())
	upm := fixed.I(units) // at a size of one em per unit, advances come in font units
	scale := 1000 / float64(units)
	fc.adv = make([]uint16, 0x10000)
	for r := range fc.adv {
		fc.adv[r] = notCovered
		gi, err := f.GlyphIndex(&buf, rune(r))
		if err != nil || gi == 0 {
			continue
		}
		a, err := f.GlyphAdvance(&buf, gi, upm, font.HintingNone)
		if err != nil {
			continue
		}
		fc.adv[r] = uint16(float64(a)/64*scale + 0.5)
	}
	m, err := f.Metrics(&buf, upm, font.HintingNone)
	if err != nil {
		return err
	}
	fc.ascent = float64(m.Ascent) / float64(upm)
	fc.descent = float64(m.Descent) / float64(upm)
	if fc.ascent <= 0 {
		fc.ascent, fc.descent = 1, 0.3
	}
	return nil
}

func (fc *face) covers(r rune) bool { return r < 0x10000 && fc.adv[r] != notCovered }

// fontSet chooses a face for every rune and measures text.
type fontSet struct{ faces *[numFonts]face }

// register adds every face to the document. fpdf subsets each face to the
// runes drawn with it when the document is written.
func (fs fontSet) register(pdf *fpdf.Fpdf) {
	for _, fc := range fs.faces {
		pdf.AddUTF8FontFromBytes(fc.family, fc.style, fc.data)
	}
}

// pick returns the face that draws r: the Latin face of the wanted weight
// when it has the glyph, else the first script face that has it. Hebrew and
// Arabic have no bold face here; their regular face stands in.
func (fs fontSet) pick(r rune, bold bool) fontID {
	primary := fontSans
	if bold {
		primary = fontSansBold
	}
	if fs.faces[primary].covers(r) {
		return primary
	}
	for id := fontHebrew; id < numFonts; id++ {
		if fs.faces[id].covers(r) {
			return id
		}
	}
	return primary // drawn as the font's missing-glyph box: visible, never silent
}

// width is the advance of r in face id at size points.
func (fs fontSet) width(id fontID, r rune, size float64) float64 {
	fc := &fs.faces[id]
	if r >= 0x10000 || fc.adv[r] == notCovered {
		return 0.6 * size // the missing-glyph box
	}
	return float64(fc.adv[r]) * size / 1000
}

package textview

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"github.com/parley-app/parley/assets/fonts"
)

// medianLetterTop shapes the letters of a statement's text in a font and
// returns how high, in font units, the median letter reaches above the
// baseline: in Latin text, the x-height.
func medianLetterTop(t *testing.T, path string, data []byte, dir di.Direction, script language.Script) float32 {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	if _, body, ok := strings.Cut(text[3:], "\n---\n"); ok { // past the front matter
		text = body
	}
	face, err := font.ParseTTF(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var sh shaping.HarfbuzzShaper
	var tops []float32
	for _, w := range strings.Fields(text) {
		rs := []rune(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || r == 0x200C {
				return r
			}
			return -1
		}, w))
		if len(rs) == 0 {
			continue
		}
		out := sh.Shape(shaping.Input{Text: rs, RunEnd: len(rs), Direction: dir, Face: face, Size: fixed.I(int(face.Upem())), Script: script})
		for _, g := range out.Glyphs {
			if g.XAdvance == 0 { // a mark: it rides on a letter
				continue
			}
			e, _ := face.GlyphExtents(g.GlyphID)
			tops = append(tops, e.YBearing)
		}
	}
	slices.Sort(tops)
	return tops[len(tops)/2]
}

// TestArabicScale: Persian letters in Noto Naskh Arabic, at arabicScale,
// stand as high as the small letters of the English translation in Noto
// Sans (within 2%).
func TestArabicScale(t *testing.T) {
	latin := medianLetterTop(t, "../../testdata/translation/spokesman-talks.en.txt", fonts.Regular, di.DirectionLTR, language.Latin)
	persian := medianLetterTop(t, "../../testdata/translation/spokesman-talks.fa.txt", fonts.Arabic, di.DirectionRTL, language.Arabic)
	if got := persian * arabicScale; got < latin*0.98 || got > latin*1.02 {
		t.Errorf("Persian letters reach %.0f units, scaled by %.3f %.0f; English small letters %.0f", persian, float32(arabicScale), got, latin)
	}
}

// TestFlowTextPersianMatchesLatin: in a line mixing English and Persian,
// the Persian is drawn at arabicScale times the text size, on the same
// baseline as the English, and the line is tall enough for its descenders.
func TestFlowTextPersianMatchesLatin(t *testing.T) {
	test.NewTempApp(t)
	f := NewFlowText(Run{Text: "The spokesman said سخنگوی وزارت امور خارجه today."})
	f.Resize(fyne.NewSize(2000, 100))
	var latin, persian *canvas.Text
	for _, o := range test.WidgetRenderer(f).Objects() {
		if tx, ok := o.(*canvas.Text); ok && strings.Contains(tx.Text, "spokesman") {
			latin = tx
		} else if ok && strings.Contains(tx.Text, "سخنگوی") {
			persian = tx
		}
	}
	if latin == nil || persian == nil {
		t.Fatal("no English or no Persian text drawn")
	}
	if want := latin.TextSize * arabicScale; persian.TextSize != want {
		t.Errorf("Persian drawn at %.2f, English at %.2f; want %.2f", persian.TextSize, latin.TextSize, want)
	}
	baseline := func(tx *canvas.Text) float32 {
		size, base := fyne.CurrentApp().Driver().RenderedTextSize(tx.Text, tx.TextSize, tx.TextStyle, tx.FontSource)
		// Fyne centres text in a box taller than it.
		return tx.Position().Y + max(tx.Size().Height-size.Height, 0)/2 + base
	}
	if l, p := baseline(latin), baseline(persian); l-p > 0.5 || p-l > 0.5 {
		t.Errorf("baselines: English %.1f, Persian %.1f", l, p)
	}
	size, base := fyne.CurrentApp().Driver().RenderedTextSize("س", persian.TextSize, persian.TextStyle, persian.FontSource)
	if bottom := baseline(persian) + size.Height - base; bottom > f.height {
		t.Errorf("the Persian descends to %.1f, below the line's %.1f", bottom, f.height)
	}
}

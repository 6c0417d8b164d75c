package parallel

import (
	"math"
	"reflect"
	"testing"

	"github.com/parley-app/parley/compare/segment"
)

// synthetic returns n sentence lengths between 20 and 199 characters,
// pseudo-random (a fixed linear congruential sequence).
func synthetic(n int) []float64 {
	out := make([]float64, n)
	x := uint32(1)
	for i := range out {
		x = x*1664525 + 1013904223
		out[i] = float64(20 + (x>>16)%180)
	}
	return out
}

// A text of 20,000 sentences (some 500,000 words) takes a band of
// (n+1)·(2·DefaultBand+1) cells, not n², and aligns one to one with itself.
func TestBandMemoryIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns 20,000 sentences")
	}
	const n = 20000
	ls := synthetic(n)
	g := newGrid(ls, ls, DefaultBand, false)
	if cells, limit := len(g.move), (n+1)*(2*DefaultBand+1); cells > limit {
		t.Fatalf("%d cells, want at most %d", cells, limit)
	}
	steps := alignBand(newModel(Options{}, "a", ls, "a", ls), ls, ls, DefaultBand)
	if len(steps) != n {
		t.Fatalf("%d links, want %d", len(steps), n)
	}
	for i, s := range steps {
		if s.o != i || s.t != i || s.k != (kind{1, 1}) {
			t.Fatalf("link %d: %+v, want 1-1 at %d", i, s, i)
		}
	}
}

// A translation that leaves out 120 sentences in a row strays from the
// diagonal further than a band of 5: confined to it, the best path is
// dearer than the full table's; widened until the path keeps clear of its
// edges, it is the full table's. (Of the 120, the full table reads some 90
// as left out and glues the short rest to neighbours, 2–1, as model.go
// says the lengths must.)
func TestBandWidens(t *testing.T) {
	ol := synthetic(300)
	tl := append(append([]float64{}, ol[:100]...), ol[220:]...)
	m := newModel(Options{}, "a", ol, "a", tl)
	full := alignBand(m, ol, tl, 1000)
	g := newGrid(ol, tl, 5, false)
	g.fill(&m, ol, tl)
	if confined, best := total(g.path(&m, ol, tl)), total(full); confined <= best {
		t.Errorf("the band of 5 alone costs %v, the full table %v; the test needs a band too narrow", confined, best)
	}
	if narrow := alignBand(m, ol, tl, 5); !reflect.DeepEqual(narrow, full) {
		t.Errorf("band 5 widened gives another path than the full table")
	}
	dropped := 0
	for _, s := range full {
		if s.k == (kind{1, 0}) {
			dropped++
		}
	}
	if dropped < 80 {
		t.Errorf("%d sentences read as left out, want most of the 120", dropped)
	}
}

func total(steps []step) float64 {
	var c float64
	for _, s := range steps {
		c += s.cost
	}
	return c
}

func TestLogTwoTailed(t *testing.T) {
	if got := logTwoTailed(0); got != 0 {
		t.Errorf("logTwoTailed(0) = %v, want 0", got)
	}
	if got, want := logTwoTailed(1.959964), math.Log(0.05); math.Abs(got-want) > 1e-6 {
		t.Errorf("logTwoTailed(1.96) = %v, want %v", got, want)
	}
	// Across the switch to the asymptotic series (z/√2 = 25) and far
	// beyond, it keeps falling and stays finite.
	prev := 0.0
	for z := 0.5; z < 1e6; z *= 1.01 {
		got := logTwoTailed(z)
		if math.IsInf(got, 0) || math.IsNaN(got) || got >= prev {
			t.Fatalf("logTwoTailed(%v) = %v after %v", z, got, prev)
		}
		prev = got
	}
	below, above := logTwoTailed(25*math.Sqrt2-1e-9), logTwoTailed(25*math.Sqrt2+1e-9)
	if math.Abs(below-above) > 1e-6*math.Abs(below) {
		t.Errorf("jump at the switch: %v, %v", below, above)
	}
}

func TestScript(t *testing.T) {
	for text, want := range map[string]int{
		"We condemn the attack.":             0,
		"ما پاسخ خواهیم داد. We will reply.": 1,
		"ישראל תגיב.":                        2,
		"Россия":                             3,
		"2024 — 100%":                        -1,
		"":                                   -1,
	} {
		if got := script(text); got != want {
			t.Errorf("script(%q) = %d, want %d", text, got, want)
		}
	}
}

func TestEstimateRatio(t *testing.T) {
	if got := EstimateRatio([]float64{100, 50}, []float64{180}); got != 1.2 {
		t.Errorf("EstimateRatio = %v, want 1.2", got)
	}
	if got := EstimateRatio(nil, []float64{10}); got != 1 {
		t.Errorf("EstimateRatio of an empty original = %v, want 1", got)
	}
}

func TestLengthsSkipFormatCharacters(t *testing.T) {
	text := "می\u200cشود. \u200fשלום."
	got := lengths(text, segment.Sentences(text))
	if want := []float64{6, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("lengths = %v, want %v", got, want)
	}
}

func TestEmptyTexts(t *testing.T) {
	if al := Align("", "", Options{}); len(al.Links) != 0 || al.Cost != 0 {
		t.Errorf("two empty texts: %+v", al)
	}
	al := Align("", "First. Second.", Options{})
	want := []Link{
		{Translation: []int{0}, TranslationSpan: segment.Span{Start: 0, End: 6}, Cost: al.Links[0].Cost},
		{Translation: []int{1}, TranslationSpan: segment.Span{Start: 7, End: 14}, Cost: al.Links[1].Cost},
	}
	if !reflect.DeepEqual(al.Links, want) {
		t.Errorf("empty original: %+v, want %+v", al.Links, want)
	}
	if k := al.Links[0].Kind(); k != "0-1" {
		t.Errorf("Kind = %q, want 0-1", k)
	}
	al = Align("Kept. Left out of the translation, being long enough to be seen.", "Kept.", Options{})
	if len(al.Links) != 2 || al.Links[1].Kind() != "1-0" || al.Links[1].TranslationSpan != (segment.Span{Start: 5, End: 5}) {
		t.Errorf("left out: %+v; want a 1-0 link with an empty span after the translation's sentence", al.Links)
	}
}

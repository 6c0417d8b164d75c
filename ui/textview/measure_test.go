package textview

import (
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestWordShaperMatchesFyne: Parley's shaper measures every word of a
// communiqué, in each style a pane draws, exactly as fyne.MeasureText does,
// so that text laid out with its widths fits where Fyne draws it; a word
// the theme's font cannot draw is left to Fyne.
func TestWordShaperMatchesFyne(t *testing.T) {
	test.NewTempApp(t)
	data, err := os.ReadFile("../../testdata/corpus/communiques/g7-communique-2024-apulia.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{"naïve": true, "€1.5": true, "—": true, "“quoted”": true}
	for _, w := range strings.Fields(string(data)) {
		words[w] = true
	}
	styles := []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}}
	sizes := []float32{theme.TextSize(), theme.CaptionTextSize()}
	checked := 0
	for w := range words {
		for _, style := range styles {
			for _, size := range sizes {
				got, ok := shaper.measure(themeFont(style), w, size)
				if !ok {
					continue
				}
				checked++
				if want := fyne.MeasureText(w, size, style).Width; got != want {
					t.Errorf("%q (%v, %.0f): %.3f, fyne.MeasureText %.3f", w, style, size, got, want)
				}
			}
		}
	}
	if checked < len(words)*len(styles)*len(sizes)*9/10 {
		t.Errorf("only %d of %d measurements by the shaper", checked, len(words)*len(styles)*len(sizes))
	}
	if _, ok := shaper.measure(themeFont(fyne.TextStyle{}), "😀", theme.TextSize()); ok {
		t.Error("an emoji, not in the text font, should be left to Fyne")
	}
}

// BenchmarkMeasureWords measures the distinct words of a communiqué, as a
// pane's first layout does (the cache emptied each time).
func BenchmarkMeasureWords(b *testing.B) {
	test.NewTempApp(b)
	data, err := os.ReadFile("../../testdata/corpus/communiques/g7-communique-2024-apulia.txt")
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(string(data))
	for b.Loop() {
		measured.Lock()
		clear(measured.m)
		measured.Unlock()
		for _, w := range words {
			measureWord(w, Run{})
		}
	}
}

// TestPrewarm: the words of a text are measured in the background, as the
// layout would measure them.
func TestPrewarm(t *testing.T) {
	test.NewTempApp(t)
	text := "Prewarmed words: zephyr quixotic.\nSecond line"
	Prewarm(text)
	k := measureKey{"quixotic.", fyne.TextStyle{}, theme.TextSize(), nil}
	for range 200 {
		measured.Lock()
		_, ok := measured.m[k]
		measured.Unlock()
		if ok {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	measured.Lock()
	got, ok := measured.m[k]
	measured.Unlock()
	if want := fyne.MeasureText("quixotic.", theme.TextSize(), fyne.TextStyle{}).Width; !ok || got != want {
		t.Errorf("prewarmed width %.2f (measured %v), want %.2f", got, ok, want)
	}
}

func TestOpening(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
		want string
	}{
		{"short text", 40, "short text"},
		{"exactly ten", 11, "exactly ten"},
		{"cut at the space", 9, "cut at"},
		{"cut at the space", 10, "cut at the"},
		{"a line\nbreak here", 9, "a line"},
		{"oneverylongword and more", 5, ""},
		{"", 5, ""},
		{"élan vital", 3, ""},
		{"é é é", 4, "é"},
	} {
		if got := opening(c.text, c.n); got != c.want {
			t.Errorf("opening(%q, %d) = %q, want %q", c.text, c.n, got, c.want)
		}
	}
}

// TestPrewarmOpenings: the words of each opening are measured at once, the
// rest's only once the returned function is called.
func TestPrewarmOpenings(t *testing.T) {
	test.NewTempApp(t)
	texts := []string{"Opening obstreperous words. Later cantankerous ones.", "Second persnickety text"}
	rest := PrewarmOpenings(len("Opening obstreperous words."), texts...)
	first := measureKey{"obstreperous", fyne.TextStyle{}, theme.TextSize(), nil}
	second := measureKey{"Second", fyne.TextStyle{}, theme.TextSize(), nil}
	later := measureKey{"cantankerous", fyne.TextStyle{}, theme.TextSize(), nil}
	if !waitMeasured(first) || !waitMeasured(second) {
		t.Fatal("the openings' words were not measured")
	}
	if isMeasured(later) {
		t.Error("a word past the opening was measured before rest was called")
	}
	rest()
	if !waitMeasured(later) || !waitMeasured(measureKey{"persnickety", fyne.TextStyle{}, theme.TextSize(), nil}) {
		t.Error("rest left words past the openings unmeasured")
	}
}

func isMeasured(k measureKey) bool {
	measured.Lock()
	defer measured.Unlock()
	_, ok := measured.m[k]
	return ok
}

// waitMeasured waits up to two seconds for the background measuring of k.
func waitMeasured(k measureKey) bool {
	for range 400 {
		if isMeasured(k) {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return false
}

// TestPrewarmStyles: the shaper's font of a style is parsed on a goroutine
// of its own, and PrewarmLineHeights leaves the style's line height
// measured, so that a view's first layout finds both done.
func TestPrewarmStyles(t *testing.T) {
	test.NewTempApp(t)
	bold := fyne.TextStyle{Bold: true, Italic: true} // a style no other test measures first
	font := themeFont(bold)
	loaded := func() bool {
		shaper.mu.Lock()
		defer shaper.mu.Unlock()
		_, ok := shaper.faces[font]
		return ok
	}
	PrewarmStyles(bold)
	for i := 0; i < 400 && !loaded(); i++ {
		time.Sleep(5 * time.Millisecond)
	}
	if !loaded() {
		t.Error("the style's font was not loaded by the shaper")
	}
	k := measureKey{"\x00line", bold, theme.TextSize(), nil}
	PrewarmLineHeights(bold)
	measured.Lock()
	_, ok := measured.m[k]
	measured.Unlock()
	if !ok {
		t.Error("PrewarmLineHeights left the style's line height unmeasured")
	}
}

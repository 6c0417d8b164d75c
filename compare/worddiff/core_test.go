package worddiff

import (
	"slices"
	"strings"
	"testing"
)

// oneByOne tokenizes a, then b, whole and in order: what newEngine's
// reused tokenization must equal.
func oneByOne(a, b string, ignoreCase bool) (ta, tb []token, ra, rb []rune) {
	enc := newEncoder()
	sa, sb := side{text: a}, side{text: b}
	sa.tokenize(enc, ignoreCase)
	sb.tokenize(enc, ignoreCase)
	return sa.toks, sb.toks, sa.runes, sb.runes
}

func checkTokenization(t *testing.T, name, a, b string, ignoreCase bool) {
	t.Helper()
	e := newEngine(a, b, Options{IgnoreCase: ignoreCase})
	ta, tb, ra, rb := oneByOne(a, b, ignoreCase)
	if !slices.Equal(e.a.toks, ta) || !slices.Equal(e.a.runes, ra) {
		t.Errorf("%s: A's tokens or runes differ from one pass (%d/%d tokens)", name, len(e.a.toks), len(ta))
	}
	if !slices.Equal(e.b.toks, tb) || !slices.Equal(e.b.runes, rb) {
		t.Errorf("%s: B's tokens or runes differ from one pass (%d/%d tokens)", name, len(e.b.toks), len(tb))
	}
}

// TestTokenizationSplitAndReused: copying the tokens of B's unchanged
// lines gives exactly the tokens and the alphabet of tokenizing both texts
// in one pass.
func TestTokenizationSplitAndReused(t *testing.T) {
	orig, _, revised := loadHiroshima(t)
	checkTokenization(t, "communiqué revision", orig, revised, false)
	checkTokenization(t, "communiqué revision, ignoring case", orig, revised, true)
	checkTokenization(t, "the other way round", revised, orig, false)
	small := []struct{ name, a, b string }{
		{"lines moved and repeated", "One line.\nTwo “quoted” lines.\n\nThree.", "Three.\nOne line.\nOne line.\nNew U.S.-Israel line.\nTwo “quoted” lines."},
		{"CRLF and LF", "Alpha beta.\r\nGamma.\r\n", "Alpha beta.\nGamma.\r\nDelta ’s.\n"},
		{"no line breaks", "A single line of text.", "A single line of text, edited."},
		{"empty", "", "Now some text."},
		{"Persian and Hebrew", "ما پاسخ می‌دهیم.\nישראל תגן.", "ישראל תגן.\nما فوراً پاسخ می‌دهیم."},
	}
	for _, c := range small {
		checkTokenization(t, c.name, c.a, c.b, false)
	}
	long := strings.Repeat("The G7 reaffirms its commitment. Iran’s attack is condemned.\n", 3000)
	checkTokenization(t, "long text without a change", long, long, false)
	checkTokenization(t, "two different communiqués", orig, readFile(t, apulia), false)
}

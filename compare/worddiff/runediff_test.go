package worddiff

import (
	"strings"
	"testing"

	dmp "github.com/sergi/go-diff/diffmatchpatch"
)

func TestConsistent(t *testing.T) {
	a, b := []rune("ĀāĂ"), []rune("ĀĂă")
	good := []dmp.Diff{{Type: dmp.DiffEqual, Text: "Ā"}, {Type: dmp.DiffDelete, Text: "ā"},
		{Type: dmp.DiffEqual, Text: "Ă"}, {Type: dmp.DiffInsert, Text: "ă"}}
	if !consistent(good, a, b) {
		t.Error("a correct diff was rejected")
	}
	// What a rune split by go-diff's byte-wise cleanup would look like.
	split := []dmp.Diff{{Type: dmp.DiffEqual, Text: "Ā\xc4"}, {Type: dmp.DiffDelete, Text: "\x81Ă"}, {Type: dmp.DiffInsert, Text: "Ăă"}}
	if consistent(split, a, b) || consistent(good[:3], a, b) {
		t.Error("a broken diff was accepted")
	}
}

func TestEncoderSkipsInvalidRunes(t *testing.T) {
	c := newEncoder()
	c.next = 0xD7FF
	r1 := c.rune("x")
	r2 := c.rune("y")
	if r1 != 0xD7FF || r2 != 0xE000 {
		t.Errorf("runes %U %U, want U+D7FF U+E000", r1, r2)
	}
	c.next = 0xFFFC
	c.rune("z")
	if r := c.rune("w"); r != 0xFFFE {
		t.Errorf("rune %U, want U+FFFE (U+FFFD is skipped)", r)
	}
}

// TestWordsLongTexts runs Words on whole documents (the anchored path of
// mainRunes) and on repetitive text without any unique anchor (the
// plain-replacement fallback); both must stay exact and fast.
func TestWordsLongTexts(t *testing.T) {
	orig, _, revised := loadHiroshima(t)
	rep1 := strings.Repeat("the ", 7000)
	rep2 := strings.Repeat("of the ", 3500) + "of"
	for _, c := range [][2]string{{orig, revised}, {rep1, rep2}} {
		ops := Words(c[0], c[1], Options{})
		checkOps(t, c[0], c[1], ops)
	}
}

package phrases

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzUnits reads text with the tests' tokenizer and then, by flags, makes
// matching denser or odder: bit 0 adds the first letter as a second key
// (many multi-key matches), bit 1 replaces the key by the word's length
// mod 4 (a tiny alphabet: long runs, many repeats), bit 2 makes every word
// a content word, bit 3 takes the keys of one-byte words away.
func fuzzUnits(text string, flags uint8) []Unit {
	u := tokenize(text, nil)
	for i := range u {
		w := strings.ToLower(text[u[i].Start:u[i].End])
		if flags&2 != 0 {
			u[i].Keys = []string{strconv.Itoa(len(w) % 4)}
		}
		if flags&1 != 0 {
			r, _ := utf8.DecodeRuneInString(w)
			u[i].Keys = append(u[i].Keys, "#"+string(r))
		}
		if flags&4 != 0 {
			u[i].Content = true
		}
		if flags&8 != 0 && len(w) == 1 {
			u[i].Keys = nil
		}
	}
	return u
}

// FuzzAlign checks that Align never panics, is deterministic, leaves its
// input alone, and that its output satisfies every invariant of
// checkAlignment: spans in range with their units' bytes, phrases
// non-overlapping and maximal with pairwise equal units and at least one
// content pair, shared and unshared words covering each sentence exactly
// once, no equal content pair left out, and the same phrases as the slow
// reference greedy.
func FuzzAlign(f *testing.F) {
	seeds := [][2]string{
		{"The G7 reaffirms its unwavering support for Ukraine for as long as it takes.",
			"We reiterate our unwavering support for Ukraine's sovereignty for as long as it takes."},
		{"for as long as it takes we support Ukraine", "we support Ukraine for as long as it takes"},
		{"a a a b a", "b a a a"},
		{"peace peace", "peace peace peace"},
		{"the will of the people", "at the end of the war"},
		{"", "x"},
		{"bad\xffbyte \u200e l’Ukraine", "ישראל תמשיך bad\xfebyte"},
	}
	for i, s := range seeds {
		f.Add(s[0], s[1], uint8(i))
		f.Add(s[0], s[1], uint8(15-i))
	}
	f.Fuzz(func(t *testing.T, a, b string, flags uint8) {
		ua, ub := fuzzUnits(a, flags), fuzzUnits(b, flags)
		keep := func(u []Unit) []Unit {
			if u == nil {
				return nil
			}
			c := make([]Unit, len(u))
			for i := range u {
				c[i] = u[i]
				c[i].Keys = append([]string(nil), u[i].Keys...)
			}
			return c
		}
		ka, kb := keep(ua), keep(ub)
		al := Align(ua, ub)
		if !reflect.DeepEqual(ua, ka) || !reflect.DeepEqual(ub, kb) {
			t.Fatal("Align modified its input")
		}
		checkAlignment(t, ua, ub, al)
		if again := Align(ua, ub); !reflect.DeepEqual(al, again) {
			t.Fatalf("Align is not deterministic:\n%+v\n%+v", al, again)
		}
	})
}

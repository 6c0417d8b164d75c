package lang

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

func words(s string, opt Options) []string {
	var out []string
	end := len(s)
	if opt.Limit > 0 {
		end = opt.Limit
	}
	for i := 0; i < end; {
		var t Token
		if t, i = NextWith(s, i, opt); t.End > t.Start {
			out = append(out, s[t.Start:t.End])
		}
	}
	return out
}

func TestNextWithOptions(t *testing.T) {
	dot := Options{AbbreviationDot: true}
	split := Options{SplitCompoundAfterInitialism: true}
	tests := []struct {
		in   string
		opt  Options
		want []string
	}{
		{"the U.S. and Mr. Sullivan.", Options{}, []string{"the", "U.S", ".", "and", "Mr", ".", "Sullivan", "."}},
		{"the U.S. and Mr. Sullivan.", dot, []string{"the", "U.S.", "and", "Mr.", "Sullivan", "."}},
		{"Albert I. Jones met Lt. Col. Lerner", dot, []string{"Albert", "I.", "Jones", "met", "Lt.", "Col.", "Lerner"}},
		{"we act. Then", dot, []string{"we", "act", ".", "Then"}},
		{"a. The first item", dot, []string{"a", ".", "The", "first", "item"}},
		{"the U.S.-Israel relationship", Options{}, []string{"the", "U.S.-Israel", "relationship"}},
		{"the U.S.-Israel relationship", split, []string{"the", "U.S", ".", "-", "Israel", "relationship"}},
		{"a two-state solution", split, []string{"a", "two-state", "solution"}},
		{"e.g.-style", split, []string{"e.g", ".", "-", "style"}},
		{"the Islands' ministry and Iran's", Options{PluralPossessive: true}, []string{"the", "Islands'", "ministry", "and", "Iran's"}},
		{"the Islands' ministry", Options{}, []string{"the", "Islands", "'", "ministry"}},
		{"Rubio’s claims’s", Options{PluralPossessive: true}, []string{"Rubio’s", "claims’s"}},
		{"said Jones“We", Options{Limit: 10}, []string{"said", "Jones"}},
	}
	for _, tt := range tests {
		if got := words(tt.in, tt.opt); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q with %+v = %q, want %q", tt.in, tt.opt, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Israel’s": "israel", "US": "u.s", "U.S": "u.s", "two‑state": "two-state", "Allies'": "allies",
		"2023–2024": "2023-2024", "ما": "ما", "G7": "g7",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNormalize: lower case, typographic marks made ASCII, the rest kept,
// whether the word is plain, capitalised ASCII or not ASCII.
func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"plain": "plain", "Biden": "biden", "NATO": "nato", "Israel’s": "israel's", "don’t": "don't",
		"two‑state": "two-state", "Côte": "côte", "U.S.-Israel": "u.s.-israel", "": "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStem(t *testing.T) {
	s := NewStemmer()
	for in, want := range map[string]string{
		"condemns": "condemn", "condemnation": "condemn", "two-state": "two-state", "peace-keeping": "peac-keep",
		"u.s": "u.s", "g7": "g7", "پاسخ": "پاسخ",
	} {
		if got := s.Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every embedded word list reads, and holds words in the form its users
// look them up in: lower case, trimmed.
func TestWordLists(t *testing.T) {
	for name, set := range map[string]WordSet{"stopwords-en.txt": englishStopwords(), "titles.txt": titles()} {
		if len(set) == 0 {
			t.Errorf("%s is empty", name)
		}
		for w := range set {
			if w != Fold(w) && !set.Has(Fold(w)) {
				t.Errorf("%s: %q is not in the folded form lookups use", name, w)
			}
		}
	}
	if !IsStopword("the") || !IsStopword("would") || IsStopword("israel") {
		t.Error("stop words: the, would are; israel is not")
	}
	if got := ReadWordList([]byte("# comment\n\n a \nb\n")); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("ReadWordList = %q", got)
	}
}

// TestStemmersShareStems: Stemmers on several goroutines give each word
// the stem stem gives it, whoever stemmed it first, and the shared memory
// keeps copies, not the caller's text (race detector: make race).
func TestStemmersShareStems(t *testing.T) {
	text := "peacekeeping reaffirmed negotiations sanctions two-state deterrence G7"
	words := strings.Fields(strings.ToLower(text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := NewStemmer()
			for range 3 {
				for _, w := range words {
					if got, want := s.Stem(w), stem(w); got != want {
						t.Errorf("Stem(%q) = %q, want %q", w, got, want)
					}
				}
			}
		}()
	}
	wg.Wait()
	first := words[0] // a slice of text
	v, ok := sharedStems.Load(first)
	if !ok {
		t.Fatalf("%q not in the shared memory", first)
	}
	sharedStems.Range(func(k, _ any) bool {
		if key := k.(string); key == first && unsafe.StringData(key) == unsafe.StringData(first) {
			t.Errorf("the shared memory keeps the caller's string %q", key)
		}
		return true
	})
	if v.(string) != stem(first) {
		t.Errorf("shared stem %q, want %q", v, stem(first))
	}
}

package quotes

import (
	"reflect"
	"testing"
)

// FuzzExtract checks, on any input: no panic (extract is called without
// Extract's recover), every quote's text is the article between its offsets,
// every speaker has quotes and a known kind, and a second run gives the same
// result. Crashers found are kept under testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	for _, name := range []string{"article.txt", "dispute.txt"} {
		f.Add(readTestdata(f, name))
	}
	for _, s := range []string{
		``, `"`, `“`, `”`, `"""`, `“”`, "“\n\n“", "\"a\n\n\"b", `“a ‘b’ c”`, `« a »`,
		`"Yes," Kirby said.`, `According to , the`, `, said`, `said`, `He told`, `according to`,
		`“We are not,” Israel informed the US, according to a senior official.`,
		`A “x” exists, according to Hossein Salami, Commander of the Guard Corps, who warned that`,
		"Ben Jealous, Director, Sierra Club: “Yes.”", `We shall. According to X, y.`,
		"U.S.A.B.C.D.E.F.G.H.", "\xff\xfe“\xff”", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p",
		"And the ministry left, saying no.", // found by the White House corpus: "and" opening a phrase
		"Osei, 58, said", ", said X, a", "According to a statement from", "“A,” said X, a b who",
		// issue 17: relays and interrupters, cut short
		"R quoted S as saying", "quoted , as saying that", "According to R, S told P that",
		"S had told them, she said, that", "S said, according to", "X, who, said", "A, B said, but",
		"called on to", "described as “", "One of the two said", "and said", ", and who gave her name only as",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, article string) {
		r := extract(article)
		kinds := map[string]bool{KindPerson: true, KindAnonymous: true, KindBody: true, KindUnknown: true}
		for _, sp := range r.Speakers {
			if !kinds[sp.Kind] {
				t.Fatalf("speaker %q has kind %q", sp.Name, sp.Kind)
			}
		}
		checkOffsets(t, article, r)
		if again := extract(article); !reflect.DeepEqual(r, again) {
			t.Fatalf("not deterministic:\n%+v\n%+v", r, again)
		}
	})
}

// TestWindows runs the fuzz invariants on every window of the test articles
// that starts at a word and ends after one of several lengths: cut
// quotations, sentences and attributions in every position, where the
// random fuzzer, slowed by long seeds, rarely goes.
func TestWindows(t *testing.T) {
	for _, name := range []string{"article.txt", "dispute.txt", "heldout.txt", "heldout2.txt", "heldout3.txt"} {
		text := readTestdata(t, name)
		for s := 0; s < len(text); s++ {
			if s > 0 && text[s-1] != ' ' && text[s-1] != '\n' {
				continue
			}
			for _, n := range []int{7, 40, 120, 400} {
				w := text[s:min(len(text), s+n)]
				r := extract(w)
				checkOffsets(t, w, r)
				if t.Failed() {
					t.Fatalf("%s window at %d (%d bytes): %q", name, s, n, w)
				}
			}
		}
	}
}

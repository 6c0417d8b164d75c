package parallel_test

// The Persian gold: testdata/translation/spokesman-talks.fa.txt (14
// sentences in 4 paragraphs) and its English translation
// spokesman-talks.en.txt (15 sentences), both written for this test. The
// translation renders Persian sentence 3 as two English sentences (3 and 4)
// and joins nowhere else. The links below were written down before the
// aligner first ran.
//
// Blind first score (the aligner's first run, before any change to it):
// 14 of 14 gold links right with the paragraph anchors, and 14 of 14
// without them (one band over the whole text), with c estimated at 1.343.
// The test requires every link right in both. (With the paper's c = 1
// instead, the anchored alignment is still right but the unanchored one
// gets 10 of 14: it reads English sentence 0 as added, and pairs Persian
// sentences 0 to 3 each with the English sentence after its own.)

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/parley-app/parley/compare/parallel"
	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/statement"
)

const translationDir = "../../testdata/translation"

// bead is a link by its sentence indexes only: original, then translation.
type bead struct{ o, t []int }

func (b bead) String() string { return fmt.Sprintf("%v-%v", b.o, b.t) }

func ints(xs ...int) []int {
	if xs == nil {
		return []int{}
	}
	return xs
}

// persianGold is the expected alignment of the Persian statement with its
// English translation.
var persianGold = []bead{
	// ¶1: the press conference, the delegation, the messages through Oman.
	{ints(0), ints(0)}, {ints(1), ints(1)}, {ints(2), ints(2)},
	// ¶2: "never sought nuclear weapons, but will not back down" is one
	// Persian sentence and two English ones.
	{ints(3), ints(3, 4)}, {ints(4), ints(5)}, {ints(5), ints(6)}, {ints(6), ints(7)},
	// ¶3: Gaza, the Security Council, Western governments.
	{ints(7), ints(8)}, {ints(8), ints(9)}, {ints(9), ints(10)},
	// ¶4: the IAEA, the Board of Governors, the next round, diplomacy.
	{ints(10), ints(11)}, {ints(11), ints(12)}, {ints(12), ints(13)}, {ints(13), ints(14)},
}

func loadStatement(t testing.TB, name string) statement.Statement {
	t.Helper()
	path := filepath.Join(translationDir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := statement.ParseStatement(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func beads(links []parallel.Link) []bead {
	out := make([]bead, len(links))
	for i, l := range links {
		out[i] = bead{o: l.Original, t: l.Translation}
		if out[i].o == nil {
			out[i].o = []int{}
		}
		if out[i].t == nil {
			out[i].t = []int{}
		}
	}
	return out
}

// score counts the gold links the alignment has exactly.
func score(got, gold []bead) int {
	have := map[string]bool{}
	for _, b := range got {
		have[b.String()] = true
	}
	n := 0
	for _, b := range gold {
		if have[b.String()] {
			n++
		}
	}
	return n
}

func TestPersianTranslationGold(t *testing.T) {
	fa := loadStatement(t, "spokesman-talks.fa.txt")
	en := loadStatement(t, "spokesman-talks.en.txt")
	if fa.Language != "fa" || en.Language != "en" {
		t.Fatalf("languages %q, %q; want fa, en", fa.Language, en.Language)
	}
	if fa.Translation != "spokesman-talks.en.txt" || en.TranslationOf != "spokesman-talks.fa.txt" {
		t.Errorf("translation: %q, translation_of: %q; want each to name the other file", fa.Translation, en.TranslationOf)
	}
	// The gold counts sentences as the segmenter splits them.
	if n, m := len(segment.Sentences(fa.Text)), len(segment.Sentences(en.Text)); n != 14 || m != 15 {
		t.Fatalf("segmenter gives %d Persian and %d English sentences; the gold has 14 and 15", n, m)
	}
	for _, opt := range []parallel.Options{{}, {IgnoreParagraphs: true}} {
		t.Run(fmt.Sprintf("IgnoreParagraphs=%v", opt.IgnoreParagraphs), func(t *testing.T) {
			al := parallel.AlignStatements(fa, en, opt)
			got := beads(al.Links)
			right := score(got, persianGold)
			t.Logf("%d of %d gold links right; ratio c = %.3f, anchored %v", right, len(persianGold), al.Ratio, al.Anchored)
			if !reflect.DeepEqual(got, persianGold) {
				t.Errorf("links\n got  %v\n want %v", got, persianGold)
			}
			if al.Anchored == opt.IgnoreParagraphs {
				t.Errorf("Anchored = %v with IgnoreParagraphs %v; both texts have 4 paragraphs", al.Anchored, opt.IgnoreParagraphs)
			}
			// Persian letters are fewer than their English rendering's:
			// the ratio is estimated, not the paper's 1.
			if al.Ratio < 1.05 || al.Ratio > 2 {
				t.Errorf("ratio c = %.3f; want an estimate above 1 for Persian to English", al.Ratio)
			}
			checkSpans(t, fa.Text, en.Text, al.Links)
		})
	}
}

// checkSpans: each link's spans cover its sentences, in order, and a side
// without sentences has an empty span.
func checkSpans(t *testing.T, orig, tr string, links []parallel.Link) {
	t.Helper()
	os, ts := segment.Sentences(orig), segment.Sentences(tr)
	for _, l := range links {
		for _, side := range []struct {
			idx  []int
			span segment.Span
			ss   []segment.Sentence
		}{{l.Original, l.OriginalSpan, os}, {l.Translation, l.TranslationSpan, ts}} {
			if len(side.idx) == 0 {
				if side.span.Start != side.span.End {
					t.Errorf("link %v: empty side has span %v", l, side.span)
				}
				continue
			}
			want := segment.Span{Start: side.ss[side.idx[0]].Start, End: side.ss[side.idx[len(side.idx)-1]].End}
			if side.span != want {
				t.Errorf("link %v: span %v, want %v", l, side.span, want)
			}
		}
	}
}

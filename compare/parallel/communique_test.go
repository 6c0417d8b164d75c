package parallel_test

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parley-app/parley/compare/parallel"
	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/statement"
)

// apulia is the G7 Apulia communiqué of 2024 (about 20,000 words).
const apulia = "../../testdata/corpus/communiques/g7-communique-2024-apulia.txt"

func loadApulia(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(apulia)
	if err != nil {
		t.Fatal(err)
	}
	st, err := statement.ParseStatement(apulia, data)
	if err != nil {
		t.Fatal(err)
	}
	return st.Text
}

// editCopy returns a lightly edited copy of text, sentence by sentence, and
// the links that align text with it: every 97th sentence of 80 characters
// or more is left out (1–0), every 37th with a comma near its middle is
// split there in two (1–2), every 83rd is joined with the next one of its
// paragraph (2–1), and every 7th has a word changed (1–1). Short sentences
// are not left out: the length model reads a short sentence left out as
// joined to its neighbour (model.go). Each paragraph's sentences are put on
// lines of their own, paragraphs apart by a blank line; want is the
// copy's sentences as the edits made them, for the test to check that the
// segmenter splits the copy as intended.
func editCopy(text string) (edited string, gold []bead, want []string) {
	ss := segment.Sentences(text)
	var b strings.Builder
	para := -1
	put := func(s string) {
		want = append(want, s)
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	for i := 0; i < len(ss); i++ {
		s := text[ss[i].Start:ss[i].End]
		if ss[i].Paragraph != para {
			if para >= 0 {
				b.WriteByte('\n')
			}
			para = ss[i].Paragraph
		}
		t := len(want)
		lastInPara := i+1 == len(ss) || ss[i+1].Paragraph != para
		firstInPara := i == 0 || ss[i-1].Paragraph != para
		switch {
		case i%97 == 13 && utf8.RuneCountInString(s) >= 80 && !(firstInPara && lastInPara):
			gold = append(gold, bead{ints(i), ints()})
		case i%37 == 7 && splittable(s) > 0:
			c := splittable(s)
			put(s[:c] + ".")
			put(capitalize(s[c+2:]))
			gold = append(gold, bead{ints(i), ints(t, t+1)})
		case i%83 == 5 && !lastInPara && strings.HasSuffix(s, "."):
			next := text[ss[i+1].Start:ss[i+1].End]
			put(s[:len(s)-1] + "; " + next)
			gold = append(gold, bead{ints(i, i+1), ints(t)})
			i++
		case i%7 == 0 && strings.Contains(s, " the "):
			put(strings.Replace(s, " the ", " this ", 1))
			gold = append(gold, bead{ints(i), ints(t)})
		default:
			put(s)
			gold = append(gold, bead{ints(i), ints(t)})
		}
	}
	return b.String(), gold, want
}

// splittable returns the byte index of the ", " nearest the middle of s
// when both halves are 40 bytes or more and the second starts with a
// lowercase word, else 0.
func splittable(s string) int {
	best := 0
	for i := strings.Index(s, ", "); i >= 0; {
		if i >= 40 && len(s)-i >= 42 {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsLower(r) && (best == 0 || abs(i-len(s)/2) < abs(best-len(s)/2)) {
				best = i
			}
		}
		j := strings.Index(s[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return best
}

func abs(x int) int { return max(x, -x) }

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// TestCommuniqueEditedCopy aligns the Apulia communiqué with its edited
// copy, with the paragraphs as anchors and without them (one band over
// some 900 sentences), and wants every link.
func TestCommuniqueEditedCopy(t *testing.T) {
	text := loadApulia(t)
	edited, gold, want := editCopy(text)
	var got []string
	for _, s := range segment.Sentences(edited) {
		got = append(got, edited[s.Start:s.End])
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("the segmenter splits the edited copy otherwise than the edits: sentence %d is\n%q\nnot\n%q", i, got[i], want[i])
			}
		}
		t.Fatalf("the edited copy has %d sentences, the edits made %d", len(got), len(want))
	}
	kinds := map[string]int{}
	for _, g := range gold {
		kinds[bead{ints(len(g.o)), ints(len(g.t))}.String()]++
	}
	t.Logf("%d sentences, %d links: %v", len(segment.Sentences(text)), len(gold), kinds)
	for _, opt := range []parallel.Options{{}, {IgnoreParagraphs: true}} {
		al := parallel.Align(text, edited, opt)
		links := beads(al.Links)
		right := score(links, gold)
		t.Logf("IgnoreParagraphs %v: %d of %d links right, anchored %v", opt.IgnoreParagraphs, right, len(gold), al.Anchored)
		if right != len(gold) || len(links) != len(gold) {
			for i := range min(len(links), len(gold)) {
				if links[i].String() != gold[i].String() {
					t.Errorf("IgnoreParagraphs %v: first wrong link %d: %v, want %v", opt.IgnoreParagraphs, i, links[i], gold[i])
					break
				}
			}
		}
	}
}

// BenchmarkAlignCommunique aligns the Apulia communiqué with its edited
// copy: anchored by its paragraphs, and in one band.
func BenchmarkAlignCommunique(b *testing.B) {
	text := loadApulia(b)
	edited, _, _ := editCopy(text)
	words := statement.Statement{Text: text}.WordCount()
	for _, bc := range []struct {
		name string
		opt  parallel.Options
	}{{"anchored", parallel.Options{}}, {"band", parallel.Options{IgnoreParagraphs: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				parallel.Align(text, edited, bc.opt)
			}
			b.ReportMetric(float64(words), "words")
		})
	}
}

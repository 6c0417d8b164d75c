package parallel

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/parley-app/parley/compare/segment"
)

// kind is a link's shape: how many sentences of the original (o) and of the
// translation (t) it takes.
type kind struct{ o, t int }

// kinds are the links the search tries, in this order; on a tie in cost the
// earlier wins, so the result does not depend on anything but the texts.
// prior is the share of each kind among the links of the paper's hand-
// aligned corpus (Gale & Church 1993, table 5), which gives 0.0099 to
// "1-0 or 0-1" and 0.089 to "2-1 or 1-2"; as in the paper's own program,
// each of the two kinds takes that share.
var kinds = [...]struct {
	kind
	prior float64
}{
	{kind{1, 1}, 0.89},
	{kind{1, 0}, 0.0099},
	{kind{0, 1}, 0.0099},
	{kind{2, 1}, 0.089},
	{kind{1, 2}, 0.089},
	{kind{2, 2}, 0.011},
}

// model is the length model: its parameters and the cost of each kind.
type model struct {
	ratio, variance float64
	prior           [len(kinds)]float64 // −log prior
}

func newModel(opt Options, original string, ol []float64, translation string, tl []float64) model {
	m := model{ratio: opt.Ratio, variance: opt.Variance}
	if m.variance <= 0 {
		m.variance = DefaultVariance
	}
	if m.ratio <= 0 {
		m.ratio = 1
		if script(original) != script(translation) {
			m.ratio = EstimateRatio(ol, tl)
		}
	}
	for i, k := range kinds {
		m.prior[i] = -math.Log(k.prior)
	}
	return m
}

// EstimateRatio is c for two texts in different scripts: the characters of
// the translation (tl, each sentence's length) per character of the
// original (ol), over the whole texts. The paper's c = 1 suits English,
// French and German, whose sentences are about as long in letters; Persian
// and Hebrew leave most short vowels unwritten, so an English translation
// runs longer (1.34 times the characters of the Persian statement in
// testdata/translation), and with c = 1 every 1–1 link would look a poor
// fit and a 1–2 one too good. Taking c from the
// two texts themselves is a choice of Parley's, not the paper's; a
// translation that leaves out or adds passages biases it a little. It is 1
// when either text is empty.
func EstimateRatio(ol, tl []float64) float64 {
	var o, t float64
	for _, l := range ol {
		o += l
	}
	for _, l := range tl {
		t += l
	}
	if o == 0 || t == 0 {
		return 1
	}
	return t / o
}

// cost is −log of the probability of a link of kind kinds[k] joining
// original sentences of total length lo and translation sentences of total
// length lt.
//
// The paper takes the translation's length to be normal, with mean c·lo
// and variance s²·lo; its program centres the variance on the mean of the
// two lengths, (lo + lt/c)/2, which keeps the cost symmetric, and so does
// this one: δ = (lt/c − lo) / √(s²·(lo + lt/c)/2), and the link's
// probability is its prior times P(|Z| ≥ |δ|), the two-tailed normal
// probability. Dividing lt by c measures both sides in characters of the
// original, so s² keeps its meaning whatever c is.
//
// A link with one side empty (1–0, 0–1) costs its prior alone. The paper's
// program puts it through the same formula with a length of 0, which makes
// leaving a sentence out always dearer than gluing it to a neighbour whose
// lengths match (2–1): the paper's evaluation got every 1–0 link wrong. In
// a generative reading of the model (as in Brown, Lai and Mercer 1991) a
// sentence's own length is drawn once whatever link it is in, and cancels
// out; only a translation's length given the original's is evidence, and a
// sentence with no counterpart has none. A sentence left out is still read
// as glued to a neighbour when it is short beside that neighbour: the
// lengths cannot tell the two apart.
func (m *model) cost(k int, lo, lt float64) float64 {
	if kinds[k].o == 0 || kinds[k].t == 0 {
		return m.prior[k]
	}
	lt /= m.ratio
	mean := (lo + lt) / 2
	if mean <= 0 {
		return m.prior[k]
	}
	delta := math.Abs(lt-lo) / math.Sqrt(m.variance*mean)
	return m.prior[k] - logTwoTailed(delta)
}

// logTwoTailed returns log P(|Z| ≥ z) for a standard normal Z and z ≥ 0:
// log erfc(z/√2), by its asymptotic series where erfc underflows, so that
// a cost is finite and still grows with z for any pair of lengths.
func logTwoTailed(z float64) float64 {
	x := z / math.Sqrt2
	if x < 25 {
		return math.Log(math.Erfc(x))
	}
	return -x*x - math.Log(x*math.Sqrt(math.Pi)) + math.Log1p(-1/(2*x*x))
}

// lengths returns the length of each sentence in characters, as the paper
// counts them: every rune but invisible format characters (the zero-width
// non-joiner Persian writes inside words, bidi marks), which are no part
// of what the translator rendered.
func lengths(text string, ss []segment.Sentence) []float64 {
	out := make([]float64, len(ss))
	for i, s := range ss {
		n := 0
		for _, r := range text[s.Start:s.End] {
			if r < utf8.RuneSelf || !unicode.Is(unicode.Cf, r) {
				n++
			}
		}
		out[i] = float64(n)
	}
	return out
}

// scripts are the scripts whose letters script counts; a text in none of
// them has script -1.
var scripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Arabic, unicode.Hebrew, unicode.Cyrillic, unicode.Greek,
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Devanagari,
	unicode.Armenian, unicode.Georgian, unicode.Thai,
}

// script returns the index in scripts of the script most of text's letters
// are written in (the first such on a tie), or -1 when it has no letter of
// any of them. It reads at most the first 64 KB, enough to tell.
func script(text string) int {
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	var count [16]int
	for _, r := range text {
		if r < utf8.RuneSelf {
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				count[0]++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		for i, tab := range scripts {
			if unicode.Is(tab, r) {
				count[i]++
				break
			}
		}
	}
	best := -1
	for i := range scripts {
		if count[i] > 0 && (best < 0 || count[i] > count[best]) {
			best = i
		}
	}
	return best
}

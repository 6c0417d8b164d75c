package compare

import (
	"math"
	"testing"

	"github.com/parley-app/parley/compare/lang"
)

// weighed gives the sentences' vectors as weighTerms makes them.
func weighed(texts ...string) []*sentence {
	sents := make([]*sentence, len(texts))
	for i, t := range texts {
		sents[i] = &sentence{statement: i, terms: tokenTerms(t)}
	}
	weighTerms(sents)
	return sents
}

// tokenTerms is a sentence's word terms, one per word, as written.
func tokenTerms(text string) []string {
	var out []string
	for _, tok := range Tokenize(text, lang.NewStemmer(), english) {
		if !tok.Stop {
			out = append(out, tok.Norm)
		}
	}
	return out
}

// Analyses must be the same for the same input to the last bit: a sum over
// a map's random order once flipped ties between near-equal candidates.
func TestWeighTermsIsBitForBitRepeatable(t *testing.T) {
	texts := []string{
		"The ministers condemned the attack on shipping in the strongest terms and called for restraint.",
		"Shipping lanes must stay open; the attack on merchant shipping is condemned by every minister present.",
		"Restraint, dialogue and de-escalation remain the only path, the ministers said after the attack.",
	}
	first := weighed(texts...)
	for range 30 {
		again := weighed(texts...)
		for i := range first {
			for k, w := range first[i].vec.ws {
				if math.Float64bits(w) != math.Float64bits(again[i].vec.ws[k]) {
					t.Fatalf("sentence %d term %q: weight %v, then %v", i, first[i].vec.terms[k], w, again[i].vec.ws[k])
				}
			}
		}
	}
}

func TestWeighTermsUnitLengthAndCosine(t *testing.T) {
	sents := weighed("sanctions on steel imports", "steel imports face new sanctions", "a state dinner tonight")
	for i, s := range sents {
		var sum float64
		for _, w := range s.vec.ws {
			sum += w * w
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Errorf("sentence %d: squared length %v, want 1", i, sum)
		}
	}
	cos, shared := cosine(sents[0].vec, sents[1].vec)
	if cos <= 0.5 || len(shared) != 3 {
		t.Errorf("cosine of two sentences sharing three of four terms = %v, shared %v", cos, shared)
	}
	if cos, shared := cosine(sents[0].vec, sents[2].vec); cos != 0 || len(shared) != 0 {
		t.Errorf("cosine of unrelated sentences = %v, shared %v", cos, shared)
	}
	if d := sents[0].vec.dot(sents[1].vec); math.Abs(d-cos) > 1e-15 {
		t.Errorf("dot %v differs from cosine %v", d, cos)
	}
}

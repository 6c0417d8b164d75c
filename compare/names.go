package compare

import "strings"

// A country and its people are one name to the aligner: "Sudan" and
// "Sudanese", "Ukraine" and "Ukrainian", "Israel" and "Israeli" stem
// apart, yet a sentence on "the Sudanese Armed Forces" and one on "the
// fighting in Sudan" speak of the same place. Demonyms are linked to the
// names they derive from by their English suffixes, and only to names the
// statements themselves use, so no list of countries is needed.

// demonymEndings turn a demonym's stem into its name's: "sudanes" →
// "sudan", "ukrainian" → "ukrain" (Ukraine), "russian" → "russia",
// "israeli" → "israel", "haitian" → "haiti", "libyan" → "libya".
var demonymEndings = []struct{ suffix, base string }{
	{"ese", ""}, {"ian", ""}, {"ian", "ia"}, {"ian", "i"}, {"an", ""}, {"an", "a"}, {"n", ""}, {"i", ""},
}

// linkNames gives every sentence that uses a demonym of a name the
// statements use the name's stem as a term too.
func linkNames(sents []*sentence, display termDisplay) {
	names := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.tokens {
			if t.Capital && !t.Stop {
				names[t.Stem] = true
			}
		}
	}
	base := map[string]string{}
	for stem := range names {
		if b := nameBase(stem, names); b != "" {
			base[stem] = b
		}
	}
	for _, s := range sents {
		for _, t := range s.tokens {
			if b, ok := base[t.Stem]; ok && t.Capital {
				s.terms = append(s.terms, b)
				s.names[b] = true
			}
		}
	}
}

// nameBase is the name stem a demonym stem derives from, when the
// statements use that name; "" otherwise.
func nameBase(stem string, names map[string]bool) string {
	for _, e := range demonymEndings {
		if b, ok := strings.CutSuffix(stem, e.suffix); ok && len(b) >= 3 {
			if b += e.base; b != stem && names[b] {
				return b
			}
		}
	}
	return ""
}

package compare

import "github.com/parley-app/parley/compare/lang"

// A country and its people are one name to the aligner: "Sudan" and
// "Sudanese", "Ukraine" and "Ukrainian", "Israel" and "Israeli" stem
// apart, yet a sentence on "the Sudanese Armed Forces" and one on "the
// fighting in Sudan" speak of the same place. Demonyms are linked to the
// names they derive from by their English suffixes, and only to names the
// statements themselves use, so no list of countries is needed.

// linkNames gives every sentence that uses a demonym of a name the
// statements use the name's stem as a term too.
func linkNames(sents []*sentence) {
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
		if b := lang.DemonymBase(stem, func(n string) bool { return names[n] }); b != "" {
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

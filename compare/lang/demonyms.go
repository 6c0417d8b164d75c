package lang

import "strings"

// demonymEndings turn a demonym into the name it derives from, by English
// suffixes: "kestrian" → "kestria", "ukrainian" → "ukraine", "haitian" →
// "haiti", "zahrani" → "zahran", "sudanese" → "sudan", "libyan" → "libya",
// "hungarian" → "hungary".
var demonymEndings = []struct{ suffix, base string }{
	{"ese", ""}, {"ian", "ia"}, {"ian", "e"}, {"ian", "i"}, {"ian", "y"}, {"ian", ""}, {"an", "a"}, {"an", ""}, {"n", ""}, {"i", ""},
}

// DemonymBase returns the name word (a lower-case word or its stem) derives
// from, among the names known accepts, or "" when it derives from none: no
// list of countries is needed, only the names a text itself uses.
func DemonymBase(word string, known func(name string) bool) string {
	for _, e := range demonymEndings {
		if b, ok := strings.CutSuffix(word, e.suffix); ok && len(b) >= 3 {
			if b += e.base; b != word && known(b) {
				return b
			}
		}
	}
	return ""
}

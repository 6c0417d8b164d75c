package statement

import "sort"

// TranslationPair is an original and its translation, as indexes into a
// slice of statements.
type TranslationPair struct {
	Original    int `json:"original"`
	Translation int `json:"translation"`
}

// LinkTranslation records that translation renders original: the
// original's Translation becomes the translation's ID and the
// translation's TranslationOf the original's ID.
func LinkTranslation(original, translation *Statement) {
	original.Translation = translation.ID
	translation.TranslationOf = original.ID
}

// TranslationPairs finds the originals and translations linked among
// statements: two statements are a pair when the original's Translation is
// the translation's ID, or the translation's TranslationOf is the
// original's ID (one side is enough). A statement is in one pair at most,
// and a statement is never its own translation; when several claim one
// statement, the first in statement order (its Translation before its
// TranslationOf) has it. Pairs come in the order of their first statement.
func TranslationPairs(statements []Statement) []TranslationPair {
	index := make(map[string]int, len(statements))
	for i, st := range statements {
		if _, dup := index[st.ID]; !dup && st.ID != "" {
			index[st.ID] = i
		}
	}
	paired := make([]bool, len(statements))
	var out []TranslationPair
	try := func(original, translation int) {
		if original != translation && !paired[original] && !paired[translation] {
			paired[original], paired[translation] = true, true
			out = append(out, TranslationPair{Original: original, Translation: translation})
		}
	}
	for i, st := range statements {
		if j, ok := index[st.Translation]; ok && st.Translation != "" {
			try(i, j)
		}
		if j, ok := index[st.TranslationOf]; ok && st.TranslationOf != "" {
			try(j, i)
		}
	}
	sort.Slice(out, func(a, b int) bool { return first(out[a]) < first(out[b]) })
	return out
}

func first(p TranslationPair) int { return min(p.Original, p.Translation) }

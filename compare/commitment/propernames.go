package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// This file finds a text's proper names for the open-world gazetteer
// (openworld.go): runs of capitalised words with "of", "for", "and",
// "the" inside, told from titles, demonyms used as adjectives, and the
// dictionary words that open a sentence.

// name is a proper name found in a statement: as written, and the
// canonical form it stands for ("the Republic of Halvar" → "Halvar").
type name struct {
	text, canonical string
}

// properNames finds the runs of capitalised words of a text, with "of",
// "for", "and", "the" allowed inside ("League of Arab States", "National
// Council for Salvation"). A capitalised word that starts a sentence is a
// name only when the text never writes it in lower case and it is not a
// function word — "Attacks on civilians must stop" names nobody.
func properNames(text string, toks []token, lower map[string]bool) []name {
	var out []name
	seen := map[string]bool{}
	for i := 0; i < len(toks); i++ {
		if !nameWord(toks, i, lower) {
			continue
		}
		j := i
		for k := i + 1; k < len(toks); k++ {
			if nameWord(toks, k, lower) && !sentenceStart(toks, k) {
				j = k
				continue
			}
			if nameJoiners[toks[k].w] && k+1 < len(toks) && nameWord(toks, k+1, lower) && !sentenceStart(toks, k+1) {
				continue
			}
			if toks[k].w == "'s" && irregularPlurals[toks[k-1].w] && k+1 < len(toks) && nameWord(toks, k+1, lower) {
				continue // "the Velm People's Army", "the Workers' Party"
			}
			if raw := text[toks[k].start:toks[k].end]; (raw == "'" || raw == "’") && strings.HasSuffix(toks[k-1].w, "s") && k+1 < len(toks) && nameWord(toks, k+1, lower) {
				continue // "the Varn Shippers' Association"
			}
			break
		}
		if and := j - 1; (j == i+2 || j == i+3 && conjunctName(toks[i+1].w, lower)) && toks[and].w == "and" &&
			conjunctName(toks[i].w, lower) && conjunctName(toks[j].w, lower) {
			// "Velm and Arden urged …", "North Velm and Arden urged …":
			// two actors, not one name.
			for _, span := range [][2]int{{i, and - 1}, {j, j}} {
				if w := text[toks[span[0]].start:toks[span[1]].end]; !seen[w] {
					seen[w] = true
					out = append(out, name{text: w, canonical: w})
				}
			}
			i = j
			continue
		}
		if and := twoNamesAnd(toks, i, j, lower); and > 0 {
			// "Corran Line and Bayard Shipping said …": two bodies of
			// two words or more each, not one name.
			for _, span := range [][2]int{{i, and - 1}, {and + 1, j}} {
				if w := text[toks[span[0]].start:toks[span[1]].end]; !seen[w] {
					seen[w] = true
					out = append(out, name{text: w, canonical: canonicalName(w)})
				}
			}
			i = j
			continue
		}
		if openingWord(toks, i, j, lower) {
			i-- // "Heron Air", written at the start of a sentence
		}
		written := text[toks[i].start:toks[j].end]
		canonical := canonicalName(written)
		switch {
		case i == j && compassWords[toks[i].w]:
			canonical = "" // "two Western officials": a direction, not a name
		case isTitle(toks[i : j+1]):
			canonical = "" // "Foreign Secretary", "the Chairperson": an office, resolved from the issuer
		case i == j && attributive(toks, i):
			canonical = "" // "African countries", "European partners": an adjective, not a name
		case i == j && (commonHeads(toks[i].w) || commonWord(toks[i].w)):
			canonical = "" // "the Leaders of the G7", "Antisemitism": a common noun written large
		}
		if !seen[written] && canonical != "" {
			seen[written] = true
			out = append(out, name{text: written, canonical: canonical})
		}
		i = j
	}
	return out
}

// conjunctName reports whether a word joined to another by "and" is a name
// of its own: not a word the text also writes in lower case, a noun the
// reader knows or a common noun's ending ("Peace and Security", "Elections
// and Governance" name one body).
func conjunctName(w string, lower map[string]bool) bool {
	return !lower[w] && !commonHeads(w) && !nounSuffix(w) && !principalHeads[w] && !officeHeads[w] && !titleModifiers[w]
}

// isTitle reports whether a run of words is an office, not a name: its
// head is an office or a body ("President", "Council") and every word
// before it a title's modifier ("Prime", "Foreign", "High").
func isTitle(run []token) bool {
	if len(run) > 2 && personTitle(run[0].w) && (run[1].w == "of" || run[1].w == "for") && portfolioRun(run[2:]) {
		return true // "Minister of Labour and Social Protection": an office and its portfolio
	}
	last := run[len(run)-1].w
	if last == "general" && len(run) > 1 && run[len(run)-2].w == "secretary" {
		last, run = "secretary", run[:len(run)-1] // "Secretary General", an office written without its hyphen
	}
	if !principalHeads[last] && !officeHeads[last] {
		return false
	}
	for _, t := range run[:len(run)-1] {
		if !titleModifiers[t.w] && !nameJoiners[t.w] && !principalHeads[t.w] && !officeHeads[t.w] {
			return false
		}
	}
	return true
}

// portfolioRun reports whether every word of run is a title's word or a
// joiner ("Labour and Social Protection", "Foreign Affairs and Trade").
func portfolioRun(run []token) bool {
	for _, t := range run {
		if !titleWord(t.w) && !nameJoiners[t.w] {
			return false
		}
	}
	return true
}

// attributive reports whether the one-word name at i is a demonym used as
// an adjective: it ends as demonyms do and a lower-case content word
// follows it ("African countries"; but "Kestria must", "Canada will").
func attributive(toks []token, i int) bool {
	w := toks[i].w
	if !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "ese") && !strings.HasSuffix(w, "ish") && !strings.HasSuffix(w, "i") {
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if next.kind != tWord || next.upper || lang.IsStopword(next.w) {
		return false
	}
	// After a preposition or an article the demonym modifies what follows
	// ("to African calls for …"); elsewhere a verb may follow a name.
	return verbLemma[next.w] == "" || i > 0 && (prepositions[toks[i-1].w] || toks[i-1].w == "the")
}

// nameJoiners may stand inside a name between capitalised words.
var nameJoiners = set("of for and the")

// nameWord reports whether token i can be part of a name.
func nameWord(toks []token, i int, lower map[string]bool) bool {
	t := toks[i]
	if t.kind != tWord || !t.upper || lang.IsStopword(t.w) || notNames[t.w] || t.w[0] >= '0' && t.w[0] <= '9' {
		return false
	}
	return !sentenceStart(toks, i) || !lower[t.w] && verbLemma[t.w] == "" && !commonHeads(t.w) && !commonWord(t.w) && !nounSuffix(t.w)
}

// openingWord reports whether the run of name words [i, j] takes in the
// dictionary word that opens the sentence before it: "Heron Air suspended
// …" is one name, since its last word ends the names of airlines,
// companies or groups; "Neighbouring Velm said …" is not.
func openingWord(toks []token, i, j int, lower map[string]bool) bool {
	if i != 1 && (i < 2 || !sentenceStart(toks, i-1)) {
		return false
	}
	t, last := toks[i-1], toks[j].w
	if t.kind != tWord || !t.upper || lang.IsStopword(t.w) || lower[t.w] || verbLemma[t.w] != "" || titleWord(t.w) || personTitle(t.w) {
		return false
	}
	return airlineHeads[last] || corporateHeads[last] || armedHeads[last]
}

// nounSuffix reports whether w ends as English common nouns do and names
// seldom do ("Analysts", "Negotiations", "Investments"): at the start of
// a sentence such a word names nobody.
func nounSuffix(w string) bool {
	for _, suf := range []string{"ists", "ysts", "ers", "ions", "ments", "ities", "ness", "ings", "ants", "ents"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// commonWord reports whether w is a word of the language's dictionary (it
// has WordNet synonyms), not a name: "Disputes should be resolved".
func commonWord(w string) bool {
	return len(lang.SynonymsFor("en").Groups(lang.StemOnce(w))) > 0
}

// commonHeads are the common nouns Parley's reader knows, which start a
// sentence in upper case without naming anyone.
func commonHeads(w string) bool {
	return actionNouns[w] || genericAgents[w] || agentHeads[w] || statementNouns[w] || inclusiveHeads[w]
}

// irregularPlurals take "'s" in the possessive, inside a name as well.
var irregularPlurals = set("people women men children")

// compassWords written alone are adjectives of region ("Western diplomats").
var compassWords = set("western eastern northern southern")

// notNames are capitalised words that never name an actor: months, days,
// the first-person pronoun, and "According" opening a sentence.
var notNames = set(`january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday i according`)

// sentenceStart reports whether token i opens a sentence, a quotation or a
// list item, where any word is capitalised.
func sentenceStart(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].kind {
	case tStop, tOpenQ, tColon, tDash:
		return true
	}
	return false
}

// lowerWords lists the words a text writes in lower case somewhere.
func lowerWords(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if t.kind == tWord && !t.upper {
			out[t.w] = true
		}
	}
	return out
}

package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// A state's institutions are often named without the state: "the
// Constitutional Court", "the Independent Electoral Commission", "the
// Supreme Court" in an article about one country are that country's, and
// "Velm's Constitutional Court" says whose it is once for the whole text.
// An organ of the government ("the electoral commission", "the National
// Central Bureau") speaks for the state, as a ministry does; a court or a
// central bank, independent of the government, is an actor of its own,
// named with its state ("Velm's Constitutional Court"), so that two
// states' courts are never one actor. A body the gazetteer knows ("the
// International Criminal Court", "the Security Council") or one whose name
// says more than its function ("the Port Calder Chamber of Commerce") keeps
// its name.

// institutionHeads end the names of a state's institutions.
var institutionHeads = set("court tribunal commission bureau bank")

// institutionOfHome head the bodies a news article names by function
// alone that are a state's ("the electoral commission", "the central
// bank"): the state the story is about when the text gives no possessor;
// unions, parties, councils and regulators are no state's.
var institutionOfHome = set("court tribunal commission bureau bank authority agency")

// independentHeads head the institutions that are actors of their own,
// named with their state: "Velm's Supreme Court", "Velm's central bank".
var independentHeads = set("court tribunal bank")

// homeInstitution is the actor of a state's institution named head (its
// last word, lower case) as written (text): the state itself for an organ
// of its government, else the institution with the state's name.
func homeInstitution(state, head, text string) string {
	if independentHeads[head] {
		return state + "'s " + text
	}
	return state
}

// institutionWords are the words that name an institution by its function
// alone, before its head.
var institutionWords = set(`supreme constitutional high electoral election independent national central federal
	administrative appeal appeals audit labour labor military of the`)

// linkNationalBodies names each institution of names whose state the text
// gives (see above) with that state: the state written before it with
// "'s" where the text first names it so, or else, in a news article, the
// state the story is about (home). known is the gazetteer before the
// text's names, which knows the bodies that are no state's.
func linkNationalBodies(g, known *Gazetteer, toks []token, names []name, home string) {
	for _, n := range names {
		words := strings.Fields(strings.ToLower(n.text))
		if len(words) < 2 || !institutionHeads[words[len(words)-1]] || knownWithin(known, n.text) {
			continue
		}
		generic := true
		for _, w := range words[:len(words)-1] {
			generic = generic && institutionWords[w]
		}
		if !generic {
			continue
		}
		owner := statePossessor(g, toks, words)
		if owner == "" {
			owner = home
		}
		if owner != "" {
			g.Add(homeInstitution(owner, words[len(words)-1], n.text), n.text)
		}
	}
}

// statePossessor is the state written with "'s" before the first
// occurrence of the name words in toks whose possessor is a one-word
// actor ("Velm's Constitutional Court"), or "".
func statePossessor(g *Gazetteer, toks []token, words []string) string {
	for i := 2; i+len(words) <= len(toks); i++ {
		if toks[i-1].w != "'s" || toks[i-2].kind != tWord || !toks[i-2].upper {
			continue
		}
		match := true
		for k, w := range words {
			match = match && toks[i+k].w == w
		}
		if !match {
			continue
		}
		if a, ok := g.Resolve(toks[i-2].w); ok && !strings.Contains(a, " ") && !nonState(a) {
			return a
		}
	}
	return ""
}

// demonymGovernment is the state a statement's issuer is the government
// of when its name is a demonym and "Government" ("Royal Thai
// Government", "the Federal Pellaran Government") and the text names a
// state of one word that demonym derives from, or that it opens
// ("Thai" of Thailand); "" otherwise.
func demonymGovernment(issuer string, names []name) string {
	words := strings.Fields(issuer)
	if len(words) < 2 || words[len(words)-1] != "Government" {
		return ""
	}
	adj := strings.ToLower(words[len(words)-2])
	for _, n := range names {
		w := strings.ToLower(n.text)
		if strings.Contains(w, " ") || w == adj || w == adj+"s" { // "Thais" are the people
			continue
		}
		if lang.DemonymBase(adj, func(b string) bool { return b == w }) != "" || len(adj) >= 4 && strings.HasPrefix(w, adj) {
			return n.canonical
		}
	}
	return ""
}

package commitment

import (
	"slices"

	"github.com/parley-app/parley/compare/lang"
)

// A news article names some bodies by their function alone: "The central
// bank said …", "Velm's largest fishing union said …", "The country's
// banking regulator urged …", "A council of elders in the larger camp
// said …". Such a body is an actor of its own, distinct from the state
// whose it is, and the reader names it as the text writes it, without
// its article: "central bank", "Velm's largest fishing union". A bare
// kind word ("the union", "the agency") refers back instead (Discourse).

// functionHeads head the names of bodies known by their function.
var functionHeads = set(`bank regulator authority union federation confederation association council commission
	committee agency court tribunal board chamber syndicate guild party watchdog ombudsman`)

// possessorNouns may own a function body without a name: "the country's
// banking regulator".
var possessorNouns = set("country nation state region province city")

// unnamedBody reads the subject ending at j as a body named by its
// function (see above); ok is false when it is none. It needs a modifier,
// a possessor or a phrase after its head, and to open its clause with an
// article or its possessor.
func (x *extraction) unnamedBody(j int) (subject, bool) {
	if x.disc == nil {
		return subject{}, false
	}
	for h := j; h >= 0 && h > j-8; h-- {
		t := x.toks[h]
		if t.kind != tWord || t.upper && x.mentionAt[h] >= 0 && h == j {
			return subject{}, false
		}
		if !functionHeads[t.w] || t.upper {
			continue
		}
		if h < j && !prepositions[x.word(h+1)] && !placePreps[x.word(h+1)] {
			return subject{}, false // "the union leaders": the head is further on
		}
		start := x.bodyModifiersStart(h)
		first := start
		if d := x.word(start - 1); d == "the" || d == "a" || d == "an" {
			first = start - 1
		} else if x.word(start+1) != "'s" && x.mentionEnd[start] < 0 {
			return subject{}, false // no article and no possessor: a verb's object
		}
		if start == h && h == j || !x.startsClause(first) {
			return subject{}, false // "the union" bare refers back; an object is no subject
		}
		actor := x.text(start, j)
		if x.g.home != "" && institutionOfHome[t.w] && start == first+1 && !x.possessed(start, h) {
			actor = homeInstitution(x.g.home, t.w, actor) // "The electoral commission said …" in an article about Velm: Velm (institutions.go)
		}
		if !slices.Contains(x.bodies, actor) {
			x.bodies = append(x.bodies, actor) // "the regulator" in a later sentence refers back to it (Discourse.observe)
		}
		return subject{kind: sActor, actor: actor, start: first, end: j}, true
	}
	return subject{}, false
}

// bodyModifiersStart is the first token of the modifiers before a function
// head at h: lower-case content words ("largest fishing"), and a possessor
// with its "'s" ("Velm's", "the country's").
func (x *extraction) bodyModifiersStart(h int) int {
	start := h
	for start > 0 && start > h-6 {
		w, t := x.word(start-1), x.toks[start-1]
		switch {
		case w == "'s" && start >= 2 && (x.mentionEnd[start-2] >= 0 || possessorNouns[x.word(start-2)]):
			start -= 2
			if m := x.mentionEnd[start]; m >= 0 {
				start = x.ments[m].start
			}
			return start
		case t.kind == tWord && !t.upper && !lang.IsStopword(w) && verbLemma[w] == "" && !isPast(w) && !prepositions[w] && !npArticles[w]:
			start--
		default:
			return start
		}
	}
	return start
}

// npArticles open a noun phrase.
var npArticles = set("the a an this that these those its his her their our")

// kindNouns type a name written before them: "the Orne Renewal party",
// "the Orne Aid charity".
var kindNouns = set("party group movement alliance coalition union charity company firm agency organisation organization")

// possessed reports whether a possessive "'s" stands among tokens [from, to]:
// "the country's banking regulator" says whose it is.
func (x *extraction) possessed(from, to int) bool {
	for k := from; k <= to; k++ {
		if x.word(k) == "'s" || x.mentionAt[k] >= 0 {
			return true
		}
	}
	return false
}

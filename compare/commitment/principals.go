package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// This file resolves subjects that name an actor by its office or kind:
// an issuer's principal named bare ("The Secretary-General", "The
// Ministry"), and in a news article a definite description that refers back
// to a body named before ("the bloc", "the council", "A commander of the
// group").

// principalSubject reads an office of the issuer named bare: "The
// President condemns", "The Secretary-General will convene", "The
// Council calls on", "The President of the Republic", "The Chairperson of
// the African Union Commission". In an official statement such an office
// is the issuer's own principal, whatever country the statement is from;
// "the President of Ostrana" is Ostrana's (an "of" naming another actor).
func (x *extraction) principalSubject(j int) (subject, bool) {
	if x.disc != nil {
		return subject{}, false // a news article's author has no principals
	}
	head, start := j, x.principalStart(j)
	if start < 0 {
		head = -1
		for t := j - 1; t >= 0 && t >= j-7; t-- {
			if hs := x.principalStart(t); hs >= 0 && x.word(t+1) == "of" {
				head, start = t, hs
				break
			}
		}
		if head < 0 || !x.issuersOwn(head+2, j) {
			return subject{}, false
		}
	}
	for start > 0 && titleModifiers[x.word(start-1)] && x.toks[start-1].upper {
		start--
	}
	if start == 0 || x.word(start-1) != "the" {
		return subject{}, false // "a president", "Council members": not the issuer's office
	}
	if m := x.mentionAt[head]; m >= 0 && x.ments[m].actor != x.doc {
		return subject{}, false // a title the gazetteer gives to another actor
	}
	if f := x.frameAt(j); f != nil && !f.quote && !f.epistemic && !f.known && f.third {
		return subject{}, false // "was assured that the government would …": a third party's government
	}
	if f := x.frameAt(j); f != nil && !f.quote && !f.epistemic && f.known && f.actor != x.doc {
		// "Varo assured her that the Commission would review …": in
		// another actor's words, the office is that actor's.
		return subject{kind: sActor, actor: f.actor, start: start - 1, end: j}, true
	}
	return subject{kind: sFirst, start: start - 1, end: j, office: true}, true
}

// principalStart is the first token of a principal's office ending at t
// ("President", "Secretary-General", and "Secretary General" written
// without its hyphen), or -1. "The Ministry" bare is the issuing
// ministry's own too, though no title of a person.
func (x *extraction) principalStart(t int) int {
	switch {
	case principalHeads[x.word(t)] || x.word(t) == "ministry":
		return t
	case x.word(t) == "general" && x.word(t-1) == "secretary":
		return t - 1
	}
	return -1
}

// issuersOwn reports whether tokens [from, to] name the issuer or one of
// its institutions ("the Republic", "the African Union Commission").
func (x *extraction) issuersOwn(from, to int) bool {
	if from > to {
		return false
	}
	for k := from; k <= to; k++ {
		w := x.word(k)
		switch m := x.mentionAt[k]; {
		case m >= 0 && x.ments[m].actor == x.doc && x.docKnown:
		case w == "the" || institutionNouns[w]:
		default:
			return false
		}
	}
	return true
}

// possessedModifier reports whether the word at k is a content word
// between a possessive "'s" and the noun it modifies, with at most one
// other such word between: "water" in "Velm's water minister", "ruling"
// in "Velm's ruling military council".
func (x *extraction) possessedModifier(k int) bool {
	for n := k; n >= k-1; n-- {
		t := x.toks[max(n, 0)]
		if n < 1 || t.kind != tWord || t.upper || lang.IsStopword(t.w) || verbLemma[t.w] != "" || isPast(t.w) {
			return false
		}
		if x.word(n-1) == "'s" {
			return true
		}
	}
	return false
}

// referringBack reads, in a news article, a definite description of an
// actor named or reported before ("the bloc", "the ministers", "some
// ministers", "the council"): the actor it refers back to (Discourse).
func (x *extraction) referringBack(j int) (subject, bool) {
	w := x.word(j)
	if x.disc == nil || !groupHeads[w] && !(x.toks[j].upper && x.word(j-1) == "the" && x.mentionAt[j] < 0) {
		return subject{}, false // a group noun, or a word of a name written alone ("the Front")
	}
	start := x.modifiersStart(j)
	if x.word(start-1) == "some" {
		start-- // "Some ministers said …"
	}
	for start < j && (x.word(start) == "that" || x.word(start) == "this") && x.word(start+1) == "the" {
		start++ // "told the ministers that the bloc would …": a complementizer
	}
	if d := x.word(start); d != "the" && d != "some" && d != "its" {
		return subject{}, false
	}
	if p := x.word(start - 1); prepositions[p] || placePreps[p] {
		if (p != "of" && p != "for") || !officeHeads[x.word(start-2)] && !speakingNouns[x.word(start-2)] {
			return subject{}, false // "patrols around the bank would …": an object, not the subject
		}
		start = x.modifiersStart(start - 2) // "A commander of the group said …", "A spokeswoman for the bloc said …"
		if d := x.word(start - 1); d == "a" || d == "an" || d == "the" {
			start--
		}
	}
	for k := start; k < j; k++ {
		if x.mentionAt[k] >= 0 {
			return subject{}, false // a name of its own
		}
	}
	a := x.disc.referentOf(w, true)
	if a == "" {
		a = x.reportersOwn(start, j) // a named reporter's own body before a guess
	}
	if a == "" {
		a = x.disc.referent(w)
	}
	if a != "" {
		return subject{kind: sActor, actor: a, start: start, end: j, plural: strings.HasSuffix(w, "s")}, true
	}
	return subject{}, false
}

// speakingNouns are the people who speak for a body, beside its offices:
// "a commander of the group".
var speakingNouns = set("commander commanders leader leaders chief head representative representatives")

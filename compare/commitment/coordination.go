package commitment

import (
	"slices"
	"strings"
)

// This file reads coordination: a predicate after "and" shares the subject
// of the one before it ("We condemn … and call on …"), within limits — a
// semicolon, a "that" clause or a verb form that cannot agree ends the
// sharing.

// coordinatedVerbSubject is the subject of the verb before the
// conjunction at and, when that verb is no predicate of its own
// ("Ostrana's foreign minister, who attended …, welcomed the statement and
// urged the EU to go further"): the verb that opens the first conjunct.
func (x *extraction) coordinatedVerbSubject(and int) subject {
	for k := and - 1; k >= 0 && k > and-8; k-- {
		t := x.toks[k]
		switch t.kind {
		case tWord:
			if isPast(t.w) && !t.upper && x.word(k-1) != "the" {
				return x.subjectFor(k)
			}
		case tComma, tSemi, tColon, tStop, tDash, tOpenQ, tCloseQ, tParen:
			return subject{}
		}
	}
	return subject{}
}

// nounVerbs are speech-act verbs that are nouns as often ("support",
// "calls", "demands"): after "and" with no earlier predicate to share a
// subject with, they are read as nouns.
var nounVerbs = set("support supports back backs call calls demand demands pledge pledges promise promises request requests press push vow vows commitment")

// agrees reports whether a verb form may follow the shared subject s: a form
// in -s ("calls") cannot follow "we" or a plural ("we've seen harassment and
// calls for violence" holds a noun, not a verb). Bare forms may (a modal or
// a quotation can govern them: "will stand with … and support …").
func agrees(s subject, verb string) bool {
	lemma := verbLemma[verb]
	third := lemma != "" && verb != lemma && strings.HasSuffix(verb, "s")
	return !third || (s.kind != sFirst && s.kind != sInclusive && !s.plural)
}

// lastWithSubject returns the index of the latest predicate that has a
// subject: predicates inside an object ("reiterate our call on Hamas to …")
// have none, and a later "and urge …" shares the sentence's subject.
func (x *extraction) lastWithSubject() int {
	for k := len(x.anchors) - 1; k >= 0 && k >= len(x.anchors)-8; k-- {
		if x.anchors[k].subj.kind != sNone {
			return k
		}
	}
	return -1
}

// lastAnchor returns the previous predicate of the sentence, or nil.
func (x *extraction) lastAnchor() *anchor {
	if len(x.anchors) == 0 {
		return nil
	}
	return &x.anchors[len(x.anchors)-1]
}

// strongBetween reports whether a semicolon or colon separates tokens a and b.
func (x *extraction) strongBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if t := x.toks[k].kind; t == tSemi || t == tColon {
			return true
		}
	}
	return false
}

// thatBetween reports whether "that" opens a complement between tokens a and
// b with no semicolon in between.
func (x *extraction) thatBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if x.toks[k].kind == tSemi {
			return false
		}
		if x.toks[k].w == "that" {
			return true
		}
	}
	return false
}

// conjuncts are the other actors of a reported commitment whose subject
// coordinates named actors ("France, Velm and Arden pledged …"), left to
// right: each commits as the last one does. A commitment the speaker shares
// is the speaker's own and has none.
func (x *extraction) conjuncts(a *anchor) []string {
	s := a.subj
	if !a.reported || s.kind != sActor || a.actor != s.actor || len(s.also) == 0 {
		return nil
	}
	var out []string
	for _, o := range s.also {
		if o != a.actor && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// otherTarget is a conjunct's target: the shared one, unless it is the
// conjunct itself.
func (x *extraction) otherTarget(target, actor string) string {
	if target == actor {
		return ""
	}
	return target
}

// frameStarts reports whether a report frame opens at the reporting verb
// at v: "urged both sides to avoid any escalation and said …" ends the
// demand before "and said".
func (x *extraction) frameStarts(v int) bool {
	for _, f := range x.frames {
		if !f.quote && f.from > v && f.from <= v+2 {
			return true
		}
	}
	return false
}

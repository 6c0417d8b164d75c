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
	words := 0
	for k := and - 1; k >= 0 && words < 20; k-- {
		t := x.toks[k]
		switch t.kind {
		case tWord:
			words++
			// Any past verb near the conjunction; further back only a
			// speech act ("urged Velm to exempt … from the ban and said …").
			if isPast(t.w) && !t.upper && x.word(k-1) != "the" && !beForms[x.word(k-1)] && (words <= 8 || verbLemma[t.w] != "") {
				// not a participle after "be" ("demanded that the ban be lifted and said …")
				return x.subjectFor(k)
			}
		case tCloseQ:
			// "called the sanctions “a hostile act” and said …": a quoted
			// object is passed over whole.
			o := k - 1
			for o >= 0 && o > k-16 && x.toks[o].kind != tOpenQ && x.toks[o].kind != tCloseQ && x.toks[o].kind != tStop {
				o--
			}
			if o < 0 || x.toks[o].kind != tOpenQ {
				return subject{}
			}
			k = o
		case tComma:
			if k != and-1 {
				return subject{}
			} // ", and said …": the serial comma before the conjunction
		case tSemi, tColon, tStop, tDash, tOpenQ, tParen:
			return subject{}
		}
	}
	return subject{}
}

// mainVerbSubject reads "Velm closed the pass, its main crossing with
// Arden, to trucks on Sunday and said …" and "Velm on Friday demanded that
// Arden hand over those responsible for … and said …": when the verb before
// the conjunction at and is too far back, or past an apposition's commas,
// for coordinatedVerbSubject, the first past verb back whose subject is a
// named actor opening the clause is the one coordinated. Within the
// sentence's clause (up to a semicolon, colon, quotation or dash), and
// outside what another verb reports ("Velm said Arden closed …").
func (x *extraction) mainVerbSubject(and int) subject {
	for k := and - 1; k >= 0 && k > and-maxClause; k-- {
		t := x.toks[k]
		switch t.kind {
		case tSemi, tColon, tStop, tDash, tOpenQ, tCloseQ, tParen:
			return subject{}
		case tWord:
			if !isPast(t.w) && !irregularPast[t.w] || t.upper || x.word(k-1) == "the" || x.inReport(k) {
				continue
			}
			if s := x.subjectFor(k); s.kind == sActor && x.startsClause(s.start) && s.start == x.clauseStartBy(k, false) {
				return s
			}
		}
	}
	return subject{}
}

// irregularPast are past tenses isPast does not know, of verbs a report
// opens with ("Velm shut the crossing … and said …").
var irregularPast = set("shut cut put set took gave sent held kept left struck seized")

// reporterAsSubject reads "The agency said 6,000 people had fled … and
// urged Velm to …": a past speech act after the conjunction at and, inside
// a known report whose clause gives it no actor, is the reporter's own.
func (x *extraction) reporterAsSubject(and int) subject {
	f := x.enclosingReport(and)
	if f == nil || f.actor == "" || f.from >= and {
		return subject{}
	}
	return subject{kind: sActor, actor: f.actor, also: f.also, start: and, end: and, plural: f.plural}
}

// backToReporter reports whether p, a past speech act after "and", goes
// back to the reporter from what the reporter said a part would do: "Velm's
// president said the army would stay in its barracks and promised an
// inquiry" — the army does not promise; the president does
// (reporterAsSubject).
func (x *extraction) backToReporter(prev *anchor, p *pred) bool {
	if p.modal != mNone || !p.past || !isSpeechAct(p) || prev.p.modal == mNone || prev.subj.kind == sFirst {
		return false
	}
	f := x.enclosingReport(prev.p.first)
	return f != nil && f.from <= prev.subj.start && f == x.enclosingReport(p.first) && x.reporterAsSubject(p.first-1).kind != sNone
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
	return !third || (s.kind != sInclusive && !s.plural) // "The Commission welcomes … and stands ready": an office is singular
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

// complementBetween reports whether a reported or believed complement
// opens between tokens a and b: "said that …", not the relative "any act
// that endangers …", after which "and will respond" still shares the
// subject before it.
func (x *extraction) complementBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if x.toks[k].kind == tSemi {
			return false
		}
		if x.toks[k].w == "that" && (x.complementAt(k+1) || x.word(k-1) == "and" || x.word(k-1) == "but") {
			return true
		}
	}
	return false
}

// conjuncts are the other actors of a reported commitment whose subject
// coordinates named actors ("France, Velm and Arden pledged …"), left to
// right: each commits as the last one does; so do the coordinated reporters
// "they" stands for. A commitment the speaker shares
// is the speaker's own and has none.
func (x *extraction) conjuncts(a *anchor) []string {
	s := a.subj
	also := s.also
	if s.kind == sPron && s.pron == "they" || s.kind != sActor && s.kind != sFirst && a.reported {
		// "Velm and Arden said they would …", "… said their soldiers would
		// stay": they, and their parts, are the coordinated reporters'.
		if f := x.frameAt(a.p.first); f != nil && !f.quote && f.actor == a.actor {
			s.kind, s.actor, also = sActor, f.actor, f.also
		}
	}
	if !a.reported || s.kind != sActor || a.actor != s.actor || len(also) == 0 {
		return nil
	}
	var out []string
	for _, o := range also {
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

// coordinated extends an actor subject over "A and B" and "A together with
// B": the subject then names both ("The United States and Iraq commit to
// …", "the United States together with Egypt and Qatar would work …").
func (x *extraction) coordinated(s subject) subject {
	for k := s.start; k > 0 && k > s.start-3 && x.toks[k-1].upper && x.toks[k-1].kind == tWord && x.word(k-1) != "and"; k-- {
		s.start = k - 1 // a title before the name: "President Marcos"
	}
	if s.start < 2 {
		return s
	}
	var left subject
	switch w1, w2 := x.word(s.start-1), x.word(s.start-2); {
	case w1 == "and" && x.toks[s.start-2].kind == tComma:
		left = x.beforeAside(s.start - 2) // "Velm, which lost ten citizens, and Arden, which lost two, called for …"
	case w1 == "and":
		left = x.subjectAt(s.start - 2)
	case w1 == "with" && (w2 == "together" || w2 == "along"):
		left = x.subjectAt(s.start - 3)
	default:
		return s
	}
	if !x.startsClause(left.start) && !(s.kind == sActor && left.kind == sActor) {
		return s
	}
	switch left.kind {
	case sActor:
		if s.kind == sActor {
			left = x.listed(left)
			s.also = append(append(slices.Clone(left.also), left.actor), s.also...)
		} else {
			s.kind, s.actor = sActor, left.actor
		}
	case sFirst:
		left.end = s.end
		return left
	default:
		return s
	}
	s.start, s.plural = left.start, true
	return s
}

// listed extends the first conjunct of "A, B and C" over the actors
// listed before it with commas: its also holds them, left to right.
func (x *extraction) listed(s subject) subject {
	for s.start >= 2 && x.toks[s.start-1].kind == tComma {
		prev := x.subjectAt(s.start - 2)
		if prev.kind != sActor || prev.end != s.start-2 || !x.startsClause(prev.start) && x.toks[max(prev.start-1, 0)].kind != tComma {
			break
		}
		s.also = append([]string{prev.actor}, s.also...)
		s.start = prev.start
	}
	return s
}

// startsClause reports whether token i (or the title or article before
// which it stands) begins a clause; before clauses are marked, any token does.
func (x *extraction) startsClause(i int) bool {
	if x.boundary == nil {
		return true
	}
	for i > 0 && !x.boundary[i] && (x.word(i-1) == "the" || x.toks[i-1].upper) {
		i--
	}
	return x.boundary[i]
}

// namedConjunct reads "President Biden and Prime Minister Sudani": a name the
// gazetteer does not know, joined to one it knows.
func (x *extraction) namedConjunct(j int) subject {
	k := j
	for k > 0 && k > j-5 && x.toks[k-1].kind == tWord && x.toks[k-1].upper {
		k--
	}
	if k >= 2 && x.toks[k-1].w == "and" {
		left := x.subjectAt(k - 2)
		if (left.kind == sActor || left.kind == sFirst) && x.startsClause(left.start) {
			left.end, left.plural = j, true
			return left
		}
	}
	return subject{}
}

// beforeAside reads the subject before an aside set off by commas that
// ends at the comma at k: a relative clause ("Japan, whose nationals are
// among the crew, said …", "The Velm Bank, which financed the project,
// said …") or a participle ("A commander, speaking by telephone, denied …").
func (x *extraction) beforeAside(k int) subject {
	for o := k - 1; o >= 1 && o > k-24; o-- { // "whose battery makers buy most of the rest of the mine's output"
		t := x.toks[o]
		if t.kind == tComma {
			if x.asideOpens(o+1) || x.adverbialAside(o+1, k) {
				if s := x.subjectAt(o - 1); s.kind != sNone {
					return s
				}
				return x.headBeforePrep(o - 1) // "All parties to the conflict, including …, must …"
			}
			if x.appositiveNoun(o+1, x.nounPhraseEnd(o+1, k-1)) {
				// "China, Arden's largest lender, said …": a name
				// described by a common noun phrase in apposition.
				if s := x.subjectAt(o - 1); s.kind == sActor {
					return s
				}
			}
			return subject{}
		}
		if t.kind != tWord && t.kind != tOpenQ && t.kind != tCloseQ {
			return subject{}
		}
	}
	return subject{}
}

// asideOpens reports whether an aside opens at token i: a relative clause
// ("which financed the project", "through which part of the freight could
// be rerouted") or a participle ("speaking by telephone").
func (x *extraction) asideOpens(i int) bool {
	w := x.word(i)
	if n := x.word(i + 1); n == "which" || n == "whom" || n == "whose" {
		w = n // "through which", "in whose name": a preposition first
	}
	return relPronouns[w] && w != "that" || len(w) > 5 && strings.HasSuffix(w, "ing")
}

// headBeforePrep reads a generic agent or a named actor followed by a
// prepositional phrase that ends at j: "All parties to the conflict" is
// "All parties".
func (x *extraction) headBeforePrep(j int) subject {
	for k := j - 1; k >= 1 && k > j-6 && x.toks[k].kind == tWord; k-- {
		if !prepositions[x.word(k)] {
			continue
		}
		if s := x.subjectAt(k - 1); s.kind == sAgent || s.kind == sActor {
			return s
		}
		break
	}
	return subject{}
}

// beforeRelative is the subject of the clause a relative aside hangs on,
// when the aside ends just before the conjunction at and: "Velm values its
// ties with Arden, which hosts many Velmians, and will continue to …".
func (x *extraction) beforeRelative(and int) subject {
	if and < 1 || x.toks[and-1].kind != tComma {
		return subject{}
	}
	for o := and - 2; o >= 1 && o > and-24; o-- {
		switch x.toks[o].kind {
		case tComma:
			if !x.asideOpens(o+1) || !relPronouns[x.word(o+1)] {
				return subject{}
			}
			if s := x.clauseSubject(o - 1); s.kind == sActor || s.kind == sFirst {
				return s
			}
			return subject{}
		case tWord:
		default:
			return subject{}
		}
	}
	return subject{}
}

// adverbialAside reports whether tokens [i, k) are an adverbial set off
// by commas between a subject and its verb: "The Government of Arden, for
// its part, informed …", "Velm, however, said …".
func (x *extraction) adverbialAside(i, k int) bool {
	if (x.word(i) == "at" || x.word(i) == "in" || x.word(i) == "near") && k-i >= 2 && k-i <= 4 {
		for n := i + 1; n < k; n++ {
			if !x.toks[n].upper {
				return false
			}
		}
		return true // "A council of elders in the larger camp, at Qarvel, said …": a place
	}
	switch k - i {
	case 1:
		return asideAdverbs[x.word(i)]
	case 3:
		return x.word(i) == "for" && possessivePron[x.word(i+1)] != "" && x.word(i+2) == "part"
	case 2:
		return x.word(i) == "in" && x.word(i+1) == "turn"
	}
	return false
}

// asideAdverbs stand alone between commas after a subject.
var asideAdverbs = set("however meanwhile too also instead separately likewise moreover though")

// insideAside reports whether the comma at k closes an aside: the phrase
// since the comma before it opens as asideOpens says, so a name that ends
// it ("…, which border northern Velm, said") is not the subject.
func (x *extraction) insideAside(k int) bool {
	for o := k - 1; o >= 1 && o > k-24; o-- { // "whose battery makers buy most of the rest of the mine's output"
		switch x.toks[o].kind {
		case tComma:
			return x.asideOpens(o + 1)
		case tSemi, tColon, tStop, tDash, tParen:
			return false
		}
	}
	return false
}

// nounPhraseEnd returns the last token of the noun phrase opening at from
// and ending at to at the latest: a participle or preposition after its
// head starts a modifier ("a press freedom group based in Geneva").
func (x *extraction) nounPhraseEnd(from, to int) int {
	for k := from + 2; k <= to; k++ {
		if w := x.word(k); (prepositions[w] && w != "of" || postModifiers[w]) && !x.toks[k-1].upper {
			return k - 1
		}
	}
	return to
}

// postModifiers are participles that open a modifier after a noun.
var postModifiers = set("based founded headquartered led run backed owned created set")

// appositiveNoun reports whether tokens [from, to] are a common noun
// phrase that describes a name: it opens with an article or holds a
// possessive ("Arden's largest lender", "a ferry company") and ends in a
// lower-case noun, not in a name ("Velm, Arden, …" is a list).
func (x *extraction) appositiveNoun(from, to int) bool {
	if to <= from || x.toks[to].upper || x.mentionAt[to] >= 0 || verbLemma[x.word(to)] != "" {
		return false
	}
	if d := x.word(from); d == "a" || d == "an" || d == "the" {
		return true
	}
	for k := from; k < to; k++ {
		if x.word(k) == "'s" {
			return true
		}
	}
	return false
}

// quoteBefore is the opening mark of a quotation that ends just before the
// conjunction at and ("it was “seriously concerned” and would …"), or -1.
func (x *extraction) quoteBefore(and int) int {
	k := and - 1
	if k < 1 || x.toks[k].kind != tCloseQ {
		return -1
	}
	for o := k - 1; o >= 0 && o > k-16; o-- {
		switch x.toks[o].kind {
		case tOpenQ:
			return o
		case tCloseQ, tStop:
			return -1
		}
	}
	return -1
}

// officeBefore reads "Velm's water minister, Ana Berg," before the comma at
// k: a person's name in apposition to an office of a named actor, whose
// actor speaks through its office holder.
func (x *extraction) officeBefore(k int) subject {
	for o := k - 1; o >= 1 && o > k-6; o-- {
		t := x.toks[o]
		if t.kind == tComma {
			if w := x.word(o - 1); officeHeads[w] || agentHeads[w] {
				// "Its chief executive, Ida Rask, said": whose office it is,
				// a name or a possessive.
				if s := x.subjectAt(o - 1); s.kind == sActor || s.kind == sPron && s.start == 0 {
					return s
				}
			}
			return subject{}
		}
		if t.kind != tWord || !t.upper {
			return subject{} // a name, capitalised word by word
		}
	}
	return subject{}
}

// twoNamesAnd is the token of the "and" that joins two names of two or
// three words each in the run [i, j] ("Carrow Aid and Lumen Health"), or
// 0: a run with another joiner ("Ministry of Foreign Affairs and Trade"),
// a part of one word ("Peace and Security Council") or a first word the
// text writes in lower case is one name.
func twoNamesAnd(toks []token, i, j int, lower map[string]bool) int {
	and := 0
	for k := i; k <= j; k++ {
		switch {
		case toks[k].w == "and" && and == 0:
			and = k
		case nameJoiners[toks[k].w] || toks[k].kind != tWord:
			return 0
		}
	}
	if and == 0 || and-i < 2 || and-i > 3 || j-and < 2 || j-and > 3 ||
		!conjunctName(toks[i].w, lower) || !conjunctName(toks[and+1].w, lower) {
		return 0
	}
	return and
}

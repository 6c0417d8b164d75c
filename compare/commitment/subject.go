package commitment

import (
	"strings"
)

// This file finds the subject of a predicate: the noun phrase that ends just
// before it, read right to left without a parser. A subject is the speaker
// ("we", "my team"), a named actor ("Tehran", "U.S. officials", "the Israeli
// side"), a joint subject including the speaker ("both leaders"), a generic
// agent ("all parties"), an activity ("these attacks"), or a pronoun.

type subjKind uint8

const (
	sNone      subjKind = iota
	sFirst              // we, I, our government, my team
	sActor              // a gazetteer actor heads the phrase
	sInclusive          // both leaders, the two sides: the speaker among others
	sAgent              // all parties, the House, countries: an agent no gazetteer names
	sAction             // these attacks, actions that weaken …: an activity
	sPron               // he, she, it, they
	sStatement          // the statement: the speaker's own document
	sCoord              // the predicate is coordinated ("… and call on"): the subject is shared
	sInf                // the predicate is an infinitive ("… to reaffirm")
)

// subject is a resolved subject phrase: tokens [start, end].
type subject struct {
	kind    subjKind
	actor   string   // sActor: the actor
	also    []string // sActor: the other actors of a coordinated subject
	pron    string   // sPron: he, she, it or they
	appos   string   // sFirst: the actor of an apposition ("We, the Leaders of the G7,")
	office  bool     // sFirst: an office of the issuer named bare ("The Secretary-General"): "he" after it is the same
	members bool     // sFirst: a body's members named as such ("Member States", "Allies"): a "must" on them is a demand
	// recounted: the subject of a past verb of contact whose purpose is the
	// predicate ("wrote to … to request …"): the act is recounted.
	recounted bool
	start     int
	end       int
	plural    bool
}

// subjectFor returns the subject of the predicate whose first token is first.
func (x *extraction) subjectFor(first int) subject {
	j := first - 1
	for j >= 0 && (isAdverb(x.toks[j]) || (perfectAux[x.toks[j].w] && !modalStart[x.word(first)])) {
		j--
	}
	if j >= 1 && x.word(j-1) == "on" && (weekdays[x.word(j)] || notNames[x.word(j)]) {
		j -= 2 // "Britain on Friday demanded": a day between the subject and its verb
	}
	if j >= 1 && x.toks[j].kind == tOpenQ && x.toks[j-1].kind == tWord && !reporting[x.word(j-1)] && x.word(j-1) != "that" {
		j-- // `said his country "will not pay …"`: a quotation that opens after its subject
	}
	if j >= 3 && x.toks[j].kind == tParen && x.toks[j-2].kind == tParen && x.toks[j-1].caps {
		j -= 3 // "The Caribbean Community (CARICOM) condemns": the acronym it gives itself
	}
	if j < 0 {
		return subject{}
	}
	switch t := x.toks[j]; {
	case t.kind == tComma:
		return x.afterComma(j)
	case t.w == "and" || t.w == "or" || t.w == "but":
		return subject{kind: sCoord, start: j, end: j}
	case t.w == "to":
		return subject{kind: sInf, start: j, end: j}
	}
	s := x.subjectAt(j)
	if s.kind == sActor || s.kind == sAgent {
		if head, ok := x.relativeHead(s); ok {
			return head
		}
	}
	if s.kind == sNone && x.toks[j].kind == tWord {
		// "Member countries that have downloaded the data must delete
		// it": the subject is the head of the relative, not its object.
		if head, ok := x.relativeHead(subject{start: j, end: j}); ok && (head.kind == sAgent || head.kind == sActor) {
			return head
		}
	}
	return s
}

// perfectAux are auxiliaries between a subject and a speech-act verb ("has
// repeatedly urged", "had requested", "are pushing").
var perfectAux = set("has have had 've was were is are am 're")

// modalStart are the words a modal chain starts with: "have" there is the
// predicate itself ("have to"), not an auxiliary.
var modalStart = set("have has had to no")

// afterComma reads a subject that is followed by a comma: an apposition or
// parenthesis between commas ("We, the Leaders of the G7, condemn";
// "Israel, with the help of its partners, defeated") or a list ("…, and
// call on" — a shared subject).
func (x *extraction) afterComma(j int) subject {
	for k := j - 1; k >= 0 && k > j-16; k-- {
		t := x.toks[k]
		if t.kind == tComma {
			e := k - 1
			if e >= 3 && x.toks[e].kind == tParen && x.toks[e-2].kind == tParen && x.toks[e-1].caps {
				e -= 3 // "The Secretary-General of the Ulmara Basin Community (UBC), Corvina Thane, condemns": its acronym
			}
			s := x.subjectAt(e)
			if s.kind == sNone && (x.asideOpens(k+1) || x.nameBetweenCommas(j) == k) {
				// "All parties to the conflict, including …, must", "The UN
				// envoy for the region, Ida Rask, urged …"
				s = x.headBeforePrep(k - 1)
			}
			if m := x.mentionAt[min(k+1, j)]; s.kind == sNone && x.nameBetweenCommas(j) == k && m >= 0 &&
				x.ments[m].start == k+1 && x.ments[m].end == j && x.ments[m].actor != x.text(k+1, j-1) {
				// "The Ministry's Official Spokesperson, Ambassador Ida Rask,
				// stressed …": the office holder named, whose actor is known.
				s = subject{kind: sActor, actor: x.ments[m].actor, start: k + 1, end: j - 1}
			}
			if s.kind == sNone {
				s = x.beforeAside(k)
			}
			if s.kind == sNone {
				break
			}
			if s.kind == sFirst {
				for i := k + 1; i < j; i++ {
					if m := x.mentionAt[i]; m >= 0 {
						s.appos = x.ments[m].actor
						break
					}
				}
			}
			return s
		}
		if t.kind != tWord && t.kind != tParen {
			break
		}
	}
	return subject{} // a list ("to take steps, condemn terrorism, and …"): no subject of its own
}

// subjectAt reads the noun phrase ending at token j.
func (x *extraction) subjectAt(j int) subject {
	if j < 0 || j >= len(x.toks) || x.toks[j].kind != tWord {
		return subject{}
	}
	w := x.toks[j].w
	switch w {
	case "we", "i":
		return subject{kind: sFirst, start: j, end: j, plural: w == "we"}
	case "he", "she", "it", "they":
		if w == "they" && x.word(j+1) == "both" {
			return subject{kind: sInclusive, start: j, end: j + 1, plural: true} // "They both reiterated"
		}
		return subject{kind: sPron, pron: w, start: j, end: j, plural: w == "they"}
	case "two", "pair", "both", "parties", "sides":
		if s, ok := x.namedPair(j); ok {
			return s // "both sides" in a news article: the pair it names
		}
		// "The two condemned", "They both reiterated", "The parties
		// reaffirmed": a readout's joint subject, the speaker's side included.
		if k := j - 1; k >= 0 && (x.word(k) == "the" || x.word(k) == "they" || w == "both" && x.boundary != nil && x.boundary[j]) {
			return subject{kind: sInclusive, start: k, end: j, plural: true}
		}
	case "who":
		if !x.toks[j].caps {
			return x.antecedent(j) // not "the WHO's director"
		}
	}
	if s, ok := x.ownMembers(j); ok {
		return s
	}
	if s, ok := x.ownMission(j); ok {
		return s
	}
	if s, ok := x.reportersMembers(j); ok {
		return s
	}
	if s, ok := x.namedPair(j); ok {
		return s
	}
	if s, ok := x.referredOffice(j); ok {
		return s // "The Ambassador assured me that …"
	}
	if s, ok := x.principalSubject(j); ok {
		return s
	}
	if m := x.mentionEnd[max(j-1, 0)]; j > 0 && m >= 0 && x.mentionEnd[j] < 0 && kindNouns[x.word(j)] && !x.toks[j].upper {
		// "the opposition Orne Renewal party said": the name, typed by its kind
		return x.coordinated(x.withArticle(subject{kind: sActor, actor: x.ments[m].actor, start: x.ments[m].start, end: j}))
	}
	if m := x.mentionEnd[j]; m >= 0 {
		s := x.withArticle(subject{kind: sActor, actor: x.ments[m].actor, start: x.ments[m].start, end: j})
		if d := x.word(s.start - 1); (d == "its" || d == "their") && x.word(s.start-2) == "and" {
			// "The EU and its Member States": the first conjunct's own.
			if left := x.subjectAt(s.start - 3); left.kind == sActor || left.kind == sFirst {
				left.end, left.plural = j, true
				return left
			}
		}
		if prep := x.word(s.start - 1); s.start > 0 && prepositions[prep] && prep != "with" && prep != "of" {
			// "support to African calls for …", "All parties to the
			// conflict in Keldar must …": the name is an object; the
			// subject, if any, is the phrase the preposition hangs on.
			if k := s.start - 2; prep == "for" && k >= 0 && officeHeads[x.word(k)] {
				// "A spokesman for the Secretary-General urged …": the
				// office speaks for the actor it serves; "the UN's
				// coordinator for Velm" for the UN, whose office it is.
				actor := s.actor
				for p := k - 1; p > 0 && p >= k-4 && x.toks[p].kind == tWord; p-- {
					if x.toks[p].w == "'s" {
						if m := x.mentionEnd[p-1]; m >= 0 {
							actor = x.ments[m].actor
						}
						break
					}
				}
				return subject{kind: sActor, actor: actor, start: x.modifiersStart(k), end: j}
			}
			if m, ok := x.ownMission(s.start - 2); ok && (prep == "in" || prep == "at") {
				m.end = j // "The Embassy in Arden will continue its work"
				return m
			}
			for k := s.start - 2; k >= 0 && k > s.start-8; k-- {
				if w := x.word(k); genericAgents[w] || agentHeads[w] || x.mentionEnd[k] >= 0 {
					return x.subjectAt(k)
				}
				if x.toks[k].kind != tWord || x.frameStart != nil && x.frameStart[k] {
					break // "assurances from Arden that the crossing at Velm would …": not past the complement's start
				}
			}
			return subject{}
		}
		if x.word(s.start-1) == "of" && partNouns[x.word(s.start-2)] {
			s.start = x.modifiersStart(s.start - 2) // "Fighters of the Velm Movement seized …": the body's own
		}
		return x.coordinated(s)
	}
	if agentHeads[w] || inclusiveHeads[w] {
		if s, ok := x.modifiedHead(j); ok {
			return x.coordinated(s)
		}
	}
	if s, ok := x.referringBack(j); ok {
		return s
	}
	if statementNouns[w] && j > 0 && x.mentionEnd[j-1] >= 0 {
		m := x.ments[x.mentionEnd[j-1]] // "The EU statement also condemns …": the EU's
		return x.withArticle(subject{kind: sActor, actor: m.actor, start: m.start, end: j})
	}
	switch {
	case genericAgents[w]:
		return subject{kind: sAgent, start: x.modifiersStart(j), end: j, plural: true}
	case actionNouns[w]:
		return subject{kind: sAction, start: x.modifiersStart(j), end: j}
	case statementNouns[w] && j > 0 && (x.toks[j-1].w == "the" || x.toks[j-1].w == "this"):
		return subject{kind: sStatement, start: j - 1, end: j}
	case x.toks[j].upper:
		return x.namedConjunct(j)
	}
	if s, ok := x.unnamedBody(j); ok {
		return s // "The central bank said …", "Velm's largest fishing union said …"
	}
	return x.withPartners(j)
}

// withPartners reads "The United Nations and its humanitarian partners",
// "The EU and its Member States": a subject whose second conjunct belongs
// to the first (its, their) is the first.
func (x *extraction) withPartners(j int) subject {
	for k := j - 1; k >= 1 && k >= j-5; k-- {
		if x.toks[k].kind != tWord {
			return subject{}
		}
		if x.word(k) != "and" {
			continue
		}
		if d := x.word(k + 1); d != "its" && d != "their" && d != "our" {
			return subject{}
		}
		left := x.subjectAt(k - 1)
		if left.kind == sActor || left.kind == sFirst {
			left.end, left.plural = j, true
			return left
		}
		return subject{}
	}
	return subject{}
}

// modifiedHead reads an agent noun with its modifiers: "U.S. officials",
// "Iran's leadership", "the Israeli side", "our government", "his team",
// "both leaders". A bare generic head is left to the caller.
func (x *extraction) modifiedHead(j int) (subject, bool) {
	head := x.toks[j].w
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		t := x.toks[k]
		if t.kind != tWord {
			break
		}
		switch {
		case firstPersonDet[t.w]:
			return subject{kind: sFirst, start: k, end: j, plural: true}, true
		case possessivePron[t.w] != "":
			return subject{kind: sPron, pron: possessivePron[t.w], start: k, end: j}, true
		case x.mentionEnd[k] >= 0:
			m := x.ments[x.mentionEnd[k]]
			plural := strings.HasSuffix(head, "s") || head == "people"
			return x.withArticle(subject{kind: sActor, actor: m.actor, start: m.start, end: j, plural: plural}), true
		case (t.w == "both" || t.w == "two") && inclusiveHeads[head]:
			return x.withArticle(subject{kind: sInclusive, start: k, end: j, plural: true}), true
		case t.w == "the" && k == j-1 && (head == "leaders" || head == "sides"):
			return subject{kind: sInclusive, start: k, end: j, plural: true}, true
		case t.w == "'s" && x.disc != nil && (groupHeads[x.word(k-1)] || x.toks[k-1].upper && x.mentionAt[k-1] < 0) && x.word(k-2) == "the":
			// "the council's representative", "The Front's spokesman": the
			// council, the Front a news article named
			if a := x.disc.referent(x.word(k - 1)); a != "" {
				return subject{kind: sActor, actor: a, start: k - 2, end: j, plural: strings.HasSuffix(head, "s")}, true
			}
		case t.w == "'s" || npModifiers[t.w] || t.upper:
			continue
		case k >= j-3 && (officeHeads[head] || agentHeads[head]) && x.possessedModifier(k):
			continue // "Velm's water minister", "Velm's port authority", "Velm's ruling military council": a compound office
		}
		break
	}
	return subject{}, false
}

// possessivePron maps a possessive determiner to its pronoun.
var possessivePron = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// npModifiers may stand inside a subject before its head.
var npModifiers = set(`the a an another senior national security military top other all involved relevant
	respective foreign defense new former chief deputy two three four five six seven both these those this
	that such illegal ongoing continuing unilateral any further prime development humanitarian finance defence
	trade interior health environment justice energy economy competent concerned`)

// modifiersStart returns the first token of the modifiers before head j.
func (x *extraction) modifiersStart(j int) int {
	k := j
	for k > 0 && k > j-4 && x.toks[k-1].kind == tWord && npModifiers[x.toks[k-1].w] {
		k--
	}
	return k
}

// withArticle extends a subject over a leading "the".
func (x *extraction) withArticle(s subject) subject {
	if s.start > 0 && x.toks[s.start-1].w == "the" {
		s.start--
	}
	return s
}

// antecedent resolves a relative "who" to the actor named just before it
// ("Hossein Salami, Commander of Iran's IRGC, who warned …").
func (x *extraction) antecedent(j int) subject {
	k := j - 1
	if x.word(k) == "" && k >= 0 && x.toks[k].kind == tComma {
		k--
	}
	if k >= 0 {
		if m := x.mentionEnd[k]; m >= 0 {
			return subject{kind: sActor, actor: x.ments[m].actor, start: j, end: j}
		}
	}
	return subject{}
}

// relativeHead finds the real head of a subject that ends inside a relative
// clause: in "Actions that weaken the Palestinian Authority must stop" the
// subject is "Actions", not the Palestinian Authority.
func (x *extraction) relativeHead(s subject) (subject, bool) {
	cs := x.clauseStart(s.start)
	for r := s.start - 1; r > cs; r-- {
		if x.toks[r].w == "that" && (clauseConj[x.word(r-1)] || x.complementAt(r+1)) {
			return subject{}, false // "told the ministers that …", "… but that Velm would …": a complement, not a relative
		}
		if relPronouns[x.toks[r].w] {
			head := x.subjectAt(r - 1)
			if head.kind == sNone {
				head = subject{kind: sAction, start: r - 1, end: r - 1}
				if !actionNouns[x.toks[r-1].w] {
					head.kind = sNone
				}
			}
			return head, true
		}
	}
	return subject{}, false
}

// actorOfSubject returns the actor a subject names, as seen from token at
// (for pronouns and the speaker), and whether it is plural; "" when unknown.
func (x *extraction) actorOfSubject(s subject, at int) (string, bool) {
	switch s.kind {
	case sFirst:
		if q := x.quoteAt(at); q != nil {
			return q.actor, s.plural
		}
		if s.appos != "" {
			return s.appos, true
		}
		return x.doc, s.plural
	case sActor:
		return s.actor, s.plural
	case sInclusive:
		if x.docKnown && x.disc == nil { // a news article's author is never one of "the two sides"
			return x.doc, true
		}
	case sStatement:
		if x.disc != nil {
			return x.disc.statementOwner(), false // the statement the article reports
		}
		if x.docKnown {
			return x.doc, false
		}
	case sPron:
		a, _ := x.pronounActor(s, at)
		if a == "" && x.disc != nil && (s.start == 0 || s.pron != "it" && s.pron != "they" && x.afterQuote(s.start)) {
			a = x.disc.salient // "It also calls on …" opening a sentence of a news article; "“…,” she said"
		}
		if a == "" && x.disc == nil && s.start == 0 && s.pron == "it" {
			a = x.opener // "France will host … . It will also increase …": the subject before
		}
		return a, s.plural
	}
	return "", false
}

// pronounActor resolves he, she, it and they. Inside reported speech a
// pronoun that agrees in number is the reporter ("Both leaders noted that
// they …"). Otherwise he/she is the nearest person named before, or the
// speaker's principal in a readout ("He made clear that …"), a guess the
// second result flags; "it" is the nearest institution named with "the" ("as
// the Administration pursues its work, it will …"); "they" stays unknown.
func (x *extraction) pronounActor(s subject, at int) (string, bool) {
	if f := x.frameAt(at); f != nil && !f.quote && f.known && f.agrees(s.pron) && f.from <= s.start {
		return f.actor, false // "Taloria announced that it would …": the reporter
	}
	switch s.pron {
	case "he", "she":
		if x.disc == nil && s.start == 0 && x.official != "" {
			if x.official == unnamedOfficial {
				return "", false
			}
			return x.official, false // "I spoke with Arden's foreign minister …. He assured me that …"
		}
		for _, a := range x.anchors {
			if a.subj.office && a.subj.end < s.start {
				return x.doc, false // "The Secretary-General stands ready …, and he may travel …"
			}
		}
		for k := s.start - 1; k >= 0 && k > s.start-maxClause; k-- {
			if m := x.mentionEnd[k]; m >= 0 && x.quoteAt(k) == nil && x.subjectPosition(x.ments[m]) {
				return x.ments[m].actor, false
			}
		}
		if x.docKnown && x.disc == nil {
			return x.doc, true // a news article's author is no principal "he" may stand for
		}
	case "it":
		for k := s.start - 1; k >= 0 && k > s.start-maxClause; k-- {
			if m := x.mentionEnd[k]; m >= 0 {
				if st := x.ments[m].start; st > 0 && x.toks[st-1].w == "the" && x.subjectPosition(x.ments[m]) {
					return x.ments[m].actor, false
				}
			}
		}
	}
	return "", false
}

// subjectPosition reports whether a mention may be the antecedent of "he":
// not a possessive ("the PRC's support") and not the object of a
// preposition ("spoke with King Abdullah").
func (x *extraction) subjectPosition(m mention) bool {
	if x.word(m.end) == "'s" {
		return false
	}
	st := m.start
	if x.word(st-1) == "the" {
		st--
	}
	return !prepositions[x.word(st-1)]
}

// prepositions that make the next noun phrase an object.
var prepositions = set("of for to with against from by on in at over about toward towards into between among")

// clauseSubject finds the subject at the start of the clause holding token j,
// for a coordinated predicate with no earlier cue to share a subject with
// ("President Biden is being updated … and will meet with them").
func (x *extraction) clauseSubject(j int) subject {
	for _, cs := range []int{x.clauseStart(j), x.clauseStartBy(j, true)} {
		for cs < j && x.toks[cs].kind == tWord && (clauseConj[x.toks[cs].w] || x.toks[cs].w == "then") {
			cs++
		}
		var best subject
		for k := cs; k < j && k <= cs+6; k++ {
			if s := x.subjectAt(k); s.kind != sNone && s.kind != sAgent && s.kind != sAction && s.start <= cs+1 && !x.objectOfVerb(s, cs) {
				best = s
			}
		}
		if best.kind != sNone {
			return best
		}
	}
	return subject{}
}

// objectOfVerb reports whether s follows the verb that opens its clause
// ("welcomed the statement and urged …"): an object, not a subject.
func (x *extraction) objectOfVerb(s subject, cs int) bool {
	if s.start != cs+1 {
		return false
	}
	w := x.word(cs)
	return isPast(w) && !x.toks[cs].upper || verbLemma[w] != ""
}

// subordinators open a clause with a subject of its own.
var subordinators = set("that which who because while whereas although though whether if unless")

// strongClauseStart is clauseStart ignoring commas.
func (x *extraction) strongClauseStart(j int) int {
	return x.clauseStartBy(j, false)
}

// clauseStartBy is clauseStart ignoring commas; with subord it also stops
// after a subordinator ("his belief that democratic values …").
func (x *extraction) clauseStartBy(j int, subord bool) int {
	for stop := j - maxClause; j > 0 && j > stop; {
		switch x.toks[j-1].kind {
		case tSemi, tColon, tDash, tOpenQ, tCloseQ, tStop:
			return j
		}
		if subord && subordinators[x.toks[j-1].w] {
			return j
		}
		if x.frameStart[j] {
			return j
		}
		j--
	}
	return max(j, 0)
}

// complementAt reports whether a reported complement starts at token i.
func (x *extraction) complementAt(i int) bool {
	for _, f := range x.frames {
		if f.from == i && !f.quote {
			return true
		}
	}
	return false
}

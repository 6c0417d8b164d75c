package commitment

import "strings"

// This file reads the lexical verb of a predicate: after a modal any verb,
// on its own a speech-act verb ("condemn", "call on … to", "stand with"),
// with its addressee and the object nouns through which some verbs commit.

// lexical reads the lexical verb at k. After a modal (afterModal) any verb
// will do; on its own only a speech-act verb makes a predicate.
func (x *extraction) lexical(p pred, k int, afterModal bool) (pred, bool) {
	w := x.word(k)
	if w == "" {
		return p, false
	}
	lemma := verbLemma[w]
	p.lexTok, p.actStart, p.lemma = k, k, lemma
	p.past = isPast(w) && !afterModal
	p.ing = strings.HasSuffix(w, "ing")
	if be := beForms[x.word(x.skipAdverbsBack(k-1))]; p.past && (be || x.agentAfter(k+1) != "") {
		// "The freeze was criticised by Velm": Velm criticised it; "the plan
		// endorsed by the ministers": a participle after its noun, whose
		// agent endorsed it — but "projects supported by the Act" are
		// funded, not supported.
		if a := x.agentAfter(k + 1); a != "" && !afterModal && (be || lemma != "support" && lemma != "back") && x.passiveAct(&p, k, lemma) {
			p.byAgent = a
			return p, true
		}
		return p, false // "is supported by": a passive names no committer
	}
	if p.ing && !afterModal && lemma == "" {
		return p, false
	}
	if !afterModal && x.toks[k].upper && !x.boundary[k] {
		return p, false // "an Executive Order on … Supporting Caregivers": a title, not a verb
	}
	q := p // a failed speech act leaves p as it was
	if end, ok := x.speechAct(&q, k, lemma, afterModal); ok {
		p = q
		if p.modal == mReady && p.lex == lexSupport {
			p.lex = lexAction // "stood ready to support the talks": an offer of help, a pledge
		}
		if p.lex == lexDemand && afterModal && p.cont < 0 && (p.modal == mWill || p.modal == mWould || p.modal == mMay) {
			// "would ask the court to rule", "might ask the UN refugee agency
			// to help": a request still to be made is the speaker's own deed
			// (a pledge, a hedge), not yet a demand on the addressee.
			p.lex, p.actStart = lexAction, k
		}
		p.cue(k, end)
		if p.cont >= 0 && p.actStart == k {
			p.actStart = p.cont // "will continue to support …"
		}
		return p, true
	}
	if !afterModal {
		return p, false
	}
	switch {
	case p.lex != lexAction:
		// The chain already chose ("remain determined to …").
	case lemma == "call" && !calledThings[x.word(k+1)]:
		p.lex = lexDiscourse // "we will call on you": no "to", no demand; but "would call a general strike" acts
	case discourse[w] && !x.reportedDeed(k) && x.isDiscourse(w, k):
		p.lex = lexDiscourse
	case cognitive[w] && !x.committingCognitive(p, w):
		p.lex = lexCognitive
	case w == "consider" && !p.neg && p.modal == mWould && x.consideredProposal(k):
		p.hedged = true // "would consider any proposal": weighed, not undertaken
	case lemma == "decide" && (whWords[x.word(k+1)] || x.word(k+1) == "when" || x.word(k+1) == "if"):
		p.lex = lexCognitive // "the council would decide when the time is right": a decision deferred, nothing undertaken
	}
	if p.deontic() && abstain[w] {
		p.neg = true // "All parties should refrain from …": a demand not to act, as "urge … to refrain" is
	}
	if x.word(k+1) == "no" && !p.neg && p.lex == lexAction && !noIdioms[w] && x.word(k+2) != "" && x.word(k+2) != "mistake" {
		// "would take no part in", "will pay no ransom": the object's "no"
		// negates the act; not "will spare no effort", "leave no one behind".
		p.neg = true
		p.cue(k+1, k+1)
	}
	p.last = max(p.last, k)
	if p.cont >= 0 {
		p.actStart = p.cont // the commitment is to continue
	}
	return p, true
}

// committingCognitive tells the verbs of the mind that commit in some
// frames: "will not recognise / accept" refuses (the issue-17 example
// "the EU will not recognise any change to the borders"), "may consider"
// or "could consider" is a hedged intention to act.
func (x *extraction) committingCognitive(p pred, w string) bool {
	switch {
	case p.neg && (w == "recognise" || w == "recognize" || w == "accept" || w == "acknowledge"):
		return true
	case p.modal == mMay && w == "consider" && !p.neg:
		return true
	case p.modal == mWould && w == "consider" && !p.neg && x.inReport(p.first) && x.word(p.lexTok+1) != "that":
		// "told the council that his government would consider inviting
		// observers": an offer, as someone reports it.
		return true
	}
	return false
}

// beForms make a passive with a past participle.
var beForms = set("is are was were be been being")

// skipAdverbsBack returns the first token at or before j that is not an adverb.
func (x *extraction) skipAdverbsBack(j int) int {
	for j >= 0 && isAdverb(x.toks[j]) {
		j--
	}
	return j
}

// isDiscourse tells talk about the talk ("I will turn it over to …") from
// the same verbs used for acts ("take action", "end the crisis").
func (x *extraction) isDiscourse(w string, k int) bool {
	objs, ok := discourseObject[w]
	if !ok {
		return true
	}
	n := k + 1
	for n < len(x.toks) && isAdverb(x.toks[n]) {
		n++ // "we will go now to …"
	}
	next := x.word(n)
	if w == "hand" && next == "over" {
		return x.word(n+1) == "to" || x.word(n+1) == "the" && talkNouns[x.word(n+2)] // "hand over to my colleague"
	}
	if (w == "end" || w == "open" || w == "close") && next == "the" {
		return talkNouns[x.word(n+1)] // "close the briefing"; not "close the border", "open the crossing"
	}
	return next != "" && strings.Contains(" "+objs+" ", " "+next+" ")
}

// calledThings open what is called as an act: "call a strike", "call an
// election", "call off the protest", "call fresh elections".
var calledThings = set("a an off fresh early new snap")

// talkNouns are the occasions of talk that "open", "close" and "end" may
// take as talk about the talk.
var talkNouns = set("call briefing meeting session conference floor discussion press line")

// reportedDeed reports whether the verb at k lies in what a third party is
// reported to have said, outside any quotation: a report recounts deeds
// ("said it would go on broadcasting", "would not hand over its footage",
// "would close the border"), not the speaker's talk about the talk ("I
// will hand over to my colleague").
func (x *extraction) reportedDeed(k int) bool {
	if !x.inReport(k) || x.quoteAt(k) != nil || x.word(k+1) == "that" {
		return false // "would add that …" reports more talk
	}
	s := x.subjectFor(k)
	return s.kind != sFirst && s.kind != sInclusive
}

// nounFollowers follow "support" or "back" used as nouns ("support for",
// "solidarity and support to Israel").
var nounFollowers = set("to for of from in among across")

// speechAct classifies the speech-act verb at k and returns the last token of
// the verb (with its particle: "call on", "stand with").
func (x *extraction) speechAct(p *pred, k int, lemma string, afterModal bool) (int, bool) {
	if d := x.dayAfter(k + 1); d > 0 && afterDayVerbs[lemma] {
		// "agreed on Monday to impose", "urged on Friday both sides to":
		// the day is read past as if the verb ended there.
		return x.speechActAfterDay(p, k, lemma, d)
	}
	next := x.word(k + 1)
	switch lemma {
	case "":
		return 0, false
	case "stand":
		n := k + 1
		for n < len(x.toks) && n <= k+2 && isAdverb(x.toks[n]) {
			n++ // "stand resolutely for"
		}
		if w := x.word(n); w == "with" || w == "behind" || w == "by" || w == "for" || w == "alongside" {
			p.lex = lexSupport
			return n, true
		}
		if e, ok := x.inSolidarity(p, n); ok {
			return e, true // "stands in full solidarity with"
		}
		return 0, false
	case "turn":
		return x.turnedDown(p, k)
	case "release", "allocate", "contribute", "disburse":
		if afterModal || p.past {
			return 0, false // "will release the crew": an act the modal commits to
		}
		if !x.moneyWithin(k+1, k+4) {
			return 0, false // "is releasing the 2024 Toolkit": a year, no money
		}
		return x.pledgedSum(p, k) // "I am releasing 5 million dollars", as "announcing" is
	case "rebuff", "spurn":
		return x.rebuffed(p, k)
	case "advise", "warn", "caution":
		return x.advisedAgainst(p, k)
	case "rule":
		// "ruled out any pay offer above 4 percent", "ruled out carrying
		// goods": a refusal of what is named; not "ruled out foul play".
		if next != "out" || x.word(k+2) == "" || x.deniedCharge(k+1) || assessed[x.word(k+2)] {
			return 0, false
		}
		p.neg, p.actStart = true, k+2
		return k + 1, true
	case "appeal":
		// "appealed to Arden's president to meet them", "appealed for calm":
		// a request; not "appealed to the court", "appealed against".
		switch next {
		case "to":
			p.lex = lexDemand
			return x.addressee(p, k, k+1)
		case "for":
			p.lex, p.actStart = lexDemand, k+2
			return k + 1, true
		}
		return 0, false
	case "reject":
		// "rejects any foreign interference": a refusal of what is named.
		if nounFollowers[next] || next == "" || x.deniedCharge(k) {
			return 0, false
		}
		p.neg = true
		return k, true
	case "recall":
		// "He recalls the African Union's zero tolerance for …": a standing
		// policy restated. Not "recall that" (a reminder of a fact).
		if next == "that" || next == "" || x.recallsPeople(k) {
			return 0, false
		}
		p.lex = lexReaffirm
		return k, true
	case "back", "support", "endorse":
		if next == "down" || next == "" || (!afterModal && nounFollowers[next]) {
			return 0, false // "support to Israel", "support for", "back down"
		}
	case "call":
		switch next {
		case "on", "upon":
			p.lex = lexDemand
			return x.addressee(p, k, k+1)
		case "for":
			p.lex = lexDemand
			p.actStart = k + 2
			return k + 1, true
		}
		return 0, false
	case "task", "instruct":
		// "we task our relevant Ministers to operationalize …": the speaker
		// commits to act through its own officials.
		if firstPersonDet[next] {
			if e, ok := x.addressee(p, k, k); ok {
				p.lex, p.target = lexPledge, [2]int{-1, -1}
				return e, true
			}
		}
		return 0, false
	case "ask":
		// "asked that UNHCR be given access", "asks Arden to open …"; not
		// "asked whether", "asked about", "asked him why".
		if next == "to" && x.word(k+2) != "be" && x.word(k+2) != "" {
			p.lex, p.actStart = lexDemand, k+2 // "had asked to visit the prison": a request to be let do it
			return k, true
		}
		if next == "not" || next == "to" || next == "if" || next == "whether" {
			return 0, false // "asked not to be named": for oneself; "I'll ask if you could …": a question
		}
		p.lex = lexDemand
		if next == "that" {
			p.actStart = k + 2
			return k, true
		}
		if e, ok := x.addressee(p, k, k); ok {
			return e, true
		}
		return x.askedFor(p, k)
	case "press", "request", "urge":
		p.lex = lexDemand
		if next == "that" {
			p.actStart = k + 2 // "requested that Gallant inform the US …"
			p.neg = negativeQuantifier(x.word(k+2), x.word(k+3))
			return k, true
		}
		if e, ok := x.addressee(p, k, k); ok {
			return e, true
		}
		if lemma == "request" && (next == "an" || next == "a" || next == "the" || requestedThing[x.word(k+2)] || requestedThing[next]) {
			p.actStart = k + 1 // "requested an explanation", "requested consular access to …": what is asked for
			return k, true
		}
		return 0, false
	case "recommend":
		// "recommends that no country impose restrictions": a mandative
		// "that" clause, as after "request"; not "recommended the plan".
		if next != "that" {
			return 0, false
		}
		p.lex, p.actStart = lexDemand, k+2
		p.neg = negativeQuantifier(x.word(k+2), x.word(k+3))
		return k, true
	case "push":
		n := k + 1
		if n2 := x.word(n); n2 == "hard" || n2 == "strongly" || n2 == "forward" {
			n++
		}
		if x.word(n) != "for" {
			return 0, false
		}
		p.lex, p.actStart = lexDemand, n+1
		return n, true
	case "demand":
		p.lex = lexDemand
		if next == "that" {
			p.actStart = k + 2 // "demand that Iran cease …"
			p.neg = negativeQuantifier(x.word(k+2), x.word(k+3))
		}
		return k, true
	case "encourage":
		p.lex = lexDemand
		if e, ok := x.addressee(p, k, k); ok {
			return e, true
		}
		p.target = [2]int{-1, -1}
		p.actStart = k + 1
		return k, true
	case "advocate":
		// "Velm consistently advocates the peaceful settlement of disputes":
		// a standing policy restated; bare, a view.
		if standingAdverbs[x.word(k-1)] {
			p.lex = lexReaffirm
			return k, true
		}
		return 0, false
	case "pledge", "vow", "promise", "commit", "agree", "decide", "resolve", "undertake":
		if next == "to" || (next == "not" && x.word(k+2) == "to") {
			p.lex = lexPledge
			if next == "not" {
				p.neg = true
				p.actStart = k + 3
			} else {
				p.actStart = k + 2
			}
			if lemma == "commit" {
				p.strength = High
				if lexOfLemma[verbLemma[x.word(p.actStart)]] == lexSupport {
					p.lex = lexSupport
				}
			}
			return k + 1, true
		}
		if lemma == "pledge" {
			if e, ok := x.pledgedSum(p, k); ok {
				return e, true // "pledged €95 million"
			}
			return x.nounObject(p, k)
		}
		if lemma == "promise" || lemma == "vow" {
			return x.promisedObject(p, k)
		}
		return 0, false
	case "expect":
		// "Germany expects the Commission to publish …", "we expect the
		// crew to be granted access": what another actor is to do, asked.
		// "expect that …" and "expect to …" forecast (epistemic frames).
		if e, ok := x.expected(p, k); ok {
			return e, true
		}
		if next == "that" || next == "to" {
			return 0, false
		}
		p.lex = lexDemand
		return x.addressee(p, k, k)
	case "threaten":
		return x.threat(p, k)
	case "offer":
		if e, ok := x.offerTo(p, k); ok {
			return e, true
		}
		if e, ok := x.offeredThing(p, k); ok {
			return e, true
		}
		return x.nounObject(p, k)
	case "assure":
		return x.assuredOf(p, k)
	case "renew", "underscore", "affirm", "express", "restate", "convey", "extend", "confirm", "share", "signal", "lodge", "register":
		return x.nounObject(p, k)
	case "announce":
		if e, ok := x.pledgedSum(p, k); ok {
			return e, true // "I am announcing $40 million in new assistance"
		}
		if e, ok := x.announcedMeasure(p, k); ok {
			return e, true
		}
		return x.nounObject(p, k)
	case "continue":
		if next == "to" {
			q := *p
			if e, ok := x.speechAct(&q, k+2, verbLemma[x.word(k+2)], true); ok && q.lex != lexPledge {
				q.lexTok, q.lemma = k+2, verbLemma[x.word(k+2)]
				if q.actStart < 0 || q.actStart == k {
					q.actStart = k + 2
				}
				*p = q
				return e, true
			}
			return 0, false
		}
		return x.nounObject(p, k)
	case "give":
		return x.deadline(p, k)
	case "reinforce", "stress", "emphasize", "make":
		if e, ok := x.needFor(p, k); ok {
			return e, true
		}
		if lemma != "make" {
			return x.nounObject(p, k)
		}
		return 0, false
	}
	if lex, ok := lexOfLemma[lemma]; ok {
		p.lex = lex
		return k, true
	}
	return 0, false
}

// standingAdverbs mark a position held over time: "consistently
// advocates", "has always advocated".
var standingAdverbs = set("consistently always constantly steadfastly firmly")

// commaIn reports whether a comma lies in tokens [from, to).
func (x *extraction) commaIn(from, to int) bool {
	for k := from; k < to; k++ {
		if x.toks[k].kind == tComma {
			return true
		}
	}
	return false
}

// abstain are verbs whose action is not acting.
var abstain = set("refrain desist abstain avoid")

// inSolidarity reads "in (full) solidarity with" from token n: support,
// high when the solidarity is full, complete or total.
func (x *extraction) inSolidarity(p *pred, n int) (int, bool) {
	if x.toks[min(n, len(x.toks)-1)].kind == tOpenQ {
		n++ // stood "in full solidarity" with: a reporter quoting the stance
	}
	if x.word(n) != "in" {
		return 0, false
	}
	k := n + 1
	if w := x.word(k); w == "full" || w == "complete" || w == "total" || w == "unwavering" || w == "firm" {
		p.strength = High
		k++
	}
	if x.word(k) != "solidarity" {
		return 0, false
	}
	if k+1 < len(x.toks) && x.toks[k+1].kind == tCloseQ {
		k++
	}
	if x.word(k+1) != "with" {
		return 0, false
	}
	p.lex = lexSupport
	return k + 1, true
}

// pledgedSum reads an announcement of money in the present ("I am
// announcing $40 million", "announces €30 million"): a pledge of it. A
// past announcement is a report of one (the caller marks it past).
func (x *extraction) pledgedSum(p *pred, k int) (int, bool) {
	for j := k + 1; j < len(x.toks) && j <= k+3; j++ {
		w := x.word(j)
		if w == "" || !(strings.ContainsAny(w, "$€£¥0123456789") || sumWords[w]) {
			continue
		}
		p.lex = lexPledge
		p.actStart = k + 1
		return k, true
	}
	return 0, false
}

// sumWords name an amount of money.
var sumWords = set("million billion thousand")

// addressee reads "X to V" after a demand verb ending at tok: X is the
// target, V starts the action. Without "to" there is no demand ("we will
// call on you").
func (x *extraction) addressee(p *pred, verb, tok int) (int, bool) {
	second := false // "calls on the authorities and on all those taking part in the protests to …"
	for k := tok + 1; k < len(x.toks) && k <= tok+20; k++ {
		t := x.toks[k]
		if t.w == "and" && (x.word(k+1) == "on" || x.word(k+1) == "upon") {
			second = true
		}
		if t.kind == tWord && k > tok+12 && !x.commaIn(tok+1, k) && !second {
			break // a long addressee needs its asides set off by commas, or a second "on"
		}
		if t.w == "to" && k > tok+1 && !requestedThing[x.word(k-1)] {
			p.target = [2]int{tok + 1, k - 1}
			p.actStart = k + 1
			if x.word(k+1) == "not" || x.word(k+1) == "never" {
				p.neg = true
				p.actStart = k + 2
			}
			if abstain[x.word(k+1)] {
				p.neg = true // "urge X to refrain from …": the demanded action is not to act
			}
			return tok, true
		}
		if t.w == "not" && x.word(k+1) == "to" && k > tok+1 {
			p.target = [2]int{tok + 1, k - 1}
			p.neg, p.actStart = true, k+2
			return tok, true
		}
		if t.kind == tComma && k < tok+20 {
			continue // "call on all major economies, in particular the largest emitters, to …"
		}
		if t.kind == tOpenQ || t.kind == tCloseQ {
			continue // urged “all parties concerned” to …
		}
		if t.kind != tWord || t.w == "for" || t.w == "that" {
			break
		}
	}
	return 0, false
}

// nounObject classifies verbs that commit through their object noun:
// "express our full solidarity and support" (Support), "underscore our
// commitment" (Reaffirmation), "affirmed their intent to convene" (Pledge),
// "continue our support" (Support). See objectKinds.
func (x *extraction) nounObject(p *pred, k int) (int, bool) {
	lemma := verbLemma[x.word(k)]
	for j := k + 1; j < len(x.toks) && j <= k+8; j++ {
		t := x.toks[j]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.w == "’" || t.w == "'" {
			continue // quotes, and the apostrophe of "the United States’ commitment"
		}
		if t.kind != tWord || t.w == "that" || t.w == "to" && j > k+1 {
			break
		}
		if lex, ok := objectKinds[lemma+" "+objectNoun[t.w]]; ok {
			p.lex = lex
			return k, true
		}
		if objectNoun[t.w] == "rejection" && objectKinds[lemma+" support"] == lexSupport {
			// "stressed the Kingdom's categorical rejection of any targeting …":
			// a refusal declared, as "rejects" is.
			p.lex, p.neg, p.lemma = lexAction, true, "reject"
			return k, true
		}
	}
	return 0, false
}

// objectNoun groups the nouns a verb can commit through.
var objectNoun = map[string]string{
	"commitment": "commitment", "commitments": "commitment", "pledge": "pledge", "vow": "pledge",
	"effort": "effort", "efforts": "effort",
	"support": "support", "solidarity": "support", "backing": "support",
	"intent": "intent", "intention": "intent", "intentions": "intent", "determination": "intent", "resolve": "intent",
	"readiness": "intent", "willingness": "intent",
	"protest": "protest", "protests": "protest", "condemnation": "condemnation", "rejection": "rejection",
}

// objectKinds gives the kind of "verb + noun": which verbs restate a
// commitment (Reaffirmation), give support, or announce an intention
// (Pledge). A pair that is absent commits nothing ("offer … commitment").
var objectKinds = func() map[string]lexKind {
	m := map[string]lexKind{}
	add := func(verbs, noun string, lex lexKind) {
		for _, v := range strings.Fields(verbs) {
			m[v+" "+noun] = lex
		}
	}
	add("renew underscore affirm express restate convey confirm share emphasize stress reinforce", "commitment", lexReaffirm)
	add("renew restate", "pledge", lexReaffirm)
	add("affirm", "effort", lexReaffirm)
	add("express offer extend pledge affirm convey underscore confirm emphasize stress reinforce continue assure", "support", lexSupport)
	add("assure", "commitment", lexReaffirm)
	add("affirm express underscore pledge confirm announce signal emphasize stress convey", "intent", lexPledge)
	// "lodged a protest with …", "conveyed the Kingdom's condemnation of the attack": a condemnation
	add("lodge register convey express", "protest", lexCondemn)
	add("convey express renew restate emphasize stress underscore", "condemnation", lexCondemn)
	return m
}()

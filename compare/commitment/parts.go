package commitment

// A body acts through its parts: "the defence ministry said the army would
// escort the convoys", "the company said salvage teams would begin work",
// "the minister said his troops would stay". What a reporter says its own
// units, people or measures would do, the reporter undertakes — as the
// gold reads it, the state or body the reporter speaks for is the actor.
// Other common-noun subjects ("the talks would resume", "the money would be
// channelled through …", "a suspension would push up prices") are
// forecasts, and stay so.

// partNouns are the units, people and craft a body sends to act for it.
var partNouns = set(`army armies troops forces force soldiers police navy coastguard military patrols patrol
	teams team units unit battalions battalion brigades brigade inspectors experts staff personnel
	diplomats negotiators engineers rescuers medics monitors crews warships ships vessels aircraft jets
	convoys delegation mission officers guard guards service frigates destroyers helicopters drones fighters
	militants gunmen`)

// measureNouns are what a body imposes and keeps up: "the ban would remain
// in place" is the reporter's undertaking to keep it.
var measureNouns = set(`ban bans embargo embargoes sanctions restrictions curfew blockade measures closure
	closures tariffs tariff quota quotas moratorium freeze controls strike strikes boycott programme programmes`)

// supplyNouns are what a body delivers: "supplies would resume once …"
// is the supplier's undertaking, held on its condition.
var supplyNouns = set(`supplies supply deliveries exports shipments flows payments disbursements flights services data internet connections`)

// supplyVerbs restart or keep up a supply.
var supplyVerbs = set("resume restart continue flow return")

// crossingNouns are places a body opens and shuts: "the pass would stay
// shut until …" keeps a closure.
var crossingNouns = set("pass border crossing crossings airspace port ports airport bridge")

// shutStates are the states a crossing is kept in.
var shutStates = set("shut closed open")

// keepVerbs keep a measure in force.
var keepVerbs = set("remain stay continue")

// placePreps are the prepositions of place that prepositions lacks:
// "patrols along the coast".
var placePreps = set("along around across near inside outside beyond within off")

// irregularParticiples are past participles isPast does not know, for a
// passive "would be held", "would be sent".
var irregularParticiples = set("held given sent taken brought paid kept made shown done left built drawn withdrawn let cut shut put")

// partOfReporter is the reporter of the frame f around a's reported
// "would" when a's subject is a common noun phrase that stands for the
// reporter's own part: one of its units or people ("the army", "two
// battalions", "his troops"), a measure it keeps ("the ban would
// remain"), or anything a passive with a condition says it will do
// ("the tanker would be released once …"). "" otherwise.
func (x *extraction) partOfReporter(a *anchor, f *frame) string {
	switch a.subj.kind {
	case sNone, sAgent, sAction, sCoord:
	case sActor:
		if a.subj.actor != f.actor && x.conditionalPassive(a) {
			return f.actor // "said General Rask would be tried at home if there was a case to answer"
		}
		return ""
	default:
		return "" // a named actor, a pronoun or the speaker decides for itself
	}
	start, head, ok := x.subjectPhrase(a, f)
	if !ok {
		return ""
	}
	p := &a.p
	if pron := possessivePron[x.word(start)]; pron != "" {
		if f.agrees(pron) {
			return f.actor // "his troops", "its members": the reporter's own
		}
		return ""
	}
	switch w := x.word(head); {
	case partNouns[w]:
		return f.actor
	case measureNouns[w] && !p.neg && (keepVerbs[x.word(p.lexTok)] || p.cont >= 0):
		return f.actor
	case supplyNouns[w] && supplyVerbs[x.word(p.lexTok)] && x.condition(a)[0] >= 0:
		return f.actor // "supplies would resume once the arrears were settled"
	case keepVerbs[x.word(p.lexTok)] && shutStates[x.word(p.lexTok+1)] && !p.neg:
		return f.actor // "the pass would stay shut until …", "connections for hospitals would stay open"
	case crossingNouns[w] && openVerbs[x.word(p.lexTok)] && x.condition(a)[0] >= 0:
		return f.actor // "the border could partly reopen for students if …"
	case x.conditionalPassive(a):
		return f.actor
	}
	return ""
}

// openVerbs open or shut a crossing.
var openVerbs = set("reopen open close shut")

// heldPart is partOfReporter for a report's offer or hedge: a part of
// the reporter that "was ready to" act ("a government delegation was ready
// to meet …"), or what the reporter holds and "could" or "might" change
// on a condition ("the talks could be suspended if …", "mobile data might
// return if …"). "" otherwise: "the talks could collapse" is a forecast.
func (x *extraction) heldPart(a *anchor, f *frame) string {
	switch a.p.modal {
	case mReady:
		if start, head, ok := x.subjectPhrase(a, f); !ok || !partNouns[x.word(head)] && possessivePron[x.word(start)] == "" {
			return ""
		}
	case mMay:
		// What the reporter holds, not what its parts are able to do:
		// "special forces could retake the station if ordered to" is a
		// capability.
		_, head, ok := x.subjectPhrase(a, f)
		if !ok || x.condition(a)[0] < 0 || partNouns[x.word(head)] || !x.conditionalPassive(a) && !supplyNouns[x.word(head)] && !crossingNouns[x.word(head)] {
			return ""
		}
	}
	return x.partOfReporter(a, f)
}

// noOnePassive reports whether a is a passive with a negative quantifier
// for subject: "nobody would be forced across it", "no citizen would ever
// be extradited": who holds them refuses it.
func (x *extraction) noOnePassive(a *anchor) bool {
	p := &a.p
	if p.neg || p.lexTok < 0 || x.word(p.lexTok) != "be" || !x.noOneBefore(p.first) {
		return false
	}
	w := x.word(p.lexTok + 1)
	return isPast(w) || irregularParticiples[w]
}

// conditionalPassive reports whether a is a passive "would be freed" held
// on a condition ("if …", "once …"): who holds the thing undertakes to
// release it then.
func (x *extraction) conditionalPassive(a *anchor) bool {
	p := &a.p
	if p.lexTok < 0 || x.word(p.lexTok) != "be" {
		return false
	}
	if w := x.word(p.lexTok + 1); !isPast(w) && !irregularParticiples[w] {
		return false
	}
	return x.condition(a)[0] >= 0
}

// subjectPhrase finds the common noun phrase that is the subject of a's
// clause inside frame f: the words just before the predicate, or, for a
// predicate coordinated with an earlier verb ("said the tanker had violated
// … and would be released"), the words that open the frame. It returns the
// phrase's first token and its head: the last word before a preposition
// or relative pronoun ("patrols around the bank" → patrols).
func (x *extraction) subjectPhrase(a *anchor, f *frame) (start, head int, ok bool) {
	end := x.skipAdverbsBack(a.p.first - 1)
	for end > 0 && x.toks[end].kind == tOpenQ {
		end-- // `the transmitters "might be adjusted"`: a reporter quoting the verb
	}
	start = x.clauseStart(end)
	if a.subj.kind == sCoord || a.inherited {
		start, end = f.from, f.from-1
		for k := f.from; k < len(x.toks) && k < f.from+8 && x.toks[k].kind == tWord; k++ {
			w := x.word(k)
			if auxiliary[w] || modalWords[w] || isPast(w) || verbLemma[w] != "" {
				break
			}
			end = k
		}
	}
	for k := end; k > start; k-- {
		if x.word(k) == "that" && (x.word(k-1) == "and" || x.word(k-1) == "but") {
			start = k + 1 // "… and that fixed lines for hospitals would stay open": a second complement
			break
		}
	}
	if start < f.from || end < start || end-start > 7 {
		return 0, 0, false
	}
	head = end
	for k := start; k <= end; k++ {
		if x.toks[k].kind != tWord && x.word(k) != "'s" {
			return 0, 0, false
		}
		if m := x.mentionAt[k]; m >= 0 && x.ments[m].actor != f.actor && head == end {
			return 0, 0, false // another actor's part: "Arden's army"; not a place after the head ("the crossing at Velm")
		}
		if firstPerson[x.word(k)] {
			return 0, 0, false
		}
		if k > start && (prepositions[x.word(k)] || placePreps[x.word(k)] || relPronouns[x.word(k)]) && head == end {
			head = k - 1
		}
	}
	return start, head, true
}

// outcomeParticiples are what befalls people and things, not what a body
// does to them: "thousands would be displaced", "prices would be pushed
// up" are forecasts whoever reports them.
var outcomeParticiples = set(`killed injured wounded displaced affected hit harmed hurt damaged destroyed flooded
	lost left forced pushed driven delayed stranded trapped needed expected seen known considered disrupted
	threatened exposed overwhelmed caught elected defeated beaten cut`)

// meansPreps open the means of a passive: "the grants would be paid
// through the banks" details how, not whether (a detail of a commitment
// already made, as the gold reads it).
var meansPreps = set("through via using")

// reportedPassive reports whether a is a named reporter's "would be" +
// participle with no agent, whose subject is a common noun phrase ("said
// anyone caught looting would be fined", "the reform would not be
// reversed", "warned that any outage would be referred to prosecutors"):
// an act only a body that holds the power to do it can do, which the
// reporter undertakes. What befalls people or things (outcomeParticiples),
// a means, and a pronoun subject ("he would be replaced") are not.
func (x *extraction) reportedPassive(a *anchor, s subject) bool {
	p := &a.p
	if !p.passive || p.modal != mWould && p.modal != mWill || p.lexTok < 0 || x.word(p.lexTok) != "be" {
		return false
	}
	switch s.kind {
	case sNone, sAgent, sAction:
	default:
		return false
	}
	k := p.lexTok + 1
	for k < len(x.toks) && isAdverb(x.toks[k]) {
		k++
	}
	w := x.word(k)
	if outcomeParticiples[w] || !isPast(w) && !irregularParticiples[w] || meansPreps[x.word(k+1)] {
		return false
	}
	// "would not be restored before Sunday", "would not be released until
	// Monday": when, not whether — a timing, unless the time is an event.
	return !p.neg || !x.timeLimit(k+1)
}

// timeLimit reports whether "before" or "until" a time, not an event,
// follows from token k within the clause.
func (x *extraction) timeLimit(k int) bool {
	for from := k; k < len(x.toks) && k <= from+maxClause && x.toks[k].kind == tWord; k++ {
		switch x.word(k) {
		case "before":
			return true
		case "until":
			return !x.untilClause(k)
		}
	}
	return false
}

// restrictiveSubject is the subject of a's reported passive when it picks
// out whom the act befalls by what they do ("any company working there",
// "those who remained after the deadline", "anyone caught looting"): who
// does so meets the act, the condition of a threat, as the gold reads it.
// [-1 -1] otherwise.
func (x *extraction) restrictiveSubject(a *anchor) [2]int {
	none := [2]int{-1, -1}
	end := x.skipAdverbsBack(a.p.first - 1)
	start := x.clauseStart(end)
	if f := x.enclosingReport(a.p.first); f != nil && f.from > start {
		start = f.from
	}
	for k := end; k > start; k-- {
		if x.word(k) == "that" && (x.word(k-1) == "and" || x.word(k-1) == "but") {
			start = k // "… and that consular officers would be allowed …": a second complement
			break
		}
	}
	if x.word(start) == "that" {
		start++
	}
	if end < start || end-start > 14 {
		return none
	}
	switch x.word(start) {
	case "any", "anyone", "anybody", "whoever", "those":
		return [2]int{start, end}
	}
	for k := start + 1; k < end; k++ {
		if w := x.word(k); w == "who" || w == "that" {
			return [2]int{start, end} // "teachers who did not return by Friday"
		}
	}
	return none
}

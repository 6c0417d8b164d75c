package commitment

// Undertakings given by noun and by passive: "who gave assurances that the
// navy would not …", "gave an assurance that the remains would be
// repatriated", "has received assurances from Arden that the crossing
// would reopen", "Velm has been informed by Arden's ministry that …". Who
// gives the assurance or informs undertakes what it says, as after
// "assured him that …".

// assuranceNouns name an undertaking given in words.
var assuranceNouns = set("assurance assurances undertaking undertakings guarantee guarantees")

// giveVerbs give an assurance: "gave assurances that …".
var giveVerbs = set("gave given give gives provided provides offered offers")

// assuranceMods may stand between the verb and the noun: "gave firm
// assurances", "gave an assurance".
var assuranceMods = set("an a firm written full clear formal new further repeated every its his her their")

// assuranceFrame adds the frame of the assurance noun at i: a commissive
// report whose reporter is who gives it (the subject of "gave", or the
// name after "from"); a guarantee demanded or sought is none.
func (x *extraction) assuranceFrame(i int) {
	var r reporter
	and, that := -1, i+1
	switch x.word(i + 1) {
	case "that":
		v := i - 1
		for v > 0 && v >= i-3 && assuranceMods[x.word(v)] {
			v--
		}
		if !giveVerbs[x.word(v)] {
			return
		}
		var ok bool
		if r, ok = x.reporterOf(v); !ok && x.word(v-1) == "and" {
			and = v - 1 // "conveyed his Government's regret and gave an assurance that …"
		}
	case "from":
		that = -1
		for k := i + 2; k < len(x.toks) && k <= i+12 && x.toks[k].kind == tWord; k++ {
			if x.word(k) == "that" {
				that = k
				break
			}
		}
		if that < 0 || !receiveVerbs[x.word(x.skipAssuranceMods(i-1))] {
			return
		}
		r.actor = x.npAfter(i + 2)
	default:
		return
	}
	f := frame{from: that + 1, to: x.complementEnd(i, that+1), actor: r.actor, also: r.also, known: r.actor != "",
		plural: r.plural, pluralName: r.pluralName, and: and, commissive: true}
	if f.from < f.to {
		x.frames = append(x.frames, f)
	}
}

// receiveVerbs receive an assurance: "received assurances from Arden that".
var receiveVerbs = set("received receives obtained obtains sought")

// skipAssuranceMods returns the first token at or before v that is no
// modifier of an assurance noun.
func (x *extraction) skipAssuranceMods(v int) int {
	for v > 0 && assuranceMods[x.word(v)] {
		v--
	}
	return v
}

// passiveReporter is who speaks a report in the passive, by its agent:
// "Velm has been informed by Arden's ministry that …", "was told by the
// minister that …". ok is false when the verb at i is no passive; an
// agent that names no actor leaves the reporter unknown, never the
// passive's subject (who hears, not who speaks).
func (x *extraction) passiveReporter(i int) (reporter, bool) {
	if !beForms[x.word(x.skipAdverbsBack(i-1))] || !tellVerbs[x.word(i)] && !commissiveReports[x.word(i)] {
		return reporter{}, false
	}
	if x.word(i+1) != "by" {
		return reporter{}, true // "the Secretary-General was assured that …": by whom, unsaid
	}
	return reporter{actor: x.npAfter(i + 2)}, true
}

// officeReporter reports whether the reporting verb at i has for subject
// an office the reader could not resolve ("The Minister informed me …").
func (x *extraction) officeReporter(i int) bool {
	j := i - 1
	for j >= 0 && j > i-6 && (auxiliary[x.word(j)] || isAdverb(x.toks[j])) {
		j--
	}
	return officeHeads[x.word(j)] && x.word(j-1) == "the"
}

// unnamedOfficial stands for a third party's official the reader could not
// name, as the antecedent of a next sentence's "He".
const unnamedOfficial = "\x00"

// thirdReporter reports whether a report of the sentence has a third
// party for reporter that the reader could not name (frame.third).
func (x *extraction) thirdReporter() bool {
	for _, f := range x.frames {
		if f.third && !f.known {
			return true
		}
	}
	return false
}

// nextSpeaker finds the speaker of a quotation that opens in this sentence
// and closes in the next one: "“We will rebuild every school. We will not
// leave anyone behind,” the minister said." ok is false when the
// quotation closes here, or the next sentence does not close it with an
// attribution.
func (x *extraction) nextSpeaker(open, close int) (reporter, bool) {
	if open < 0 || close < len(x.toks) || x.next == "" {
		return reporter{}, false
	}
	y := newExtraction(x.next, x.g)
	y.doc, y.docKnown, y.disc, y.offices = x.doc, x.docKnown, x.disc, x.offices
	y.indexMentions()
	for k, t := range y.toks {
		switch t.kind {
		case tOpenQ:
			return reporter{}, false // a quotation of its own
		case tCloseQ:
			return y.quoteAttribution(-1, k)
		}
	}
	return reporter{}, false
}

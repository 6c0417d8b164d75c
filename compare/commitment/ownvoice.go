package commitment

import (
	"slices"
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// An official statement is its issuer's own report: what a reporter says
// its own units, people and measures would do it undertakes (parts.go),
// and so does an issuer that says, in its own voice, what its bodies,
// staff, services, programmes and nationals will do or what will be done.
// "Our coast guards will keep four vessels at the site", "Three officers
// of the Czech police will travel …", "Two aircraft of the national
// carrier will be sent …", "Nationals who cannot reach the port will be
// evacuated by land", "Disbursements will resume as soon as …" are the
// issuer's; the principled line is whether the subject is something the
// issuer holds and the verb an act it performs. A unit or staff commits
// the issuer only when the phrase marks it as the issuer's (its name or
// demonym, "national", "our", or "its" for the issuer); a passive only
// when it is an act a body with the power to do it does — not what
// befalls people or things ("crops will be destroyed"), a means ("will be
// delivered through …", "funded from …") or a schedule ("the meeting will
// be held …"); a forecast ("the river will rise", "prices will fall")
// has neither.

// ownUnitNouns head the names of an issuer's bodies beyond partNouns:
// "the Bureau of Foreign Employment", "a Regional Centre", "our Embassies".
var ownUnitNouns = set(`embassy embassies consulate consulates bureau section mechanism presidency centre center
	centres centers office offices agency directorate department secretariat missions programme
	programmes carrier peacekeepers contingents officials`)

// ownMarkers mark a common noun phrase as the issuer's own: "the national
// carrier", "State services".
var ownMarkers = set("national state federal government")

// scheduleParticiples are passives of an agenda, not acts undertaken:
// "the meeting will be held in Geneva", "he will be joined by …".
var scheduleParticiples = set(`held convened hosted chaired attended joined briefed accompanied announced discussed
	placed published livestreamed streamed funded financed`)

// descriptiveParticiples say what a thing will be like or how it will be
// judged: "will be based on", "built on", "geared towards", "focused on",
// "evaluated on", "attributed as", "preserved in".
var descriptiveParticiples = set(`based built geared focused centred centered grounded rooted guided informed designed
	attributed preserved determined evaluated measured judged known seen defined shaped structured composed
	located remembered honored honoured celebrated fulfilled`)

// ownVoiceAt reports whether token k is in an official statement's own
// voice: no report, belief or quotation around it.
func (x *extraction) ownVoiceAt(k int) bool {
	return x.disc == nil && x.docKnown && x.effectiveFrame(k) == nil && !x.inReport(k) && !x.inBelief(k) && x.quoteAt(k) == nil
}

// ownVoice reports whether a, a "will" in the issuer's own voice with a
// common noun phrase for subject, is the issuer's undertaking (see above).
func (x *extraction) ownVoice(a *anchor) bool {
	p := &a.p
	if p.modal != mWill || !x.ownVoiceAt(p.first) {
		return false
	}
	switch a.subj.kind {
	case sNone, sAgent, sAction:
	default:
		return false
	}
	f := &frame{to: len(x.toks), actor: x.doc, known: true, and: -1}
	if p.passive {
		return x.ownPassive(a, f)
	}
	if x.ourPart(a) {
		return true
	}
	if start, head, end, ok := x.ownPhrase(a); ok {
		if w := x.word(head); partNouns[w] || ownUnitNouns[w] {
			return x.markedOwn(start, end) && !outcomeVerbs[x.word(p.lexTok)]
		}
	}
	start, head, ok := x.subjectPhrase(a, f)
	if !ok || possessivePron[x.word(start)] != "" {
		return false // "its peacekeepers" is ourPart's to read
	}
	if measureNouns[x.word(head)] && determiners[x.word(p.lexTok+1)] {
		return false // "these measures will continue a drumbeat of pressure": what they do, not a measure kept
	}
	return x.partOfReporter(a, f) != ""
}

// ownPhrase finds the common noun phrase before a's predicate, from its
// clause's start: its head, the last word before a preposition or a
// relative ("officers of the Czech police" → officers), and its end
// before a preposition of place or company ("Our Embassies in Qadimar").
func (x *extraction) ownPhrase(a *anchor) (start, head, end int, ok bool) {
	last := x.skipAdverbsBack(a.p.first - 1)
	start = x.clauseStartBy(last, false)
	for start < last && (x.toks[start].kind != tWord || x.word(start) == "-") {
		start++
	}
	for k := last; k > start; k-- {
		if x.toks[k].kind == tComma {
			start = k + 1 // "To this end, two aircraft …", "Should …, their licences …": after what opens the clause
			break
		}
	}
	if start > 0 && x.word(start-1) == "that" {
		return 0, 0, 0, false // "live in fear that their data will be disclosed": a complement, not the issuer's voice
	}
	if last-start > 12 || last < start {
		return 0, 0, 0, false
	}
	for k := start + 1; k <= last; k++ {
		if x.word(k) == "that" && !x.verbAt(k+1) {
			return 0, 0, 0, false // "live in fear that their data …": a complement, not the issuer's voice
		}
	}
	head, end = -1, last
	for k := start; k <= last; k++ {
		w := x.word(k)
		if k > start && relPronouns[w] && head < 0 && (w != "that" || x.verbAt(k+1)) {
			return start, k - 1, k - 1, true // "Nationals who cannot reach the port": a restrictive relative
		}
		if k == start && (w == "that" || w == "this") {
			continue // "That request will be sent"
		}
		if x.toks[k].kind != tWord && w != "'s" || relPronouns[w] || modalWords[w] ||
			(isPast(w) || verbLemma[w] != "" && !determiners[x.word(k-1)]) && !x.toks[k].upper && k > start {
			return 0, 0, 0, false
		}
		if k > start && (prepositions[w] || placePreps[w]) {
			if head < 0 {
				head = k - 1
			}
			if w != "of" {
				end = k - 1
				break
			}
		}
	}
	if head < 0 {
		head = end
	}
	return start, head, end, true
}

// outcomeVerbs befall a subject rather than being done by it: "our
// forces will suffer losses", "the mission will face difficulties".
var outcomeVerbs = set("suffer face need lack lose receive cost")

// markedOwn reports whether the noun phrase [start, head] names the
// issuer or its demonym ("Three officers of the Czech police", "A WMO
// Regional Centre") or calls itself national.
func (x *extraction) markedOwn(start, head int) bool {
	for k := start; k <= head; k++ {
		if m := x.mentionAt[k]; m >= 0 && x.ments[m].actor == x.doc {
			return true
		}
		if a, ok := x.g.Resolve(x.s[x.toks[k].start:x.toks[k].end]); ok && a == x.doc && x.toks[k].upper {
			return true // "A Czech Air Force aircraft": a name of the issuer's own
		}
		if x.toks[k].upper && lang.DemonymBase(x.word(k), x.issuerName) != "" {
			return true // "Lithuanian consular officers"
		}
		if ownMarkers[x.word(k)] && k < head {
			return true
		}
	}
	return false
}

// ourPart reports whether a's clause opens with "our", "my" or — for
// the issuer — "its", "their" and a unit, staff or programme noun:
// "Our coast guards will keep …", "Its peacekeepers will continue …".
func (x *extraction) ourPart(a *anchor) bool {
	end := x.skipAdverbsBack(a.p.first - 1)
	cs := x.clauseStartBy(end, false)
	for cs < end && x.toks[cs].kind != tWord || x.word(cs) == "-" {
		cs++
	}
	w := x.word(cs)
	switch {
	case firstPersonDet[w]:
	case (w == "its" || w == "their") && (cs == 0 && x.opener == x.doc || cs > 0 && x.lastMentionBefore(cs) == x.doc):
	default:
		return false
	}
	if end-cs > 6 {
		return false
	}
	for k := cs + 1; k <= end; k++ {
		if v := x.word(k); partNouns[v] || ownUnitNouns[v] || measureNouns[v] || supplyNouns[v] {
			return !outcomeVerbs[x.word(a.p.lexTok)]
		}
		if prepositions[x.word(k)] {
			return false
		}
	}
	return false
}

// issuerName reports whether the lower-case name n is the issuer's or a
// joint issuer's member's.
func (x *extraction) issuerName(n string) bool {
	if strings.EqualFold(n, x.doc) {
		return true
	}
	for _, m := range x.g.joint[x.doc] {
		if strings.EqualFold(n, m) {
			return true
		}
	}
	return false
}

// verbAt reports whether a verb, modal or auxiliary stands at k, past
// adverbs: the relative "that" of "lorries that carry food", not the
// complementizer of "guarantees that refugees …".
func (x *extraction) verbAt(k int) bool {
	for k < len(x.toks) && isAdverb(x.toks[k]) {
		k++
	}
	w := x.word(k)
	return modalWords[w] || auxiliary[w] || verbLemma[w] != "" || isPast(w)
}

// lastMentionBefore is the actor of the last mention before token k, or "".
func (x *extraction) lastMentionBefore(k int) string {
	for j := k - 1; j >= 0; j-- {
		if m := x.mentionAt[j]; m >= 0 {
			return x.ments[m].actor
		}
	}
	return ""
}

// ownPassive reports whether a, a "will be" + participle with no agent in
// the issuer's own voice, is an act the issuer undertakes: a reporter's
// passive (reportedPassive) or one held on a condition, that is no
// schedule and no outcome ("crops will be destroyed if the rains fail").
func (x *extraction) ownPassive(a *anchor, f *frame) bool {
	p := &a.p
	k := p.lexTok + 1
	for k < len(x.toks) && isAdverb(x.toks[k]) {
		k++
	}
	w := x.word(k)
	if scheduleParticiples[w] || descriptiveParticiples[w] || x.word(k+1) == "from" || w == "made" && prepositions[x.word(k+1)] {
		return false // "will be based on principles", "will be made in America": what a thing is, not an act
	}
	if relPronouns[x.word(x.skipAdverbsBack(p.first-1))] {
		return false // "financing that will be repaid by …": a relative's subject, not the issuer's act
	}
	if _, _, _, ok := x.ownPhrase(a); !ok {
		return false // "The treaty contains guarantees that minorities will be protected": not a clause of its own
	}
	if x.word(k+1) == "by" && (determiners[x.word(k+2)] || x.toks[min(k+2, len(x.toks)-1)].upper) {
		end := k + 2
		for end+1 < len(x.toks) && end < k+10 && x.toks[end+1].kind == tWord && !prepositions[x.word(end+1)] {
			end++
		}
		if !x.markedOwn(k+2, end) {
			return false // "will be welcomed by the families", "taken by the council": another's deed
		}
	}
	if w == "cut" && x.word(k+1) == "off" {
		return x.condition(a)[0] >= 0 // "the supply will be cut off" if …: a threat
	}
	if x.reportedPassive(a, a.subj) {
		return true
	}
	return !outcomeParticiples[w] && x.conditionalPassive(a)
}

// ownNamedUnit is who undertakes what the named subject s will do when
// issuersUnit's rule reads it too narrowly: a name headed by a unit noun
// anywhere before "of" ("Consulate General", "Bureau of Foreign
// Employment") is the issuer's; one a possessive opens is its owner's when
// the owner is the issuer or a member of a joint issuer ("Sri Lanka's
// Bureau", "our Embassies", "IGAD's Mechanism"). "" otherwise.
func (x *extraction) ownNamedUnit(s subject) string {
	if x.disc != nil || !x.docKnown || s.kind != sActor || len(s.also) > 0 || !x.ownVoiceAt(s.start) {
		return ""
	}
	words := strings.Fields(s.actor)
	head := unitHeads[strings.ToLower(words[len(words)-1])] || ownUnitNouns[strings.ToLower(words[len(words)-1])]
	for _, w := range words {
		w = strings.ToLower(w)
		if w == "of" || w == "on" || w == "for" {
			break
		}
		if unitHeads[w] || ownUnitNouns[w] {
			head = true
		}
	}
	if !head {
		return ""
	}
	defaultOnce.Do(func() { defaultGaz = DefaultGazetteer() })
	if _, known := defaultGaz.Resolve(s.actor); known {
		return "" // a body of its own
	}
	b := s.start - 1
	if firstPersonDet[x.word(s.start)] {
		b = s.start
	}
	if x.word(b) == "the" {
		b--
	}
	switch {
	case b >= 0 && firstPersonDet[x.word(b)]:
		return x.doc
	case b >= 2 && x.word(b) == "'s" && x.word(b-2) == "the" && (unitHeads[x.word(b-1)] || ownUnitNouns[x.word(b-1)]):
		return x.doc // "The Secretariat's Rule of Law Section"
	case b >= 1 && x.word(b) == "'s":
		if m := x.mentionEnd[b-1]; m >= 0 && (x.ments[m].actor == x.doc || slices.Contains(x.g.joint[x.doc], x.ments[m].actor)) {
			return x.ments[m].actor
		}
		return ""
	case len(words) < 2:
		return ""
	}
	for _, w := range words {
		if a, ok := x.g.Resolve(w); ok && a != x.doc && a != s.actor && capitalised(w) {
			return "" // another's unit: "Kestrian Consulate"
		}
	}
	return x.doc
}

// determiners open an object noun phrase.
var determiners = set("a an the this these that those its their our his her some any")

package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// A news article dates what it reports, and puts the day between a verb and
// its complement: "agreed on Monday to impose", "threatened on Sunday to
// suspend", "called on Thursday for". The day is an adjunct: the verb's
// complement is read after it.

// dayAfter is the number of tokens of a day adjunct starting at i: "on
// Monday", "on Monday night", "yesterday", "today", "last week", "this
// week", "earlier this week"; 0 when none.
func (x *extraction) dayAfter(i int) int {
	w := x.word(i)
	switch {
	case w == "on" && weekdays[x.word(i+1)]:
		if dayParts[x.word(i+2)] {
			return 3
		}
		return 2
	case w == "yesterday" || w == "today" || w == "overnight":
		return 1
	case (w == "last" || w == "this") && periodNouns[x.word(i+1)]:
		return 2
	case w == "earlier" && (x.word(i+1) == "this" || x.word(i+1) == "last") && periodNouns[x.word(i+2)]:
		return 3
	}
	return 0
}

var (
	dayParts    = set("morning afternoon evening night")
	periodNouns = set("week month year morning weekend")
)

// afterDayVerbs are the speech acts whose complement speechActAfterDay
// reads past a day; the others read as they do without it.
var afterDayVerbs = set("pledge vow promise commit agree decide resolve undertake threaten offer call press urge encourage")

// speechActAfterDay reads the speech act at k whose complement follows a
// day adjunct of d tokens: the verbs whose complement starts with a
// particle or an addressee ("agree to", "threaten to", "call for", "urge X
// to"). The cue ends at the verb; the
// action starts after the day.
func (x *extraction) speechActAfterDay(p *pred, k int, lemma string, d int) (int, bool) {
	n := k + d // the last token of the day
	next := x.word(n + 1)
	switch lemma {
	case "pledge", "vow", "promise", "commit", "agree", "decide", "resolve", "undertake", "threaten", "offer":
		if next == "not" && x.word(n+2) == "to" {
			p.neg, n = true, n+1 // "vowed on Sunday not to resign": a refusal
			next = "to"
		}
		if next != "to" {
			return 0, false
		}
		p.lex, p.actStart = lexPledge, n+2
		if lemma == "commit" {
			p.strength = High
		}
		return k, true
	case "call":
		if next == "for" {
			p.lex, p.actStart = lexDemand, n+2
			return k, true
		}
		return 0, false
	case "press", "urge", "encourage":
		p.lex = lexDemand
		if next == "that" {
			p.actStart = n + 2
			return k, true
		}
		if _, ok := x.addressee(p, k, n); ok {
			return k, true
		}
		return 0, false
	}
	return 0, false
}

// frequencyNouns after "once a" make it a frequency ("once a week", "once
// in a while"), not a condition ("once a ceasefire holds").
var frequencyNouns = set("day week month year hour decade century while fortnight quarter lifetime generation")

// commissiveReports are reporting verbs that promise what they report:
// "assured him that …", "promised that …", "vowed that …".
var commissiveReports = set("assure assures assured reassure reassures reassured promise promises promised guarantee guarantees guaranteed vow vows vowed pledge pledges pledged")

// commissiveAt reports whether token k lies in the complement of a
// commissive reporting verb.
func (x *extraction) commissiveAt(k int) bool {
	f := x.frameAt(k)
	return f != nil && f.commissive && !f.quote
}

// recipientVerbs make their subject the one things are done to: "Dalen
// would receive medical care" commits whoever gives it.
var recipientVerbs = set("receive get obtain")

// receives reports whether a's predicate is "would/will receive …".
func (x *extraction) receives(a *anchor) bool {
	p := &a.p
	v := p.actStart
	if v < 0 {
		v = p.last + 1
	}
	return (p.modal == mWould || p.modal == mWill) && p.lex == lexAction && recipientVerbs[x.word(v)]
}

// promisedBy is who undertakes a reported "would" whose subject does not
// act: a recipient ("Dalen would receive …") or, after a promise ("assured
// him that …"), a passive ("the calendar would be respected"), or a
// negated passive held until an event ("the crew would not be freed until
// the fines are paid"): only who holds it can release it; or whose
// subject is the reporter's own part (partOfReporter). The reporter, when
// it is a named actor and not the subject itself; "".
func (x *extraction) promisedBy(a *anchor, s subject, actor string) string {
	p := &a.p
	if p.modal != mWould && p.modal != mMay && p.modal != mReady {
		return ""
	}
	if q := x.quoteAt(p.first); q != nil && q.known {
		if r := x.enclosingReport(p.first); r == nil || r.actor != q.actor {
			return "" // a quotation's speaker speaks for itself; a reporter's quoted words are its own
		}
	}
	if f := x.frameAt(p.first); f != nil && f.epistemic {
		return "" // "analysts expect the army would …": a forecast
	}
	// The innermost report whose reporter is known: "According to a Velm
	// official, the navy chief told him that patrols would …" is Velm's.
	f := x.enclosingReport(p.first)
	if f == nil || f.actor == "" || f.actor == x.doc || f.actor == actor {
		return ""
	}
	if s.kind == sFirst || s.kind == sInclusive {
		return ""
	}
	if p.modal != mWould {
		return x.heldPart(a, f) // "a government delegation was ready to meet …", "the talks could be suspended if …"
	}
	if x.noOnePassive(a) {
		p.neg = true // "insisted that nobody would be forced across it": a refusal
		return f.actor
	}
	passive := p.lexTok >= 0 && x.word(p.lexTok) == "be" && (x.commissiveAt(p.first) || p.neg && x.untilClause(p.last+1) || x.granted(p.lexTok+1))
	if passive || x.receives(a) || x.reportedPassive(a, s) {
		return f.actor
	}
	if f.commissive && x.commissiveAt(p.first) && (s.kind == sNone || s.kind == sAction) {
		if _, _, ok := x.subjectPhrase(a, f); ok {
			return f.actor // "received assurances from Arden that the crossing would reopen": what is assured, the assurer undertakes
		}
	}
	return x.partOfReporter(a, f) // "said the army would escort …"
}

// grantParticiples are the passives of granting: "the crew would be
// allowed to leave", "the monitors would be granted visas" are granted by
// whoever reports it.
var grantParticiples = set("allowed permitted granted given admitted exempted offered free")

// granted reports whether a participle of granting stands at k, after
// adverbs ("would be allowed", "would also be granted").
func (x *extraction) granted(k int) bool {
	for k < len(x.toks) && isAdverb(x.toks[k]) {
		k++
	}
	return grantParticiples[x.word(k)]
}

// recallsPeople reports whether "recall" at k takes people as its object
// ("recall its envoy", "recall the ambassador"): a withdrawal, not a
// policy restated.
func (x *extraction) recallsPeople(k int) bool {
	for n := k + 1; n < len(x.toks) && n <= k+3; n++ {
		if w := x.word(n); recalledPeople[w] || officeHeads[w] {
			return true
		}
		if x.toks[n].kind != tWord {
			break
		}
	}
	return false
}

var recalledPeople = set("envoy envoys ambassador ambassadors diplomats troops forces staff personnel")

// thoseWho reports whether the predicate at first has for subject a
// relative clause on people opening its clause: "Those who ordered the
// destruction must be brought before a court", "Anyone who attacks aid
// workers must be held to account".
func (x *extraction) thoseWho(first int) bool {
	cs := x.clauseStart(first)
	if w := x.word(cs); w != "those" && w != "anyone" && w != "whoever" {
		return false
	}
	return x.word(cs) == "whoever" || x.word(cs+1) == "who"
}

// noOneBefore reports whether the predicate at first has a negative
// quantifier for subject, opening its clause: "No one should …", "Nobody
// must …", "No civilian should …", "None of them should …".
func (x *extraction) noOneBefore(first int) bool {
	j := x.skipAdverbsBack(first - 1)
	if j < 0 || x.toks[j].kind != tWord {
		return false
	}
	start := -1
	switch w := x.word(j); {
	case w == "nobody" || w == "none" || w == "no-one":
		start = j
	case x.word(j-1) == "no":
		start = j - 1 // "no one", "no civilian"
	case x.word(j-2) == "no" && x.toks[j-1].kind == tWord && !lang.IsStopword(x.word(j-1)):
		start = j - 2 // "no displaced person"
	default:
		for k := j; k >= 0 && k > j-5; k-- {
			if x.word(k) == "none" && x.word(k+1) == "of" {
				start = k // "none of the detainees"
				break
			}
		}
	}
	return start >= 0 && (start == 0 || x.boundary != nil && x.boundary[start] || x.word(start-1) == "that")
}

// untilClause reports whether an "until" clause follows from token k
// within the clause ("would not be released until their owners paid …",
// "would stay until the talks ended"): "until" an event makes the event a
// condition. "until Monday",
// "until further notice" and "until the end of the year" name a time,
// not an event; an event has a verb.
func (x *extraction) untilClause(k int) bool {
	for from := k; k < len(x.toks) && k <= from+maxClause; k++ {
		if x.toks[k].kind != tWord {
			return false
		}
		if x.word(k) == "until" {
			break
		}
	}
	if x.word(k) != "until" {
		return false
	}
	for j := k + 2; j < len(x.toks) && j <= k+8 && x.toks[j].kind == tWord; j++ {
		if w := x.word(j - 1); (w == "and" || w == "but") && (isPast(x.word(j)) || reporting[x.word(j)]) {
			return false // "until the end of the month and demanded …": the verb is the next predicate's
		}
		if w := x.word(j); isPast(w) || finiteVerbs[w] || x.word(j-1) != "the" && strings.HasSuffix(w, "s") && verbLemma[w] != "" {
			return true
		}
	}
	return false
}

// whileHolds reports whether "while" at k makes a condition of a's: a
// refusal or a measure kept ("hold back", "keep") lasting as long as an
// event, which has a verb ("while the talks lasted"; not "while in
// office").
func (x *extraction) whileHolds(a *anchor, k int) bool {
	if !a.p.neg && !holdVerbs[x.word(a.p.lexTok)] {
		return false
	}
	if !holdVerbs[x.word(a.p.lexTok)] && k-1 > a.p.lexTok+1 && isPast(x.word(k-1)) && x.toks[k-2].kind == tWord {
		return false // "will not recognise any law adopted while …": when the law is made, not a condition of the refusal
	}
	for j := k + 2; j < len(x.toks) && j <= k+8 && x.toks[j].kind == tWord; j++ {
		if w := x.word(j); isPast(w) || finiteVerbs[w] || x.word(j-1) != "the" && strings.HasSuffix(w, "s") && verbLemma[w] != "" {
			return true
		}
	}
	return false
}

// holdVerbs keep a measure up: "would hold back shipments while …".
var holdVerbs = set("hold keep maintain suspend freeze withhold")

// finiteVerbs are finite verbs an "until" clause may have that isPast
// does not know.
var finiteVerbs = set("is are was were has have had can does do did paid made gave took left met sent brought held began came went withdrew fell rose won lost became")

// ownReport reports whether a's subject is its reporter's own ("Velm
// said it could send …"), as a named actor, not a "we" or a forecast.
func (x *extraction) ownReport(a *anchor) bool {
	f := x.frameAt(a.p.first)
	if f == nil || f.quote || f.epistemic || !f.known || a.subj.kind != sActor && a.subj.kind != sPron || x.word(a.p.lexTok) == "be" {
		return false
	}
	actor, _ := x.actorOfSubject(a.subj, a.p.first)
	return actor == f.actor
}

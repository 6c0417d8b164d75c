package commitment

import "strings"

// Whole classes of English verbs and idioms that commit without a modal:
// refusing ("declined to", "turned the offer down", "rebuffed the
// proposal", "had no intention of" in a report), weighing an act without
// deciding it ("does not rule out", "is considering", "would consider": a
// hedge) and advising or warning against an act ("advises all countries
// against restricting trade", "warned Velm not to …": a demand).

// declineObjects are what one "declines to" do without refusing anything
// but an answer: "declined to comment", "declined to give details".
var declineObjects = set("comment say elaborate discuss give confirm specify disclose answer reveal identify name speak respond be")

// declinesTo reports whether the verb at i is "declined to V" with V a
// verb of acting, not of answering ("declined to comment").
func (x *extraction) declinesTo(i int) bool {
	switch x.word(i) {
	case "decline", "declines", "declined":
	default:
		return false
	}
	return x.word(i+1) == "to" && x.word(i+2) != "" && !declineObjects[x.word(i+2)]
}

// proposalNouns are what is offered or asked and can be turned down or
// rebuffed: "turned the offer down", "rebuffed the proposal".
var proposalNouns = set(`offer offers proposal proposals request requests demand demands bid invitation appeal appeals plan
	application deal terms idea suggestion overture overtures call calls ultimatum compromise settlement`)

// turnedDown reads "turned down the offer" and "turned the proposal down"
// at the verb k: a refusal of what was offered or asked; not "turned the
// heating down". It returns the last token of the verb and its particle.
func (x *extraction) turnedDown(p *pred, k int) (int, bool) {
	if x.word(k+1) == "down" {
		if x.proposalWithin(k+2, k+6) < 0 {
			return 0, false
		}
		p.neg, p.actStart = true, k+2
		return k + 1, true
	}
	for n := k + 1; n < len(x.toks) && n <= k+6; n++ {
		if x.word(n) == "down" {
			if x.proposalWithin(k+1, n-1) < 0 {
				return 0, false
			}
			p.neg, p.actStart = true, k+1
			return n, true
		}
		if x.toks[n].kind != tWord {
			return 0, false
		}
	}
	return 0, false
}

// proposalWithin returns the first proposal noun in tokens [from, to], or -1.
func (x *extraction) proposalWithin(from, to int) int {
	for n := from; n <= to && n < len(x.toks) && x.toks[n].kind == tWord; n++ {
		if proposalNouns[x.word(n)] {
			return n
		}
	}
	return -1
}

// rebuffed reads the verbs of turning a proposal away ("rebuffed the
// proposal", "spurned the offer") at k: a refusal of it, as "rejected" is;
// only when what follows is a proposal.
func (x *extraction) rebuffed(p *pred, k int) (int, bool) {
	if x.proposalWithin(k+1, k+4) < 0 {
		return 0, false
	}
	p.neg, p.actStart = true, k+1
	return k, true
}

// notRuledOut reads a negated "rule out" from the verb "rule" at k ("does
// not rule out requesting …", "has not ruled out", "would not rule out"):
// the act is kept open, a hedge.
func (x *extraction) notRuledOut(p pred, first, k int) (pred, bool) {
	if x.word(k+1) != "out" || x.word(k+2) == "" || x.deniedCharge(k+1) || assessed[x.word(k+2)] {
		return p, false
	}
	p.strength, p.neg, p.hedged, p.lemma = Low, false, true, "rule" // declared, as "ruled out" is
	p.cue(first, k+1)
	p.actStart, p.lexTok = k+2, k+2
	return p, true
}

// considering reads "is considering an amnesty", "was considering
// sanctions" from the verb at k: an act weighed and not decided, a hedge;
// not "considering that" nor "considering whether".
func (x *extraction) considering(p pred, be, k int) (pred, bool) {
	if x.word(k) != "considering" || p.neg {
		return p, false
	}
	switch x.word(k + 1) {
	case "", "that", "whether", "if", "how", "what", "why", "it":
		return p, false
	}
	if x.toks[min(k+1, len(x.toks)-1)].kind != tWord {
		return p, false
	}
	p.modal, p.strength, p.hedged = mMay, Low, true
	p.cue(be, k)
	p.actStart, p.lexTok = k+1, k
	return p, true
}

// advisedAgainst reads the verbs of advising and warning at k with an
// addressee and "against" ("advises all countries against restricting
// trade", "warned Velm against closing the strait", "cautioned against
// …"), or "not to"/"to" ("warned Velm not to …", "advises travellers to
// leave"): a demand, negative when it is against an act. Not "warned that"
// (a report) nor "advised the minister" (counsel with no act).
func (x *extraction) advisedAgainst(p *pred, k int) (int, bool) {
	if x.word(k+1) == "against" && strings.HasSuffix(x.word(k+2), "ing") {
		p.lex, p.neg, p.actStart = lexDemand, true, k+2
		p.target = [2]int{-1, -1}
		return k + 1, true
	}
	for n := k + 2; n < len(x.toks) && n <= k+8; n++ {
		if x.toks[n].kind != tWord {
			return 0, false
		}
		switch x.word(n) {
		case "that", "of", "about", "on":
			return 0, false
		case "against":
			if !strings.HasSuffix(x.word(n+1), "ing") {
				return 0, false
			}
			p.lex, p.neg, p.actStart = lexDemand, true, n+1
			p.target = [2]int{k + 1, n - 1}
			return k, true
		case "to", "not":
			if x.word(k) == "caution" || x.word(k) == "cautions" || x.word(k) == "cautioned" {
				return 0, false
			}
			p.lex = lexDemand
			return x.addressee(p, k, k)
		}
	}
	return 0, false
}

// lastingVerbs say that a need or a state goes on: "for as long as the
// emergency lasts", "as long as the situation requires".
var lastingVerbs = set("lasts last continues persists persist requires require demands remains endures")

// lastingNeed reads the clause after "as long as" from k as the span of a
// need or a state ("the emergency lasts", "the situation requires"): the
// undertaking lasts that long, on no event to wait for; not "as long as
// the rebels keep their guns", which another party's act decides.
func (x *extraction) lastingNeed(k int) bool {
	for n := k; n < len(x.toks) && n <= k+4 && x.toks[n].kind == tWord; n++ {
		if lastingVerbs[x.word(n)] {
			return n+1 >= len(x.toks) || x.toks[n+1].kind != tWord
		}
	}
	return false
}

// consideredProposal reads what "would consider" weighs at k: another's
// proposal or offer ("would consider any proposal from the envoy"), a
// hedge; not applications handled one by one nor an act of its own
// ("would consider inviting observers").
func (x *extraction) consideredProposal(k int) bool {
	n := x.proposalWithin(k+1, k+3)
	if x.toks[min(k+1, len(x.toks)-1)].kind == tOpenQ {
		n = x.proposalWithin(k+2, k+4) // would "consider any proposal"
	}
	return n > 0 && x.word(n) != "application" && x.word(n) != "applications"
}

// currencyWords name money in words: "5 million US dollars".
var currencyWords = set("dollars dollar euros euro pounds francs yen")

// moneyWithin reports whether tokens [from, to] name a sum of money: a
// currency sign, or a number with "million", "billion" or a currency; not
// a year ("the 2024 Toolkit").
func (x *extraction) moneyWithin(from, to int) bool {
	for n := from; n <= to && n < len(x.toks); n++ {
		w := x.word(n)
		if strings.ContainsAny(x.toks[n].w, "$€£¥") || sumWords[w] || currencyWords[w] {
			return true
		}
	}
	return false
}

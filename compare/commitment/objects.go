package commitment

import "github.com/parley-app/parley/compare/lang"

// Speech acts a report names by their object rather than by a clause:
// "promised an independent inquiry", "offered to send mediators",
// "assured him of our full support", "conveyed the readiness of … to",
// "announces the suspension of …" — and the objects that make a verb of
// rejecting a denial, not a refusal ("rejected the allegations").

// promisedObject reads "promised an inquiry", "vowed a swift response":
// a promise whose object is a noun phrase is a pledge of it. A hearer and
// a that-clause ("promised the families that …") is a report, read as one.
func (x *extraction) promisedObject(p *pred, k int) (int, bool) {
	if !objectDeterminers[x.word(k+1)] {
		return 0, false
	}
	for j := k + 1; j < len(x.toks) && j <= k+8 && x.toks[j].kind == tWord; j++ {
		if x.word(j) == "that" {
			return 0, false
		}
	}
	p.lex, p.actStart = lexPledge, k+1
	return k, true
}

// objectDeterminers open the noun phrase a promise takes as its object.
var objectDeterminers = set("a an the full every further new its their his her our swift")

// offerTo reads "offered to send a team": an offer to act is a pledge, as
// "pledged to" is; "not to" refuses ("offered not to contest").
func (x *extraction) offerTo(p *pred, k int) (int, bool) {
	switch {
	case x.word(k+1) == "to":
		p.lex, p.actStart = lexPledge, k+2
		return k + 1, true
	case x.word(k+1) == "not" && x.word(k+2) == "to":
		p.lex, p.neg, p.actStart = lexPledge, true, k+3
		return k + 2, true
	}
	return 0, false
}

// assuredOf reads "assured him of Velm's full support": an assurance of
// support gives it, of a commitment restates it (objectKinds). "assured
// him that …" is a report, read as one.
func (x *extraction) assuredOf(p *pred, k int) (int, bool) {
	for j := k + 1; j < len(x.toks) && j <= k+16 && (x.toks[j].kind == tWord || x.toks[j].kind == tComma); j++ {
		switch x.word(j) {
		case "that":
			return 0, false
		case "of":
			// "assured the Foreign Minister of Arden, Ida Rask, of our full
			// support": the "of" that a stance noun follows, past the hearer.
			for n := j + 1; n < len(x.toks) && n <= j+4 && x.toks[n].kind == tWord; n++ {
				if lex, ok := objectKinds["assure "+objectNoun[x.word(n)]]; ok {
					p.lex = lex
					return k, true
				}
			}
		}
	}
	return 0, false
}

// announcedMeasure reads an announcement in the present of a measure the
// speaker takes ("announces the suspension of its diplomatic relations"):
// a pledge of it. A past one is a report of an act done ("announced the
// closure"), which the caller leaves to other rules.
func (x *extraction) announcedMeasure(p *pred, k int) (int, bool) {
	if p.past || x.word(k+1) != "the" || !measureActs[x.word(k+2)] {
		return 0, false
	}
	p.lex, p.actStart = lexPledge, k+1
	return k, true
}

// measureActs are nouns of a measure a government announces it takes.
var measureActs = set(`suspension closure withdrawal recall expulsion deployment establishment opening release
	imposition lifting extension allocation dispatch evacuation`)

// deniedCharge reports whether the object of "reject" at k is a charge
// ("rejects these baseless allegations", "rejected the accusation"): a
// denial of what others say, which commits to nothing.
func (x *extraction) deniedCharge(k int) bool {
	for j := k + 1; j < len(x.toks) && j <= k+4 && x.toks[j].kind == tWord; j++ {
		if charges[x.word(j)] {
			return true
		}
	}
	return false
}

// charges are what is denied, not refused.
var charges = set(`allegation allegations accusation accusations claim claims charge charges assertion
	assertions insinuation insinuations suggestion suggestions report reports`)

// expected reads "expects full cooperation with the inquiry" and "expect
// that commitment to be honoured": what is expected of another is asked of
// it — a conduct named by its noun, or a thing named with "that" as its
// determiner before "to" (not the complementizer of "expect that …").
func (x *extraction) expected(p *pred, k int) (int, bool) {
	n := k + 1
	for expectedDegree[x.word(n)] {
		n++
	}
	if expectedConduct[x.word(n)] {
		p.lex, p.actStart = lexDemand, k+1
		return k, true
	}
	if x.demonstrativeObject(k) {
		p.lex, p.target, p.actStart = lexDemand, [2]int{k + 1, k + 2}, k+4
		return k, true
	}
	return 0, false
}

// demonstrativeObject reports whether "that" after the verb at k is a
// determiner: "expect that commitment to be honoured".
func (x *extraction) demonstrativeObject(k int) bool {
	w := x.word(k + 2)
	return x.word(k+1) == "that" && x.word(k+3) == "to" && w != "" && !lang.IsStopword(w) && verbLemma[w] == "" && !modalWords[w]
}

// expectedDegree may stand before an expected conduct: "full cooperation".
var expectedDegree = set("full complete total genuine immediate prompt")

// expectedConduct are nouns of a conduct expected of another.
var expectedConduct = set(`cooperation compliance accountability restraint respect answers explanation explanations
	clarification clarifications access transparency`)

// offeredThing reads "offered a one-off payment of 1,500 dollars to each
// worker", "offered talks without preconditions": an offer of something
// the offerer gives or does is a pledge. Condolences, comments and
// explanations offered are no undertaking.
func (x *extraction) offeredThing(p *pred, k int) (int, bool) {
	for j := k + 1; j < len(x.toks) && j <= k+6 && x.toks[j].kind == tWord; j++ {
		w := x.word(j)
		if offeredNouns[w] {
			p.lex, p.actStart = lexPledge, k+1
			return k, true
		}
		if w == "no" || prepositions[w] || relPronouns[w] {
			break
		}
	}
	return 0, false
}

// offeredNouns are things offered that commit the offerer.
var offeredNouns = set(`payment payments passage compensation talks help assistance aid loan loans grant grants funding money
	bonus bonuses raise increase deal truce ceasefire amnesty asylum shelter places visas escort escorts
	observers mediation mediator dialogue negotiations guarantees guarantee`)

// assessed are what "ruled out" judges rather than refuses: "ruled out
// foul play", "ruled out a link".
var assessed = set("foul sabotage link links connection possibility involvement terrorism")

package commitment

import "github.com/parley-app/parley/compare/lang"

// This file reads speech acts through their objects: a demand with its
// addressee after "the need for" or "for", a threat with what it
// threatens, a deadline given to act.

// askedFor reads "asked both sides for access to the hostages": a
// request of the one asked, for what follows "for".
func (x *extraction) askedFor(p *pred, k int) (int, bool) {
	for j := k + 2; j < len(x.toks) && j <= k+8 && x.toks[j].kind == tWord; j++ {
		if x.word(j) == "for" && j+1 < len(x.toks) && x.toks[j+1].kind == tWord {
			p.target, p.actStart = [2]int{k + 1, j - 1}, j+1
			return k, true
		}
		if x.word(j) == "that" || x.word(j) == "to" {
			break
		}
	}
	return 0, false
}

// requestedThing are things asked for, which a "to" after them does not
// make an addressee: "requested consular access to the fishermen".
var requestedThing = set(`access visit visits information assistance help clarification explanation explanations
	answers protection support`)

// needFor reads "reinforced the need for all sides to take …" and "made
// clear the need for Israel to …": a demand on the agent named.
func (x *extraction) needFor(p *pred, k int) (int, bool) {
	n := k + 1
	if verbLemma[x.word(k)] == "make" {
		if x.word(n) != "clear" {
			return 0, false
		}
		n++
	}
	if x.word(n) != "the" || x.word(n+1) != "need" || x.word(n+2) != "for" {
		return 0, false
	}
	for j := n + 3; j < len(x.toks) && j <= n+9; j++ {
		if x.word(j) == "to" {
			s := x.subjectAt(j - 1)
			if s.kind == sNone || s.kind == sAction {
				return 0, false
			}
			p.lex, p.target, p.actStart = lexDemand, [2]int{n + 3, j - 1}, j+1
			return n + 2, true
		}
		if x.toks[j].kind != tWord {
			break
		}
	}
	return 0, false
}

// threat reads "threaten(s) to impose sanctions" and "threatened Kestria
// with new sanctions (if …)": a commitment to act against the one
// threatened, conditional when a condition follows.
func (x *extraction) threat(p *pred, k int) (int, bool) {
	if x.word(k+1) == "to" {
		p.lex, p.actStart = lexPledge, k+2
		return k + 1, true
	}
	for w := k + 2; w < len(x.toks) && w <= k+8; w++ {
		if x.toks[w].kind != tWord {
			break
		}
		if x.word(w) == "with" {
			p.lex, p.target, p.actStart = lexPledge, [2]int{k + 1, w - 1}, w+1
			return k, true
		}
	}
	for w := k + 1; w < len(x.toks) && w <= k+3 && x.toks[w].kind == tWord; w++ {
		if threatNouns[x.word(w)] {
			p.lex, p.actStart = lexPledge, k+1 // "threatened further attacks on the convoys unless …"
			return k, true
		}
	}
	return 0, false
}

// threatNouns are what a threat names as its object: "threatened
// reprisals", "threatened legal action".
var threatNouns = set(`attacks attack strikes strike sanctions retaliation reprisals reprisal action measures
	countermeasures tariffs boycott walkout consequences force`)

// deadline reads "gave Arden 30 days to withdraw", "has given the rebels
// until Friday to disarm": a time granted to do something is a demand on
// the one it is given to, with a deadline.
func (x *extraction) deadline(p *pred, k int) (int, bool) {
	for j := k + 2; j < len(x.toks) && j <= k+10; j++ {
		if x.toks[j].kind != tWord {
			return 0, false
		}
		unit := x.word(j)
		if x.word(j+1) != "to" || j-1 <= k+1 {
			continue
		}
		n := j - 1 // the amount: "30 days", "two weeks", "until Friday"
		switch {
		case timeUnits[unit] && (x.toks[n].kind == tWord && numberWords[x.word(n)] || isDigits(x.word(n))):
		case x.word(n) == "until" || x.word(n) == "till":
		case x.word(j-2) == "until" && n > k+2:
			n--
		default:
			continue
		}
		if n-1 < k+1 {
			return 0, false
		}
		p.lex, p.target, p.actStart = lexDemand, [2]int{k + 1, n - 1}, j+2
		return k, true
	}
	return 0, false
}

// timeUnits measure a deadline: "30 days to".
var timeUnits = set("hours days weeks months years")

// numberWords count a deadline's units: "two weeks to".
var numberWords = set("a one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty-eight")

// negativeQuantifier reports whether a clause opening with words w1 w2
// has a negative quantifier for subject: "no country", "nobody", "none",
// "no one". A mandative clause so opened ("recommends that no country
// impose …", "requested that nobody be moved") asks for a thing not done.
func negativeQuantifier(w1, w2 string) bool {
	return w1 == "nobody" || w1 == "none" || w1 == "no-one" || w1 == "no" && w2 != "" && !lang.IsStopword(w2) && w2 != "later" && w2 != "longer"
}

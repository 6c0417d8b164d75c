package commitment

// Threats stated without "if": what will befall "any" act ("Any attack on
// our forces will be met with a firm response", "any aircraft entering our
// airspace will be shot down") and a response promised "to any" act ("will
// respond firmly to any further attack"). The act is the condition; who
// threatens is whoever speaks — the issuer in its own voice, the reporter
// in a report.

// anyActPassive reports whether the passive after the modal at first ("will
// be met with", "would be shot down") has for subject a phrase opened by
// "any" that starts its clause ("Any attempt to free them by force …").
func (x *extraction) anyActPassive(first int) bool {
	cs := x.clauseStart(first)
	if x.word(cs) == "and" || x.word(cs) == "but" {
		cs++
	}
	return x.word(cs) == "any" && first-cs >= 2
}

// enforcements are the participles of what a threat says will befall an
// act ("met with a response", "shot down", "dealt with firmly", "considered
// an attack on all"); "any help will be welcomed" threatens nobody.
var enforcements = set(`met shot punished prosecuted repelled resisted answered targeted intercepted destroyed
	detained arrested expelled sanctioned dealt confronted treated considered regarded`)

// anyActCondition is the condition of a threat read by anyActPassive: its
// subject, from "any" to the modal; [-1 -1] otherwise.
func (x *extraction) anyActCondition(a *anchor) [2]int {
	if !a.p.anyAct {
		return [2]int{-1, -1}
	}
	cs := x.clauseStart(a.p.first)
	if x.word(cs) == "and" || x.word(cs) == "but" {
		cs++
	}
	return [2]int{cs, a.p.first - 1}
}

// responseCondition reads "will respond firmly to any further attack",
// "would retaliate against any strike": a response promised to an act
// that may come is conditional on it. [-1 -1] when a's verb is no response
// or names no such act.
func (x *extraction) responseCondition(a *anchor) [2]int {
	v := a.p.lexTok
	if v < 0 || !responseVerbs[x.word(v)] {
		return [2]int{-1, -1}
	}
	for k := v + 1; k < len(x.toks) && k <= v+8; k++ {
		switch x.toks[k].kind {
		case tOpenQ, tCloseQ:
			continue // would "respond with full force" to any attack
		case tWord:
		default:
			return [2]int{-1, -1}
		}
		if (x.word(k) == "to" || x.word(k) == "against") && (x.word(k+1) == "any" || x.word(k+1) == "further") {
			return [2]int{k, x.conditionEnd(k+1, len(x.toks))}
		}
	}
	return [2]int{-1, -1}
}

// responseVerbs answer an act.
var responseVerbs = set("respond retaliate react reply")

// threatBy accepts a threat on "any" act as the speaker's in its own voice,
// or the reporter's in a report ("He warned that any attempt to free them
// would be met with fire"); a threat nobody known speaks commits nobody.
func (x *extraction) threatBy(a *anchor, speaker string, known bool) {
	if !known || speaker == "" || x.disc != nil && !a.reported {
		return
	}
	a.ok, a.actor = true, speaker
	a.cond = x.condition(a)
}

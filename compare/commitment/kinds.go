package commitment

import "strings"

// A news article names a body once and then calls it by its kind: "Norvex
// Shipping said … The company said …", "the Ashen Hill Movement … The
// group threatened …". Such a kind word refers back to the latest named
// body whose name holds the word ("the council" → "the Keldari
// Transitional Council"), whose name ends in a word of that kind
// ("Shipping", "Tankers" name companies; "Movement", "Front" armed
// groups), or which the text typed with the word in apposition ("Orrin
// Lines, a ferry company,"); with none, to nothing (Discourse.referentOf).

// corporateHeads end the names of companies.
var corporateHeads = set(`mining shipping tankers marine energy oil gas petroleum airlines airways holdings corp
	corporation inc ltd limited plc industries resources logistics lines motors steel telecom chemicals
	pharmaceuticals minerals metals construction foods terminals ports`)

// armedHeads end the names of armed groups.
var armedHeads = set("movement front army brigades brigade militia forces")

// airlineHeads end the names of airlines ("Aurelia Air", "Velm Airways").
var airlineHeads = set("air airlines airways aviation")

// kindHeads maps a kind word to the name endings that type a body as one.
// The fighters of an armed group are its kind too: "the rebels", "the
// insurgents" after "the Tarn Valley Front".
var kindHeads = map[string]map[string]bool{"company": corporateHeads, "firm": corporateHeads, "group": armedHeads,
	"airline": airlineHeads, "rebels": armedHeads, "insurgents": armedHeads, "militants": armedHeads, "gunmen": armedHeads}

// kindWords type a name in apposition ("Orrin Lines, a ferry company,")
// or before it ("a group calling itself the Ashen Hill Movement").
var kindWords = set("company firm group bank agency union alliance charity airline")

// typedAs reports whether a body named so (the text of its mention, lower
// case) is of the kind the word head names: its name ends in one of the
// kind's heads ("Norvex Shipping" is a company).
func typedAs(text, head string) bool {
	f := strings.Fields(text)
	return len(f) > 1 && kindHeads[head][f[len(f)-1]]
}

// nonState reports whether an actor is typed by its name as a company or
// an armed group: it has no government, ministry or country of its own.
func nonState(actor string) bool {
	t := strings.ToLower(actor)
	return typedAs(t, "company") || typedAs(t, "group")
}

// typedIn is the kind word the sentence gives mention m in apposition
// ("Orrin Lines, a ferry company, said"), or before it ("a group calling
// itself the Ashen Hill Movement"); "" when none.
func (x *extraction) typedIn(m mention) string {
	if m.end < len(x.toks) && x.toks[m.end].kind == tComma {
		if d := x.word(m.end + 1); d == "a" || d == "an" || d == "the" {
			for k := m.end + 2; k < len(x.toks) && k <= m.end+5 && x.toks[k].kind == tWord; k++ {
				if kindWords[x.word(k)] {
					return x.word(k)
				}
			}
		}
	}
	k := m.start - 1
	if kindWords[x.word(k)] && x.word(k-1) == "the" {
		return x.word(k) // "run by the charity Carrow Relief"
	}
	if x.word(k) == "the" {
		k--
	}
	switch {
	case x.word(k) == "itself" && (x.word(k-1) == "calling" || x.word(k-1) == "calls"):
		k -= 2
	case x.word(k) == "as" && x.word(k-1) == "known":
		k -= 2
	case x.word(k) == "called" || x.word(k) == "named":
		k--
	default:
		return ""
	}
	if kindWords[x.word(k)] && (x.word(k-1) == "a" || x.word(k-1) == "an" || x.word(k-2) == "a" || x.word(k-2) == "an") {
		return x.word(k)
	}
	return ""
}

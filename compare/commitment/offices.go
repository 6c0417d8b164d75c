package commitment

import "strings"

// This file follows officials a text names by office across its
// sentences: another actor's ("the Ambassador of Arden" … "The
// Ambassador assured me …") and the issuer's own ("a Special Envoy,
// Ambassador …" … "The Special Envoy requested …").

// foreignOffices adds to offices the officials of other actors the
// sentence names by office ("the Ambassador of Arden", "the Chargé
// d'affaires of the Republic of Arden", "the Ardenian ambassador",
// "Arden's foreign minister"): a later sentence's "The Ambassador assured
// me that …" is that official's, and so Arden's. The speaker's own
// officials are left out.
func (x *extraction) foreignOffices(offices map[string]string) map[string]string {
	for _, m := range x.ments {
		if m.actor == x.doc || m.actor == "" {
			continue
		}
		head := -1
		for o := m.start; o < m.end; o++ {
			if officeHead(x.word(o)) {
				head = o // "the Minister of Home Affairs of Arden", one alias of Arden
				break
			}
		}
		k := m.start - 1
		if x.word(k) == "the" {
			k--
		}
		if x.word(k) == "of" && head < 0 { // "the Chargé d'affaires of the Republic of Arden"
			for o := k - 1; o >= 0 && o >= k-4 && x.toks[o].kind == tWord; o-- {
				if w := x.word(o); officeHead(w) {
					head = o
					break
				} else if !titleWord(w) && w != "of" {
					break
				}
			}
		}
		e := m.end
		if x.word(e) == "'s" {
			e++
		}
		for o := e; head < 0 && o < len(x.toks) && o <= e+3 && x.toks[o].kind == tWord; o++ {
			if w := x.word(o); officeHead(w) && x.word(o+1) != "of" {
				head = o // "the Ardenian ambassador", "Arden's foreign minister"
			} else if !titleWord(w) {
				break
			}
		}
		if head < 0 {
			continue
		}
		if offices == nil {
			offices = map[string]string{}
		}
		offices[x.word(head)] = m.actor
		if x.firstPersonBefore(m.start) {
			x.named = m.actor // "I spoke with the Foreign Minister of Arden": the "He" of the next sentence
		}
	}
	return offices
}

// firstPersonBefore reports whether "I" or "we" stands before token i.
func (x *extraction) firstPersonBefore(i int) bool {
	for k := 0; k < i; k++ {
		if firstPerson[x.word(k)] {
			return true
		}
	}
	return false
}

// officeHead reports whether w heads the office of an official who speaks
// for a state in a readout: "ambassador", "minister", "Chargé d'affaires".
func officeHead(w string) bool {
	return w == "d'affaires" || personTitle(w) && !principalHeads[w]
}

// namesOffice reports whether the sentence holds an official's office
// noun (officeHead).
func (x *extraction) namesOffice() bool {
	for _, t := range x.toks {
		if t.kind == tWord && officeHead(t.w) {
			return true
		}
	}
	return false
}

// referredOffice is the subject "the Ambassador" ending at j when it refers
// back to an official of another actor (foreignOffices): that actor's.
func (x *extraction) referredOffice(j int) (subject, bool) {
	w := x.word(j)
	owner := x.offices[w]
	if owner == "" && x.issuersOwnOffice(w) {
		owner = x.doc // "The High Commissioner" in a statement of the Office of the High Commissioner
	}
	if owner == "" || !officeHead(w) {
		return subject{}, false
	}
	k := j - 1
	if w == "d'affaires" {
		k-- // "the Chargé d'affaires"
	}
	for k > 0 && x.toks[k].upper && titleModifiers[x.word(k)] {
		k-- // "the Special Envoy", "the High Commissioner"
	}
	if x.word(k) != "the" || x.word(j+1) == "of" || j+1 < len(x.toks) && x.toks[j+1].upper && x.toks[j+1].kind == tWord {
		return subject{}, false // "the Ambassador of Velm", "the Ambassador Ida Rask": named anew
	}
	if owner != x.doc {
		x.named = owner
	}
	return subject{kind: sActor, actor: owner, start: k, end: j}, true
}

// ownOffices adds to offices the issuer's own officials the sentence
// names by office beside their name ("dispatched a Special Envoy,
// Ambassador Ida Rask, to Arden"): a later "The Special Envoy requested
// …" is the issuer's. Only in an official statement.
func (x *extraction) ownOffices(offices map[string]string) map[string]string {
	if x.disc != nil || !x.docKnown {
		return offices
	}
	for _, m := range x.ments {
		if m.actor != x.doc {
			continue
		}
		for o := m.start; o < m.end; o++ {
			if officeHead(x.word(o)) {
				offices = withOffice(offices, x.word(o), x.doc) // "Ambassador Ida Rask"
			}
		}
		if k := m.start - 1; k >= 1 && x.toks[k].kind == tComma && officeHead(x.word(k-1)) {
			offices = withOffice(offices, x.word(k-1), x.doc) // "a Special Envoy, Ambassador Ida Rask,"
		}
	}
	return offices
}

// withOffice sets offices[office] to actor, making the map if need be.
func withOffice(offices map[string]string, office, actor string) map[string]string {
	if offices == nil {
		offices = map[string]string{}
	}
	offices[office] = actor
	return offices
}

// issuersOwnOffice reports whether an office noun is the issuer's by its
// own name: "Commissioner" for the Office of the High Commissioner for
// Refugees, "Envoy" for an envoy's office.
func (x *extraction) issuersOwnOffice(office string) bool {
	if x.disc != nil || !x.docKnown || x.issuer == nil {
		return false
	}
	return containsWords(strings.ToLower(x.issuer.sp.Organization+" "+x.issuer.sp.Name), office)
}

package commitment

// This file finds who speaks where a report names its reporter away from
// its verb: after the words reported ("…, she added."), after a quotation
// past an apposition or a relative aside, or with the office that places
// a person the reader does not know ("said Corvina Thane, head of the … delegation").

// nameAfterComma returns the comma that closes a name in apposition
// opened by the comma at k (", Ida Rask,"), or -1.
func (x *extraction) nameAfterComma(k int) int {
	for o := k + 1; o < len(x.toks) && o <= k+5; o++ {
		switch t := x.toks[o]; {
		case t.kind == tComma:
			if o > k+1 {
				return o
			}
			return -1
		case t.kind != tWord || !t.upper:
			return -1
		}
	}
	return -1
}

// relativeAfterComma returns the comma that closes a relative aside
// opened by the comma at k (", who arrived on Sunday after the talks,"),
// or -1.
func (x *extraction) relativeAfterComma(k int) int {
	if !x.asideOpens(k+1) || !relPronouns[x.word(k+1)] {
		return -1
	}
	for o := k + 2; o < len(x.toks) && o <= k+20; o++ {
		switch x.toks[o].kind {
		case tComma:
			return o
		case tWord:
		default:
			return -1
		}
	}
	return -1
}

// trailingReport adds the frame of a report whose reporter closes the
// sentence: "Velm could allow imports once the outbreak is contained, he
// added.", "The talks will resume next week, the ministry said on
// Monday." — what comes before the last comma is the reporter's.
func (x *extraction) trailingReport() {
	n := len(x.toks)
	c := -1
	for k := n - 1; k > 0 && k > n-16; k-- {
		if x.toks[k].kind == tComma {
			c = k
			break
		}
		if x.toks[k].kind != tWord && x.toks[k].kind != tStop {
			return
		}
	}
	if c < 3 || x.quoteAt(c-1) != nil {
		return
	}
	for v := c + 2; v < n && v <= c+7; v++ {
		if !reporting[x.word(v)] || x.word(v) == "according" {
			continue
		}
		r, ok := x.reporterOf(v)
		if !ok || x.subjectStart(v) != c+1 || !x.adjunctsOnly(v+1) {
			return // the words after the comma are the verb's subject, and only adjuncts follow it
		}
		x.frames = append(x.frames, frame{from: 0, to: c, actor: r.actor, also: r.also, known: r.actor != "", plural: r.plural,
			pluralName: r.pluralName, and: -1})
		return
	}
}

// adjunctsOnly reports whether the words from k to the end are no clause:
// "on Monday", "in a statement", "by telephone from Arvel", not "no
// decision had been taken".
func (x *extraction) adjunctsOnly(k int) bool {
	for ; k < len(x.toks); k++ {
		w := x.word(k)
		if x.toks[k].kind == tStop {
			return true
		}
		if x.toks[k].kind != tWord || w == "that" || modalWords[w] || beForms[w] || perfectAux[w] || isPast(w) {
			return false
		}
	}
	return true
}

// subjectStart is where the subject of the reporting verb at v starts,
// with its article, or -1.
func (x *extraction) subjectStart(v int) int {
	j := v - 1
	for j >= 0 && j > v-6 && (auxiliary[x.word(j)] || isAdverb(x.toks[j])) {
		j--
	}
	s := x.subjectAt(j)
	if s.kind == sNone {
		return -1
	}
	if x.word(s.start-1) == "the" {
		return s.start - 1
	}
	return s.start
}

// hearerAt reports whether a hearer opens at token k, after "to" ("made
// clear to him that", "explained to the ambassador that"), not a verb
// ("agreed to send a team that …").
func (x *extraction) hearerAt(k int) bool {
	if k >= len(x.toks) || x.toks[k].kind != tWord {
		return false
	}
	return hearerWords[x.word(k)] || x.toks[k].upper && verbLemma[x.word(k)] == ""
}

// hearerWords open a hearer: object pronouns and determiners.
var hearerWords = set("him her them me us the his its their our reporters journalists")

// speakerAfter is npAfter for the speaker named after a quotation's
// reporting verb, who may be a person the reader cannot place followed by
// the office that places them: `said Corvina Thane, head of the Orne
// Relief Society delegation in Arvel` is the Society's.
func (x *extraction) speakerAfter(k int) string {
	a := x.npAfter(k)
	m := x.mentionAt[min(k, len(x.toks)-1)]
	if a == "" || m < 0 || x.ments[m].start != k || a != x.text(x.ments[m].start, x.ments[m].end-1) {
		return a // a name the reader places, or no name at all
	}
	e := x.ments[m].end
	if e >= len(x.toks) || x.toks[e].kind != tComma {
		return a
	}
	for j := e + 1; j < len(x.toks) && j <= e+6 && x.toks[j].kind == tWord; j++ {
		if n := x.mentionAt[j]; n >= 0 && (x.word(j-1) == "of" || x.word(j-2) == "of") && (officeHeads[x.word(e+1)] || speakingNouns[x.word(e+1)]) {
			return x.ments[n].actor
		}
	}
	return a
}

// collectiveName reports whether a named subject is one body that "they"
// may stand for: named by a plural ("the Velm Defence Forces") or by a
// noun of a group of people ("the Velm Growers' Guild", "the Orne Renewal
// party").
func (x *extraction) collectiveName(s subject) bool {
	first := s.start
	if x.word(first) == "the" {
		first++
	}
	// "the Keepers of Orne", "the Wardens of Arvel": a plural that "of" follows
	return pluralNoun(x.toks[s.end]) || collectiveHeads[x.word(s.end)] || first < s.end && pluralNoun(x.toks[first]) && x.word(first+1) == "of"
}

// appositionEnds reports whether the comma at j closes a common noun
// phrase in apposition ("…, a rebel group in eastern Arden,"), after which
// the reporter is the name before it.
func (x *extraction) appositionEnds(j int) bool {
	for o := j - 1; o >= 1 && o > j-16; o-- {
		switch x.toks[o].kind {
		case tComma:
			return x.appositiveNoun(o+1, x.nounPhraseEnd(o+1, j-1))
		case tWord:
		default:
			return false
		}
	}
	return false
}

// collectiveHeads name a group of people: "they" may stand for it.
var collectiveHeads = set(`union federation confederation association council committee party group movement
	alliance coalition front league chamber guild syndicate`)

package quotes

import "strings"

// The subject of a cue verb when something stands between them. English
// reporting sets off what describes the speaker with commas, and the
// speaker is the noun phrase before those commas:
//
//   - a relative clause: "The official, who spoke on condition of
//     anonymity, said"; "Marta Novak, whose husband …, said"; two of them
//     ("A woman who had crossed …, and who gave her name only as Amira …,
//     said");
//   - a participle phrase: "Maria Solis, speaking at a ceremony, said"; "A
//     spokesperson, asked whether …, said";
//   - after a name, an appositive: an age ("Ana Flores, 19,"), a role ("Mara
//     Quint, chief economist at Kenji Securities,"), a noun phrase ("Marc
//     Delors, a grain broker in Rotterdam,"), a provenance ("…, from the
//     group Tide Rising,").
//
// A restrictive relative clause belongs to the subject ("The shipping
// association that represents most of the port's operators said"): the
// phrase runs from the noun before "that"/"who" to the verb. A name given
// in a relative clause ("who gave her name only as Amira", "identified
// only as …") names the speaker.
//
// When a verb shares a subject ("… and said", ", saying"), the subject is
// the previous attribution's speaker, else the sentence's: the opening noun
// phrase up to its verb, with an appositive name taken as the name ("A UN
// envoy for the region, Ingrid Solberg, welcomed the extension and said").

// interrupter kinds.
const (
	notInterrupter = iota
	clauseInterrupter
	roleInterrupter
	apposInterrupter
)

// interrupted reads a speaker set off from its verb by interrupters; comma
// is the comma right before the verb.
func (fa *frameAnalysis) interrupted(a *attribution, comma int) bool {
	toks := fa.toks
	c, role, alias, skipped := comma, noSpan, noSpan, 0
	for skipped < 4 {
		ps := segmentStart(toks, c)
		if ps < 0 {
			break
		}
		seg := span{ps + 1, c}
		k := interrupterKind(toks, seg, ps)
		if k == notInterrupter {
			break
		}
		if k == roleInterrupter && role.s < 0 {
			role = seg
		}
		if al := givenName(toks, seg); al.s >= 0 {
			alias = al
		}
		c = ps
		skipped++
	}
	if skipped == 0 {
		return false
	}
	np := restrictiveSubject(toks, npLeft(toks, c-1))
	if np.empty() {
		return false
	}
	a.np, a.role, a.alias = np, role, alias
	a.anchor, a.extent = np.s, a.last
	return true
}

// quoteEndsComma reports whether quotation token i closes with a comma
// inside its marks (“…,”), as an interrupter ending in a quotation does.
func (fa *frameAnalysis) quoteEndsComma(i int) bool {
	t := fa.toks[i].text
	return strings.HasSuffix(t, ",”") || strings.HasSuffix(t, `,"`) || strings.HasSuffix(t, ",»")
}

// segmentStart returns the comma that opens the comma-delimited segment
// ending at c, or -1 when the segment opens the frame or follows other
// punctuation (then it is no interrupter: nothing stands before it).
func segmentStart(toks []token, c int) int {
	for j := c - 1; j >= 0 && j >= c-45; j-- {
		switch t := toks[j]; {
		case t.punct(","):
			return j
		case t.kind == tPunct:
			return -1
		}
	}
	return -1
}

// interrupterKind tells whether toks[seg] (after the comma at ps) is set
// between a speaker and its verb.
func interrupterKind(toks []token, seg span, ps int) int {
	if seg.empty() || toks[seg.s].kind != tWord {
		return notInterrupter
	}
	first := toks[seg.s]
	afterName := ps > 0 && (toks[ps-1].capitalized() || isNumber(toks[ps-1].text))
	switch w := first.lower; {
	case w == "who" || w == "whose" || w == "which" || w == "whom":
		return clauseInterrupter
	case (w == "and" || w == "but") && seg.e-seg.s > 1 && toks[seg.s+1].is("who", "whose", "which"):
		return clauseInterrupter
	case seg.e-seg.s <= 8 && isCueWord(toks, seg.e-1):
		return clauseInterrupter // "Marin, the official said, had told …"
	case first.text != w:
		// a capitalized word: a name or a title, no interrupter ("the
		// director-general, Amara Osei, said"); a title opening a role
		// after a name is one ("Salami, Commander of …, said")
		if afterName && titleWords[strings.TrimSuffix(w, ".")] && !hasName(toks[seg.s:seg.e]) {
			return roleInterrupter
		}
		return notInterrupter
	case isParticiple(w):
		return clauseInterrupter
	case interrupterPreps[w] && ps > 0 && toks[ps-1].kind == tWord:
		return apposInterrupter // "The ministry, in a statement released on Friday, said"
	case !afterName:
		return notInterrupter
	case isNumber(first.text) && seg.e-seg.s == 1:
		return apposInterrupter // an age
	case roleLike(toks[seg.s:seg.e]):
		return roleInterrupter
	case w == "a" || w == "an" || w == "the" || w == "from" || w == "of" || w == "at" || w == "with":
		return apposInterrupter
	}
	return notInterrupter
}

// interrupterPreps open a phrase set off between a speaker and its verb
// ("…, in a statement,", "…, at a briefing in Geneva,").
var interrupterPreps = set("in at on during after before from with for under through")

// isCueWord reports whether the word at i is a cue verb.
func isCueWord(toks []token, i int) bool {
	_, ok := cueAt(toks, i)
	return ok
}

// isParticiple reports whether a lower-case word opens a participle
// phrase: "speaking", "asked", "briefed", "flanked".
func isParticiple(w string) bool {
	switch {
	case timeWords[w] || lyNouns[w] || determiners[w]:
		return false
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return true
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return true
	}
	return irregularParticiples[w]
}

// irregularParticiples open participle phrases without -ed.
var irregularParticiples = set("seen shown known spoken written told held led caught")

// givenName finds the name a relative clause gives the speaker: "who gave
// her name only as Amira", "identified only as Rui", "named only as …".
func givenName(toks []token, seg span) span {
	for k := seg.s; k+1 < seg.e; k++ {
		w := toks[k].lower
		if w != "name" && w != "identified" && w != "named" {
			continue
		}
		j := k + 1
		if j < seg.e && toks[j].is("only") {
			j++
		}
		if j >= seg.e || !toks[j].is("as") {
			continue
		}
		j++
		e := j
		for e < seg.e && e-j < 3 && isNameWord(toks[e]) {
			e++
		}
		if e > j {
			return span{j, e}
		}
	}
	return noSpan
}

// restrictiveSubject widens np when it is the tail of a restrictive
// relative clause that opens the clause ("The shipping association that
// represents most of the port's operators", "A woman who had crossed …"):
// the speaker phrase then starts at the noun before "that"/"who". A phrase
// that merely contains "who"/"that" further left is narrowed to the noun
// before it.
func restrictiveSubject(toks []token, np span) span {
	if np.empty() {
		return np
	}
	// "A woman who had crossed with her three children": npLeft stopped at
	// a preposition inside the relative clause; look back over it.
	for j := np.s - 1; j >= 1 && j >= np.s-30; j-- {
		t := toks[j]
		if t.kind != tWord {
			return np
		}
		if !t.is("that", "who") || !relativeVerb(toks, j+1) {
			continue
		}
		head := npLeft(toks, j-1)
		if head.empty() || head.s > 0 && toks[head.s-1].kind == tWord && !toks[head.s-1].is("and", "but") {
			return np
		}
		if !isSpeakerHead(toks[head.e-1]) {
			return np
		}
		return span{head.s, np.e}
	}
	return np
}

// relativeVerb reports whether the word at i can open a relative clause's
// predicate ("that represents", "who had crossed"), not a new subject
// ("that officials said").
func relativeVerb(toks []token, i int) bool {
	if i >= len(toks) || toks[i].kind != tWord || toks[i].capitalized() {
		return false
	}
	w := toks[i].lower
	switch {
	case auxiliaries[w] || isAdverb(toks[i]):
		return true
	case isSourceHead(w) || bodyHeads[w] || determiners[w] || possessiveDets[w] || pronouns[w]:
		return false
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// isSpeakerHead reports whether a word can head a speaker phrase: a name,
// a body, a source, a person noun.
func isSpeakerHead(t token) bool {
	w := t.lower
	return t.capitalized() || isSourceHead(w) || bodyHeads[w] || docHeads[w] || titleWords[w] || personNouns[w]
}

// personNouns name a person without saying who ("a woman who …").
var personNouns = set(`man woman men women boy girl mother father son daughter wife husband brother sister
	nurse doctor teacher farmer worker driver owner shopkeeper vendor fisherman passenger patient
	student survivor relative neighbour neighbor villager refugee migrant voter protester activist coach`)

// sentenceSubject reads the subject of the frame's main clause, from s to
// its verb before limit: the opening noun phrase, or the name of an
// appositive pair ("A UN envoy for the region, Ingrid Solberg,") with the
// other part as the role, or a name followed by interrupters ("Haddad,
// speaking to reporters,").
func (fa *frameAnalysis) sentenceSubject(s, limit int) (np, role span) {
	toks := fa.toks
	e := s
	for e < limit && e-s < 30 {
		t := toks[e]
		if t.kind == tQuote || t.kind == tPunct && !t.punct(",") {
			return span{}, noSpan
		}
		if e > s && t.kind == tWord && t.text == t.lower && verbLike(toks, e) {
			break
		}
		e++
	}
	if e >= limit {
		return span{}, noSpan
	}
	region := trimPunct(toks, span{s, e})
	if region.empty() {
		return span{}, noSpan
	}
	c := firstComma(toks, region)
	if c < 0 {
		return region, noSpan
	}
	head := span{region.s, c}
	rest := trimPunct(toks, span{c + 1, region.e})
	if !rest.empty() && hasName(toks[rest.s:rest.e]) && firstComma(toks, rest) < 0 && toks[rest.s].capitalized() {
		return rest, head // "A UN envoy for the region, Ingrid Solberg,"
	}
	if !rest.empty() && interrupterKind(toks, rest, c) != notInterrupter {
		return head, noSpan // "Haddad, speaking to reporters,"
	}
	return span{}, noSpan
}

// verbLike reports whether the lower-case word at i reads as the main verb
// of a clause: an auxiliary, a cue verb, or a past tense (-ed, or a common
// irregular one) not right after a determiner ("the armed forces").
func verbLike(toks []token, i int) bool {
	w := toks[i].lower
	if auxiliaries[w] {
		return true
	}
	if _, ok := cueVerbs[w]; ok && !strings.HasSuffix(w, "ing") {
		return true
	}
	if determiners[wordAt(toks, i-1)] || possessiveDets[wordAt(toks, i-1)] {
		return false
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4 || pastVerbs[w]
}

// pastVerbs are irregular past tenses that end a subject phrase.
var pastVerbs = set("struck went held met made gave took sent kept left led spoke came saw stood chose brought thought found began rose fell won lost sat ran set put got")

// datelineEnd returns the first token after a wire story's dateline
// ("KORVA, July 3 (Meridian) — Rescue teams …": a capitalized place, a
// date, maybe an agency, a dash), or 0 when the frame has none.
func datelineEnd(toks []token) int {
	if len(toks) < 3 || toks[0].kind != tWord || !isAcronym(toks[0].text) && !toks[0].capitalized() {
		return 0
	}
	for k := 1; k < len(toks) && k < 14; k++ {
		switch t := toks[k]; {
		case t.kind == tPunct && (t.text == "—" || t.text == "–" || t.text == "-" || t.text == "--"):
			if toks[0].text == strings.ToUpper(toks[0].text) {
				return k + 1
			}
			return 0
		case t.kind == tQuote || t.punct(".") || t.punct(";") || t.punct(":"):
			return 0
		}
	}
	return 0
}

// aliasSpeaker is the person a relative clause names ("who gave her name
// only as Amira").
func (x *extractor) aliasSpeaker(toks []token, a *attribution) int {
	name := x.article[toks[a.alias.s].start:toks[a.alias.e-1].end]
	return x.personSpeaker(name, nil, nil)
}

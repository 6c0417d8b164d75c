package quotes

// span is a token range [s, e) of a frame.
type span struct{ s, e int }

func (p span) empty() bool { return p.e <= p.s }

// attribution is one cue of a frame with the phrase naming its speaker and
// the words it attributes.
type attribution struct {
	cue
	np       span // the speaker phrase
	role     span // a role set beside the name ("…, Commander of …," or "the council's director-general, Amara Osei,")
	anchor   int  // first token of the attribution: ends a clause before it
	shares   bool // the speaker is the previous attribution's ("…, adding that", "…, who warned")
	inverted bool // the speaker follows the verb ("…,” said Reyes)
	content  span // the attributed words; empty with lookback set
	trailing bool // the words come before the cue ("…, X said")
	lookback bool // "X said." alone: the words are the previous frame's quotation
	extent   int  // last token of the whole attribution
	// relay marks an attribution that only relays the words another one
	// attributes (relays.go): its speaker is that one's via.
	relay bool
	// via is the offset, in the frame's attributions, of the relay that
	// passed these words on: -1 the one before, +1 the one after, 0 none.
	via int
	// alias is a name the text gives the speaker in a clause beside it
	// ("who gave her name only as Amira"), or {-1, -1}.
	alias     span
	relClause bool // a relative cue ("…, which says …"): its clause ends at the next comma
}

// noSpan is an absent optional span.
var noSpan = span{-1, -1}

// frameAnalysis finds the attributions of one frame. Every step is a
// bounded look around a cue or an O(1) lookup in tables built in one pass,
// so a frame costs time linear in its tokens.
type frameAnalysis struct {
	toks     []token
	anchorAt []bool
	conjAt   []bool // "and"/"but" opening a cue that shares the subject
	// next* give, for each token index, the first token at or after it of a
	// kind (len(toks) when none): they end a clause without rescanning.
	nextSemi, nextAnchorComma, nextRelComma, nextComma []int
	nextAnchorConj                                     []int // "and"/"but" before a cue that shares the subject
	nextStop                                           []int // sentence-final punctuation
	subordinate                                        bool  // the frame opens with "While …,", "Although …,"
	firstComma                                         int
	cands, out                                         []attribution // buffers reused from frame to frame
}

// analyzeFrame returns the attributions of a frame in order. A cue inside
// the words another cue attributes is left out, unless it is a nested
// source (relays.go): a saying verb whose subject opens those words, which
// then takes the words and makes the outer attribution its relay. Relays
// and the attributions they relay are marked (relay, via). fa's tables are
// reused from frame to frame.
func analyzeFrame(fa *frameAnalysis, toks []token) []attribution {
	fa.toks = toks
	cands := fa.candidates()
	fa.tables(cands)
	out := fa.out[:0]
	prevEnd := datelineEnd(toks) // "KESTOW, Feb 9 (Wirepost) -" is nobody's words
	claimed, owner := span{}, -1 // the words the last forward attribution took, and its index in out
	for ci := 0; ci < len(cands); ci++ {
		a := cands[ci]
		if a.first >= claimed.s && a.first < claimed.e {
			if owner >= 0 && fa.relayed(&a, claimed, &out[owner]) {
				out[owner].relay = true
				a.via = owner - len(out)
				out = append(out, a)
				owner = -1
			}
			continue // nested
		}
		if a.shares && len(out) == 0 && !fa.subjectOf(&a) {
			continue // a participle with no speaker to share
		}
		if ci+1 < len(cands) && fa.medialRelay(&a, &cands[ci+1]) {
			out = append(out, a) // "Marin, the official said, had told …": a relays the next
			continue
		}
		if ci+1 < len(cands) && fa.parenthetical(&a, &cands[ci+1]) {
			a.via = 1
			out = append(out, a, cands[ci+1])
			claimed, owner = a.content, -1
			prevEnd = a.extent + 1
			ci++
			continue
		}
		if !fa.complete(&a, prevEnd) {
			if fa.trailingRelay(&a, out) {
				prevEnd = a.extent + 1
				out = append(out, a)
			}
			continue
		}
		if !a.trailing && !a.lookback && !a.relay {
			claimed, owner = a.content, len(out)
		}
		prevEnd = a.extent + 1
		out = append(out, a)
	}
	fa.out = out
	return out
}

// subjectOf gives a cue that shares a subject, with no cue before it, the
// sentence's subject: "The harbour authority defended the timetable …,
// saying …", "A UN envoy …, Ingrid Solberg, welcomed the extension and
// said …" (subjects.go).
func (fa *frameAnalysis) subjectOf(a *attribution) bool {
	toks := fa.toks
	s := datelineEnd(toks)
	if s < len(toks) && (leftStops[toks[s].lower] || subordinators[toks[s].lower]) {
		s = fa.nextComma[s] + 1 // after an opening adverbial
	}
	np, role := fa.sentenceSubject(s, a.first)
	if np.empty() || np.e >= a.first {
		return false
	}
	a.np, a.role, a.shares, a.anchor = np, role, false, a.first
	return true
}

// candidates finds the cues of the frame and the speaker phrase of each.
func (fa *frameAnalysis) candidates() []attribution {
	out := fa.cands[:0]
	if a, ok := fa.label(); ok {
		out = append(out, a)
	}
	for i := 0; i < len(fa.toks); i++ {
		c, ok := cueAt(fa.toks, i)
		if !ok {
			continue
		}
		if c.kind == cueQuoted {
			out, i = fa.quotedPair(out, c)
			continue
		}
		a := attribution{cue: c, anchor: c.first, role: noSpan, alias: noSpan}
		if fa.locateSpeaker(&a, out) {
			out = append(out, a)
		}
		i = c.last
	}
	fa.cands = out
	return out
}

// label recognizes a round-up's attribution: the frame opens with a name,
// maybe a role and an organization after commas, then a colon and a
// quotation ("Ben Jealous, Executive Director, Sierra Club: “…”"). No cue
// verb may come before the colon: "Kirby told CNN: “…”" is a "told".
func (fa *frameAnalysis) label() (attribution, bool) {
	toks := fa.toks
	if len(toks) < 3 || !toks[0].capitalized() {
		return attribution{}, false
	}
	comma := -1
	for i := 0; i < len(toks) && i < 24; i++ {
		t := toks[i]
		switch {
		case t.punct(":"):
			if i == 0 || i+1 >= len(toks) || toks[i+1].kind != tQuote || comma == 0 {
				return attribution{}, false
			}
			a := attribution{cue: cue{kind: cueLabel, first: i, last: i, from: i}, np: span{0, i}, role: noSpan, alias: noSpan}
			if comma > 0 {
				a.np, a.role = span{0, comma}, span{comma + 1, i}
			}
			a.extent = i
			return a, true
		case t.punct(","):
			if comma < 0 {
				comma = i
			}
		case t.kind != tWord:
			return attribution{}, false
		default:
			if _, ok := cueAt(toks, i); ok {
				return attribution{}, false
			}
		}
	}
	return attribution{}, false
}

// locateSpeaker finds the speaker phrase of a cue: after "according to",
// before the verb, after it when inverted, or shared with the cue before.
func (fa *frameAnalysis) locateSpeaker(a *attribution, prev []attribution) bool {
	toks := fa.toks
	if a.kind == cueAccording {
		a.np = npRight(toks, a.last+1)
		if e := a.np.e; !a.np.empty() && docNouns[toks[e-1].lower] && e+1 < len(toks) && toks[e].is("from", "by") {
			a.np = npRight(toks, e+1) // "according to a statement from X": X is the speaker
		}
		if a.first == 0 || toks[a.first-1].kind != tWord {
			a.np.e = sourceEnd(toks, a.np) // "According to a union official present at the talks, …"
		}
		a.extent = fa.appositive(a, a.np)
		return !a.np.empty()
	}
	i := skipAuxLeft(toks, a.first-1, a.ing)
	switch {
	case i >= 0 && toks[i].is("who", "which"):
		return fa.relative(a, i, prev)
	case i >= 0 && toks[i].is("and", "but"):
		// "called the blockade “…” and said", "said A, but warned that B"
		a.shares, a.extent, a.anchor = true, a.last, i+1
		return true
	case a.ing && i >= 0 && toks[i].punct(","):
		a.shares, a.extent = true, a.last
		return true
	}
	if i >= 1 && toks[i].punct(",") && !fa.invertible(a) && fa.interrupted(a, i) {
		return true // "The official, who spoke …, said" (subjects.go)
	}
	if i >= 1 && toks[i].kind == tQuote && fa.quoteEndsComma(i) && !fa.invertible(a) && fa.interrupted(a, i+1) {
		return true // "The council, which called it “a dark day,” said"
	}
	a.np = restrictiveSubject(toks, npLeft(toks, i))
	if a.np.empty() && i >= 1 && toks[i].punct(",") && !fa.invertible(a) {
		a.np = fa.commaSubject(a, i) // "Osei, 58, said", "Lena Varga, wrote"
	}
	if !a.np.empty() {
		fa.subjectAppositive(a)
		a.anchor, a.extent = a.np.s, a.last
		if a.role.s >= 0 && a.role.s < a.np.s {
			a.anchor = a.role.s
		}
		return true
	}
	// "“…,” said Reyes, the ministry's chief engineer."
	if i < 0 || toks[i].kind == tQuote || toks[i].punct(",") {
		a.np = npRight(toks, a.last+1)
		a.inverted = true
		a.extent = fa.appositive(a, a.np)
		return !a.np.empty()
	}
	return false
}

// sourceEnd extends the source of a clause-initial "According to X," to
// the comma that closes it: everything before that comma describes X
// ("a union official present at the meeting"). Without such a comma close
// by, the phrase is left as read.
func sourceEnd(toks []token, np span) int {
	if np.empty() {
		return np.e
	}
	for j := np.e; j < len(toks) && j < np.e+12; j++ {
		switch t := toks[j]; {
		case t.punct(","):
			return j
		case t.kind != tWord || t.is("that", "said", "told"):
			return np.e
		}
	}
	return np.e
}

// invertible reports whether a speaker phrase follows the verb and ends
// its clause ("…, said Kirby."), rather than the verb opening one ("Osei,
// 58, said the council would …").
func (fa *frameAnalysis) invertible(a *attribution) bool {
	if a.kind == cueTell {
		return false // "told reporters: “…”" names a hearer, never the speaker
	}
	np := npRight(fa.toks, a.last+1)
	return !np.empty() && (np.e >= len(fa.toks) || fa.toks[np.e].kind == tPunct && !fa.toks[np.e].punct(":"))
}

// commaSubject reads a speaker whose appositive ends right before the verb:
// "Amara Osei, said" after "the council's director-general,", "Osei, 58,
// said". The role before the name, if any, goes to a.role.
func (fa *frameAnalysis) commaSubject(a *attribution, comma int) span {
	toks := fa.toks
	np := npLeft(toks, comma-1)
	if np.e-np.s == 1 && isNumber(toks[np.s].text) && np.s >= 2 && toks[np.s-1].punct(",") {
		np = npLeft(toks, np.s-2) // an age
	}
	if np.empty() {
		return np
	}
	if np.s >= 2 && toks[np.s-1].punct(",") && hasName(toks[np.s:np.e]) || np.e-np.s == 1 && toks[np.s].capitalized() {
		r := npLeft(toks, np.s-2)
		if np.s >= 2 && !r.empty() && (roleLike(toks[r.s:r.e]) || isBodyRole(toks[r.s:r.e])) && !hasName(toks[r.s:r.e]) {
			a.role = r // "the council's director-general, Amara Osei,"; "The operator, Nordmet Mining,"
		}
	}
	return np
}

// relative handles "…, according to Hossein Salami, Commander of …, who
// warned that …": "who" right after the previous attribution's speaker
// phrase is that speaker.
func (fa *frameAnalysis) relative(a *attribution, who int, prev []attribution) bool {
	a.anchor, a.extent, a.relClause = who, a.last, true
	if n := len(prev); n > 0 && who >= 2 && fa.toks[who-1].punct(",") && prev[n-1].extent >= who-2 {
		a.shares = true
		return true
	}
	end := who - 1
	if end >= 0 && fa.toks[end].punct(",") {
		end--
	}
	a.np = npLeft(fa.toks, end)
	return !a.np.empty()
}

// subjectAppositive turns "Hossein Salami, Commander of …, warned" around:
// the phrase before the verb is a role, the name is before the comma.
func (fa *frameAnalysis) subjectAppositive(a *attribution) {
	toks := fa.toks
	if a.np.s < 2 || !toks[a.np.s-1].punct(",") || !roleLike(toks[a.np.s:a.np.e]) || hasName(toks[a.np.s:a.np.e]) {
		return
	}
	name := npLeft(toks, a.np.s-2)
	if name.empty() || !toks[name.e-1].capitalized() || name.s > 0 && leftStops[wordAt(toks, name.s-1)] {
		return // "In Brussels, a spokesperson said": a place, not a name
	}
	a.role = a.np
	a.np = name
}

// appositive reads a role after a forward speaker phrase (", Commander of
// Iran’s …,") and returns the last token of the attribution so far.
func (fa *frameAnalysis) appositive(a *attribution, np span) int {
	toks := fa.toks
	end := max(np.e-1, a.last)
	if np.empty() || np.e+1 >= len(toks) || !toks[np.e].punct(",") || !toks[np.e-1].capitalized() && !roleLike(toks[np.s:np.e]) {
		return end
	}
	j := np.e + 1
	for j < len(toks) && j < np.e+30 && toks[j].kind == tWord && !toks[j].is("who", "whose", "which", "that") {
		j++
	}
	if j == np.e+1 {
		return end
	}
	if hasName(toks[np.e+1:j]) && describesPerson(toks[np.s:np.e]) && (j >= len(toks) || toks[j].kind == tPunct) {
		// "the authority's chief executive, Ruth Lindqvist,": the name comes second
		a.role, a.np = np, span{np.e + 1, j}
		return min(j, len(toks)-1)
	}
	if !roleLike(toks[np.e+1:j]) && !nounAppositive(toks, np.e+1, j) {
		return end
	}
	a.role = span{np.e + 1, j}
	switch {
	case j < len(toks) && toks[j].is("who", "whose"):
		// "…, said Anders Lund, a broker who has …": the relative clause is about the speaker
		return relativeEnd(toks, j)
	case j < len(toks) && toks[j].punct(","):
		return j
	}
	return j - 1
}

// describesPerson reports whether a phrase describes a person a name may
// follow: a role ("the authority's chief executive") or a person noun
// ("her lawyer", "a neighbour").
func describesPerson(ts []token) bool {
	return roleLike(ts) || len(ts) > 0 && personNouns[ts[len(ts)-1].lower]
}

// tables fills the anchor and next-boundary tables of the frame.
func (fa *frameAnalysis) tables(cands []attribution) {
	n := len(fa.toks)
	fa.anchorAt = grow(fa.anchorAt, n+2)
	clear(fa.anchorAt)
	fa.conjAt = grow(fa.conjAt, n+1)
	clear(fa.conjAt)
	for _, a := range cands {
		if a.anchor >= 0 && a.anchor < n {
			fa.anchorAt[a.anchor] = true
		}
		if a.shares && !a.ing && a.anchor >= 1 && a.anchor <= n && fa.toks[a.anchor-1].is("and", "but") {
			fa.conjAt[a.anchor-1] = true // "… and said", "…, but warned": a second cue of the subject
		}
	}
	fa.nextSemi = grow(fa.nextSemi, n+1)
	fa.nextAnchorComma = grow(fa.nextAnchorComma, n+1)
	fa.nextRelComma = grow(fa.nextRelComma, n+1)
	fa.nextComma = grow(fa.nextComma, n+1)
	fa.nextAnchorConj = grow(fa.nextAnchorConj, n+1)
	fa.nextStop = grow(fa.nextStop, n+1)
	fa.nextSemi[n], fa.nextAnchorComma[n], fa.nextRelComma[n], fa.nextComma[n], fa.nextAnchorConj[n], fa.nextStop[n] = n, n, n, n, n, n
	for i := n - 1; i >= 0; i-- {
		fa.nextSemi[i], fa.nextAnchorComma[i], fa.nextRelComma[i], fa.nextComma[i] =
			fa.nextSemi[i+1], fa.nextAnchorComma[i+1], fa.nextRelComma[i+1], fa.nextComma[i+1]
		fa.nextAnchorConj[i], fa.nextStop[i] = fa.nextAnchorConj[i+1], fa.nextStop[i+1]
		t := fa.toks[i]
		if t.punct(".") || t.punct("!") || t.punct("?") {
			fa.nextStop[i] = i
		}
		switch {
		case t.is("and", "but") && fa.conjAt[i]:
			fa.nextAnchorConj[i] = i
		case t.punct(";"):
			fa.nextSemi[i] = i
		case t.punct(","):
			fa.nextComma[i] = i
			if fa.anchorAfterComma(i) {
				fa.nextAnchorComma[i] = i
			}
			if i+1 < n && fa.toks[i+1].is("which", "who", "while", "whereas") {
				fa.nextRelComma[i] = i
			}
		}
	}
	fa.firstComma = fa.nextComma[0]
	fa.subordinate = n > 0 && subordinators[fa.toks[0].lower]
}

// grow returns s resized to n, reusing its array when large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// anchorAfterComma reports whether the comma at i is followed (maybe after
// "and"/"but") by the start of another attribution: the clause before it ends.
func (fa *frameAnalysis) anchorAfterComma(i int) bool {
	if fa.anchorAt[i+1] {
		return true
	}
	return i+2 < len(fa.toks) && fa.toks[i+1].is("and", "but") && fa.anchorAt[i+2]
}

package commitment

import (
	"slices"
	"strings"
	"unicode"
)

// Discourse is what a text has established before the sentence being read,
// for a news article, whose sentences lean on the ones before them: "EU
// foreign ministers threatened Kestria …. In a statement, the ministers
// said the bloc would never recognise …. It also calls on Kestria …". A
// news article's author commits to nothing and has no principals: its
// "the statement", "the bloc", "the council" and sentence-opening "It" are
// the actors it has been reporting. An official statement's are its
// issuer's, as Extract reads them; Discourse changes only a sentence that
// opens with "It" there, which continues the subject the sentence before
// opened with ("France will host …. It will also increase …").
type Discourse struct {
	narrated  bool
	named     []naming          // actors named so far, latest last
	heads     map[string]string // group noun → the actor it last stood for ("ministers" → the EU's)
	salient   string            // the actor of the latest speech act or report
	statement string            // whose statement the text last reported
	toks      []token           // the last sentence's tokens: their room is the next one's
	opener    string            // the actor the last sentence opened with ("France will host …")
	pair      []string          // the last two actors a subject coordinated ("Velm and Arden agreed …")
	offices   map[string]string // office noun → whose official the text last named with it (foreignOffices)
	official  string            // whose official the last sentence named, when it did not open with the issuer's office
	issuer    issuerMemo        // the speaker's actor, read once for the text rather than once a sentence
	next      string            // the sentence after the one read next (Next): where a quotation may close
}

// Next tells d the sentence that follows the one ExtractIn reads next, ""
// at the end of the text: a quotation that runs on into it may name its
// speaker there ("“We will rebuild every school. We will not leave
// anyone behind,” the minister said.").
func (d *Discourse) Next(sentence string) {
	if d != nil {
		d.next = sentence
	}
}

// issuerMemo is the actor of one speaker in one gazetteer.
type issuerMemo struct {
	set   bool
	sp    Speaker
	g     *Gazetteer
	actor string
	known bool
}

// actorOf is g.actorOf(sp), remembered for the text's next sentences.
func (m *issuerMemo) actorOf(g *Gazetteer, sp Speaker) (string, bool) {
	if !m.set || m.sp != sp || m.g != g {
		m.actor, m.known = g.actorOf(sp)
		m.set, m.sp, m.g = true, sp, g
	}
	return m.actor, m.known
}

// naming is an actor as the text named it ("the Keldari Transitional
// Council", an actor the gazetteer knows as Keldar), with the kind word
// the text typed it with ("Orrin Lines, a ferry company"), if any.
type naming struct{ text, actor, kind string }

// NewDiscourse starts reading a text by sp.
func NewDiscourse(sp Speaker) *Discourse {
	return &Discourse{narrated: isNarrator(sp)}
}

// ExtractIn is Extract for the next sentence of a text: it resolves what
// the sentence refers back to with d, and adds what the sentence
// establishes to d. A nil d is Extract.
func ExtractIn(sentence string, sp Speaker, g *Gazetteer, d *Discourse) []Commitment {
	if d == nil {
		return Extract(sentence, sp, g)
	}
	x := newExtractionInto(sentence, g, d.toks[:0]) // the tokens of one sentence are dropped before the next
	if d.narrated {
		x.disc = d
	}
	x.opener = d.opener
	x.offices, x.official = d.offices, d.official
	x.next = d.next
	x.issuer = &d.issuer
	out := x.extract(sp)
	if x.disc != nil {
		d.observe(x)
	}
	d.offices = x.ownOffices(x.foreignOffices(d.offices))
	d.official = ""
	if !x.opensWithOffice() {
		d.official = x.named
	}
	if d.official == "" && x.thirdReporter() {
		d.official = unnamedOfficial // "The Minister informed me …" with no minister named: "He" after it is nobody known
	}
	d.opener = x.openingActor()
	d.toks = x.toks
	return out
}

// narratorWords in a speaker's name or organisation mark a news medium: a
// text that reports what others say and commits to nothing itself.
var narratorWords = set("news reporter reporters correspondent correspondents wire journalist journalists newspaper newsroom")

func isNarrator(sp Speaker) bool {
	for _, s := range []string{sp.Name, sp.Organization} {
		words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
		for i, w := range words {
			if narratorWords[w] && !(i+1 < len(words) && strings.HasPrefix(words[i+1], "release")) {
				return true // but a "news release" is the issuer's own
			}
		}
	}
	return false
}

// observe records the actors the sentence named, the latest actor who
// spoke or committed in it, and whose statement it reported.
func (d *Discourse) observe(x *extraction) {
	for _, m := range x.ments {
		if m.actor != x.doc {
			text := strings.ToLower(x.s[x.toks[m.start].start:x.toks[m.end-1].end])
			kind := x.typedIn(m)
			for _, n := range d.named {
				if n.text == text && kind == "" {
					kind = n.kind // typed once ("the charity Carrow Relief"), named bare after
				}
			}
			d.named = append(slices.DeleteFunc(d.named, func(n naming) bool { return n.text == text }), naming{text, m.actor, kind})
		}
	}
	for _, b := range x.bodies {
		text := strings.ToLower(b)
		d.named = append(slices.DeleteFunc(d.named, func(n naming) bool { return n.text == text }), naming{text: text, actor: b})
	}
	for _, a := range x.anchors {
		if s := a.subj; s.kind == sActor && !a.inherited && groupHeads[x.word(s.end)] {
			if d.heads == nil {
				d.heads = map[string]string{}
			}
			d.heads[x.word(s.end)] = s.actor // "European Union foreign ministers threatened …"
		}
	}
	for _, m := range x.ments {
		if x.word(m.end) != "'s" || m.actor == x.doc {
			continue
		}
		// "Estavia's agriculture ministry banned …": "the ministry" after it
		for k := m.end + 1; k < len(x.toks) && k <= m.end+4 && x.toks[k].kind == tWord; k++ {
			if w := x.word(k); groupHeads[w] {
				if d.heads == nil {
					d.heads = map[string]string{}
				}
				d.heads[w] = m.actor
				break
			} else if !npModifiers[w] && !portfolios[w] {
				break
			}
		}
	}
	for _, a := range x.anchors {
		if s := a.subj; s.kind == sActor && !a.inherited && len(s.also) == 1 && s.also[0] != s.actor {
			d.pair = []string{s.also[0], s.actor} // "Velm and Arden demanded …": "the two countries" after it
		}
	}
	for _, f := range x.frames {
		if len(f.also) == 1 && f.also[0] != f.actor && f.known {
			d.pair = []string{f.also[0], f.actor} // "Velm and Arden said they would …"
		}
	}
	speaker := ""
	for _, f := range x.frames {
		if f.known && !f.epistemic && f.actor != x.doc {
			speaker = f.actor
		}
	}
	for _, a := range x.anchors {
		if a.ok && a.actor != "" && a.actor != x.doc {
			speaker = a.actor
		}
	}
	if speaker == "" {
		return
	}
	d.salient = speaker
	for _, t := range x.toks {
		if statementNouns[t.w] {
			d.statement = speaker
			break
		}
	}
}

// groupHeads are the common nouns by which a news article refers back to
// an actor it has named: "the bloc", "the ministers", "the council", "the
// fund", and an armed group's "the rebels".
var groupHeads = set(`bloc alliance union ministers leaders council government commission league organisation
	organization agency authorities group coalition administration ministry country region company firm bank
	charity airline state court authority regulator federation association committee fund
	rebels insurgents militants gunmen`)

// speakerGroups are the group nouns that need no name to refer back: the
// body the article was reporting ("the bloc", "the ministers said").
var speakerGroups = set("bloc alliance ministers leaders coalition group agency organisation organization")

// referent resolves a definite description of a narrated text ("the
// council", "the bloc", "the ministers") to the actor it refers back to:
// the latest actor named with the noun ("the Keldari Transitional
// Council") or typed by it ("Norvex Shipping" for "the company", see
// kinds.go), else the actor the noun last stood for ("European Union
// foreign ministers … the ministers"), else, for a body the article
// reports ("the bloc"), the actor it was reporting; "" when none.
func (d *Discourse) referent(head string) string { return d.referentOf(head, false) }

// referentOf is referent; namedOnly leaves out the guess from salience.
func (d *Discourse) referentOf(head string, namedOnly bool) string {
	for i := len(d.named) - 1; i >= 0; i-- {
		n := d.named[i]
		if n.kind == head || typedAs(n.text, head) {
			return n.actor
		}
		for _, w := range strings.Fields(n.text) {
			if w == head || w+"s" == head {
				return n.actor
			}
		}
	}
	if a, ok := d.heads[head]; ok {
		return a
	}
	if speakerGroups[head] && !namedOnly {
		return d.salient
	}
	return ""
}

// statementOwner is whose statement "the statement" of a narrated text is.
func (d *Discourse) statementOwner() string {
	if d.statement != "" {
		return d.statement
	}
	return d.salient
}

// ownBodies are the nouns by which a reporter speaks of its own state or
// body: "the government", "the ministry".
var ownBodies = set(`government authorities administration ministry leadership bloc alliance union organisation organization league
	country region state agency council commission committee community company firm airline`)

// stateWords name a state's own bodies, which a company or an armed
// group has none of: "the government" in a company's words is another's.
var stateWords = set("government authorities administration ministry leadership country state")

// reportersOwn is the actor "the government" (or "the country", or a
// regional body's "the region") stands for in reported speech: the
// reporter's own ("Velm's foreign minister said the government
// would not allow …" is Velm's government), when the frame around token
// start has a known, named reporter; "" otherwise.
func (x *extraction) reportersOwn(start, head int) string {
	if !ownBodies[x.word(head)] || x.word(start) != "the" {
		return ""
	}
	// The innermost frame with a named reporter: "According to a senior EU
	// official, the High Representative told the ministers that the bloc
	// would …" is the EU's bloc.
	var best *frame
	for k := range x.frames {
		f := &x.frames[k]
		if f.from <= start && start < f.to && !f.quote && !f.epistemic && f.known && f.actor != "" && f.actor != x.doc &&
			(best == nil || f.from >= best.from) {
			best = f
		}
	}
	if best == nil || x.word(head) == "region" && !regionalBody(best.actor) || nonState(best.actor) && stateWords[x.word(head)] {
		return "" // "the region" is a regional body's own, not a state's; a company has no government
	}
	return best.actor
}

// regionalBody reports whether an actor's name is that of a body of
// states ("… Development Community", "Nordic Union"): its "the region"
// is itself.
func regionalBody(actor string) bool {
	f := strings.Fields(strings.ToLower(actor))
	return len(f) > 1 && bodyHeads[f[len(f)-1]]
}

var bodyHeads = set("community union league organisation organization association bloc alliance")

// openingActor is the actor the sentence opens with as its subject ("France
// will host …", "The League of Arab States reaffirms …"): the antecedent
// of a next sentence's opening "It" ("It will also increase its aid …").
// "" when the sentence opens otherwise.
func (x *extraction) openingActor() string {
	if len(x.mentionAt) == 0 {
		return "" // a sentence without a trigger word is not read for its names
	}
	m := x.mentionAt[0]
	if m < 0 && x.word(0) == "the" && len(x.toks) > 1 {
		m = x.mentionAt[1]
	}
	if m < 0 && x.disc == nil && x.opensWithOffice() {
		return x.doc // "The Government will not tolerate …. It may also consider …": the issuer's office
	}
	if m < 0 || x.ments[m].start > 1 {
		return ""
	}
	next := x.ments[m].end
	if next >= len(x.toks) || x.toks[next].kind != tWord || x.word(next) == "'s" || x.toks[next].upper {
		return "" // "France's aid …", "France, Japan …": not the subject alone
	}
	return x.ments[m].actor
}

// opensWithOffice reports whether the sentence's first predicate has for
// subject an office of the issuer named bare at its start ("The Commission
// reaffirms …", "The Government will …").
func (x *extraction) opensWithOffice() bool {
	if len(x.anchors) == 0 {
		return false
	}
	a := x.anchors[0]
	return !a.inherited && a.subj.kind == sFirst && a.subj.office && a.subj.start == 0
}

// pairNouns name the states of a pair a news article refers back to:
// "the two countries", "both governments".
var pairNouns = set("countries governments states nations capitals agencies organisations organizations groups unions companies charities")

// namedPair reads, in a news article, "the two countries" or "both
// governments" as the pair of actors a subject last coordinated ("Velm and
// Arden demanded …. Ministers from the two countries agreed …"): each
// commits. A pair named after a preposition is the subject only when it
// says whose a group is ("ministers from the two countries").
func (x *extraction) namedPair(j int) (subject, bool) {
	if x.disc == nil || !pairNouns[x.word(j)] && x.word(j) != "sides" {
		return subject{}, false
	}
	pair := x.disc.pair
	if p := x.pairBetween(j); p != nil {
		pair = p // "Talks between Velm and the Arden Front … but both sides said …"
	}
	if len(pair) != 2 {
		return subject{}, false
	}
	start := j - 1
	switch {
	case x.word(start) == "two" && x.word(start-1) == "the":
		start--
	case x.word(start) == "both":
	default:
		return subject{}, false
	}
	if p := x.word(start - 1); prepositions[p] {
		if (p != "from" && p != "of") || !groupHeads[x.word(start-2)] && !officeHeads[x.word(start-2)] {
			return subject{}, false // "aid to the two countries": an object
		}
		start = x.modifiersStart(start - 2)
	}
	return subject{kind: sActor, actor: pair[1], also: []string{pair[0]}, start: start, end: j, plural: true}, true
}

// pairBetween is the pair of actors named "between X and Y" earlier in the
// sentence than token j, or nil.
func (x *extraction) pairBetween(j int) []string {
	for k := 0; k+1 < j; k++ {
		if x.word(k) != "between" {
			continue
		}
		m := x.mentionAt[k+1]
		for n := k + 1; m < 0 && n < j && n <= k+3 && x.toks[n].kind == tWord; n++ {
			m = x.mentionAt[n] // "between Velm's government and …", "between the rebel Arden Front and …"
		}
		if m < 0 {
			continue
		}
		for n := x.ments[m].end; n < j && n <= x.ments[m].end+3; n++ {
			if x.word(n) != "and" {
				continue
			}
			for q := n + 1; q < j && q <= n+4 && x.toks[q].kind == tWord; q++ {
				if o := x.mentionAt[q]; o >= 0 && x.ments[o].actor != x.ments[m].actor {
					return []string{x.ments[m].actor, x.ments[o].actor}
				}
			}
		}
	}
	return nil
}

// speakerActor is the actor of the sentence's speaker, through the text's
// memo when the sentence is read in a text.
func (x *extraction) speakerActor(sp Speaker) (string, bool) {
	if x.issuer != nil {
		return x.issuer.actorOf(x.g, sp)
	}
	return x.g.actorOf(sp)
}

// targetReferent reads, in a news article, an addressee without a name of
// its own as the actor it refers back to: "the council", "the authorities"
// as the latest actor named or typed with the noun ("urged the
// authorities to …" after "Velm's authorities"), "both governments",
// "the two countries" as the member of the pair a subject
// last coordinated that is not the one committing. from and last are the
// addressee's first and head tokens; "" when it refers to none.
func (x *extraction) targetReferent(from, last int, self string) string {
	if x.disc == nil || last <= from {
		return ""
	}
	w := x.word(last)
	pair := x.word(from) == "both" && last == from+1 ||
		x.word(from) == "the" && x.word(from+1) == "two" && last == from+2
	if pair && pairNouns[w] { // not "both sides": the parties to a fight, not a pair that spoke together
		for _, a := range x.disc.pair {
			if a != self {
				return a
			}
		}
		return ""
	}
	if x.word(from) == "the" && last == from+1 && groupHeads[w] {
		if a := x.disc.referentOf(w, true); a != self {
			return a
		}
	}
	return ""
}

// referredIn is the first actor other than self that a definite
// description in tokens [from, to) of a news article refers back to:
// "the council", "the authorities", "the Front" after "the Ashen Hill
// Front" (Discourse.referentOf, from names only); "" when none.
func (x *extraction) referredIn(from, to int, self string) string {
	if x.disc == nil {
		return ""
	}
	for k := max(from, 1); k < to && k < len(x.toks); k++ {
		w := x.word(k)
		if x.word(k-1) != "the" || x.mentionAt[k] >= 0 || placePreps[x.word(k-2)] {
			continue // "patrols around the bank": a place, not an addressee
		}
		if !groupHeads[w] && !(x.toks[k].upper && (k+1 >= len(x.toks) || !x.toks[k+1].upper)) {
			continue
		}
		if a := x.disc.referentOf(w, true); a != "" && a != self {
			return a
		}
	}
	return ""
}

package quotes

import "strings"

// How a speaker phrase becomes a voice (see also coref.go):
//
//   - A person is a phrase ending in a name: a run of capitalized words that
//     are not titles, organizations, places or times. The words before the
//     name are split into organization and role: a leading possessive
//     ("AWN’s") or capitalized run followed by lower-case words ("White
//     House | national security spokesperson") is the organization, the rest
//     the role; an adjective of nationality becomes the country ("Israeli
//     Minister" → Israel, Minister). A role set beside the name ("Hossein
//     Salami, Commander of Iran’s Islamic Revolutionary Guard Corps," or
//     "the council's director-general, Amara Osei,") is the role as written; the organization is what follows its
//     last "of", a leading possessive country dropped: the most specific body
//     named (Islamic Revolutionary Guard Corps, not Iran). Two mentions are
//     one person when their names are equal or one is the other's surname.
//   - An anonymous source is a phrase headed by "official", "source",
//     "aide", "authorities" (plural: "the harbour authority" is a body),
//     "diplomat", "spokesperson"… with no name. Two
//     mentions are one source when their keys are equal: the head's class
//     (official = source = aide = authorities), singular or plural, and the
//     remaining affiliation words, with determiners, rank words (senior, top,
//     high-ranking), what follows a post-modifier ("informed of …", "familiar
//     with …", "who …") and the president's name before "administration"
//     dropped, and US/U.S./American/United States read as one. So "a senior
//     administration official", "the senior administration source", "the top
//     administration official" and "a senior Biden administration official"
//     are one source; "a senior US military official" another; "U.S.
//     officials informed of the situation", "American officials" and "US
//     authorities" one group. "another X" is always a new source. A mention
//     with no affiliation ("the official", "officials") is the most recent
//     source of its class and number (coref.go).
//   - A body is a place or organization speaking as one ("Israel", "the
//     White House") or a phrase headed by a document or member noun
//     ("statement", "declaration", "members", "leaders") or an institution
//     ("ministry", "office", "government"). Its key is its proper-noun part
//     and the class of its head: documents and members are one class, so "the
//     G7 members issued a joint statement", "the G7 declaration" and (by
//     coreference) "the statement" are one voice, named after the first
//     mention ("G7 joint statement").
//   - A bare title ("the President", "the prime minister") is the most recent
//     person speaker with that role, else a person known only by the title.
//   - A plain noun for people ("critics", "Fishermen in the port of Keld") is
//     an anonymous group named as written.
//   - "I", "we", "you" (a transcript's speaker or reader) and phrases that
//     name no one ("the plans announced …") are no speaker: the cue is dropped.

// speakerRec is a voice as the extractor tracks it.
type speakerRec struct {
	Speaker
	key     string
	surname string // lowercased, persons only
	class   string // head class: anonymous sources and bodies
	plural  bool
	// provisional marks a body known only as a sentence subject (for "it
	// said"): the first cue that names it gives it its name.
	provisional bool
}

// registry holds the voices found so far.
type registry struct {
	recs    []*speakerRec
	byKey   map[string]int
	surname map[string]int // person speakers by lowercased surname, the first of each
	bodies  map[string]int // body speakers by lowercased name and by its first word, the first of each
	recent  []int          // speaker indices in order of use, most recent last
	another int            // counter that keeps each "another X" apart
	unknown int            // index of the "unattributed" speaker, -1 until needed
}

func newRegistry() registry {
	return registry{byKey: make(map[string]int), surname: make(map[string]int), bodies: make(map[string]int), unknown: -1}
}

// get returns the speaker with key, creating it with mk when new.
func (r *registry) get(key string, mk func() speakerRec) int {
	id, ok := r.byKey[key]
	if !ok {
		rec := mk()
		rec.key = key
		id = len(r.recs)
		r.recs = append(r.recs, &rec)
		r.byKey[key] = id
		if _, dup := r.surname[rec.surname]; rec.Kind == KindPerson && !dup {
			r.surname[rec.surname] = id
		}
		if rec.Kind == KindBody {
			r.nameBody(id)
		}
	}
	r.use(id)
	return id
}

// use marks a speaker as the most recently mentioned.
func (r *registry) use(id int) {
	r.recent = append(r.recent, id)
	if len(r.recent) > 4096 { // bounded memory on huge inputs; only the tail is searched
		r.recent = append(r.recent[:0], r.recent[len(r.recent)-256:]...)
	}
}

// recentMatch returns the most recently used speaker that ok accepts among
// the last 256 uses, or -1. The bound keeps a lookup O(1) on long texts.
func (r *registry) recentMatch(ok func(*speakerRec) bool) int {
	for i, n := len(r.recent)-1, 0; i >= 0 && n < 256; i, n = i-1, n+1 {
		if id := r.recent[i]; ok(r.recs[id]) {
			return id
		}
	}
	return -1
}

// unattributed returns the speaker that collects quotations no cue attributes.
func (r *registry) unattributed() int {
	if r.unknown < 0 {
		r.unknown = r.get("unknown:", func() speakerRec {
			return speakerRec{Speaker: Speaker{Name: "unattributed", Kind: KindUnknown}}
		})
	}
	return r.unknown
}

// public returns the exported view of speaker id, without quotes.
func (r *registry) public(id int) Speaker {
	s := r.recs[id].Speaker
	s.Quotes = nil
	return s
}

// resolve returns the speaker of an attribution, or -1 when its phrase names none.
func (x *extractor) resolve(toks []token, a *attribution) int {
	np := toks[a.np.s:a.np.e]
	var role []token
	if a.role.s >= 0 && a.role.e > a.role.s {
		role = toks[a.role.s:a.role.e]
	}
	m := x.readMention(np)
	if m.pronoun != "" {
		return x.resolvePronoun(m.pronoun)
	}
	if len(m.words) == 0 || personal(np) {
		return -1
	}
	head := headOf(m.words)
	if id := x.knownBody(m.words); id >= 0 {
		return id // "Velrail said" after "The state rail operator, Velrail,"
	}
	if a.role.s >= 0 && a.role.e > a.role.s && isBodyRole(toks[a.role.s:a.role.e]) && head.capitalized() {
		return x.body(m, head, toks, a) // "The operator, Nordmet Mining, said"
	}
	if m.det == "the" && properName(m.words) {
		return x.body(m, head, toks, a) // "The Red Crescent": people's names take no article
	}
	if m.partitive || coordinated(m.words) {
		return x.generic(m) // "some of the new arrivals", "Biden and senior members of his team"
	}
	// A name after the head ("Residents of Calloway Bay") says where they
	// are, not who: only a phrase ending in its head can be a person's name.
	if head.start == m.words[len(m.words)-1].start {
		if name, desc, ok := x.personName(m.words); ok {
			return x.personSpeaker(name, desc, role)
		}
	}
	switch {
	case anonHeads[head.lower] != "" && !x.isTitleMention(m):
		return x.anonymous(m, head)
	case docHeads[head.lower] || bodyHeads[head.lower] || a.kind == cueIssued:
		return x.body(m, head, toks, a)
	case allTitles(m.words) && m.det != "a" && m.det != "an",
		m.det == "the" && titleWords[head.lower]:
		return x.titled(m, head) // "the prime minister", "the union leader", "the mayor of Ostra"
	case humanHeads[head.lower] || personNouns[head.lower]:
		return x.generic(m)
	case titleWords[head.lower] && (m.det == "a" || m.det == "an"):
		return x.generic(m) // "a former Chatterly engineer": an anonymous source
	case head.capitalized():
		return x.body(m, head, toks, a)
	}
	return -1 // "the plans announced": not a voice
}

// headOf returns the head word of a phrase: the last word, or the source
// noun before a prepositional phrase ("a spokesman for the Nordic Council").
func headOf(words []token) token {
	for k := 1; k < len(words); k++ {
		if (headPreps[words[k].lower] || words[k].lower == "of") && isSourceHead(words[k-1].lower) {
			return words[k-1]
		}
		if words[k].lower == "of" && titleWords[words[k-1].lower] && !hasName(words) {
			return words[k-1] // "the mayor of Ostra", not "Secretary of State Antony Blinken"
		}
	}
	return words[len(words)-1]
}

// personal reports whether a speaker phrase is "I", "we" or "you".
func personal(np []token) bool {
	for _, t := range np {
		if personalPronouns[t.lower] && (t.lower != "us" || t.text == "us") { // "US" is the country
			return len(np) <= 2
		}
	}
	return false
}

// properName reports whether every word of a phrase is capitalized and
// none is a title ("Red Crescent", "National Observatory").
func properName(words []token) bool {
	if len(words) == 0 {
		return false
	}
	titles := 0
	for k, t := range words {
		if !t.capitalized() && !(k > 0 && k < len(words)-1 && nameJoiners[t.lower]) {
			return false
		}
		if titleWords[strings.TrimSuffix(t.lower, ".")] {
			titles++
		}
	}
	return titles < len(words) && !(titles > 0 && hasName(words))
}

// nameJoiners may sit inside a proper name ("Chamber of Commerce").
var nameJoiners = set("of for and de")

// isBodyRole reports whether an appositive describes a body ("The
// operator, Nordmet Mining,"), not a person ("A spokeswoman for the
// ministry, Lina Bors,"): its head is a body noun.
func isBodyRole(role []token) bool {
	h := headOf(role).lower
	return bodyHeads[h] && !isSourceHead(h) && !titleWords[h]
}

// coordinated reports whether a phrase joins a person and a common noun
// phrase ("President Joe Biden and senior members of his team", "the
// president and his aides"): several people speaking as one, a group.
func coordinated(words []token) bool {
	for k := 1; k+1 < len(words); k++ {
		if prev := words[k-1]; words[k].lower == "and" && !words[k+1].capitalized() &&
			(prev.capitalized() || titleWords[prev.lower] || isSourceHead(prev.lower)) {
			return true
		}
	}
	return false
}

// allTitles reports whether every word of a phrase is a title word
// ("President", "the prime minister").
func allTitles(words []token) bool {
	for _, t := range words {
		if !titleWords[strings.TrimSuffix(t.lower, ".")] {
			return false
		}
	}
	return true
}

// mention is a speaker phrase read into its parts.
type mention struct {
	text      string  // as written, from its first word
	end       int     // byte offset of the phrase's end
	partitive bool    // "some of the new arrivals": part of a group
	det       string  // leading determiner, lowercased ("a", "the", "another"), or ""
	words     []token // the phrase without determiner, time words and post-modifier
	pronoun   string  // "he", "she", "they", "it" when the phrase is one
}

// readMention strips a speaker phrase to its core.
func (x *extractor) readMention(np []token) mention {
	var m mention
	if len(np) == 0 {
		return m
	}
	m.text = x.article[np[0].start:np[len(np)-1].end]
	m.end = np[len(np)-1].end
	if len(np) == 1 && pronouns[np[0].lower] {
		m.pronoun = np[0].lower
		return m
	}
	if len(np) >= 3 && quantifiers[np[0].lower] && np[1].lower == "of" {
		switch rest := np[2:]; {
		case len(rest) == 1 && rest[0].is("them", "those", "these"),
			len(rest) == 2 && rest[0].is("the") && (isNumber(rest[1].text) || numberWords[rest[1].lower]):
			m.pronoun = "they" // "One of them said", "One of the two said": one voice of the group
			return m
		case len(rest) >= 2 && rest[0].is("the", "those", "these"):
			m.partitive = true
		}
	}
	w := np
	if m.partitive {
		w = w[2:] // "some of | the new arrivals"
	}
	for len(w) > 1 && (determiners[w[0].lower] || w[0].lower == "another") {
		if m.det == "" {
			m.det = w[0].lower
		}
		w = w[1:]
	}
	for len(w) > 1 && timeWords[w[0].lower] && !titleWords[w[0].lower] {
		w = w[1:]
	}
	for i := 1; i < len(w); i++ {
		if postModifiers[w[i].lower] {
			w = w[:i]
			break
		}
	}
	if len(w) == 1 && (determiners[w[0].lower] || leftStops[w[0].lower] || forwardStops[w[0].lower]) {
		w = nil // "according to a [recent study](…)": no phrase left
	}
	m.words = w
	return m
}

// quantifiers open a partitive ("one of the …", "some of the …").
var quantifiers = set("one some many most several all none few two three four five both each")

// numberWords stand for a small number ("the two", "the four").
var numberWords = set("two three four five six seven eight nine ten twelve")

// nameBody indexes body id by its name and the name's first word.
func (r *registry) nameBody(id int) {
	name := strings.ToLower(r.recs[id].Name)
	for _, k := range []string{name, strings.Fields(name + " ")[0]} {
		if _, dup := r.bodies[k]; !dup {
			r.bodies[k] = id
		}
	}
}

// knownBody returns the body a capitalized phrase names ("Nordmet" after
// "Nordmet Mining"), or -1.
func (x *extractor) knownBody(words []token) int {
	if len(words) == 0 || len(words) > 4 || !properName(words) {
		return -1
	}
	name := strings.ToLower(x.article[words[0].start:words[len(words)-1].end])
	id, ok := x.reg.bodies[name]
	if !ok || x.reg.bySurname(name) >= 0 {
		return -1
	}
	x.reg.use(id)
	return id
}

// bySurname returns the person speaker with that lowercased surname, or -1.
func (r *registry) bySurname(surname string) int {
	if id, ok := r.surname[surname]; ok {
		return id
	}
	return -1
}

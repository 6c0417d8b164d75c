package quotes

import "strings"

// Coreference, the rules:
//
//   - By surname: every full name the article writes ("Israeli Minister Yoav
//     Gallant", even where that person says nothing) is indexed by its last
//     word with the role and organization before it; a later "Gallant said"
//     is that person.
//   - By pronoun: "he"/"she" is the most recent person who was the speaker
//     of a cue or the subject of a sentence ("Biden attempted … He implied
//     that …") and is not known to be of the other gender (gender.go);
//     "they" the most recent plural source or body; "it" the most recent
//     body.
//   - By title noun: "the prime minister", "the spokesperson" is the most
//     recent person speaker whose role contains those words; failing that, an
//     anonymous mention ("the official added") is the most recent source of
//     its class (speakers.go), and "the statement" the most recent body of
//     its class.
//
// Every lookup is a map access or a scan of a bounded number of recent
// mentions, so resolution stays linear in the article.

// personRef is a person as the article names them.
type personRef struct {
	name, role, org string
}

// personIndex is what the article has said about people and places so far.
type personIndex struct {
	bySurname map[string]personRef // first full-name mention of each surname, lowercased key
	seen      map[string]bool      // capitalized words of the article, for nationalities ("Valdoran" → Valdora)
	places    map[string]bool      // words used as places ("against Kestria"), lowercased
	recent    []personRef          // the most recent person speakers and subjects, most recent last (gender.go)
	gender    map[string]byte      // lowercased name → 'm' or 'f', as the text shows it
}

func newPersonIndex() personIndex {
	return personIndex{bySurname: make(map[string]personRef), seen: make(map[string]bool), places: make(map[string]bool),
		gender: make(map[string]byte)}
}

// placePreps before a capitalized word make it a place.
var placePreps = set("in from against toward towards within into across inside throughout")

// learn indexes the names and places of a frame.
func (p *personIndex) learn(toks []token) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.capitalized() {
			continue
		}
		p.seen[trimPossessive(t.text)] = true
		if i > 0 && placePreps[wordAt(toks, i-1)] {
			p.places[strings.ToLower(trimPossessive(t.text))] = true
		}
		if !isNameWord(t) {
			continue
		}
		j := i
		for j < len(toks) && j-i < 4 && (isNameWord(toks[j]) || j > i && nameParticles[toks[j].lower] && j+1 < len(toks) && isNameWord(toks[j+1])) {
			j++
		}
		if j-i >= 2 && !p.descriptorRun(toks, i, j) {
			p.index(toks, i, j)
		}
		i = j - 1
	}
}

// descriptorRun reports whether the capitalized run toks[i:j] describes
// rather than names: it is part of an organization ("Islamic Revolutionary
// Guard Corps"), comes before a title ("Ostravan Fisheries Minister"),
// starts with a nationality, or is a place.
func (p *personIndex) descriptorRun(toks []token, i, j int) bool {
	if j < len(toks) && toks[j].capitalized() {
		if l := strings.TrimSuffix(toks[j].lower, "."); orgWords[l] || titleWords[l] {
			return true
		}
	}
	return p.countryOf(toks[i].text) != "" || runIsPlace(toks[i:j])
}

// runIsPlace reports whether a run of name words is a listed place.
func runIsPlace(run []token) bool {
	for _, t := range run {
		if gazetteer[t.lower] {
			return true
		}
	}
	return false
}

// index records the full name toks[i:j] with the descriptor before it.
func (p *personIndex) index(toks []token, i, j int) {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	name := b.String()
	key := strings.ToLower(toks[j-1].text)
	if old, ok := p.bySurname[key]; ok && (old.role != "" || !strings.EqualFold(old.name, name)) {
		return // known already, or another person of that surname: keep the first
	}
	role, org := p.splitDescriptor(toks[descriptorStart(toks, i):i])
	if role == "" && org == "" && i >= 2 && toks[i-1].punct(",") {
		// "Marlow's chief negotiator, Idris Kamau, …": the role comes first
		if d := npLeft(toks, i-2); !d.empty() && roleLike(toks[d.s:d.e]) {
			role, org = p.splitDescriptor(toks[d.s:d.e])
		}
	}
	p.bySurname[key] = personRef{name: name, role: role, org: org}
}

// descriptorStart walks left from a name over its title and organization
// ("White House national security spokesperson John Kirby"): capitalized
// words, "of", and lower-case words in a chain that ends in a title word.
func descriptorStart(toks []token, i int) int {
	s := i
	chainHasTitle := false
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		t := toks[j]
		if t.kind != tWord || leftStops[t.lower] || determiners[t.lower] || rankWords[t.lower] {
			break
		}
		switch {
		case t.capitalized():
			chainHasTitle = false
		case t.lower == "of" && j > 0 && toks[j-1].capitalized():
		case titleWords[t.lower]:
			chainHasTitle = true
		case chainHasTitle && s == j+1 && !toks[s].capitalized():
		default:
			return s
		}
		s = j
	}
	return s
}

// splitDescriptor splits the words before a name into role and
// organization (see speakers.go).
func (p *personIndex) splitDescriptor(desc []token) (role, org string) {
	for len(desc) > 0 && (determiners[desc[0].lower] || rankWords[desc[0].lower]) {
		desc = desc[1:]
	}
	if len(desc) == 0 {
		return "", ""
	}
	join := func(ts []token) string {
		parts := make([]string, len(ts))
		for k, t := range ts {
			parts[k] = t.text
		}
		return strings.Join(parts, " ")
	}
	if isPossessive(desc[0].text) && desc[0].capitalized() {
		return join(desc[1:]), trimPossessive(desc[0].text)
	}
	lower := 0
	for lower < len(desc) && (desc[lower].capitalized() || isAcronym(desc[lower].text)) {
		lower++
	}
	if c := p.countryOf(desc[0].text); c != "" && (lower == 1 || lower == len(desc)) {
		return join(desc[1:]), c
	}
	if lower > 0 && lower < len(desc) && !titleWords[desc[lower-1].lower] {
		return join(desc[lower:]), join(desc[:lower])
	}
	return join(desc), ""
}

// apposRole reads a role given after a name: the role as written (leading
// article dropped), the organization after its last "of", a leading
// possessive country dropped ("Commander of Iran’s Islamic Revolutionary
// Guard Corps" → "Islamic Revolutionary Guard Corps").
func (p *personIndex) apposRole(article string, appos []token) (role, org string) {
	for len(appos) > 1 && determiners[appos[0].lower] {
		appos = appos[1:]
	}
	role = article[appos[0].start:appos[len(appos)-1].end]
	if c := lastComma(appos); c > 0 && c+1 < len(appos) && appos[c+1].capitalized() {
		// "Executive Director, Sierra Club": the last part is the organization
		return article[appos[0].start:appos[c-1].end], article[appos[c+1].start:appos[len(appos)-1].end]
	}
	of := -1
	for k, t := range appos {
		if t.lower == "of" {
			of = k
		}
	}
	if of < 0 || of+1 >= len(appos) {
		return role, ""
	}
	rest := appos[of+1:]
	for len(rest) > 1 && determiners[rest[0].lower] {
		rest = rest[1:]
	}
	if len(rest) > 1 && isPossessive(rest[0].text) && rest[0].capitalized() {
		rest = rest[1:]
	}
	return role, article[rest[0].start:rest[len(rest)-1].end]
}

// lastComma returns the index of the last comma token, or -1.
func lastComma(ts []token) int {
	for k := len(ts) - 1; k >= 0; k-- {
		if ts[k].punct(",") {
			return k
		}
	}
	return -1
}

// countryOf returns the country an adjective of nationality names, or "".
// Regular adjectives are derived from a country the article or the
// gazetteer names: Iranian → Iran, Israeli → Israel, Valdoran → Valdora.
func (p *personIndex) countryOf(word string) string {
	l := strings.ToLower(word)
	if c, ok := nationalities[l]; ok {
		return c
	}
	for _, suf := range []string{"ian", "an", "n", "i", "ese"} {
		stem, ok := strings.CutSuffix(word, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if p.seen[stem] || gazetteer[strings.ToLower(stem)] {
			return stem
		}
	}
	return ""
}

// fullName returns the indexed person a name or surname refers to.
func (p *personIndex) fullName(name string) personRef {
	if ref, ok := p.bySurname[strings.ToLower(lastWord(name))]; ok && compatibleNames(ref.name, name) {
		return ref
	}
	return personRef{name: name}
}

// noteSubject records who a frame is about, for pronouns in the frames
// after it. A person: the first name in the frame's opening words that no
// preposition governs ("Biden attempted to portray …", "Marlow's chief
// negotiator, Idris Kamau, struck …"), so "He implied that …" finds them. A
// body: an opening phrase headed by "ministry", "government", "statement"…
// ("The Marlow Islands' foreign ministry rejected …"), so "it said" finds it.
func (x *extractor) noteSubject(toks []token) {
	i := 0
	if len(toks) > 0 && (leftStops[toks[0].lower] || subordinators[toks[0].lower]) {
		for i < len(toks) && i < 12 && !toks[i].punct(",") {
			i++ // an opening adverbial: "On Sunday, …"
		}
		i++
	}
	if i < len(toks) && (pronouns[toks[i].lower] || toks[i].kind == tQuote) {
		// "He said a former Chatterly engineer …": the subject is whoever
		// "he" is; "“…,” she told the court, according to her lawyer, X":
		// the attribution after the quotation names its subject
		return
	}
	if x.bodySubject(toks, i) {
		return
	}
	for k := i; k < len(toks) && k < i+14; k++ {
		if !isNameWord(toks[k]) || k > 0 && leftStops[wordAt(toks, k-1)] {
			continue
		}
		j := k
		for j < len(toks) && j-k < 4 && isNameWord(toks[j]) {
			j++
		}
		if x.people.noteName(toks[k:j], &x.reg) {
			return
		}
		k = j
	}
}

// noteName makes a run of name words the most recent person when the
// article knows it as one.
func (p *personIndex) noteName(run []token, reg *registry) bool {
	surname := run[len(run)-1].lower
	if ref, ok := p.bySurname[surname]; ok {
		p.setLast(ref)
		return true
	}
	if id := reg.bySurname(surname); id >= 0 {
		p.setLast(personRef{name: reg.recs[id].Name})
		return true
	}
	return false
}

// bodySubject registers an opening body phrase ("The Marlow Islands'
// foreign ministry rejected …") as the most recent body.
func (x *extractor) bodySubject(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+8; k++ {
		t := toks[k]
		if t.kind != tWord || leftStops[t.lower] {
			return false
		}
		if !bodyHeads[t.lower] && !docHeads[t.lower] {
			continue
		}
		if k+1 >= len(toks) || toks[k+1].kind != tWord || toks[k+1].capitalized() {
			return false
		}
		if n := toks[k+1].lower; isSourceHead(n) || titleWords[n] || bodyHeads[n] || docHeads[n] {
			return false // "A former commission official": the body only qualifies the head
		}
		m := x.readMention(toks[i : k+1])
		return len(m.words) > 0 && x.body(m, t, toks, &attribution{}) >= 0
	}
	return false
}

// resolvePronoun returns the speaker a pronoun refers to, or -1.
func (x *extractor) resolvePronoun(pn string) int {
	switch pn {
	case "he":
		return x.pronounPerson('m')
	case "she":
		return x.pronounPerson('f')
	case "they":
		return x.useRecent(func(r *speakerRec) bool { return r.Kind == KindBody || r.Kind == KindAnonymous && r.plural })
	case "it":
		return x.useRecent(func(r *speakerRec) bool { return r.Kind == KindBody })
	}
	return -1
}

func (x *extractor) useRecent(ok func(*speakerRec) bool) int {
	id := x.reg.recentMatch(ok)
	if id >= 0 {
		x.reg.use(id)
	}
	return id
}

// isTitleMention reports whether a phrase is a definite title with no name
// ("the prime minister", "the spokesperson"): a coreference, not a new voice.
func (x *extractor) isTitleMention(m mention) bool {
	if m.det != "the" {
		return false
	}
	for _, t := range m.words {
		if !titleWords[t.lower] {
			return false
		}
	}
	return true
}

// byTitle resolves "the prime minister" to the most recent person speaker
// whose role holds those words.
func (x *extractor) byTitle(m mention) int {
	if len(m.words) == 0 || !titleWords[strings.TrimSuffix(m.words[len(m.words)-1].lower, ".")] {
		return -1
	}
	parts := make([]string, len(m.words))
	for k, t := range m.words {
		parts[k] = strings.TrimSuffix(t.lower, ".")
	}
	title := strings.Join(parts, " ")
	// the most recent voice with that title: a person holding it, or an
	// anonymous source named by it ("A European negotiator … The
	// negotiator said")
	id := x.useRecent(func(r *speakerRec) bool {
		return r.Kind == KindPerson && strings.Contains(strings.ToLower(r.Role), title) ||
			r.Kind == KindAnonymous && len(m.words) == 1 && anonHeads[m.words[0].lower] != "" && r.class == anonHeads[m.words[0].lower]
	})
	if id >= 0 && x.reg.recs[id].Kind == KindPerson {
		x.people.setLast(personRef{name: x.reg.recs[id].Name})
	}
	return id
}

package quotes

import (
	"sort"
	"strconv"
	"strings"
)

// The three kinds of voice (the rules are in speakers.go): persons by name,
// anonymous sources by key, bodies by organization and head class.

// personName finds a person's name at the end of a phrase and returns it
// with the descriptor before it.
func (x *extractor) personName(words []token) (name string, desc []token, ok bool) {
	for k := len(words) - 2; k >= 2; k-- {
		if words[k].lower != "of" {
			continue
		}
		// "Environment Minister Beatriz Lemos of Cabo Leme": the name is
		// before "of", the place after it
		if s := nameRunStart(words[:k]); s >= 0 && k-s >= 2 && words[k+1].capitalized() && !x.placeOrOrg(words[s:k]) {
			words = words[:k]
		}
		break
	}
	s := nameRunStart(words)
	if s < 0 {
		return "", nil, false
	}
	run := words[s:]
	if s > 0 && (bodyHeads[words[s-1].lower] || orgDescriptors[words[s-1].lower]) {
		return "", nil, false // "Press freedom group Open Page": a body's name
	}
	titled := s > 0 && titleWords[strings.TrimSuffix(words[s-1].lower, ".")]
	if len(run) == 1 && !x.isPersonWord(run[0], len(words) == 1 || titled) {
		return "", nil, false
	}
	if len(run) >= 2 && x.placeOrOrg(run) {
		return "", nil, false
	}
	return x.article[run[0].start:run[len(run)-1].end], words[:s], true
}

// orgDescriptors before a name make it a body's ("the group Tide Rising",
// "the weekly Nova Gazeta"), as bodyHeads do ("the agency TNA").
var orgDescriptors = set("group charity weekly daily magazine ngo association organisation organization firm")

// isPersonWord decides whether a lone capitalized word is a person's
// surname: it is when the article named a person by it, and is not when it
// names a place or body (listed, or used as one: "against Israel").
func (x *extractor) isPersonWord(t token, alone bool) bool {
	if _, ok := x.people.bySurname[t.lower]; ok {
		return true
	}
	if x.reg.bySurname(t.lower) >= 0 {
		return true
	}
	if gazetteer[t.lower] || x.people.places[t.lower] || isAcronym(t.text) || isSourceHead(t.lower) {
		return false
	}
	return alone
}

// placeOrOrg reports whether a run of capitalized words names a place or
// an organization ("United States", "Serin River" stays a name).
func (x *extractor) placeOrOrg(run []token) bool {
	for _, t := range run {
		if orgWords[t.lower] || gazetteer[t.lower] {
			return true
		}
	}
	return false
}

// personSpeaker returns the person named name, merging with an earlier
// mention of the same person.
func (x *extractor) personSpeaker(name string, desc, appos []token) int {
	full := x.people.fullName(name)
	surname := strings.ToLower(lastWord(full.name))
	if id := x.reg.bySurname(surname); id >= 0 && compatibleNames(x.reg.recs[id].Name, full.name) {
		x.reg.use(id)
		x.fillRole(id, desc, appos)
		x.people.setLast(personRef{name: x.reg.recs[id].Name})
		return id
	}
	role, org := full.role, full.org
	if len(desc) > 0 {
		role, org = x.people.splitDescriptor(desc)
	}
	if len(appos) > 0 {
		role, org = x.people.apposRole(x.article, appos)
	}
	id := x.reg.get("person:"+strings.ToLower(full.name), func() speakerRec {
		return speakerRec{Speaker: Speaker{Name: full.name, Role: role, Organization: org, Kind: KindPerson}, surname: surname}
	})
	x.people.setLast(personRef{name: full.name})
	return id
}

// fillRole adds a role learnt at a later mention when the first had none.
func (x *extractor) fillRole(id int, desc, appos []token) {
	rec := x.reg.recs[id]
	if rec.Role != "" {
		return
	}
	switch {
	case len(appos) > 0:
		rec.Role, rec.Organization = x.people.apposRole(x.article, appos)
	case len(desc) > 0:
		rec.Role, rec.Organization = x.people.splitDescriptor(desc)
	}
}

// compatibleNames reports whether two names may be one person: equal, or
// one a single word that is the other's last.
func compatibleNames(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if !strings.Contains(a, " ") || !strings.Contains(b, " ") {
		return strings.EqualFold(lastWord(a), lastWord(b))
	}
	return false
}

// anonymous returns the anonymous source a phrase names.
func (x *extractor) anonymous(m mention, head token) int {
	class := anonHeads[head.lower]
	plural := pluralHeads[head.lower]
	affil := x.affiliation(m.words, head)
	key := "anon:" + class + ":" + strings.Join(affil, " ") + ":" + strconv.FormatBool(plural)
	if m.det == "another" {
		x.reg.another++
		key += "#" + strconv.Itoa(x.reg.another)
	} else if len(affil) == 0 && (m.det == "" || m.det == "the") {
		if id := x.sameSource(class, plural, m.det == "the"); id >= 0 {
			return id
		}
	}
	return x.reg.get(key, func() speakerRec {
		return speakerRec{
			Speaker: Speaker{Name: anonName(m.text), Organization: affilOrg(x, m.words, head), Kind: KindAnonymous},
			class:   class, plural: plural,
		}
	})
}

// sameSource resolves an anonymous mention with no affiliation ("the
// official added", "according to officials") to the most recent source of
// its class and number, else, for a definite one ("the source"), of its
// number. An indefinite mention ("two diplomats") is a new source.
func (x *extractor) sameSource(class string, plural, definite bool) int {
	if id := x.reg.recentMatch(func(r *speakerRec) bool {
		return r.Kind == KindAnonymous && r.class == class && r.plural == plural
	}); id >= 0 {
		x.reg.use(id)
		return id
	}
	if !definite {
		return -1 // "Residents said": not the officials of before
	}
	id := x.reg.recentMatch(func(r *speakerRec) bool { return r.Kind == KindAnonymous && r.plural == plural })
	if id >= 0 {
		x.reg.use(id)
	}
	return id
}

// affiliation returns the words that tell an anonymous source apart,
// normalized and sorted (see the rules above).
func (x *extractor) affiliation(words []token, head token) []string {
	var out []string
	for i, t := range words {
		switch {
		case t.start == head.start || determiners[t.lower] || rankWords[t.lower] || headPreps[t.lower]:
			continue
		case t.capitalized() && i+1 < len(words) && words[i+1].lower == "administration" && !isAcronym(t.text):
			continue // "Biden administration" is "the administration"
		}
		out = append(out, x.normAffil(t))
	}
	sort.Strings(out)
	return out
}

// normAffil lowercases an affiliation word and reads nationalities as
// their country, the United States in all its spellings as "us".
func (x *extractor) normAffil(t token) string {
	if c := x.people.countryOf(t.text); c != "" {
		if c == "United States" {
			return "us"
		}
		return strings.ToLower(c)
	}
	return t.lower
}

// affilOrg returns the organization an anonymous phrase names, if any:
// its capitalized words, nationalities read as countries.
func affilOrg(x *extractor, words []token, head token) string {
	var parts []string
	for _, t := range words {
		if t.start == head.start || !t.capitalized() && !isAcronym(t.text) {
			continue
		}
		if c := x.people.countryOf(t.text); c != "" {
			parts = append(parts, c)
			continue
		}
		parts = append(parts, t.text)
	}
	return strings.Join(parts, " ")
}

// body returns the body a phrase names.
func (x *extractor) body(m mention, head token, toks []token, a *attribution) int {
	class := bodyClass(head)
	org := x.properPart(m.words)
	provisional := a.kind != cueIssued && a.first == 0 && a.last == 0 && a.np.empty()
	name := x.article[m.words[0].start:max(m.end, m.words[len(m.words)-1].end)] // "embassy in Tsera"
	if org == "" {
		if id := x.reg.recentMatch(func(r *speakerRec) bool {
			return r.Kind == KindBody && (r.class == class || hasWord(r.Name, head.lower))
		}); id >= 0 { // "the broadcaster" after "State broadcaster NRV"
			x.reg.use(id)
			if rec := x.reg.recs[id]; rec.provisional && !provisional {
				rec.Name, rec.provisional = name, false
				x.reg.nameBody(id)
			}
			return id // "The statement criticized …"
		}
	}
	if a.kind == cueIssued && org != "" {
		name = org + " " + docPhrase(toks, a)
	}
	key := "body:" + strings.ToLower(org) + ":" + class
	if org == "" {
		key += strings.ToLower(name)
	}
	id := x.reg.get(key, func() speakerRec {
		return speakerRec{Speaker: Speaker{Name: name, Organization: org, Kind: KindBody}, class: class, provisional: provisional}
	})
	if rec := x.reg.recs[id]; rec.provisional && !provisional {
		rec.Name, rec.provisional = name, false
		x.reg.nameBody(id)
	}
	return id
}

// hasWord reports whether name has the lower-case word w.
func hasWord(name, w string) bool {
	for name != "" {
		i := strings.IndexByte(name, ' ')
		if i < 0 {
			return strings.EqualFold(name, w)
		}
		if strings.EqualFold(name[:i], w) {
			return true
		}
		name = name[i+1:]
	}
	return false
}

// bodyClass is the class of a body's head word: documents and members are
// one voice with the body; a government is the country itself.
func bodyClass(head token) string {
	switch {
	case docHeads[head.lower]:
		return "doc"
	case head.lower == "government" || head.capitalized():
		return ""
	}
	return head.lower
}

// properPart returns the proper-noun part of a body phrase: its
// capitalized words and acronyms, possessives dropped, nationalities read
// as countries ("the Swiss mediation office" → Switzerland).
func (x *extractor) properPart(words []token) string {
	var parts []string
	for _, t := range words {
		if !t.capitalized() && !isAcronym(t.text) {
			continue
		}
		w := trimPossessive(t.text)
		if c := x.people.countryOf(w); c != "" && c != "United States" || strings.EqualFold(w, "American") {
			w = c
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// docPhrase returns the document words of an "issued a … statement" cue
// ("joint statement").
func docPhrase(toks []token, a *attribution) string {
	s := a.first + 1
	for s < a.last && determiners[toks[s].lower] {
		s++
	}
	var parts []string
	for _, t := range toks[s : a.last+1] {
		parts = append(parts, t.text)
	}
	return strings.Join(parts, " ")
}

// generic returns a speaker for a phrase that fits no other reading
// ("experts"), kept by its words.
func (x *extractor) generic(m mention) int {
	key := "anon:generic:" + strings.ToLower(x.article[m.words[0].start:max(m.end, m.words[len(m.words)-1].end)])
	return x.reg.get(key, func() speakerRec {
		return speakerRec{Speaker: Speaker{Name: anonName(m.text), Kind: KindAnonymous}, class: "generic"}
	})
}

// anonName is an anonymous source's name: its first mention, the leading
// article lowercased ("A senior US military official" → "a senior …").
func anonName(text string) string {
	for _, d := range []string{"A ", "An ", "The ", "Another "} {
		if strings.HasPrefix(text, d) {
			return strings.ToLower(d[:1]) + text[1:]
		}
	}
	return text
}

// titled resolves a bare title: the most recent person speaker holding it,
// else an anonymous source when the title is one ("the spokesperson"), else
// a person known only by the title ("the President").
func (x *extractor) titled(m mention, head token) int {
	if id := x.byTitle(m); id >= 0 {
		return id
	}
	if anonHeads[head.lower] != "" {
		return x.anonymous(m, head)
	}
	title := x.article[m.words[0].start:m.words[len(m.words)-1].end]
	return x.reg.get("title:"+strings.ToLower(title), func() speakerRec {
		return speakerRec{Speaker: Speaker{Name: anonName(m.text), Role: title, Kind: KindPerson}}
	})
}

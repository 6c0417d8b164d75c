package commitment

import "strings"

// Whom a titled person speaks for. A statement names officials by their
// title and name ("Commonwealth Secretary-General Grace Okafor", "Velm's
// President Ida Rask", "the Foreign Minister of Arden, Tomas Berg", and in a
// ministry's own statement "Minister of Foreign Affairs Lee Min" or
// "Minister Lee"); the actor is the body the title names, not the person
// (an official is resolved to what they speak for).

// titledName is a name split into the body its title names, the title and
// the holder: "Commonwealth Secretary-General Grace Okafor" is
// {Commonwealth, Secretary-General, Grace Okafor}; "Minister of Foreign
// Affairs Lee Min" is {"", Minister of Foreign Affairs, Lee Min}.
type titledName struct {
	body, title, holder []string
}

// splitTitled splits a proper name's words into body, title and holder; ok
// is false when the words hold no personal title followed by a name.
func splitTitled(words []string) (titledName, bool) {
	h := -1
	for i, w := range words {
		if personTitle(strings.ToLower(w)) {
			h = i
			break
		}
	}
	if h < 0 {
		return titledName{}, false
	}
	b := h
	for b > 0 && titleWord(words[b-1]) {
		b--
	}
	for _, w := range words[:b] {
		if titleWord(w) || nameJoiners[strings.ToLower(w)] {
			return titledName{}, false // "Minister for Trade and Foreign …": no body before the title
		}
	}
	end := h + 1
	if end < len(words) && words[end] == "of" || end < len(words) && words[end] == "for" {
		end++ // "Minister of Foreign Affairs Lee Min": a portfolio, not a body
		for end < len(words) && (titleWord(words[end]) || words[end] == "and") {
			end++
		}
		if end == h+2 {
			return titledName{}, false // "Minister of Velm Lee Min": a body after the title, not read here
		}
	}
	holder := words[end:]
	if len(holder) == 0 || len(holder) > 4 {
		return titledName{}, false
	}
	for _, w := range holder {
		if lw := strings.ToLower(w); personTitle(lw) || institutionNouns[lw] || nameJoiners[lw] || !capitalised(w) {
			return titledName{}, false
		}
	}
	return titledName{body: words[:b], title: words[b:end], holder: holder}, true
}

// personTitle reports whether w is the head of a person's title ("minister",
// "secretary-general"), not of a body ("council", "government").
func personTitle(w string) bool {
	return officeHeads[w] && w != "officials" && w != "delegation" ||
		principalHeads[w] && !institutionNouns[w] && w != "government" && w != "administration" && w != "presidency"
}

// titleWord reports whether a word may modify an office in its title:
// "Deputy", "Foreign", "Interior", "Affairs".
func titleWord(w string) bool {
	lw := strings.ToLower(w)
	return titleModifiers[lw] || npModifiers[lw] && !stopTitle[lw] || portfolios[lw]
}

// stopTitle are modifiers of a noun phrase that are no part of a title.
var stopTitle = set("the a an another two three four five six seven both these those this that such any all")

// portfolios name what a minister is in charge of, beside the modifiers
// of npModifiers: "Home Affairs", "External Affairs".
var portfolios = set("affairs home external internal information agriculture transport education commerce cabinet diaspora")

// linkOfficials makes the titled people a text names aliases of the body
// their title names, with their title and their name alone: a body written
// in the title ("Commonwealth Secretary-General Grace Okafor", "Ardenian
// Foreign Minister Tomas Berg"), after it ("the Foreign Minister of Arden",
// and "Tomas Berg" in apposition to it) or before it with "'s" ("Velm's
// President Ida Rask"); a person named before with a body ("Foreign
// Minister Berg" after "Ardenian Foreign Minister Tomas Berg"); and in an
// official statement the issuer for a minister, ambassador or envoy with no
// body whose portfolio, if any, is the issuer's own ("Minister of Foreign
// Affairs Lee Min" of a Ministry of Foreign Affairs; not "Prime Minister
// Tomas Berg", whose state the title does not say).
func linkOfficials(g *Gazetteer, text string, toks []token, names []name, sp Speaker, lower map[string]bool) {
	issuer, known := g.actorOf(sp)
	narrated := isNarrator(sp)
	alone := map[string]bool{} // the names of one word
	for _, n := range names {
		if !strings.Contains(n.text, " ") {
			alone[n.text] = true
		}
	}
	home := ""
	if narrated {
		home = homeState(g, names)
	}
	var untitled []name
	at := namePositions(toks, names)
	for _, n := range names {
		owner := ""
		if a, ok := g.Resolve(n.text); ok && a != n.canonical {
			owner = a // named as another's ("Ardenian Foreign Minister Tomas Berg")
		}
		written := withTitleBefore(text, toks, at, n.text)
		words := strings.Fields(written)
		if body := bodyAfterTitle(words); body != "" && owner == "" {
			g.Add(bodyActor(g, body), n.text, written) // "the Foreign Minister of Arden"
			continue
		}
		t, ok := splitTitled(words)
		if !ok {
			if owner == "" {
				untitled = append(untitled, n)
			}
			continue
		}
		if owner == "" && len(t.body) > 0 {
			owner = bodyActor(g, strings.Join(t.body, " "))
		}
		if owner == "" {
			owner = possessorBefore(g, text, toks, written)
		}
		if a, ok := g.Resolve(strings.Join(t.holder, " ")); owner == "" && ok && a != n.canonical && a != t.holder[len(t.holder)-1] {
			// not the surname the text also writes alone ("Rask declined to comment")
			owner = a // "Foreign Minister Berg" after "Ardenian Foreign Minister Tomas Berg"
		}
		if owner == "" && !narrated && known && issuersOfficial(t, sp) {
			owner = issuer
		}
		if owner == "" && home != "" && ministersTitle(t) {
			owner = home // "Defence Minister Ida Rask told parliament …" in an article about Velm
		}
		if owner != "" {
			addOfficial(g, owner, written, t.title, t.holder, lower, alone)
			g.Add(owner, n.text)
		}
	}
	if len(untitled) == 0 {
		return
	}
	ends := mentionEnds(g, text, toks)
	for _, n := range untitled {
		if owner := appositionOwner(toks, at, ends, n); owner != "" {
			addOfficial(g, owner, n.text, nil, strings.Fields(n.text), lower, alone)
		}
	}
}

// homeState is the state a news article is about, for a minister it
// names by title alone ("Interior Minister Ida Rask"), as a reporter names
// the home government's ministers: the first actor of one word the text
// names ("Velm on Thursday accused …", "a rebel group in eastern Velm"),
// not an acronym, a company or a group; "" when there is none.
func homeState(g *Gazetteer, names []name) string {
	for _, n := range names {
		a, ok := g.Resolve(n.text)
		if !ok || strings.Contains(a, " ") || strings.Contains(n.text, " ") || strings.ToUpper(a) == a || nonState(a) {
			continue
		}
		return a
	}
	return ""
}

// ministersTitle reports whether a title is a government minister's
// ("Defence Minister", "Prime Minister", "Minister of the Interior").
func ministersTitle(t titledName) bool {
	for _, w := range t.title {
		if strings.EqualFold(w, "minister") {
			return true
		}
	}
	return false
}

// bodyActor is the actor a body written in a title stands for.
func bodyActor(g *Gazetteer, body string) string {
	if a, ok := g.Resolve(body); ok {
		return a
	}
	return canonicalName(body)
}

// withTitleBefore is name as the text first writes it with the title words
// before it that the name's run left out at the start of a sentence
// ("Minister of Foreign Affairs Lee Min", "Interior Minister Ida Rask").
func withTitleBefore(text string, toks []token, at map[string][]int, name string) string {
	for _, i := range at[strings.ToLower(strings.Fields(name)[0])] {
		t := toks[i]
		if !strings.HasPrefix(text[t.start:], name) {
			continue
		}
		k := i
		for k > 0 && toks[k-1].kind == tWord && toks[k-1].upper && (titleWord(toks[k-1].w) || personTitle(toks[k-1].w)) ||
			k > 1 && (toks[k-1].w == "of" || toks[k-1].w == "for") && toks[k-2].upper && personTitle(toks[k-2].w) {
			k--
		}
		return text[toks[k].start : t.start+len(name)]
	}
	return name
}

// namePositions indexes where each name's first word stands, in text
// order, in one pass: each name then looks up its place instead of
// reading the whole text again.
func namePositions(toks []token, names []name) map[string][]int {
	at := make(map[string][]int, len(names))
	for _, n := range names {
		at[strings.ToLower(strings.Fields(n.text)[0])] = nil
	}
	for i, t := range toks {
		if list, ok := at[t.w]; ok {
			at[t.w] = append(list, i)
		}
	}
	return at
}

// bodyAfterTitle is the body a title names after "of" ("Foreign Minister
// of Arden", "Minister of Home Affairs of Arden" are Arden's); "" when
// the words are no such title.
func bodyAfterTitle(words []string) string {
	k := 0
	for k < len(words) && titleWord(words[k]) {
		k++
	}
	if k >= len(words)-2 || !personTitle(strings.ToLower(words[k])) || words[k+1] != "of" {
		return ""
	}
	rest := words[k+2:]
	j := 0
	for j < len(rest) && titleWord(rest[j]) {
		j++
	}
	switch {
	case j == 0:
	case j < len(rest)-1 && rest[j] == "of":
		rest = rest[j+1:] // "of Home Affairs of Arden"
	default:
		return "" // a portfolio: "Minister of Foreign Affairs", perhaps with a name after it
	}
	if len(rest) > 0 && strings.EqualFold(rest[0], "the") {
		rest = rest[1:]
	}
	return strings.Join(rest, " ")
}

// addOfficial makes a titled person's name an alias of owner, with the
// title and name, the name alone, the family name written last and, when
// the text writes it alone, the one written first ("Lee Min", then
// "Minister Lee"); a family name the text also writes in lower case is left
// out ("Ida Marsh" but "the marsh").
func addOfficial(g *Gazetteer, owner, written string, title, holder []string, lower, alone map[string]bool) {
	name := strings.Join(holder, " ")
	aliases := []string{written, name}
	if len(title) > 0 {
		aliases = append(aliases, strings.Join(title, " ")+" "+name)
	}
	if last := holder[len(holder)-1]; len(holder) > 1 && !lower[strings.ToLower(last)] {
		aliases = append(aliases, last)
	}
	if len(holder) > 1 && alone[holder[0]] {
		aliases = append(aliases, holder[0])
	}
	g.Add(owner, aliases...)
}

// issuersOfficial reports whether a titled person with no body is the
// issuer's own official: a minister, ambassador, envoy or spokesperson
// whose portfolio words, if any, all stand in the issuer's organization
// ("Minister of Foreign Affairs" of a "Ministry of Foreign Affairs").
func issuersOfficial(t titledName, sp Speaker) bool {
	head := strings.ToLower(t.title[len(t.title)-1])
	for _, w := range t.title {
		if lw := strings.ToLower(w); officeHeads[lw] {
			head = lw
		}
	}
	if !officeHeads[head] {
		return false // a president or a prime minister: whose, the title does not say
	}
	org := strings.ToLower(sp.Organization + " " + sp.Name)
	for _, w := range t.title {
		lw := strings.ToLower(w)
		if lw == "prime" {
			return false
		}
		if officeHeads[lw] || titleModifiers[lw] || lw == "of" || lw == "for" || lw == "and" {
			continue
		}
		if !containsWords(org, lw) {
			return false // "Trade Minister" in a statement of a foreign ministry
		}
	}
	return true
}

// possessorBefore is the actor named before "'s" where the text first
// writes name ("Velm's President Ida Rask"); "" when it has none.
func possessorBefore(g *Gazetteer, text string, toks []token, name string) string {
	first := strings.ToLower(strings.Fields(name)[0])
	for i := 2; i < len(toks); i++ {
		if toks[i].w != first || toks[i-1].w != "'s" || !strings.HasPrefix(text[toks[i].start:], name) {
			continue
		}
		for _, m := range g.mentions(text, toks[:i-1]) {
			if m.end == i-1 {
				return m.actor
			}
		}
		return ""
	}
	return ""
}

// appositionOwner reads a person named in apposition to a title that says
// whose it is: "the Foreign Minister of Arden, Tomas Berg," and "Velm's
// foreign minister, Ida Rask," speak for Arden and Velm. ends[k] is the
// actor of the mention ending on token k, if any. "" otherwise.
func appositionOwner(toks []token, at map[string][]int, ends []string, n name) string {
	words := strings.Fields(n.text)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, i := range at[strings.ToLower(words[0])] {
		if i < 2 || toks[i-1].kind != tComma {
			continue
		}
		h := i - 2
		for h >= 0 && h > i-8 && toks[h].kind == tWord && !personTitle(toks[h].w) {
			h--
		}
		if h < 0 || !personTitle(toks[h].w) {
			return ""
		}
		if h+2 < i-1 && toks[h+1].w == "of" {
			return ends[i-2] // "the Foreign Minister of Arden, Tomas Berg"
		}
		// "the UN's coordinator for Velm, Ida Rask": a remit, not an owner.
		remit := h+2 < i-1 && (toks[h+1].w == "for" || toks[h+1].w == "in")
		k := h - 1
		for k >= 0 && k >= h-3 && toks[k].kind == tWord && !stopTitle[toks[k].w] && toks[k].w != "'s" {
			k-- // "Velm's foreign minister", "the agency's regional emergencies director"
		}
		if (h == i-2 || remit) && k >= 1 && toks[k].w == "'s" {
			return ends[k-1] // "Velm's foreign minister, Ida Rask"
		}
		return ""
	}
	return ""
}

// mentionEnds is, for each token, the actor of the mention of g ending on
// it, or "".
func mentionEnds(g *Gazetteer, text string, toks []token) []string {
	ends := make([]string, len(toks))
	for _, m := range g.mentions(text, toks) {
		ends[m.end-1] = m.actor
	}
	return ends
}

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
	}
	return offices
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
	if x.offices == nil || x.offices[w] == "" || !officeHead(w) {
		return subject{}, false
	}
	k := j - 1
	if w == "d'affaires" {
		k-- // "the Chargé d'affaires"
	}
	if x.word(k) != "the" || x.word(j+1) == "of" || j+1 < len(x.toks) && x.toks[j+1].upper && x.toks[j+1].kind == tWord {
		return subject{}, false // "the Ambassador of Velm", "the Ambassador Ida Rask": named anew
	}
	return subject{kind: sActor, actor: x.offices[w], start: k, end: j}, true
}

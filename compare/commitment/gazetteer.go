package commitment

import "slices"

// Gazetteer maps aliases to canonical actors; users can extend it.
//
// Matching is case-insensitive on words (so "the White House" and "white
// house" are one alias, and a leading "the" is optional), except for
// all-capital acronyms that spell a common English word ("US", "WHO"): those
// match only when written in capitals, so "told us" never means the United
// States.
type Gazetteer struct {
	byFirst map[string][]alias  // aliases by their first word, longest first
	home    string              // for a news article's names: the state the story is about (homeState), or ""
	joint   map[string][]string // a joint issuer's one name → its members (joint.go)
}

// alias is one alias as a sequence of normalized words.
type alias struct {
	words     []string
	canonical string
	exact     string // non-empty: the alias must be written exactly so (case-sensitive acronyms)
}

// mention is an alias found in a sentence: tokens [start, end).
type mention struct {
	start, end int
	actor      string
}

// acronymWords are English words that some acronym spells in capitals.
var acronymWords = map[string]bool{
	"us": true, "who": true, "it": true, "am": true, "an": true, "as": true, "at": true, "be": true,
	"do": true, "go": true, "he": true, "if": true, "in": true, "is": true, "me": true, "my": true,
	"no": true, "of": true, "on": true, "or": true, "so": true, "to": true, "up": true, "we": true,
	"pa": true, "ai": true, "oh": true, "hi": true,
}

// DefaultGazetteer returns a gazetteer of the actors of Parley's statements:
// governments with their capitals, leaders and agencies, international
// bodies and armed groups.
func DefaultGazetteer() *Gazetteer {
	g := &Gazetteer{}
	for _, e := range defaultActors {
		g.Add(e[0], e[1:]...)
	}
	return g
}

// defaultActors lists each canonical actor followed by its aliases.
// Demonyms ("Israeli") are aliases too: they let "the Israeli side" or
// "U.S. officials" name their actor, while "U.S. policy" does not (a subject
// must end with an actor or an agent noun; see subject.go).
var defaultActors = [][]string{
	{"United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Washington",
		"administration", "Biden administration", "Biden-Harris Administration", "Biden-Harris",
		"White House", "Biden", "Joe Biden", "Joseph R. Biden", "Joseph R. Biden Jr.", "President Biden",
		"President Joe Biden", "Kamala Harris", "Vice President Harris",
		"Harris", "Antony Blinken", "Secretary Blinken", "Blinken", "Lloyd Austin", "Secretary Austin",
		"Jake Sullivan", "Sullivan", "John Kirby", "Kirby", "Jon Finer", "Finer", "Brett McGurk", "McGurk",
		"Adrienne Watson", "Austin", "Janet Yellen", "Yellen", "Amos Hochstein", "Hochstein", "Sherwood-Randall",
		"Pentagon", "State Department", "Department of State", "Treasury", "Department of the Treasury",
		"Treasury Department", "Department of Defense", "Defense Department", "U.S. military",
		"U.S. Central Command", "CENTCOM", "U.S. government", "United States government"},
	{"Iran", "Tehran", "Islamic Republic", "Islamic Republic of Iran", "IRGC", "Islamic Revolutionary Guard Corps",
		"Revolutionary Guards", "Iranian government", "Iranian", "Iranians", "Khamenei", "Ayatollah Khamenei",
		"Raisi", "Ebrahim Raisi", "Salami", "Hossein Salami", "Amir-Abdollahian"},
	{"Israel", "Israeli", "Israeli government", "Government of Israel", "State of Israel", "Netanyahu",
		"Benjamin Netanyahu", "Prime Minister Netanyahu", "Gallant", "Yoav Gallant", "IDF", "Israel Defense Forces",
		"Herzog", "Isaac Herzog", "Gantz", "Benny Gantz", "Ron Dermer", "Tzachi Hanegbi"},
	{"G7", "G-7", "Group of Seven", "G7 leaders"},
	{"United Nations", "UN", "U.N.", "UN Secretary-General", "Guterres", "António Guterres", "Antonio Guterres"},
	// The Security Council is an organ of states that decides for itself:
	// what it demands is not the Secretary-General's, so it is an actor of
	// its own, as the UN's agencies are below.
	{"United Nations Security Council", "Security Council", "UN Security Council", "U.N. Security Council", "UNSC"},
	{"Hamas"},
	{"Hezbollah", "Hizballah"},
	{"Houthis", "Houthi", "Ansar Allah"},
	{"Russia", "Moscow", "Kremlin", "Russian", "Russian government", "Russian Federation", "Putin", "Vladimir Putin"},
	{"China", "Beijing", "PRC", "People's Republic of China", "Chinese", "Xi", "Xi Jinping"},
	{"Ukraine", "Kyiv", "Ukrainian", "Zelenskyy", "Zelensky", "Volodymyr Zelenskyy"},
	{"European Union", "EU", "E.U.", "European Commission", "von der Leyen", "Ursula von der Leyen",
		"Brussels"}, // as the wires write the EU's seat for it, as "Paris" for France
	{"Palestinian Authority", "Palestinian Authority Security Services", "Mahmoud Abbas", "Abbas"},
	{"NATO", "North Atlantic Treaty Organization"},
	{"Jordan", "Jordanian", "King Abdullah"},
	{"Egypt", "Egyptian", "Cairo", "el-Sisi", "al-Sisi"},
	{"Qatar", "Qatari", "Doha"},
	{"Saudi Arabia", "Saudi", "Riyadh"},
	{"Iraq", "Iraqi", "Baghdad", "Iraqi government"},
	{"Syria", "Syrian", "Damascus", "Assad"},
	{"Lebanon", "Lebanese", "Beirut"},
	{"Japan", "Japanese", "Tokyo", "Kishida"},
	{"Philippines", "Philippine", "Manila", "Marcos"},
	{"North Korea", "DPRK", "Pyongyang"},
	{"United Kingdom", "UK", "U.K.", "Britain", "British", "London"},
	{"France", "French", "Paris"},
	{"Germany", "German", "Berlin"},
	{"IAEA", "International Atomic Energy Agency", "UN nuclear watchdog", "U.N. nuclear watchdog",
		"United Nations nuclear watchdog"},
	// The UN's agencies as news agencies name them ("the UN refugee agency"):
	// each its own actor, not the United Nations its name begins with.
	{"UNHCR", "UN Refugee Agency", "U.N. refugee agency", "United Nations refugee agency",
		"UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees"},
	{"UNICEF", "United Nations Children's Fund", "UN Children's Fund", "UN children's agency",
		"U.N. children's agency"},
	{"World Food Programme", "World Food Program", "WFP", "UN food agency", "U.N. food agency"},
	{"World Health Organization", "World Health Organisation", "WHO", "UN health agency", "U.N. health agency"},
	{"International Committee of the Red Cross", "ICRC"},
	{"OHCHR", "UN human rights office", "U.N. human rights office", "UN High Commissioner for Human Rights",
		"United Nations High Commissioner for Human Rights", "Office of the High Commissioner for Human Rights"},
	{"OCHA", "UN humanitarian office", "U.N. humanitarian office", "UN humanitarian affairs office",
		"Office for the Coordination of Humanitarian Affairs"},
	// The states whose names hold "and": read whole, never as two actors
	// joined by it (coordination.go reads "A and B pledged" as two).
	{"Antigua and Barbuda"},
	{"Bosnia and Herzegovina"},
	{"Saint Kitts and Nevis"},
	{"Saint Vincent and the Grenadines"},
	{"Sao Tome and Principe", "São Tomé and Príncipe"},
	{"Trinidad and Tobago"},
}

// partOf names the body each agency belongs to: the United Nations
// system's agencies and offices, which its Secretary-General and spokesman
// announce ("The World Food Programme will continue …" in a UN statement).
var partOf = map[string]string{
	"UNHCR": "United Nations", "UNICEF": "United Nations", "World Food Programme": "United Nations",
	"World Health Organization": "United Nations", "OHCHR": "United Nations", "OCHA": "United Nations",
	"IAEA": "United Nations",
}

// Add registers canonical and each alias as names of the actor canonical.
func (g *Gazetteer) Add(canonical string, aliases ...string) {
	if g.byFirst == nil {
		g.byFirst = map[string][]alias{}
	}
	for _, name := range append([]string{canonical}, aliases...) {
		toks := tokenize(name, nil)
		if len(toks) > 1 && toks[0].w == "the" {
			toks = toks[1:]
		}
		if len(toks) == 0 {
			continue
		}
		a := alias{canonical: canonical}
		for _, t := range toks {
			a.words = append(a.words, t.w)
		}
		if len(toks) == 1 && toks[0].caps && acronymWords[toks[0].w] {
			a.exact = name[toks[0].start:toks[0].end]
		}
		list := g.byFirst[a.words[0]]
		list = slices.DeleteFunc(list, func(b alias) bool { return slices.Equal(b.words, a.words) && b.exact == a.exact })
		list = append(list, a)
		slices.SortStableFunc(list, func(x, y alias) int { return len(y.words) - len(x.words) })
		g.byFirst[a.words[0]] = list
	}
}

// Resolve returns the canonical actor named in mention (case-insensitive,
// longest alias wins; among equally long aliases the last, as English puts
// the head of a name last: "President Zelenskyy" is Ukraine).
func (g *Gazetteer) Resolve(mention string) (canonical string, ok bool) {
	toks := tokenize(mention, nil)
	best := -1
	var found string
	for _, m := range g.mentions(mention, toks) {
		if n := m.end - m.start; n >= best {
			best, found = n, m.actor
		}
	}
	return found, best > 0
}

// ActorOf returns the canonical actor of the speaker's institution: a G7
// statement's "we" is "G7", a White House official's "we" is "United
// States", an Israeli minister's "we" is "Israel". The organization is read
// first, then the name, part by part ("Group of Seven (as published by The
// White House)" is G7): a known name, or a known body's own department
// (issuerIn); a joint issuer's members as one name. Unknown speakers are
// their own actor: sp.Name.
func (g *Gazetteer) ActorOf(sp Speaker) string {
	a, _ := g.actorOf(sp)
	return a
}

// actorOf is ActorOf, also saying whether the gazetteer knew the speaker.
func (g *Gazetteer) actorOf(sp Speaker) (string, bool) {
	if acr := ownAcronym(sp.Organization); acr != "" {
		if _, known := g.Resolve(acr); !known {
			return sp.Name, false // a body of its own, not a known name its name contains
		}
	}
	for _, text := range []string{sp.Organization, sp.Name} {
		if ms := jointMembers(g, text); ms != nil {
			_, known := resolveWhole(g, jointName(ms))
			return jointName(ms), known
		}
		if a, ok := g.issuerIn(text); ok {
			return a, true // issuers.go: a known name, or a known body's own department
		}
	}
	return sp.Name, false
}

// mentions finds the aliases in toks (tokens of s), left to right, longest
// first, without overlap.
func (g *Gazetteer) mentions(s string, toks []token) []mention {
	if g == nil {
		return nil
	}
	var out []mention
	for i := 0; i < len(toks); {
		if a, ok := g.longestAt(s, toks, i); ok {
			out = append(out, mention{start: i, end: i + len(a.words), actor: a.canonical})
			i += len(a.words)
			continue
		}
		i++
	}
	return out
}

// longestAt returns the longest alias starting at token i.
func (g *Gazetteer) longestAt(s string, toks []token, i int) (alias, bool) {
	if toks[i].kind != tWord {
		return alias{}, false
	}
	for _, a := range g.byFirst[toks[i].w] {
		if i+len(a.words) > len(toks) {
			continue
		}
		if a.exact != "" && s[toks[i].start:toks[i].end] != a.exact {
			continue
		}
		match := true
		for k, w := range a.words {
			if toks[i+k].w != w {
				match = false
				break
			}
		}
		if match {
			return a, true
		}
	}
	return alias{}, false
}

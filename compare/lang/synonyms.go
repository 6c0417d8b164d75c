package lang

import (
	"bytes"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/parley-app/parley/assets"
)

// Synonyms are the synonym groups of a language, matched by stem, for the
// sentence aligner to credit two sentences that say one thing in different
// words ("reiterate" and "reaffirm", "took down" and "defeated").
//
// English has two sources, read in this order: Parley's hand-written
// paraphrases of diplomatic and security language
// (assets/lang/paraphrases-en.txt: one group a line, members separated by
// " | ", a member may be a phrase) and conservative synonym sets derived
// from WordNet 3.0 (assets/lang/synonyms-en.txt, written by
// internal/cmd/gensynonyms: one set a line, words separated by spaces).
//
// A member is read as the aligner reads a sentence (compare.Tokenize):
// tokenized (NextWith, an initialism's compound split), folded (Fold) and
// stemmed (Stemmer). A member of one word is a stem, looked up with Groups;
// a member of several words is a phrase, the stems of all its words in
// order, small words included ("call on", "stand with"), found in a
// sentence's stems with MatchPhrases. Stems do not join irregular forms, so
// the paraphrases list them ("take down", "took down", "taken down").
//
// A group's id is its first member's stems ("reaffirm", "speak with"), with
// "wn:" before a WordNet set's ("wn:nation") and "#2", "#3"… after a name
// an earlier group of the same source has ("wn:attack#2"): readable, and
// stable while the files are. Name gives a label to show.
//
// A Synonyms is read-only once built and safe for concurrent use.
type Synonyms struct {
	groups  []synGroup
	byStem  map[string][]string    // stem → group ids, at most maxGroupsPerStem
	phrases map[string][]synPhrase // first stem → the phrases starting with it
	byID    map[string]int         // group id → index in groups
	// table, for the compiled English table, answers for groups, byStem
	// and byID, which are then empty (syncompiled.go).
	table *compiledTable
}

// synGroup is one group: its id and members as the file writes them.
type synGroup struct {
	id      string
	members []string
}

// synPhrase is a multi-word member: its stems and its group.
type synPhrase struct {
	stems []string
	group string
}

// PhraseMatch is a phrase of a group found in a sequence of stems: the
// stems [Start, End) say the member of Group.
type PhraseMatch struct {
	Start, End int
	Group      string
}

// maxGroupsPerStem caps the groups one stem (or one phrase) belongs to: a
// common word is in many WordNet sets, and each group it joins makes more
// sentences look alike, so a stem keeps its first few groups only, in the
// order the files give them (Parley's paraphrases first, then WordNet's
// sets in their sorted order).
const maxGroupsPerStem = 4

// nameMembers is how many members Name shows.
const nameMembers = 4

// The two English files, in the order they are read.
const (
	paraphrasesFile = "paraphrases-en.txt"
	wordnetFile     = "synonyms-en.txt"
)

// SynonymsFor returns the synonym table of a language (a code of Detect):
// English's for "en", an empty table for any other language. The English
// table is compiled from its word lists beforehand (syntable.go).
func SynonymsFor(code string) *Synonyms {
	if code == "en" {
		return englishSynonyms()
	}
	return noSynonyms
}

var noSynonyms = &Synonyms{}

// englishSynonyms is the compiled table (syntable.go), read on first use.
var englishSynonyms = sync.OnceValue(func() *Synonyms {
	return parseCompiled(assets.SynonymTable)
})

func readLangFile(name string) []byte {
	data, err := assets.Lang.ReadFile("lang/" + name)
	if err != nil {
		panic(err)
	}
	return data
}

// Groups returns the ids of the groups stem is a one-word member of, in
// file order, at most maxGroupsPerStem; nil when it is in none. The slice
// is the table's own: do not change it.
func (s *Synonyms) Groups(stem string) []string {
	if s == nil {
		return nil
	}
	if s.table != nil {
		return s.table.groupsOf(stem)
	}
	return s.byStem[stem]
}

// MatchPhrases finds the phrase members of every group in stems, the stems
// of a sentence's words in order with its stop words (not only the content
// words: "call on" needs its "on"), in one pass: each position looks up the
// phrases that start with its stem. Matches come in order of Start, longer
// first; overlapping matches are all given.
func (s *Synonyms) MatchPhrases(stems []string) []PhraseMatch {
	if s == nil || len(s.phrases) == 0 {
		return nil
	}
	var out []PhraseMatch
	for i, st := range stems {
		for _, p := range s.phrases[st] {
			if hasPrefix(stems[i:], p.stems) {
				out = append(out, PhraseMatch{Start: i, End: i + len(p.stems), Group: p.group})
			}
		}
	}
	return out
}

func hasPrefix(stems, prefix []string) bool {
	if len(prefix) > len(stems) {
		return false
	}
	for k, p := range prefix {
		if stems[k] != p {
			return false
		}
	}
	return true
}

// Name is a readable label of a group: its first members as the file
// writes them, joined by " / " ("reaffirm / reiterate / restate"); ""
// for an unknown id.
func (s *Synonyms) Name(group string) string {
	if s == nil {
		return ""
	}
	groups, byID := s.groups, s.byID
	if s.table != nil {
		groups, byID = s.table.groups()
	}
	i, ok := byID[group]
	if !ok {
		return ""
	}
	m := groups[i].members
	if len(m) > nameMembers {
		return strings.Join(m[:nameMembers], " / ") + " / …"
	}
	return strings.Join(m, " / ")
}

// Len is the number of groups.
func (s *Synonyms) Len() int {
	if s == nil {
		return 0
	}
	if s.table != nil {
		return len(s.table.groupLines)
	}
	return len(s.groups)
}

// parsedGroup is one line of a file: its members, and the words of each.
type parsedGroup struct {
	source  string // "" for the paraphrases, "wn:" for WordNet's sets
	members []string
	words   [][]int32 // each member's folded words, as numbers of a wordIndex
}

// wordIndex numbers the distinct words of the files, so each is stemmed
// once.
type wordIndex struct {
	number map[string]int32
	words  []string
}

// wordsGuess is about how many distinct words the English files hold.
const wordsGuess = 24_000

func newWordIndex() *wordIndex {
	return &wordIndex{number: make(map[string]int32, wordsGuess), words: make([]string, 0, wordsGuess)}
}

func (x *wordIndex) add(w string) int32 {
	n, ok := x.number[w]
	if !ok {
		n = int32(len(x.words))
		x.number[w] = n
		x.words = append(x.words, w)
	}
	return n
}

// buildSynonyms makes the table of the paraphrases and the WordNet sets.
func buildSynonyms(paraphrases, wordnet []byte) (*Synonyms, error) {
	index := newWordIndex()
	parsed := make([]parsedGroup, 0, bytes.Count(paraphrases, []byte{'\n'})+bytes.Count(wordnet, []byte{'\n'}))
	for _, f := range []struct {
		name, source string
		data         []byte
		sep          func(string) []string
	}{
		{paraphrasesFile, "", paraphrases, splitBar},
		{wordnetFile, "wn:", wordnet, strings.Fields},
	} {
		var err error
		if parsed, err = parseGroups(parsed, f.data, f.source, f.sep, index); err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
	}

	stemOf := stemAll(index.words)
	s := &Synonyms{
		groups:  make([]synGroup, 0, len(parsed)),
		byStem:  make(map[string][]string, len(index.words)),
		phrases: map[string][]synPhrase{},
		byID:    make(map[string]int, len(parsed)),
	}
	phraseGroups := map[string]int{} // phrase stems → groups it is in
	var singles []string
	for _, g := range parsed {
		singles = singles[:0]
		var phrases [][]string
		for _, words := range g.words {
			if len(words) == 1 {
				if st := stemOf[words[0]]; !slices.Contains(singles, st) {
					singles = append(singles, st)
				}
				continue
			}
			stems := make([]string, len(words))
			for k, w := range words {
				stems[k] = stemOf[w]
			}
			if !slices.ContainsFunc(phrases, func(p []string) bool { return slices.Equal(p, stems) }) {
				phrases = append(phrases, stems)
			}
		}
		if len(singles)+len(phrases) < 2 {
			continue // its words share one stem: nothing to credit
		}
		id := s.newID(g.source, g.words[0], stemOf)
		s.byID[id] = len(s.groups)
		s.groups = append(s.groups, synGroup{id: id, members: g.members})
		for _, st := range singles { // in the order of the members
			if len(s.byStem[st]) < maxGroupsPerStem {
				s.byStem[st] = append(s.byStem[st], id)
			}
		}
		for _, p := range phrases {
			key := strings.Join(p, " ")
			if phraseGroups[key] >= maxGroupsPerStem {
				continue
			}
			phraseGroups[key]++
			s.phrases[p[0]] = append(s.phrases[p[0]], synPhrase{stems: p, group: id})
		}
	}
	// Longer phrases first at each start, then file order.
	for _, ps := range s.phrases {
		slices.SortStableFunc(ps, func(a, b synPhrase) int { return len(b.stems) - len(a.stems) })
	}
	return s, nil
}

// newID names a group after its first member's stems, with the source's
// prefix ("reaffirm", "wn:attack"), and a number after the first group of
// that name ("wn:attack#2"), so ids stay stable while the files do.
func (s *Synonyms) newID(source string, first []int32, stemOf []string) string {
	stems := make([]string, len(first))
	for k, w := range first {
		stems[k] = stemOf[w]
	}
	id := source + strings.Join(stems, " ")
	for n := 2; s.idTaken(id); n++ {
		id = source + strings.Join(stems, " ") + "#" + strconv.Itoa(n)
	}
	return id
}

func (s *Synonyms) idTaken(id string) bool { _, ok := s.byID[id]; return ok }

func splitBar(line string) []string { return strings.Split(line, "|") }

// parseGroups reads one file and appends its groups to out: a group a
// line, members split by sep; blank lines and lines starting with # are
// skipped. A line with fewer than two members, an empty member or a member
// without a word is an error.
func parseGroups(out []parsedGroup, data []byte, source string, sep func(string) []string, index *wordIndex) ([]parsedGroup, error) {
	text := string(data)                     // members are slices of it
	numbers := make([]int32, 0, len(text)/6) // backs every group's words
	var words []string
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		members := sep(line)
		if len(members) < 2 {
			return nil, fmt.Errorf("line %d: %q: a group needs two members at least", n, line)
		}
		g := parsedGroup{source: source, members: members, words: make([][]int32, len(members))}
		for i, m := range members {
			m = strings.TrimSpace(m)
			if words = appendMemberWords(words[:0], m); len(words) == 0 {
				return nil, fmt.Errorf("line %d: %q: member %q has no word", n, line, m)
			}
			start := len(numbers)
			for _, w := range words {
				numbers = append(numbers, index.add(w))
			}
			members[i], g.words[i] = m, numbers[start:len(numbers):len(numbers)]
		}
		out = append(out, g)
	}
	return out, nil
}

// memberWords are the folded words of a member, as the aligner's tokenizer
// reads them (punctuation skipped).
func memberWords(m string) []string { return appendMemberWords(nil, m) }

func appendMemberWords(words []string, m string) []string {
	if isLowerWord(m) { // every word of the WordNet file
		return append(words, m)
	}
	for i := 0; i < len(m); {
		var t Token
		t, i = NextWith(m, i, memberReading)
		if t.Word {
			words = append(words, Fold(m[t.Start:t.End]))
		}
	}
	return words
}

// isLowerWord reports whether w is lower-case ASCII letters only: one word
// that folds to itself.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// memberReading is how the aligner's terms read words (compare.Tokenize).
var memberReading = Options{SplitCompoundAfterInitialism: true}

// stemAll stems words, spread over the CPUs: the Snowball stemmer is most
// of the cost of building the table (some 20,000 distinct words).
func stemAll(words []string) []string {
	stems := make([]string, len(words))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(words)/2000))
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			for i := k; i < len(words); i += workers {
				stems[i] = stem(words[i])
			}
		})
	}
	wg.Wait()
	return stems
}

package lang

import (
	"bufio"
	"bytes"
	"strings"
	"sync"

	"github.com/parley-app/parley/assets"
)

// WordSet is a list of words (or phrases) for membership tests.
type WordSet map[string]bool

// Has reports whether w is in the set.
func (s WordSet) Has(w string) bool { return s[w] }

// ReadWordList reads a word list: one entry a line, trimmed; blank lines
// and lines starting with # are skipped.
func ReadWordList(data []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Words is the set of the space-separated words in list, for the word
// tables written in source. Those tables are package variables, built at
// every start of every command (parley-cli diff included), so it sizes the
// map once and makes no slice of the words.
func Words(list string) map[string]bool {
	m := make(map[string]bool, countFields(list))
	for w := range strings.FieldsSeq(list) {
		m[w] = true
	}
	return m
}

// countFields is len(strings.Fields(s)) for a list separated by ASCII
// white space, without the slice.
func countFields(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || '\t' <= s[i] && s[i] <= '\r'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// SetOf makes a WordSet of words.
func SetOf(words []string) WordSet {
	s := make(WordSet, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

// embedded reads an embedded list of assets/lang once.
func embedded(name string) func() WordSet {
	return sync.OnceValue(func() WordSet {
		data, err := assets.Lang.ReadFile("lang/" + name)
		if err != nil {
			panic(err) // an embedded file is always there; a test checks each one
		}
		return SetOf(ReadWordList(data))
	})
}

var (
	englishStopwords = embedded("stopwords-en.txt")
	otherStopwords   = map[string]func() WordSet{
		"fa": embedded("stopwords-fa.txt"),
		"he": embedded("stopwords-he.txt"),
		"ar": embedded("stopwords-ar.txt"),
	}
)

// IsStopword reports whether the normalised word (Fold) is an English
// function word, or a modal or reporting verb every statement uses: words
// that never explain why two passages are on one topic.
func IsStopword(norm string) bool { return englishStopwords()[norm] }

// Stopwords are the stop words of a language (a code of Detect): its own
// list where Parley has one (Persian, Hebrew, Arabic) with the English one,
// since statements quote English names and terms; else the English list.
func Stopwords(code string) WordSet {
	own, ok := otherStopwords[code]
	if !ok {
		return englishStopwords()
	}
	return stopwordsWithEnglish(code, own)
}

var mergedStopwords sync.Map // code → WordSet

func stopwordsWithEnglish(code string, own func() WordSet) WordSet {
	if s, ok := mergedStopwords.Load(code); ok {
		return s.(WordSet)
	}
	merged := WordSet{}
	for w := range englishStopwords() {
		merged[w] = true
	}
	for w := range own() {
		merged[w] = true
	}
	s, _ := mergedStopwords.LoadOrStore(code, merged)
	return s.(WordSet)
}

// StateNames maps the formal names of states that no rule shortens
// ("United Mexican States") to the names statements use ("Mexico"), keyed
// in lower case (assets/lang/state-names.txt).
var StateNames = sync.OnceValue(func() map[string]string {
	data, err := assets.Lang.ReadFile("lang/state-names.txt")
	if err != nil {
		panic(err) // embedded; a test reads it
	}
	return parseStateNames(data)
})

// parseStateNames reads "formal name = name" lines; # starts a comment.
func parseStateNames(data []byte) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		formal, name, ok := strings.Cut(line, "=")
		if ok && strings.TrimSpace(formal) != "" && strings.TrimSpace(name) != "" {
			out[strings.ToLower(strings.TrimSpace(formal))] = strings.TrimSpace(name)
		}
	}
	return out
}

package lang

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// stemsFile holds the Snowball stems of the WordNet file's words where the
// stem differs from the word, one "word stem" a line, so that the synonym
// table is built without stemming some 20,000 words at every start (it
// was most of a short command's start-up). internal/cmd/genstems writes it
// (make synonyms); TestStemsFileIsCurrent fails when it is out of date.
const stemsFile = "stems-en.txt"

var knownStems = sync.OnceValue(func() map[string]string {
	return parseStems(readLangFile(stemsFile))
})

// FormatStems writes the stems file for the words: a header, then a
// "word stem" line for each distinct word whose stem differs, sorted.
func FormatStems(words []string) []byte {
	var b bytes.Buffer
	b.WriteString("# The Snowball stems of the words of synonyms-en.txt that differ from the word,\n")
	b.WriteString("# so the synonym table loads without stemming. Written by internal/cmd/genstems\n")
	b.WriteString("# (make synonyms); do not edit.\n")
	words = slices.Clone(words)
	slices.Sort(words)
	for _, w := range slices.Compact(words) {
		if st := stem(w); st != w {
			fmt.Fprintf(&b, "%s %s\n", w, st)
		}
	}
	return b.Bytes()
}

// WordNetWords returns the words of the embedded WordNet synonym file, the
// words FormatStems is given.
func WordNetWords() []string {
	var out []string
	for _, line := range strings.Split(string(readLangFile(wordnetFile)), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, strings.Fields(line)...)
		}
	}
	return out
}

func parseStems(data []byte) map[string]string {
	text := string(data)
	out := make(map[string]string, bytes.Count(data, []byte{'\n'}))
	for text != "" {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if w, st, ok := strings.Cut(line, " "); ok && line[0] != '#' {
			out[w] = st
		}
	}
	return out
}

// stemWords gives the stem of every word of the index: from the stems
// file, or the word itself for a word of the WordNet file the stems file
// does not list, or by the stemmer for the others (the hand-written
// paraphrases' words), spread over the CPUs.
func stemWords(x *wordIndex, known map[string]string) []string {
	stems := make([]string, len(x.words))
	var rest []int
	for i, w := range x.words {
		if st, ok := known[w]; ok {
			stems[i] = st
		} else if x.wordnet[i] {
			stems[i] = w
		} else {
			rest = append(rest, i)
		}
	}
	words := make([]string, len(rest))
	for k, i := range rest {
		words[k] = x.words[i]
	}
	for k, st := range stemAll(words) {
		stems[rest[k]] = st
	}
	return stems
}

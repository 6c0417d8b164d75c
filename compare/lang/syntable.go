package lang

import (
	"bytes"
	"slices"
	"strings"
)

// The English synonym table is compiled: internal/cmd/gensyntable builds
// it from the two word lists (buildSynonyms: parsing, tokenizing and
// stemming some 20,000 words) and writes the result as a plain index,
// assets/lang/synonyms-en-compiled.txt, which a process reads with no
// stemming at all (12–36 ms saved at every start, most of a short
// command's). TestSynonymTableIsCurrent fails when the word lists and the
// compiled index differ: make synonym-table.
const compiledFile = "synonyms-en-compiled.txt"

// The compiled index is one record a line, its fields separated by tabs:
//
//	G  id  member  member …        a group, in the lists' order
//	S  stem  id  id …              a stem's groups
//	P  first  stems  id            a phrase (stems joined by spaces) and its group
//
// after a header of "#" lines.
const compiledHeader = "# The English synonym table, compiled from paraphrases-en.txt and synonyms-en.txt by\n" +
	"# internal/cmd/gensyntable (make synonym-table); do not edit. One record a line, fields\n" +
	"# separated by tabs: G id members…; S stem ids…; P first-stem phrase-stems id.\n"

// CompiledSynonyms builds the English table from the embedded word lists
// and returns it as the compiled index.
func CompiledSynonyms() ([]byte, error) {
	s, err := buildSynonyms(readLangFile(paraphrasesFile), readLangFile(wordnetFile))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(compiledHeader)
	for _, g := range s.groups {
		b.WriteString(strings.Join(append([]string{"G", g.id}, g.members...), "\t") + "\n")
	}
	for _, st := range sortedKeys(s.byStem) {
		b.WriteString(strings.Join(append([]string{"S", st}, s.byStem[st]...), "\t") + "\n")
	}
	for _, first := range sortedKeys(s.phrases) {
		for _, p := range s.phrases[first] {
			b.WriteString(strings.Join([]string{"P", first, strings.Join(p.stems, " "), p.group}, "\t") + "\n")
		}
	}
	return b.Bytes(), nil
}

// parseCompiled reads the compiled index: the phrases at once (a few
// hundred), the stems and groups on need (compiledTable).
func parseCompiled(data string) *Synonyms {
	s := &Synonyms{phrases: map[string][]synPhrase{}, table: newCompiledTable(data)}
	if i := strings.Index(data, "\nP\t"); i >= 0 { // the P records come last
		for line := range strings.Lines(data[i+1:]) {
			f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
			if len(f) == 4 && f[0] == "P" {
				s.phrases[f[1]] = append(s.phrases[f[1]], synPhrase{stems: strings.Split(f[2], " "), group: f[3]})
			}
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

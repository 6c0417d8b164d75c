// Command gensynonyms writes assets/lang/synonyms-en.txt, the general English
// synonym sets the sentence aligner credits (compare/lang.SynonymsFor), from
// the WordNet 3.0 database (Debian: apt-get install wordnet-base):
//
//	make synonyms
//	go run ./internal/cmd/gensynonyms -dict /usr/share/wordnet -out assets/lang/synonyms-en.txt
//
// It keeps little of WordNet on purpose, since a loose synonym costs the
// aligner more than a missing one. A synset's member is kept when
//
//   - it is a single word of lower-case letters (no phrases, hyphens or
//     proper nouns), at least three letters long, and not an English stop
//     word (assets/lang/stopwords-en.txt);
//   - the synset is the word's most frequent sense in its part of speech:
//     the first of the senses WordNet's index ranks by their
//     frequency in its sense-tagged corpus (senses never tagged come after
//     them in no meaningful order and do not count), or the word's only
//     sense;
//   - its Snowball stem, which is all the aligner sees of a word, is not
//     also the stem of a more frequent WordNet lemma (tag counts of
//     cntlist.rev) that is neither in the synset nor a derived form of the
//     word (WordNet's "+" and "\" pointers): "resoluteness" goes, whose stem
//     "resolut" is mostly "resolution"; "condemn" stays beside the less
//     frequent "condemnation", and "nation" beside "national", its form;
//   - the synset's part of speech is the word's most frequent one, by the
//     same counts (or as frequent): the aligner cannot tell the verb "state"
//     ("state", "tell") from the noun ("state", "province"), so a word
//     stands for its commoner part of speech only.
//
// A synset left with fewer than two members is dropped, as is one with the
// same members as a set already kept. Every set is one line, its members in
// WordNet's order; the lines are sorted. The file starts with WordNet's
// licence, which asks for its notice on every copy, and with how it was
// made.
//
// Counting a word's first two listed senses, tagged or not, and no stem or
// part-of-speech rule, the file would hold 17,854 sets (431 KB); counting
// tagged senses only, 11,718 (273 KB); with the stem rule, 9,823 (222 KB);
// with the part-of-speech rule too, 8,932 (205 KB); with the first sense
// only, 8,061 (188 KB). The senses the tag rule drops are mostly rare ones
// ("denounce" as "brand", "deplore" as "bemoan"). The first sense only:
// on the alignment gold's development set the two-sense table cost
// precision at every weight tried (issue 16), the one-sense table is
// neutral.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// maxSense is how many of a word's senses, most frequent first, may make it
// a synonym.
const maxSense = 1

// minLetters is the shortest word kept.
const minLetters = 3

// The parts of speech, in the order their files are read.
var parts = []string{"noun", "verb", "adj", "adv"}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "the WordNet 3.0 dict folder (data.noun, index.noun, …)")
	out := flag.String("out", "assets/lang/synonyms-en.txt", "the file to write")
	flag.Parse()
	sets, err := Generate(*dict)
	if err == nil {
		err = writeFile(*out, *dict, sets)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensynonyms:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gensynonyms: %d sets to %s\n", len(sets), *out)
}

// Generate reads the WordNet database in dict and returns the synonym
// sets, sorted.
func Generate(dict string) ([][]string, error) {
	senses := map[string]map[string][]string{} // part of speech → lemma → synsets
	for _, pos := range parts {
		s, err := readIndex(filepath.Join(dict, "index."+pos))
		if err != nil {
			return nil, err
		}
		senses[pos] = s
	}
	counts, err := readCounts(filepath.Join(dict, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	// Every lemma of lower-case letters by its stem, for stemClash.
	stems := lang.NewStemmer()
	byStem := map[string][]string{}
	for _, pos := range parts {
		for lemma := range senses[pos] {
			if lettersOnly(lemma) {
				st := stems.Stem(lemma)
				if !slices.Contains(byStem[st], lemma) {
					byStem[st] = append(byStem[st], lemma)
				}
			}
		}
	}
	var synsets []synset
	for _, pos := range parts {
		ss, err := readData(filepath.Join(dict, "data."+pos), pos)
		if err != nil {
			return nil, err
		}
		synsets = append(synsets, ss...)
	}
	related := derivations(synsets)
	// stemClash: w's stem is mostly another word's, which the aligner would
	// read as w.
	stemClash := func(w string, synset []string) bool {
		for _, v := range byStem[stems.Stem(w)] {
			if counts[v] > counts[w] && !slices.Contains(synset, v) && !related[[2]string{w, v}] {
				return true
			}
		}
		return false
	}

	// mainPOS: no other part of speech of w is more frequent than pos.
	mainPOS := func(w, pos string) bool {
		for _, other := range parts {
			if counts[w+"%"+other] > counts[w+"%"+pos] {
				return false
			}
		}
		return true
	}

	seen := map[string]bool{}
	var sets [][]string
	for _, ss := range synsets {
		var kept []string
		for _, w := range ss.words {
			if keepWord(w) && slices.Contains(senses[ss.pos][w], ss.offset) && !slices.Contains(kept, w) && !stemClash(w, ss.words) && mainPOS(w, ss.pos) {
				kept = append(kept, w)
			}
		}
		if len(kept) < 2 {
			continue
		}
		key := slices.Clone(kept)
		slices.Sort(key)
		if k := strings.Join(key, " "); !seen[k] {
			seen[k] = true
			sets = append(sets, kept)
		}
	}
	slices.SortFunc(sets, func(a, b []string) int { return strings.Compare(strings.Join(a, " "), strings.Join(b, " ")) })
	return sets, nil
}

// derivations are the pairs of lemmas WordNet relates as forms of one
// another, both ways round.
func derivations(synsets []synset) map[[2]string]bool {
	words := make(map[wordRef]string, len(synsets)*2)
	for _, ss := range synsets {
		for i, w := range ss.words {
			words[wordRef{ss.pos, ss.offset, i + 1}] = strings.ToLower(w)
		}
	}
	related := map[[2]string]bool{}
	for _, ss := range synsets {
		for i, to := range ss.derived {
			a, b := strings.ToLower(ss.words[ss.derivedFrom[i]]), words[to]
			if b != "" {
				related[[2]string{a, b}], related[[2]string{b, a}] = true, true
			}
		}
	}
	return related
}

// readCounts reads how often each lemma is tagged in WordNet's sense-tagged
// corpus (cntlist.rev: "sense_key sense_number tag_cnt", the key
// "lemma%ss_type:…"): under "lemma" all its senses together, under
// "lemma%noun" (verb, adj, adv) those of one part of speech.
func readCounts(name string) (map[string]int, error) {
	counts := map[string]int{}
	err := eachLine(name, func(f []string) error {
		lemma, key, ok := strings.Cut(f[0], "%")
		n, err := strconv.Atoi(f[len(f)-1])
		if len(f) != 3 || !ok || err != nil || key == "" || sensePOS[key[0]] == "" {
			return fmt.Errorf("not a sense key, a sense number and a count")
		}
		counts[lemma] += n
		counts[lemma+"%"+sensePOS[key[0]]] += n
		return nil
	})
	return counts, err
}

// sensePOS is the data file of a sense key's ss_type digit.
var sensePOS = map[byte]string{'1': "noun", '2': "verb", '3': "adj", '4': "adv", '5': "adj"}

// keepWord: lower-case letters only, long enough, not a stop word.
func keepWord(w string) bool {
	return len(w) >= minLetters && !lang.IsStopword(w) && lettersOnly(w)
}

func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// readIndex reads an index file: the synsets that may make each lemma a
// synonym. WordNet lists a lemma's senses by their frequency in its sense-
// tagged corpus (SemCor), the first tagsense_cnt of them, then the senses
// never tagged in no meaningful order; so the rank of an untagged sense says
// nothing, and only the first maxSense of the tagged senses count. A lemma
// of a single sense in its part of speech is unambiguous: that sense counts,
// tagged or not (most rare words and spelling variants, "jeopardise").
//
//	lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
func readIndex(name string) (map[string][]string, error) {
	senses := map[string][]string{}
	err := eachLine(name, func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("short line")
		}
		synsets, err1 := strconv.Atoi(f[2])
		pointers, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || len(f) != 4+pointers+2+synsets {
			return fmt.Errorf("counts do not match the fields")
		}
		offsets := f[len(f)-synsets:]
		tagged, err := strconv.Atoi(f[len(f)-synsets-1])
		if err != nil || tagged > synsets {
			return fmt.Errorf("bad tagsense_cnt")
		}
		if synsets > 1 { // a word of one sense is unambiguous
			offsets = offsets[:min(maxSense, tagged)]
		}
		senses[f[0]] = offsets
		return nil
	})
	return senses, err
}

// synset is one synset of a data file: its part of speech and offset, its
// words (lemmas as written, adjective markers such as "(p)" dropped), and
// its derivational pointers ("+"): pairs of a word of this synset and a word
// of another that are forms of one another ("condemn", "condemnation").
type synset struct {
	pos, offset string
	words       []string
	derived     []wordRef // [i] relates to words[derivedFrom[i]]
	derivedFrom []int
}

// wordRef is a word of a synset: its file's part of speech, its offset,
// its number (from 1).
type wordRef struct {
	pos, offset string
	n           int
}

// filePOS is the data file of a pointer's part of speech (satellite
// adjectives are in data.adj).
var filePOS = map[string]string{"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

// readData reads a data file.
//
//	synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt [ptr…] …
//	ptr: pointer_symbol synset_offset pos source/target
func readData(name, pos string) ([]synset, error) {
	var out []synset
	err := eachLine(name, func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("short line")
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || n < 1 || len(f) < 5+2*int(n) {
			return fmt.Errorf("bad word count %q", f[3])
		}
		ss := synset{pos: pos, offset: f[0], words: make([]string, 0, n)}
		for i := 0; i < int(n); i++ {
			w := f[4+2*i]
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k]
			}
			ss.words = append(ss.words, w)
		}
		k := 4 + 2*int(n)
		pointers, err := strconv.Atoi(f[k])
		if err != nil || len(f) < k+1+4*pointers {
			return fmt.Errorf("bad pointer count %q", f[k])
		}
		for p := range pointers {
			ptr := f[k+1+4*p : k+5+4*p]
			st, err := strconv.ParseUint(ptr[3], 16, 16)
			if err != nil || filePOS[ptr[2]] == "" {
				return fmt.Errorf("bad pointer %q", ptr)
			}
			if (ptr[0] != "+" && ptr[0] != `\`) || st>>8 == 0 || int(st>>8) > len(ss.words) {
				continue
			}
			ss.derived = append(ss.derived, wordRef{pos: filePOS[ptr[2]], offset: ptr[1], n: int(st & 0xff)})
			ss.derivedFrom = append(ss.derivedFrom, int(st>>8)-1)
		}
		out = append(out, ss)
		return nil
	})
	return out, err
}

// eachLine calls line with the fields of every line of a WordNet file but
// its licence header (lines starting with two spaces).
func eachLine(name string, line func(fields []string) error) error {
	file, err := os.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.HasPrefix(sc.Text(), "  ") {
			continue
		}
		if err := line(strings.Fields(sc.Text())); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	return sc.Err()
}

// licence is WordNet 3.0's licence (as in the header of its files and in
// Debian's copyright file for wordnet-base), which asks that its notice
// appear on every copy, modifications included.
const licence = `This file is derived from WordNet 3.0, under the WordNet 3.0 licence:

This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license.  By obtaining, using
and/or copying this software and database, you agree that you have
read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or
royalty is hereby granted, provided that you agree to comply with
the following copyright notice and statements, including the disclaimer,
and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal
use or for distribution.

WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in
advertising or publicity pertaining to distribution of the software
and/or database.  Title to copyright in this software, database and
any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same.`

// Write writes the file: the licence and how the file was made as comment
// lines, then one set a line.
func Write(w io.Writer, dict string, sets [][]string) error {
	bw := bufio.NewWriter(w)
	comment := func(text string) {
		for _, line := range strings.Split(text, "\n") {
			bw.WriteString(strings.TrimRight("# "+line, " ") + "\n")
		}
	}
	comment(licence)
	comment(fmt.Sprintf(`
Generated by "make synonyms" (go run ./internal/cmd/gensynonyms -dict %s)
from WordNet 3.0 as Debian's wordnet-base package installs it; do not edit
by hand, change the generator and run it again. Parley's sentence aligner
(compare/lang.SynonymsFor) reads it, after its own paraphrases-en.txt.

One synonym set a line, words separated by spaces, WordNet's order, lines
sorted. Kept of each WordNet synset: single words of lower-case letters
(no phrases, hyphens or proper nouns), at least %d letters, not English stop
words (stopwords-en.txt), for which the synset is one of their first %d
senses in its part of speech that WordNet ranks by frequency in its
sense-tagged corpus (index.*: tagsense_cnt), or their only sense, whose
Snowball stem is not the stem of a more frequent lemma (cntlist.rev) that
is neither in the synset nor derived from the word ("+" and "\" pointers),
and whose most frequent part of speech is the synset's (cntlist.rev).
A set left with fewer than two words is dropped, and so is a set with the
same words as one kept before it (nouns, verbs, adjectives, adverbs in that
order). %d sets.
`, dict, minLetters, maxSense, len(sets)))
	for _, set := range sets {
		bw.WriteString(strings.Join(set, " ") + "\n")
	}
	return bw.Flush()
}

func writeFile(name, dict string, sets [][]string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := Write(f, dict, sets); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

package compare

import (
	"cmp"
	"context"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/parley-app/parley/compare/lang"
	"github.com/parley-app/parley/compare/phrases"
	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/statement"
)

// sentence is the working form of a sentence during analysis.
type sentence struct {
	id         string
	statement  int // index into the analysed statements
	n          int // position in its statement, from 0
	span       segment.Sentence
	text       string // the sentence as written
	tokens     []Token
	terms      []string           // content stems and phrases, in text order, repeats kept
	topicTerms []string           // a term for each topic its cue words put it on
	synTerms   []string           // a term for each synonym group its words are in
	synWords   map[string]synWord // synonym group → the word of the sentence in it
	tokenSyns  [][]string         // each token's synonym-group terms; nil when none has one
	units      []phrases.Unit     // its words as the phrase aligner reads them
	index      phrases.Index      // units indexed, on the first pair (unitIndex)
	indexOnce  sync.Once
	vec        sparse          // tf-idf weights, unit length
	alone      []bool          // vec's terms no other sentence of its statement holds (markAlone)
	names      map[string]bool // terms that are names or numbers
	nameIDs    []int32         // their term ids, sorted (weighTerms): names are terms
	synStems   []string        // by vec position: the stems carrying a synonym group's term (synonymStems)
	topics     []TopicMatch
}

// surfaceCounts counts how each term was written while sentences are
// read: one flat map, as it is updated for every word.
type surfaceCounts map[termSurface]int

type termSurface struct{ term, surface string }

func (c surfaceCounts) add(term, surface string) { c[termSurface{term, surface}]++ }

// termDisplay remembers how a term was written, so explanations quote the
// text ("military superiority") rather than stems ("militari superior").
type termDisplay map[string]string

// display keeps the most frequent surface form of each term (summed over
// every worker's counts), ties broken alphabetically so output is
// deterministic.
func display(counts ...surfaceCounts) termDisplay {
	sum := surfaceCounts{}
	for _, c := range counts {
		for k, n := range c {
			sum[k] += n
		}
	}
	best := map[string]int{}
	out := termDisplay{}
	for k, n := range sum {
		cur, ok := out[k.term]
		if !ok || n > best[k.term] || (n == best[k.term] && k.surface < cur) {
			out[k.term], best[k.term] = k.surface, n
		}
	}
	return out
}

// of returns how term was most often written, or the term itself.
func (d termDisplay) of(term string) string {
	if s, ok := d[term]; ok {
		return s
	}
	return term
}

// topicTerm marks the term that stands for a topic of the scheme: two
// passages on one topic by their cue words share it, as they share a word.
const topicTerm = "§"

// topicWeight scales the topic term's idf weight.
var topicWeight = 0.5

// readStatements detects each statement's language and builds its
// sentences, the statements spread over the CPU cores, each worker with
// its own stemmer and term display (merged after: the counts add up to
// what one reader would count). The sentences come out in statement
// order, so the result does not depend on timing.
func readStatements(ctx context.Context, statements []statement.Statement, scheme *TopicScheme, progress Progress) ([]*sentence, []lang.Language, termDisplay, error) {
	languages := make([]lang.Language, len(statements))
	perStatement := make([][]*sentence, len(statements))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(statements)))
	counts := make([]surfaceCounts, workers)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for w := range workers {
		counts[w] = surfaceCounts{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			stems := lang.NewStemmer()
			for i := w; i < len(statements); i += workers {
				if ctx.Err() != nil {
					return
				}
				st := statements[i]
				languages[i] = lang.Detect(st.Text, st.Language)
				perStatement[i] = buildSentences(i, st, languages[i], scheme, stems, counts[w])
				mu.Lock()
				done++
				progress(float64(done) / float64(len(statements)))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	return slices.Concat(perStatement...), languages, display(counts...), nil
}

// buildSentences segments a statement and extracts each sentence's terms.
func buildSentences(index int, st statement.Statement, language lang.Language, scheme *TopicScheme, stems *lang.Stemmer, display surfaceCounts) []*sentence {
	stop := lang.Stopwords(language.Code)
	syns := newSynonymReader(lang.SynonymsFor(language.Code))
	spans := segment.Sentences(st.Text)
	out := make([]*sentence, 0, len(spans))
	for n, sp := range spans {
		text := st.Text[sp.Start:sp.End]
		toks := Tokenize(text, stems, stop)
		for i := range toks { // offsets relative to the statement, not the sentence
			toks[i].Start += sp.Start
			toks[i].End += sp.Start
		}
		s := &sentence{id: statement.SentenceID{Statement: st.ID, N: n + 1}.String(), statement: index, n: n, span: sp, text: text, tokens: toks}
		s.terms, s.names = sentenceTerms(st.Text, toks, scheme, display)
		s.synTerms, s.synWords, s.tokenSyns = syns.read(st.Text, toks)
		s.units = units(s)
		s.topics = scheme.Match(toks)
		for _, m := range s.topics {
			s.topicTerms = append(s.topicTerms, topicTerm+scheme.Topics[m.Topic].ID)
			display.add(topicTerm+scheme.Topics[m.Topic].ID, scheme.Topics[m.Topic].Label)
		}
		out = append(out, s)
	}
	return out
}

// sentenceTerms returns the content words (stems) and phrases of a
// sentence: cue phrases of the topic scheme, and names (runs of capitalised
// words such as "Islamic Revolutionary Guard Corps").
func sentenceTerms(text string, toks []Token, scheme *TopicScheme, display surfaceCounts) ([]string, map[string]bool) {
	var terms []string
	names := map[string]bool{}
	for i, t := range toks {
		if t.Stop || len([]rune(t.Norm)) < 2 || isSmallNumber(t.Norm) {
			continue
		}
		terms = append(terms, t.Stem)
		display.add(t.Stem, t.Norm)
		if (t.Capital && i > 0) || isNumber(t.Norm) {
			names[t.Stem] = true
		}
	}
	for _, ph := range namePhrases(text, toks) {
		names[ph.key] = true
		terms = append(terms, ph.key)
		display.add(ph.key, strings.ToLower(text[ph.start:ph.end]))
	}
	for i := range toks {
		for _, ref := range scheme.byStem[toks[i].Stem] {
			cue := scheme.Topics[ref.topic].Cues[ref.cue]
			if len(cue.stems) > 1 && phraseAt(toks, i, cue.stems) {
				key := strings.Join(cue.stems, " ")
				terms = append(terms, key)
				display.add(key, cue.Text)
			}
		}
	}
	return terms, names
}

func isNumber(norm string) bool {
	for _, r := range norm {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return norm != ""
}

type phrase struct {
	key        string
	start, end int
}

// nameConnectors may stand inside a name: "Group of Seven", "Secretary of State".
var nameConnectors = map[string]bool{"of": true, "for": true, "and": true, "the": true}

// isSmallNumber: paragraph and list numbers ("56.") say nothing about a
// topic; longer numbers (years, resolution numbers) can.
func isSmallNumber(norm string) bool {
	if len(norm) > 3 {
		return false
	}
	for _, r := range norm {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// namePhrases finds runs of two or more capitalised words, allowing
// connectors inside but no punctuation between them. A run may not start
// with a function word ("The").
func namePhrases(text string, toks []Token) []phrase {
	var out []phrase
	for i := 0; i < len(toks); {
		if !toks[i].Capital || toks[i].Stop {
			i++
			continue
		}
		j, last := i+1, i
		for ; j < len(toks); j++ {
			t := toks[j]
			if strings.TrimSpace(text[toks[j-1].End:t.Start]) != "" {
				break // a comma or other mark ends the name
			}
			if t.Capital && !t.Stop {
				last = j
			} else if t.Capital || !nameConnectors[t.Norm] {
				break
			}
		}
		if last > i {
			stems := make([]string, 0, last-i+1)
			for _, t := range toks[i : last+1] {
				stems = append(stems, t.Stem)
			}
			out = append(out, phrase{key: strings.Join(stems, " "), start: toks[i].Start, end: toks[last].End})
		}
		i = last + 1
	}
	return out
}

// weighTerms gives every sentence a unit-length tf-idf vector. Documents
// are sentences: a term frequent in every sentence explains nothing.
// Terms are numbered in sorted order and every sum runs in that order, so
// the weights are the same to the last bit on every run.
func weighTerms(sents []*sentence) {
	ids := numberTerms(sents)
	df := make([]int, len(ids))
	counts := make([]sparse, len(sents)) // each sentence's terms, weighted by kind, before idf
	var room []termEntry                 // one sentence's entries, reused
	for k, s := range sents {
		counts[k] = termCounts(s, ids, &room)
		for _, id := range counts[k].ids {
			df[id]++
		}
	}
	n := float64(len(sents))
	for k, s := range sents {
		v := counts[k]
		for i, id := range v.ids {
			v.ws[i] *= math.Log(1 + n/float64(df[id]))
		}
		v.normalize()
		s.vec = v
		s.nameIDs = s.nameIDs[:0]
		for name := range s.names {
			s.nameIDs = append(s.nameIDs, ids[name])
		}
		slices.Sort(s.nameIDs)
		s.synStems = synonymStems(s)
	}
}

// synonymStems gives each synonym-group term of the sentence's vector the
// stems of the words that carry it (synWord.stem; "" for other terms), so
// that a candidate pair compares them by position rather than by two map
// look-ups a shared group (synonymOnly).
func synonymStems(s *sentence) []string {
	if len(s.synWords) == 0 {
		return nil
	}
	out := make([]string, len(s.vec.terms))
	for i, t := range s.vec.terms {
		if g, ok := strings.CutPrefix(t, synTerm); ok {
			out[i] = s.synWords[g].stem
		}
	}
	return out
}

// numberTerms numbers every term of the sentences in sorted order.
func numberTerms(sents []*sentence) map[string]int32 {
	ids := map[string]int32{}
	for _, s := range sents {
		for _, list := range [][]string{s.terms, s.topicTerms, s.synTerms} {
			for _, t := range list {
				ids[t] = 0
			}
		}
	}
	terms := make([]string, 0, len(ids))
	for t := range ids {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	for i, t := range terms {
		ids[t] = int32(i)
	}
	return ids
}

// termEntry is one use of a term in a sentence, before they are summed.
type termEntry struct {
	id int32
	t  string
	w  float64
}

// termCounts is a sentence's terms as a sparse vector of counts, a topic
// term and a synonym group counting for less than a word.
func termCounts(s *sentence, ids map[string]int32, room *[]termEntry) sparse {
	entries := (*room)[:0]
	defer func() { *room = entries }()
	for _, t := range s.terms {
		entries = append(entries, termEntry{ids[t], t, 1})
	}
	for _, t := range s.topicTerms {
		entries = append(entries, termEntry{ids[t], t, topicWeight})
	}
	for _, t := range s.synTerms {
		w := synWeight
		if strings.HasPrefix(t, synTerm+"wn:") {
			w = wordNetWeight
		}
		entries = append(entries, termEntry{ids[t], t, w})
	}
	slices.SortStableFunc(entries, func(a, b termEntry) int { return int(a.id - b.id) })
	v := sparse{ids: make([]int32, 0, len(entries)), ws: make([]float64, 0, len(entries)), terms: make([]string, 0, len(entries))}
	for _, e := range entries {
		if n := len(v.ids); n > 0 && v.ids[n-1] == e.id {
			v.ws[n-1] += e.w
			continue
		}
		v.ids = append(v.ids, e.id)
		v.ws = append(v.ws, e.w)
		v.terms = append(v.terms, e.t)
	}
	return v
}

// cosine of two unit vectors, with the terms they share, strongest first.
func cosine(a, b sparse) (float64, []string) {
	type share struct {
		t string
		c float64
	}
	var shared []share
	var dot float64
	a.each(b, func(i, j int) {
		c := a.ws[i] * b.ws[j]
		dot += c
		shared = append(shared, share{a.terms[i], c})
	})
	slices.SortStableFunc(shared, func(x, y share) int {
		if x.c != y.c {
			return cmp.Compare(y.c, x.c)
		}
		return strings.Compare(x.t, y.t)
	})
	out := make([]string, len(shared))
	for i, sh := range shared {
		out[i] = sh.t
	}
	return dot, out
}

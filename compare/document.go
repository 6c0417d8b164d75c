package compare

import (
	"context"
	"math"
	"runtime"
	"slices"
	"sort"
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
	tokenSyns  [][]string         // each token's synonym-group terms
	units      []phrases.Unit     // its words as the phrase aligner reads them
	vec        map[string]float64 // tf-idf weights, unit length
	names      map[string]bool    // terms that are names or numbers
	topics     []TopicMatch
}

// termDisplay remembers how a term was written, so explanations quote the
// text ("military superiority") rather than stems ("militari superior").
type termDisplay map[string]map[string]int

func (d termDisplay) add(term, surface string) {
	m := d[term]
	if m == nil {
		m = map[string]int{}
		d[term] = m
	}
	m[surface]++
}

// of returns the most frequent surface form of term, ties broken
// alphabetically so output is deterministic.
func (d termDisplay) of(term string) string {
	best, n := term, 0
	for s, c := range d[term] {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
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
	displays := make([]termDisplay, workers)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for w := range workers {
		displays[w] = termDisplay{}
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
				perStatement[i] = buildSentences(i, st, languages[i], scheme, stems, displays[w])
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
	display := displays[0]
	for _, d := range displays[1:] {
		display.merge(d)
	}
	return slices.Concat(perStatement...), languages, display, nil
}

// merge adds the counts of other to d.
func (d termDisplay) merge(other termDisplay) {
	for term, forms := range other {
		for surface, n := range forms {
			if d[term] == nil {
				d[term] = map[string]int{}
			}
			d[term][surface] += n
		}
	}
}

// buildSentences segments a statement and extracts each sentence's terms.
func buildSentences(index int, st statement.Statement, language lang.Language, scheme *TopicScheme, stems *lang.Stemmer, display termDisplay) []*sentence {
	stop := lang.Stopwords(language.Code)
	syn := lang.SynonymsFor(language.Code)
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
		s.synTerms, s.synWords, s.tokenSyns = synonymTerms(st.Text, toks, syn)
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
func sentenceTerms(text string, toks []Token, scheme *TopicScheme, display termDisplay) ([]string, map[string]bool) {
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
func weighTerms(sents []*sentence) map[string]float64 {
	df := map[string]int{}
	for _, s := range sents {
		seen := map[string]bool{}
		for _, t := range slices.Concat(s.terms, s.topicTerms, s.synTerms) {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	idf := make(map[string]float64, len(df))
	n := float64(len(sents))
	for t, d := range df {
		idf[t] = math.Log(1 + n/float64(d))
	}
	for _, s := range sents {
		s.vec = map[string]float64{}
		for _, t := range s.terms {
			s.vec[t] += idf[t]
		}
		for _, t := range s.topicTerms {
			s.vec[t] += idf[t] * topicWeight
		}
		for _, t := range s.synTerms {
			if strings.HasPrefix(t, synTerm+"wn:") {
				s.vec[t] += idf[t] * wordNetWeight
			} else {
				s.vec[t] += idf[t] * synWeight
			}
		}
		normalize(s.vec)
	}
	return idf
}

func normalize(v map[string]float64) {
	var sum float64
	for _, w := range v {
		sum += w * w
	}
	if sum == 0 {
		return
	}
	norm := math.Sqrt(sum)
	for t := range v {
		v[t] /= norm
	}
}

// cosine of two unit vectors, with the terms they share, strongest first.
func cosine(a, b map[string]float64) (float64, []string) {
	if len(b) < len(a) {
		a, b = b, a
	}
	var dot float64
	var shared []string
	for t, w := range a {
		if w2, ok := b[t]; ok {
			dot += w * w2
			shared = append(shared, t)
		}
	}
	sort.Slice(shared, func(i, j int) bool {
		ci, cj := a[shared[i]]*b[shared[i]], a[shared[j]]*b[shared[j]]
		if ci != cj {
			return ci > cj
		}
		return shared[i] < shared[j]
	})
	return dot, shared
}

package compare

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-app/parley/compare/lang"
)

// addEmergent groups the links no scheme topic claims into emergent
// topics: the sentences they connect, transitively, are one topic,
// labelled with the phrase its links share most.
func (al *alignment) addEmergent(unlabelled []int, display termDisplay) {
	parent := map[*sentence]*sentence{}
	var find func(s *sentence) *sentence
	find = func(s *sentence) *sentence {
		if p, ok := parent[s]; ok && p != s {
			r := find(p)
			parent[s] = r
			return r
		}
		parent[s] = s
		return s
	}
	for _, k := range unlabelled {
		ra, rb := find(al.links[k].a), find(al.links[k].b)
		if ra != rb {
			if earlier(rb, ra) {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
	}
	// Groups in the order of their first sentence, so ids are stable.
	byRoot := map[*sentence]int{}
	var roots []*sentence
	for _, k := range unlabelled {
		r := find(al.links[k].a)
		if _, ok := byRoot[r]; !ok {
			byRoot[r] = -1
			roots = append(roots, r)
		}
	}
	sort.Slice(roots, func(i, j int) bool { return earlier(roots[i], roots[j]) })
	first := len(al.rows)
	weights := make([]map[string]float64, len(roots))
	for i, r := range roots {
		byRoot[r] = first + i
		weights[i] = map[string]float64{}
		al.rows = append(al.rows, &topicRow{topic: Topic{ID: fmt.Sprintf("emergent-%d", i+1), Emergent: true}, index: -1})
	}
	member := map[*sentence]bool{}
	for _, k := range unlabelled {
		l := al.links[k]
		row := byRoot[find(l.a)]
		al.topic[k] = row
		for _, s := range []*sentence{l.a, l.b} {
			if !member[s] {
				member[s] = true
				al.rows[row].members = append(al.rows[row].members, s)
			}
		}
		va, vb := l.a.vec, l.b.vec
		va.each(vb, func(i, j int) { weights[row-first][va.terms[i]] += va.ws[i] * vb.ws[j] })
	}
	for i, r := range roots {
		row := al.rows[byRoot[r]]
		row.topic.Terms = topTerms(weights[i], 3, display)
		row.topic.Label = emergentLabel(weights[i], display)
	}
}

func earlier(a, b *sentence) bool {
	if a.statement != b.statement {
		return a.statement < b.statement
	}
	return a.n < b.n
}

// emergentLabel names an emergent topic by the phrase its passages share
// most ("Clean energy transition"): the strongest shared multi-word term
// when it carries at least half the weight of the strongest word, else the
// two strongest words.
func emergentLabel(weights map[string]float64, display termDisplay) string {
	var phrase, word string
	var pw, ww float64
	for _, t := range sortedKeys(weights) {
		w := weights[t]
		if strings.Contains(t, " ") {
			if w > pw {
				phrase, pw = t, w
			}
		} else if w > ww {
			word, ww = t, w
		}
	}
	label := ""
	switch {
	case phrase != "" && pw >= ww/2:
		label = strings.TrimRightFunc(display.of(phrase), func(r rune) bool { return r == '.' })
		if f := strings.Fields(label); len(f) > 1 && utf8.RuneCountInString(f[len(f)-1]) == 1 {
			label = strings.Join(f[:len(f)-1], " ") // a dangling initial: "president joseph r"
		}
	case word != "":
		label = strings.Join(topTerms(weights, 2, display), ", ")
	default:
		return "Shared wording"
	}
	r, n := utf8.DecodeRuneInString(label)
	return string(unicode.ToUpper(r)) + label[n:]
}

// labelEmergent names each emergent topic by the phrase its pairs share
// most: the shared phrase (Pair.Phrases) of two to five content words
// found in most of its pairs, longest on a tie, as the first passage
// writes it ("exchange rate", "UN Charter"); a topic whose pairs share no
// such phrase keeps the label of its strongest words.
func labelEmergent(topics []Topic, pairs []Pair, sentenceText func(id string) string) {
	stems := lang.NewStemmer()
	type count struct {
		text    string
		pairs   int
		content int
	}
	byTopic := map[string]map[string]*count{}
	for _, p := range pairs {
		seen := map[string]bool{}
		for _, ph := range p.Phrases {
			text, content := trimFunctionWords(sentenceText(p.A)[ph.AStart:ph.AEnd], stems)
			key := strings.ToLower(text)
			if content < 2 || content > maxLabelWords || len(text) > maxLabelBytes || seen[key] {
				continue
			}
			seen[key] = true
			m := byTopic[p.Topic]
			if m == nil {
				m = map[string]*count{}
				byTopic[p.Topic] = m
			}
			if m[key] == nil {
				m[key] = &count{text: text, content: content}
			}
			m[key].pairs++
		}
	}
	for i := range topics {
		t := &topics[i]
		if !t.Emergent {
			continue
		}
		var best *count
		for _, key := range sortedKeys(byTopic[t.ID]) {
			c := byTopic[t.ID][key]
			if best == nil || c.pairs > best.pairs || c.pairs == best.pairs && c.content > best.content {
				best = c
			}
		}
		if best != nil {
			t.Label = capitalize(best.text)
		}
	}
}

// A label is a phrase of at most maxLabelWords content words and
// maxLabelBytes bytes: a longer shared run is a sentence, not a name.
const (
	maxLabelWords = 5
	maxLabelBytes = 50
)

// trimFunctionWords cuts the function words off both ends of a phrase
// ("drive the" → "drive") and counts its content words; a lone letter (an
// initial: "President Joseph R") is no content word.
func trimFunctionWords(text string, stems *lang.Stemmer) (string, int) {
	toks := Tokenize(text, stems, english)
	first, last, content := -1, -1, 0
	for i, t := range toks {
		if !t.Stop && utf8.RuneCountInString(t.Norm) > 1 {
			if first < 0 {
				first = i
			}
			last = i
			content++
		}
	}
	if first < 0 {
		return "", 0
	}
	return text[toks[first].Start:toks[last].End], content
}

// capitalize upper-cases a label's first letter, leaving the rest as written.
func capitalize(label string) string {
	r, n := utf8.DecodeRuneInString(label)
	return string(unicode.ToUpper(r)) + label[n:]
}

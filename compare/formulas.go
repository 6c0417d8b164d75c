package compare

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Tracked phrases: the formulas of two to six words that recur across a
// series of statements (Timeline.Phrases), found by counting runs of
// stems by number.

// trackPhrases finds the formulas of two to six words used in more than
// one statement — not names alone, not runs of function words — each once
// as its longest form with the same uses, most widely used first. Runs are
// counted by their stems' numbers, so counting allocates nothing per run;
// the words of the runs kept are read again for their forms.
func trackPhrases(sents []*sentence, sts []StatementAnalysis, series []string) []TrackedPhrase {
	if len(sts) < 2 {
		return []TrackedPhrase{}
	}
	nums := stemNumbers(sents)
	type use struct {
		in        []int // statements, each once, in the order met
		n         int
		forms     map[string]bool
		first     string
		sentences []*sentence // each once, in text order
	}
	need := max(2, len(sts)/5)
	links := runLinks(sents, nums, need)
	// Counted first as values, without a record per run: most runs are
	// in one statement and are dropped; the rest are read again in full.
	counts := map[runKey]seen{}
	eachRun(sents, nums, links, func(s *sentence, _ []Token, key runKey) {
		counts[key] = counts[key].in(s.statement)
	})
	uses := map[runKey]*use{}
	for key, c := range counts {
		if int(c.statements) >= need {
			uses[key] = &use{}
		}
	}
	eachRun(sents, nums, links, func(s *sentence, _ []Token, key runKey) {
		u := uses[key]
		if u == nil {
			return
		}
		if len(u.in) == 0 || u.in[len(u.in)-1] != s.statement && !slices.Contains(u.in, s.statement) {
			u.in = append(u.in, s.statement)
		}
		u.n++
	})
	for key, u := range uses {
		if len(u.in) < need {
			delete(uses, key) // its statements were counted twice (not in statement order)
		}
	}
	// Of a run and a longer one holding it, used in the same statements,
	// the longer is the formula: "necessary measures" goes where "all
	// necessary measures" is used alike.
	subsumed := map[runKey]bool{}
	for key, u := range uses {
		for _, sub := range subRuns(key) {
			if v := uses[sub]; v != nil && slices.Equal(v.in, u.in) {
				subsumed[sub] = true
			}
		}
	}
	for key := range subsumed {
		delete(uses, key)
	}
	eachRun(sents, nums, links, func(s *sentence, run []Token, key runKey) {
		if u := uses[key]; u != nil {
			form := oneSpaced(strings.ToLower(s.text[run[0].Start-s.span.Start : run[len(run)-1].End-s.span.Start]))
			if u.forms == nil {
				u.forms, u.first = map[string]bool{}, form
			}
			u.forms[form] = true
			if len(u.sentences) == 0 || u.sentences[len(u.sentences)-1] != s {
				u.sentences = append(u.sentences, s)
			}
		}
	})
	rank := map[string]int{}
	for k, id := range series {
		rank[id] = k
	}
	var kept []TrackedPhrase
	for _, u := range uses {
		stmts := make([]string, len(u.in))
		for i, st := range u.in {
			stmts[i] = sts[st].ID
		}
		slices.SortFunc(stmts, func(x, y string) int { return cmp.Compare(rank[x], rank[y]) })
		tp := TrackedPhrase{Phrase: u.first, Statements: stmts, First: stmts[0], Last: stmts[len(stmts)-1], Uses: u.n,
			Variants: []string{}, Sentences: inSeriesOrder(u.sentences, rank, sts)}
		for f := range u.forms {
			if f != u.first {
				tp.Variants = append(tp.Variants, f)
			}
		}
		slices.Sort(tp.Variants)
		kept = append(kept, tp)
	}
	byID := map[string]StatementAnalysis{}
	for _, st := range sts {
		byID[st.ID] = st
	}
	for i := range kept {
		kept[i].FirstDate, kept[i].LastDate = byID[kept[i].First].Date, byID[kept[i].Last].Date
	}
	slices.SortFunc(kept, func(x, y TrackedPhrase) int {
		if c := cmp.Compare(len(y.Statements), len(x.Statements)); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Uses, x.Uses); c != 0 {
			return c
		}
		if c := cmp.Compare(fieldCount(y.Phrase), fieldCount(x.Phrase)); c != 0 {
			return c
		}
		return strings.Compare(x.Phrase, y.Phrase)
	})
	return kept[:min(len(kept), maxTrackedTerms)]
}

// fieldCount is len(strings.Fields(s)) without the slice: the sort
// above asks it twice a comparison.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			n++
		}
	}
	return n
}

// runKey is a run of up to phraseMaxWords stems by number, 0 after its end.
type runKey [phraseMaxWords]int32

// stemNumbers numbers the stems of every sentence's words (from 1, the
// same stem the same number), so that runs are counted by numbers.
func stemNumbers(sents []*sentence) [][]int32 {
	total := 0
	for _, s := range sents {
		total += len(s.tokens)
	}
	ids := make(map[string]int32, total/4) // a statement uses a stem about four times
	all := make([]int32, total)            // one array for every sentence's numbers
	out := make([][]int32, len(sents))
	for si, s := range sents {
		out[si], all = all[:len(s.tokens):len(s.tokens)], all[len(s.tokens):]
		for i, t := range s.tokens {
			n, ok := ids[t.Stem]
			if !ok {
				n = int32(len(ids) + 1)
				ids[t.Stem] = n
			}
			out[si][i] = n
		}
	}
	return out
}

// seen counts the statements a word pair or run is used in, when the
// sentences come in statement order (the last one counted is the one
// being read); out of that order a statement may count twice.
type seen struct{ last, statements int32 }

// in counts a use in statement st.
func (c seen) in(st int) seen {
	if c.statements > 0 && c.last == int32(st) {
		return c
	}
	return seen{last: int32(st), statements: c.statements + 1}
}

// wordPair is two stems, by number, one after the other in a sentence.
type wordPair [2]int32

// runLinks says, for each word of each sentence but the last, whether a
// run may go on from it to the next word: the two are a pair used in at
// least need statements, with only white space between them. A run can
// only be used in as many statements as each of its pairs is, and a
// formula does not cross punctuation, so eachRun stops a run at its first
// gap without a link: of the hundreds of thousands of runs of two
// communiqués, it counts only those that can be a shared formula. Read
// once here, the links spare every pass of eachRun a map lookup per word.
// Sentences come in statement order (a statement met again later would
// only count twice and keep more pairs, never fewer).
func runLinks(sents []*sentence, nums [][]int32, need int) [][]bool {
	total := 0
	for _, ns := range nums {
		total += len(ns)
	}
	count := make(map[wordPair]seen, total/2)
	for si, s := range sents {
		ns := nums[si]
		for i := 1; i < len(ns); i++ {
			k := wordPair{ns[i-1], ns[i]}
			count[k] = count[k].in(s.statement)
		}
	}
	all := make([]bool, total)
	links := make([][]bool, len(sents))
	for si, s := range sents {
		ns := nums[si]
		links[si], all = all[:len(ns):len(ns)], all[len(ns):]
		for i := 1; i < len(ns); i++ {
			gap := s.text[s.tokens[i-1].End-s.span.Start : s.tokens[i].Start-s.span.Start]
			links[si][i-1] = int(count[wordPair{ns[i-1], ns[i]}].statements) >= need && strings.TrimSpace(gap) == ""
		}
	}
	return links
}

// eachRun calls f with every run of two to phraseMaxWords words that can
// be a formula and whose words are all linked (runLinks), in sentence
// order, with its key.
func eachRun(sents []*sentence, nums [][]int32, links [][]bool, f func(s *sentence, run []Token, key runKey)) {
	for si, s := range sents {
		for i := range s.tokens {
			var key runKey
			for n := 1; n <= phraseMaxWords && i+n <= len(s.tokens); n++ {
				key[n-1] = nums[si][i+n-1]
				if n > 1 && !links[si][i+n-2] {
					break // no longer run from i can be a formula used often enough either
				}
				if n < phraseMinWords {
					continue
				}
				if run := s.tokens[i : i+n]; formulaLike(run) {
					f(s, run, key)
				}
			}
		}
	}
}

// formulaLike: a run of linked words (runLinks) that can be a formula —
// its ends are content words, and it is not only names.
func formulaLike(run []Token) bool {
	first, last := run[0], run[len(run)-1]
	if first.Stop || last.Stop || isNumber(first.Norm) || isNumber(last.Norm) {
		return false
	}
	names := 0
	for _, t := range run {
		if t.Capital {
			names++
		}
	}
	return names < len(run)
}

// subRuns are the keys of the shorter runs (two words or more) inside a
// run.
func subRuns(key runKey) []runKey {
	n := 0
	for n < len(key) && key[n] != 0 {
		n++
	}
	var out []runKey
	for length := phraseMinWords; length < n; length++ {
		for from := 0; from+length <= n; from++ {
			var sub runKey
			copy(sub[:], key[from:from+length])
			out = append(out, sub)
		}
	}
	return out
}

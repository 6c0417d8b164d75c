package phrases

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// stop is the tests' list of function words.
var stop = map[string]bool{
	"a": true, "an": true, "and": true, "are": true, "as": true, "at": true, "be": true, "by": true,
	"for": true, "from": true, "has": true, "have": true, "in": true, "is": true, "it": true, "its": true,
	"of": true, "on": true, "or": true, "our": true, "that": true, "the": true, "their": true, "this": true,
	"to": true, "we": true, "will": true, "with": true, "all": true, "any": true, "not": true, "also": true,
}

// tokenize reads text the way Parley's caller would, in miniature: a word is
// a run of letters, digits and apostrophes; its key is the word in lower
// case without a possessive 's; syn adds keys (synonym groups) by key.
func tokenize(text string, syn map[string][]string) []Unit {
	var out []Unit
	flush := func(start, end int) {
		w := strings.ToLower(text[start:end])
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		if w == "" {
			return
		}
		out = append(out, Unit{Keys: append([]string{w}, syn[w]...), Start: start, End: end, Content: !stop[w]})
	}
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(start, i)
			start = -1
		}
	}
	if start >= 0 {
		flush(start, len(text))
	}
	return out
}

// texts renders an alignment as the caller's text: each shared phrase as
// its A and B wording, then what only A and only B have.
func texts(a, b string, al Alignment) (shared [][2]string, onlyA, onlyB []string) {
	for _, p := range al.Shared {
		shared = append(shared, [2]string{a[p.A.Start:p.A.End], b[p.B.Start:p.B.End]})
	}
	for _, s := range al.OnlyA {
		onlyA = append(onlyA, a[s.Start:s.End])
	}
	for _, s := range al.OnlyB {
		onlyB = append(onlyB, b[s.Start:s.End])
	}
	return shared, onlyA, onlyB
}

func TestAlign(t *testing.T) {
	g7a := "The G7 reaffirms its unwavering support for Ukraine for as long as it takes."
	g7b := "We reiterate our unwavering support for Ukraine's sovereignty for as long as it takes."
	cases := []struct {
		name         string
		a, b         string
		syn          map[string][]string
		shared       [][2]string // in the order of A
		onlyA, onlyB []string
	}{{
		name:   "identical",
		a:      "We stand with Ukraine.",
		b:      "We stand with Ukraine.",
		shared: [][2]string{{"We stand with Ukraine", "We stand with Ukraine"}},
	}, {
		name:  "disjoint",
		a:     "Peace returns.",
		b:     "Tariffs rise sharply",
		onlyA: []string{"Peace returns"},
		onlyB: []string{"Tariffs rise sharply"},
	}, {
		name: "paraphrase",
		a:    g7a,
		b:    g7b,
		shared: [][2]string{
			{"unwavering support for Ukraine", "unwavering support for Ukraine's"},
			{"for as long as it takes", "for as long as it takes"},
		},
		onlyA: []string{"The G7 reaffirms its"},
		onlyB: []string{"We reiterate our", "sovereignty"},
	}, {
		name: "synonyms",
		a:    g7a,
		b:    g7b,
		syn:  map[string][]string{"reaffirms": {"=repeat"}, "reiterate": {"=repeat"}},
		shared: [][2]string{
			{"reaffirms", "reiterate"},
			{"unwavering support for Ukraine", "unwavering support for Ukraine's"},
			{"for as long as it takes", "for as long as it takes"},
		},
		onlyA: []string{"The G7", "its"},
		onlyB: []string{"We", "our", "sovereignty"},
	}, {
		// "backing" shares a group with "support" and another with "aid";
		// "support" and "aid" share none, and still each meets "backing".
		name:   "several keys, not transitive",
		a:      "support and aid",
		b:      "aid then backing",
		syn:    map[string][]string{"support": {"=support"}, "backing": {"=support", "=aid"}, "aid": {"=aid"}},
		shared: [][2]string{{"support", "backing"}, {"aid", "aid"}},
		onlyA:  []string{"and"},
		onlyB:  []string{"then"},
	}, {
		name: "transposition",
		a:    "for as long as it takes we support Ukraine",
		b:    "we support Ukraine for as long as it takes",
		shared: [][2]string{
			{"for as long as it takes", "for as long as it takes"},
			{"we support Ukraine", "we support Ukraine"},
		},
	}, {
		name:  "function words only",
		a:     "the will of the people",
		b:     "at the end of the war",
		onlyA: []string{"the will of the people"},
		onlyB: []string{"at the end of the war"},
	}, {
		// The edge function words stay in the phrase; what differs is
		// only the content word.
		name:   "edge function words kept",
		a:      "the support of the people",
		b:      "the support of the state",
		shared: [][2]string{{"the support of the", "the support of the"}},
		onlyA:  []string{"people"},
		onlyB:  []string{"state"},
	}, {
		name:   "repeated in B: the earliest",
		a:      "peace",
		b:      "peace and lasting peace",
		shared: [][2]string{{"peace", "peace"}},
		onlyB:  []string{"and lasting peace"},
	}, {
		name:   "repeated in A: the earliest",
		a:      "peace and lasting peace",
		b:      "peace",
		shared: [][2]string{{"peace", "peace"}},
		onlyA:  []string{"and lasting peace"},
	}, {
		// Two runs of two words tie; the one earlier in B wins, the
		// third "peace" of B is left.
		name:   "repeated on both sides",
		a:      "peace peace",
		b:      "peace peace peace",
		shared: [][2]string{{"peace peace", "peace peace"}},
		onlyB:  []string{"peace"},
	}, {
		// More content pairs beat more words: "lasting peace" (2 content,
		// 2 words) is placed before "peace for all of the" (1 content, 5
		// words), which leaves "for all of the", function words only.
		name:   "content before length",
		a:      "lasting peace for all of the people",
		b:      "peace for all of the nations and lasting peace",
		shared: [][2]string{{"lasting peace", "lasting peace"}},
		onlyA:  []string{"for all of the people"},
		onlyB:  []string{"peace for all of the nations and"},
	}, {
		name:  "empty A",
		a:     "",
		b:     "We stand with Ukraine.",
		onlyB: []string{"We stand with Ukraine"},
	}, {
		name: "both empty",
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ua, ub := tokenize(c.a, c.syn), tokenize(c.b, c.syn)
			al := Align(ua, ub)
			checkAlignment(t, ua, ub, al)
			shared, onlyA, onlyB := texts(c.a, c.b, al)
			if !reflect.DeepEqual(shared, c.shared) {
				t.Errorf("shared %q, want %q", shared, c.shared)
			}
			if !reflect.DeepEqual(onlyA, c.onlyA) {
				t.Errorf("only A %q, want %q", onlyA, c.onlyA)
			}
			if !reflect.DeepEqual(onlyB, c.onlyB) {
				t.Errorf("only B %q, want %q", onlyB, c.onlyB)
			}
		})
	}
}

func TestAlignSpans(t *testing.T) {
	a := "The G7 reaffirms its unwavering support for Ukraine for as long as it takes."
	b := "We reiterate our unwavering support for Ukraine's sovereignty for as long as it takes."
	al := Align(tokenize(a, nil), tokenize(b, nil))
	want := []Phrase{
		{A: Span{Start: 21, End: 51, First: 4, Last: 8}, B: Span{Start: 17, End: 49, First: 3, Last: 7}, Units: 4, Content: 3},
		{A: Span{Start: 52, End: 75, First: 8, Last: 14}, B: Span{Start: 62, End: 85, First: 8, Last: 14}, Units: 6, Content: 2},
	}
	if !reflect.DeepEqual(al.Shared, want) {
		t.Errorf("shared %+v\nwant %+v", al.Shared, want)
	}
	if got := a[21:51] + "|" + b[17:49]; got != "unwavering support for Ukraine|unwavering support for Ukraine's" {
		t.Errorf("the first phrase's bytes read %q", got)
	}
}

// Non-ASCII text: offsets are the caller's bytes, whatever the script.
func TestAlignOffsetsNonASCII(t *testing.T) {
	a := "Nous réaffirmons notre soutien indéfectible à l’Ukraine."
	b := "Le G7 réaffirme son soutien indéfectible à l’Ukraine, aussi longtemps qu’il le faudra."
	ua, ub := tokenize(a, nil), tokenize(b, nil)
	al := Align(ua, ub)
	checkAlignment(t, ua, ub, al)
	shared, _, _ := texts(a, b, al)
	want := [][2]string{{"soutien indéfectible à l’Ukraine", "soutien indéfectible à l’Ukraine"}}
	if !reflect.DeepEqual(shared, want) {
		t.Errorf("shared %q, want %q", shared, want)
	}
	for _, s := range shared {
		if !utf8.ValidString(s[0]) || !utf8.ValidString(s[1]) {
			t.Errorf("phrase %q cuts a rune", s)
		}
	}
}

// Units without keys (or with the empty key only) match nothing and break
// runs; a key given twice counts once.
func TestAlignNoKeys(t *testing.T) {
	a := []Unit{{Keys: []string{"x", "x"}, Content: true}, {Keys: []string{""}}, {Keys: []string{"y"}, Content: true}}
	b := []Unit{{Keys: []string{"x"}, Content: true}, {}, {Keys: []string{"y", "y"}, Content: true}}
	al := Align(a, b)
	checkAlignment(t, a, b, al)
	if len(al.Shared) != 2 || al.Shared[0].Units != 1 || al.Shared[1].Units != 1 {
		t.Errorf("shared %+v, want x and y apart", al.Shared)
	}
}

// A 10,000-word "sentence" is aligned on its first MaxUnits words only: the
// rest is reported, not matched, and the call stays quick.
func TestAlignCapsLongInput(t *testing.T) {
	const n = 10000
	a, b := make([]Unit, n), make([]Unit, n)
	for i := range a {
		a[i] = Unit{Keys: []string{"peace"}, Start: 6 * i, End: 6*i + 5, Content: true}
		b[i] = a[i]
	}
	al := Align(a, b)
	checkAlignment(t, a, b, al)
	want := Alignment{
		Shared: []Phrase{{A: span(a, 0, MaxUnits), B: span(b, 0, MaxUnits), Units: MaxUnits, Content: MaxUnits}},
		OnlyA:  []Span{span(a, MaxUnits, n)},
		OnlyB:  []Span{span(b, MaxUnits, n)},
	}
	if !reflect.DeepEqual(al, want) {
		t.Errorf("got %+v\nwant %+v", al, want)
	}
}

// checkAlignment checks every invariant of an alignment of a and b (see
// the package comment) and that Align agrees with the slow reference
// greedy below.
func checkAlignment(t *testing.T, a, b []Unit, al Alignment) {
	t.Helper()
	takenA, takenB := make([]int, len(a)), make([]int, len(b))
	inA, inB := make([]bool, len(a)), make([]bool, len(b)) // in a phrase
	for _, p := range al.Shared {
		for k := 0; k < p.Units; k++ {
			if p.A.First+k < len(a) && p.B.First+k < len(b) {
				inA[p.A.First+k], inB[p.B.First+k] = true, true
			}
		}
	}
	free := func(i, j int) bool { return !inA[i] && !inB[j] }
	checkSpan := func(side string, u []Unit, s Span) {
		t.Helper()
		if s.First < 0 || s.First >= s.Last || s.Last > len(u) {
			t.Fatalf("%s span %+v out of range (%d units)", side, s, len(u))
		}
		if s.Start != u[s.First].Start || s.End != u[s.Last-1].End {
			t.Fatalf("%s span %+v: bytes are not those of its units", side, s)
		}
	}
	for n, p := range al.Shared {
		checkSpan("A", a, p.A)
		checkSpan("B", b, p.B)
		if p.Units != p.A.Last-p.A.First || p.Units != p.B.Last-p.B.First {
			t.Fatalf("phrase %+v: Units does not match its spans", p)
		}
		if p.A.Last > MaxUnits || p.B.Last > MaxUnits {
			t.Fatalf("phrase %+v past MaxUnits", p)
		}
		if n > 0 && al.Shared[n-1].A.First >= p.A.First {
			t.Fatalf("phrases not in the order of A: %+v", al.Shared)
		}
		content := 0
		for k := 0; k < p.Units; k++ {
			i, j := p.A.First+k, p.B.First+k
			if !equal(a[i], b[j]) {
				t.Fatalf("phrase %+v pairs units %d and %d, which share no key", p, i, j)
			}
			if a[i].Content && b[j].Content {
				content++
			}
			takenA[i]++
			takenB[j]++
		}
		if content != p.Content || content == 0 {
			t.Fatalf("phrase %+v: %d content pairs", p, content)
		}
		// Maximal: no free equal pair extends it on either side.
		i, j := p.A.First-1, p.B.First-1
		if i >= 0 && j >= 0 && free(i, j) && equal(a[i], b[j]) {
			t.Fatalf("phrase %+v extends to the left", p)
		}
		i, j = p.A.Last, p.B.Last
		if i < min(len(a), MaxUnits) && j < min(len(b), MaxUnits) && free(i, j) && equal(a[i], b[j]) {
			t.Fatalf("phrase %+v extends to the right", p)
		}
	}
	checkOnly := func(side string, u []Unit, only []Span, taken []int) {
		t.Helper()
		for n, s := range only {
			checkSpan(side, u, s)
			if n > 0 && only[n-1].Last >= s.First {
				t.Fatalf("only %s: %+v and %+v not in order or not maximal", side, only[n-1], s)
			}
			for k := s.First; k < s.Last; k++ {
				taken[k]++
			}
		}
		for k, c := range taken {
			if c != 1 {
				t.Fatalf("%s unit %d is in %d spans, want 1", side, k, c)
			}
		}
	}
	checkOnly("A", a, al.OnlyA, takenA)
	checkOnly("B", b, al.OnlyB, takenB)
	// Greedy leaves no content pair behind.
	for i := 0; i < min(len(a), MaxUnits); i++ {
		for j := 0; j < min(len(b), MaxUnits); j++ {
			if a[i].Content && b[j].Content && free(i, j) && equal(a[i], b[j]) {
				t.Fatalf("units %d and %d are equal content words in no phrase", i, j)
			}
		}
	}
	if len(a) <= 60 && len(b) <= 60 {
		if ref := slowAlign(a, b); !reflect.DeepEqual(al.Shared, ref) {
			t.Fatalf("shared %+v\nthe reference greedy: %+v", al.Shared, ref)
		}
	}
}

func equal(x, y Unit) bool {
	for _, k := range x.Keys {
		if k != "" && contains(y.Keys, k) {
			return true
		}
	}
	return false
}

func contains(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// slowAlign is the greedy of the package comment, done the obvious way:
// every round looks at every free pair that starts a run.
func slowAlign(a, b []Unit) []Phrase {
	na, nb := min(len(a), MaxUnits), min(len(b), MaxUnits)
	usedA, usedB := make([]bool, na), make([]bool, nb)
	ok := func(i, j int) bool {
		return i >= 0 && j >= 0 && i < na && j < nb && !usedA[i] && !usedB[j] && equal(a[i], b[j])
	}
	var shared []Phrase
	for {
		var best run
		found := false
		for i := 0; i < na; i++ {
			for j := 0; j < nb; j++ {
				if !ok(i, j) || ok(i-1, j-1) {
					continue
				}
				r := run{i: int32(i), j: int32(j)}
				for ok(i+int(r.n), j+int(r.n)) {
					if a[i+int(r.n)].Content && b[j+int(r.n)].Content {
						r.content++
					}
					r.n++
				}
				if r.content > 0 && (!found || r.before(best)) {
					best, found = r, true
				}
			}
		}
		if !found {
			break
		}
		i, j, n := int(best.i), int(best.j), int(best.n)
		for k := 0; k < n; k++ {
			usedA[i+k], usedB[j+k] = true, true
		}
		shared = append(shared, Phrase{A: span(a, i, i+n), B: span(b, j, j+n), Units: n, Content: int(best.content)})
	}
	// Sorted by A, as Align returns them (insertion sort: few phrases).
	for x := 1; x < len(shared); x++ {
		for y := x; y > 0 && shared[y].A.First < shared[y-1].A.First; y-- {
			shared[y], shared[y-1] = shared[y-1], shared[y]
		}
	}
	return shared
}

// TestMatchTableReused: a matchTable whose scratch held a longer pair
// before answers as a fresh one does; nothing of the earlier pair remains.
func TestMatchTableReused(t *testing.T) {
	long := tokenize("We reaffirm our unwavering support for Ukraine for as long as it takes, and we condemn the war of aggression in the strongest terms.", nil)
	longB := tokenize("The leaders condemn the war and reaffirm their support for Ukraine for as long as it takes to restore peace.", nil)
	short := tokenize("We condemn the attack.", nil)
	shortB := tokenize("The attack is condemned; we condemn it.", nil)
	used := &tables{}
	used.matchTable(NewIndex(long), NewIndex(longB), len(long), len(longB))
	gotMatch, gotCells := used.matchTable(NewIndex(short), NewIndex(shortB), len(short), len(shortB))
	fresh := &tables{}
	wantMatch, wantCells := fresh.matchTable(NewIndex(short), NewIndex(shortB), len(short), len(shortB))
	if !reflect.DeepEqual(gotMatch, wantMatch) || !reflect.DeepEqual(gotCells, wantCells) {
		t.Errorf("reused scratch: match %v cells %v; fresh: match %v cells %v", gotMatch, gotCells, wantMatch, wantCells)
	}
	if n := len(gotMatch); n != len(short)*len(shortB) {
		t.Errorf("table of %d cells for %d×%d units", n, len(short), len(shortB))
	}
}

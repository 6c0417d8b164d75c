package quotes

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/parley-app/parley/importer"
)

// Gold set 2 (issue 17): 15 invented news articles in testdata/gold2/ with
// every quote unit, its speaker and, where the text names one, the source
// that relayed it (via). The gold was written and committed before the
// quote finder was run on any of the articles; testdata/gold2/README.md
// says how, what a unit is, and which three articles are held out.
//
// Scoring, per article (the article is read with importer.ReadFile and
// given to Extract, as `parley quotes` does):
//
//   - Text. Words are maximal runs of letters and digits; a word belongs to
//     a span when it lies wholly inside it. A predicted quote matches a
//     gold unit in text when it contains every word of the unit ("Dancu
//     told the prime minister that <unit>" contains the unit), or when
//     their shared words are at least half the words of each (a prediction
//     inside the unit must cover half of it; one that straddles it must
//     lie mostly inside it).
//   - Speaker. Names are compared lower case, curly apostrophes straight,
//     quotation marks and commas dropped, a leading a/an/the dropped; the
//     predicted name (and the predicted organisation followed by the name)
//     is tried against the gold speaker's canonical name and the other
//     names the article uses for it (gold.tsv lists them), and is accepted
//     when it equals one or ends with one of two words or more ("the
//     Tavosi trade ministry"). For a person, office titles in front are
//     dropped ("Governor Okan Demir") and the surname alone is accepted
//     ("Demir").
//   - Pairs are made one to one, largest overlap first. Attribution
//     precision: predictions paired with a gold unit of the same speaker,
//     over all predictions. Attribution recall: gold units so paired, over
//     all gold units. Detection recall: gold units paired with some
//     prediction in text, whoever the speaker.
//   - Via. The scorer reads a "via" key from the JSON of the quote (or of
//     its speaker): Quote.Via since issue 17 (it was written before Quote
//     had one, so that a via added with that name is scored without
//     changing this file). A gold via is right when its unit is attributed
//     correctly and the predicted via matches it as a speaker would.

// gold2Dir holds the articles and gold.tsv.
var gold2Dir = filepath.Join("testdata", "gold2")

// gold2HeldOut is the fifth drawn at random before annotation (the README
// records the draw); it is scored only with PARLEY_HELDOUT=1.
var gold2HeldOut = map[string]bool{
	"03-earthquake.txt":  true,
	"04-rate-rise.txt":   true,
	"13-rail-strike.txt": true,
}

// gold2Floor is the development set's score rounded down to two decimals.
// The blind score, the quote finder as of commit 6daf2d7 (the gold's
// commit, which changed no code), scored before anything was changed for
// it: attribution precision 0.698 (88/126), recall 0.557 (88/158),
// detection recall 0.741 (117/158), via 0/19 (Quote had no via). After
// issue 17's work on the development set (branch quotesvia): 1.000
// (158/158), 1.000 (158/158), 1.000 (158/158), via 19/19 — the floor now.
// These are figures on the articles the rules were tuned on; the held-out
// figure is taken once, at the end.
var gold2Floor = gold2Score{precision: 1.00, recall: 1.00, detection: 1.00}

// gold2ViaFloor is the share of the development set's vias that must be
// right (19/19 after issue 17's work, 0/19 blind).
const gold2ViaFloor = 1.00

type g2Speaker struct {
	name, kind string
	names      []string // canonical first, then the other names the article uses
}

type g2Unit struct {
	direct       bool
	speaker, via string
	text         string
	start, end   int // byte offsets in the text Extract reads
	line         int
}

type g2Not struct {
	text, reason string
	start, end   int
}

type g2Article struct {
	file     string
	text     string // as importer.ReadFile reads it
	speakers map[string]*g2Speaker
	units    []g2Unit
	nots     []g2Not
}

// readGold2 parses gold.tsv and checks its consistency: every speaker and
// via declared, every unit and every not-passage found exactly once in its
// article (as the file is and as Parley reads it), every article annotated.
func readGold2(t testing.TB) []*g2Article {
	t.Helper()
	path := filepath.Join(gold2Dir, "gold.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byFile := map[string]*g2Article{}
	var order []*g2Article
	article := func(line int, file string) *g2Article {
		if a := byFile[file]; a != nil {
			return a
		}
		st, err := importer.ReadFile(filepath.Join(gold2Dir, file))
		if err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		a := &g2Article{file: file, text: st.Text, speakers: map[string]*g2Speaker{}}
		byFile[file] = a
		order = append(order, a)
		return a
	}
	locate := func(line int, a *g2Article, text string) (int, int) {
		raw, _ := os.ReadFile(filepath.Join(gold2Dir, a.file))
		if n := strings.Count(string(raw), text); n != 1 {
			t.Fatalf("%s:%d: %q occurs %d times in %s (want exactly once)", path, line, text, n, a.file)
		}
		if n := strings.Count(a.text, text); n != 1 {
			t.Fatalf("%s:%d: %q occurs %d times in %s as Parley reads it", path, line, text, n, a.file)
		}
		i := strings.Index(a.text, text)
		return i, i + len(text)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Split(s, "\t")
		want := map[string]int{"speaker": 5, "unit": 6, "not": 4}[fields[0]]
		if want == 0 || len(fields) != want {
			t.Fatalf("%s:%d: want a speaker (5 fields), unit (6) or not (4) line, got %d fields: %q", path, line, len(fields), s)
		}
		a := article(line, fields[1])
		switch fields[0] {
		case "speaker":
			sp := &g2Speaker{name: fields[2], kind: fields[3], names: []string{fields[2]}}
			if fields[4] != "" {
				sp.names = append(sp.names, strings.Split(fields[4], "|")...)
			}
			if sp.kind != KindPerson && sp.kind != KindAnonymous && sp.kind != KindBody {
				t.Fatalf("%s:%d: kind %q", path, line, sp.kind)
			}
			if a.speakers[sp.name] != nil {
				t.Fatalf("%s:%d: speaker %q declared twice", path, line, sp.name)
			}
			a.speakers[sp.name] = sp
		case "unit":
			u := g2Unit{direct: fields[2] == "d", speaker: fields[3], via: fields[4], text: strings.ReplaceAll(fields[5], `\n`, "\n"), line: line}
			if fields[2] != "d" && fields[2] != "r" {
				t.Fatalf("%s:%d: want d or r, got %q", path, line, fields[2])
			}
			if a.speakers[u.speaker] == nil || (u.via != "" && a.speakers[u.via] == nil) {
				t.Fatalf("%s:%d: speaker %q or via %q not declared above for %s", path, line, u.speaker, u.via, a.file)
			}
			u.start, u.end = locate(line, a, u.text)
			a.units = append(a.units, u)
		case "not":
			n := g2Not{text: strings.ReplaceAll(fields[2], `\n`, "\n"), reason: fields[3]}
			n.start, n.end = locate(line, a, n.text)
			a.nots = append(a.nots, n)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(gold2Dir, "*.txt"))
	for _, p := range files {
		if a := byFile[filepath.Base(p)]; a == nil || len(a.units) == 0 {
			t.Fatalf("%s has no units in gold.tsv", p)
		}
	}
	for file := range gold2HeldOut {
		if byFile[file] == nil {
			t.Fatalf("held-out article %s is not in gold.tsv", file)
		}
	}
	return order
}

// wordSpans returns the byte ranges of the words of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// wordsIn counts the words lying wholly inside [s, e).
func wordsIn(words [][2]int, s, e int) int {
	i := sort.Search(len(words), func(k int) bool { return words[k][0] >= s })
	n := 0
	for ; i < len(words) && words[i][1] <= e; i++ {
		n++
	}
	return n
}

// textOverlap is the number of shared words when prediction [pS, pE)
// matches gold unit [gS, gE) in text (it holds all the unit's words, or
// the shared words are half of each), else 0.
func textOverlap(words [][2]int, pS, pE, gS, gE int) int {
	s, e := max(pS, gS), min(pE, gE)
	if e <= s {
		return 0
	}
	shared := wordsIn(words, s, e)
	gw := wordsIn(words, gS, gE)
	if shared == 0 || (shared < gw && (2*shared < gw || 2*shared < wordsIn(words, pS, pE))) {
		return 0
	}
	return shared
}

// g2Norm makes names comparable.
func g2Norm(s string) string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'", "“", "", "”", "", `"`, "").Replace(s))
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	for len(words) > 1 && (words[0] == "a" || words[0] == "an" || words[0] == "the") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// officeTitles are dropped in front of a person's name.
var officeTitles = set("president prime minister foreign defence defense interior health finance trade transport environment digital affairs governor commodore senior colonel ambassador dr dr. mr mr. mrs mrs. ms ms. judge presiding prosecutor lawmaker opposition leader candidate union commissioner chief spokesperson spokesman spokeswoman director")

func stripTitles(n string) string {
	words := strings.Fields(n)
	for len(words) > 1 && officeTitles[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// speakerMatches reports whether a predicted name (or organisation and
// name) is the gold speaker sp.
func speakerMatches(name, org string, sp *g2Speaker) bool {
	preds := []string{g2Norm(name)}
	if org != "" {
		preds = append(preds, g2Norm(org+" "+name))
	}
	canon := g2Norm(sp.name)
	surname := canon[strings.LastIndexByte(canon, ' ')+1:]
	for _, p := range preds {
		if p == "" {
			continue
		}
		for _, g := range sp.names {
			g = g2Norm(g)
			if p == g || (strings.Contains(g, " ") && strings.HasSuffix(p, " "+g)) {
				return true
			}
		}
		if sp.kind == KindPerson {
			q := stripTitles(p)
			if q == canon || q == surname || strings.HasSuffix(p, " "+canon) {
				return true
			}
		}
	}
	return false
}

// viaOf returns the via a prediction carries, if the output has one: a
// "via" key in the JSON of the quote, else of its speaker.
func viaOf(sp Speaker, q Quote) string {
	read := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			return ""
		}
		var m map[string]any
		if json.Unmarshal(b, &m) != nil {
			return ""
		}
		switch v := m["via"].(type) {
		case string:
			return v
		case map[string]any:
			s, _ := v["name"].(string)
			return s
		}
		return ""
	}
	if v := read(q); v != "" {
		return v
	}
	sp.Quotes = nil
	return read(sp)
}

// gold2Score counts one article or a set.
type gold2Score struct {
	predicted, correct, gold, found, detected int
	vias, viaRight, viaSpurious               int
	precision, recall, detection              float64 // filled by finish
}

func (s *gold2Score) add(o gold2Score) {
	s.predicted += o.predicted
	s.correct += o.correct
	s.gold += o.gold
	s.found += o.found
	s.detected += o.detected
	s.vias += o.vias
	s.viaRight += o.viaRight
	s.viaSpurious += o.viaSpurious
}

func (s *gold2Score) finish() {
	s.precision = ratio(s.correct, s.predicted)
	if s.predicted == 0 {
		s.precision = 0
	}
	s.recall = ratio(s.found, s.gold)
	s.detection = ratio(s.detected, s.gold)
}

func (s gold2Score) String() string {
	return fmt.Sprintf("attribution precision %.3f (%d/%d), recall %.3f (%d/%d); detection recall %.3f (%d/%d); via %d/%d right, %d given where the gold has none",
		s.precision, s.correct, s.predicted, s.recall, s.found, s.gold, s.detection, s.detected, s.gold, s.viaRight, s.vias, s.viaSpurious)
}

type g2Pred struct {
	sp  Speaker
	q   Quote
	via string
}

// pairUp pairs predictions and gold units one to one, largest overlap
// first, among the pairs ok accepts.
func pairUp(a *g2Article, words [][2]int, preds []g2Pred, ok func(p g2Pred, u g2Unit) bool) (predTo, unitTo []int) {
	type cand struct{ p, u, w int }
	var cands []cand
	for i, p := range preds {
		for k, u := range a.units {
			if w := textOverlap(words, p.q.Start, p.q.End, u.start, u.end); w > 0 && ok(p, u) {
				cands = append(cands, cand{i, k, w})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].w > cands[j].w })
	predTo, unitTo = fill(len(preds)), fill(len(a.units))
	for _, c := range cands {
		if predTo[c.p] < 0 && unitTo[c.u] < 0 {
			predTo[c.p], unitTo[c.u] = c.u, c.p
		}
	}
	return predTo, unitTo
}

func fill(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	return out
}

// scoreGold2Article runs the quote finder on one article and scores it;
// the lines it returns describe every error.
func scoreGold2Article(a *g2Article) (gold2Score, []string) {
	var preds []g2Pred
	for _, sp := range Extract(a.text).Speakers {
		for _, q := range sp.Quotes {
			preds = append(preds, g2Pred{sp, q, viaOf(sp, q)})
		}
	}
	words := wordSpans(a.text)
	same := func(p g2Pred, u g2Unit) bool {
		return speakerMatches(p.sp.Name, p.sp.Organization, a.speakers[u.speaker])
	}
	predTo, unitTo := pairUp(a, words, preds, same)
	predDetect, detectTo := pairUp(a, words, preds, func(g2Pred, g2Unit) bool { return true })

	s := gold2Score{predicted: len(preds), gold: len(a.units)}
	var errs []string
	for k, u := range a.units {
		if detectTo[k] >= 0 {
			s.detected++
		}
		if u.via != "" {
			s.vias++
		}
		if p := unitTo[k]; p >= 0 {
			s.found++
			switch pv := preds[p].via; {
			case u.via != "" && pv != "" && speakerMatches(pv, "", a.speakers[u.via]):
				s.viaRight++
			case u.via != "":
				errs = append(errs, fmt.Sprintf("via missed: %s via %s, predicted via %q: %q", u.speaker, u.via, pv, u.text))
			case pv != "":
				s.viaSpurious++
				errs = append(errs, fmt.Sprintf("via where the gold has none: %s via %q: %q", u.speaker, pv, u.text))
			}
			continue
		}
		what := "not found"
		if p := detectTo[k]; p >= 0 {
			what = fmt.Sprintf("found as %s's (%s)", preds[p].sp.Name, preds[p].sp.Kind)
		} else if p := anyOverlap(preds, u.start, u.end); p >= 0 {
			what = fmt.Sprintf("overlapped by %s's %q", preds[p].sp.Name, preds[p].q.Text)
		}
		errs = append(errs, fmt.Sprintf("missed (line %d): %s%s, %s: %q", u.line, u.speaker, viaNote(u.via), what, u.text))
	}
	for i, p := range preds {
		if predTo[i] >= 0 {
			s.correct++
			continue
		}
		why := "no gold unit"
		if k := predDetect[i]; k >= 0 {
			why = "gold speaker " + a.speakers[a.units[k].speaker].name + viaNote(a.units[k].via)
		} else if k := a.unitOverlap(p.q.Start, p.q.End); k >= 0 {
			why = fmt.Sprintf("span differs from the gold unit of %s %q", a.units[k].speaker, a.units[k].text)
		} else if n := a.notOverlap(p.q.Start, p.q.End); n >= 0 {
			why = "not a unit: " + a.nots[n].reason
		}
		errs = append(errs, fmt.Sprintf("wrong: %s (%s, cue %q) %q — %s", p.sp.Name, p.sp.Kind, p.q.Cue, p.q.Text, why))
	}
	s.finish()
	return s, errs
}

func viaNote(via string) string {
	if via == "" {
		return ""
	}
	return " via " + via
}

func anyOverlap(preds []g2Pred, s, e int) int {
	for i, p := range preds {
		if min(p.q.End, e) > max(p.q.Start, s) {
			return i
		}
	}
	return -1
}

func (a *g2Article) unitOverlap(s, e int) int {
	for k, u := range a.units {
		if min(u.end, e) > max(u.start, s) {
			return k
		}
	}
	return -1
}

func (a *g2Article) notOverlap(s, e int) int {
	for k, n := range a.nots {
		if min(n.end, e) > max(n.start, s) {
			return k
		}
	}
	return -1
}

// scoreGold2 scores the development set (heldOut false) or the held-out
// fifth, logging each article and, with -v, each error.
func scoreGold2(t *testing.T, heldOut bool) gold2Score {
	var total gold2Score
	for _, a := range readGold2(t) {
		if gold2HeldOut[a.file] != heldOut {
			continue
		}
		s, errs := scoreGold2Article(a)
		t.Logf("%s: %v", a.file, s)
		for _, e := range errs {
			t.Logf("    %s", e)
		}
		total.add(s)
	}
	total.finish()
	return total
}

// TestQuoteGold2Consistency checks the gold itself: the parse checks every
// substring and name; here the counts issue 17 asks for.
func TestQuoteGold2Consistency(t *testing.T) {
	arts := readGold2(t)
	units, vias := 0, 0
	for _, a := range arts {
		units += len(a.units)
		for _, u := range a.units {
			if u.via != "" {
				vias++
			}
		}
	}
	if len(arts) < 14 || units < 130 || vias == 0 || len(gold2HeldOut)*5 < len(arts) {
		t.Errorf("gold2: %d articles, %d units, %d with a via, %d held out; want ≥ 14 articles, ≥ 130 units, some via, a fifth held out",
			len(arts), units, vias, len(gold2HeldOut))
	}
	readme, err := os.ReadFile(filepath.Join(gold2Dir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for f := range gold2HeldOut {
		if !strings.Contains(string(readme), f) {
			t.Errorf("README.md does not name held-out article %s", f)
		}
	}
}

// TestQuoteGold2Development scores the quote finder on the development set
// and fails below the floor (the blind score, rounded down). -v lists
// every miss and every wrong prediction.
func TestQuoteGold2Development(t *testing.T) {
	total := scoreGold2(t, false)
	t.Logf("development set: %v", total)
	if total.precision < gold2Floor.precision || total.recall < gold2Floor.recall || total.detection < gold2Floor.detection ||
		ratio(total.viaRight, total.vias) < gold2ViaFloor {
		t.Errorf("development set below the floor (precision %.2f, recall %.2f, detection %.2f, via %.2f): %v",
			gold2Floor.precision, gold2Floor.recall, gold2Floor.detection, gold2ViaFloor, total)
	}
}

// TestQuoteGold2HeldOut scores the held-out fifth. It is run once, at the
// end of issue 17, with PARLEY_HELDOUT=1; a plain go test skips it.
func TestQuoteGold2HeldOut(t *testing.T) {
	if os.Getenv("PARLEY_HELDOUT") != "1" {
		t.Skip("the held-out fifth of quote gold set 2 was scored once, on 2026-12-05 (its figure is in the README); to score it: " +
			"PARLEY_HELDOUT=1 go test ./importer/quotes/ -run TestQuoteGold2HeldOut -v (importer/quotes/testdata/gold2/README.md)")
	}
	total := scoreGold2(t, true)
	t.Logf("held-out set: %v", total)
	if total.gold == 0 {
		t.Fatal("no held-out article was scored")
	}
}

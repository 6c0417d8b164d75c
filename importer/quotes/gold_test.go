package quotes

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The gold lists (testdata/*.gold.tsv) were written by hand from the
// articles before the extractor was tuned; their header says what a unit is.
//
// Scoring: a predicted quote is correct when its span overlaps a gold unit
// of the same speaker by at least half of the longer of the two spans
// (so neither may be much longer than the other), each gold unit matching
// at most one prediction. Speakers are matched by name through the gold's
// alias lists, normalized by normName. Precision is correct predictions
// over all predictions; recall is matched gold units over all gold units.

// goldUnit is one hand-attributed statement.
type goldUnit struct {
	speaker    string
	direct     bool
	cue, text  string
	start, end int
}

// goldFile is a parsed gold list.
type goldFile struct {
	aliases map[string]string // normalized name → speaker id
	units   []goldUnit
}

func readGold(t testing.TB, path, article string) goldFile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g := goldFile{aliases: make(map[string]string)}
	pos := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), "\t")
		switch fields[0] {
		case "speaker":
			for _, name := range strings.Split(fields[3], "|") {
				g.aliases[normName(name)] = fields[1]
			}
		case "quote":
			u := goldUnit{speaker: fields[1], direct: fields[2] == "d", cue: fields[3], text: strings.ReplaceAll(fields[4], `\n`, "\n")}
			i := strings.Index(article[pos:], u.text)
			if i < 0 {
				t.Fatalf("%s:%d: text not found in order in the article: %q", path, line, u.text)
			}
			u.start = pos + i
			u.end = u.start + len(u.text)
			pos = u.start
			g.units = append(g.units, u)
		}
	}
	return g
}

// normName makes speaker names comparable: lower case, curly apostrophes
// straight, "U.S."/"American" as "us", a leading article dropped.
func normName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	words := strings.Fields(s)
	for i, w := range words {
		switch w {
		case "u.s.", "american":
			words[i] = "us"
		}
	}
	if len(words) > 1 && (words[0] == "a" || words[0] == "an" || words[0] == "the") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// score is the outcome of comparing a Result with a gold list.
type score struct {
	predicted, correct, gold, found int
	spanFound                       int // gold units some prediction overlaps, whoever the speaker
	report                          []string
}

func (s score) precision() float64 { return ratio(s.correct, s.predicted) }
func (s score) recall() float64    { return ratio(s.found, s.gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func overlaps(aStart, aEnd, bStart, bEnd int) bool {
	inter := min(aEnd, bEnd) - max(aStart, bStart)
	longer := max(aEnd-aStart, bEnd-bStart)
	return inter > 0 && 2*inter >= longer
}

func evaluate(r Result, g goldFile) score {
	s := score{gold: len(g.units)}
	matched := make([]bool, len(g.units))
	spanHit := make([]bool, len(g.units))
	for _, sp := range r.Speakers {
		id := g.aliases[normName(sp.Name)]
		for _, q := range sp.Quotes {
			s.predicted++
			best := -1
			for k, u := range g.units {
				if !overlaps(q.Start, q.End, u.start, u.end) {
					continue
				}
				spanHit[k] = true
				if !matched[k] && u.speaker == id && best < 0 {
					best = k
				}
			}
			if best >= 0 {
				matched[best] = true
				s.correct++
				continue
			}
			s.report = append(s.report, fmt.Sprintf("false positive: %s (%s, %s) %q", sp.Name, q.Cue, directWord(q.Direct), q.Text))
		}
	}
	for k, u := range g.units {
		if matched[k] {
			s.found++
		} else {
			s.report = append(s.report, fmt.Sprintf("missed: %s (%s) %q", u.speaker, u.cue, u.text))
		}
		if spanHit[k] {
			s.spanFound++
		}
	}
	return s
}

func directWord(d bool) string {
	if d {
		return "direct"
	}
	return "reported"
}

// checkGold extracts an article, scores it against its gold list and fails
// below the thresholds.
func checkGold(t *testing.T, name string, minPrecision, minRecall float64) {
	article, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	g := readGold(t, filepath.Join("testdata", name+".gold.tsv"), string(article))
	r := Extract(string(article))
	s := evaluate(r, g)
	for _, line := range s.report {
		t.Log(line)
	}
	t.Logf("%s: %d gold units, %d predicted; attribution precision %.3f (%d/%d), recall %.3f (%d/%d); spans found regardless of speaker %d/%d",
		name, s.gold, s.predicted, s.precision(), s.correct, s.predicted, s.recall(), s.found, s.gold, s.spanFound, s.gold)
	if s.precision() < minPrecision || s.recall() < minRecall {
		t.Errorf("%s: precision %.3f (want ≥ %.2f), recall %.3f (want ≥ %.2f)", name, s.precision(), minPrecision, s.recall(), minRecall)
	}
}

// TestArticleGold scores the seed article (testdata/article.txt, a copy of
// assets/article.txt, the demo's source) against its hand-written gold list.
func TestArticleGold(t *testing.T) {
	checkGold(t, "article", 0.9, 0.8)
}

// TestDisputeGold scores the fictional second article.
func TestDisputeGold(t *testing.T) {
	checkGold(t, "dispute", 0.9, 0.8)
}

// readTestdata returns a file of testdata/ as a string.
func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestHeldOutGold and the two after it score three more fictional
// articles, each written after the extractor was built and scored once
// before anything was changed for it: those first scores (precision/recall
// 0.500/0.455, 0.375/0.300, 0.700/0.636, in their gold headers) are the
// out-of-sample estimates. The extractor was then fixed for the general
// patterns each one missed, so these tests now guard against regressions.
func TestHeldOutGold(t *testing.T) {
	checkGold(t, "heldout", 0.9, 0.8)
}

func TestHeldOut2Gold(t *testing.T) {
	checkGold(t, "heldout2", 0.9, 0.8)
}

func TestHeldOut3Gold(t *testing.T) {
	checkGold(t, "heldout3", 0.9, 0.8)
}

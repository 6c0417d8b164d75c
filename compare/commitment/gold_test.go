package commitment

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

// Thresholds of the hand-labelled gold set (testdata/gold.tsv). Precision
// matters more than recall: a wrong commitment misleads an analyst.
const (
	minPrecision = 0.85
	minRecall    = 0.60
)

var goldVerbose = flag.Bool("gold.verbose", false, "log every gold-set disagreement")

// goldRow is one labelled sentence.
type goldRow struct {
	file     string
	line     int
	source   string
	speaker  Speaker
	sentence string
	want     []goldLabel
}

// goldLabel is one expected commitment.
type goldLabel struct {
	actor    string
	kind     Kind
	polarity Polarity
	strength Strength
}

func (l goldLabel) String() string {
	return fmt.Sprintf("%s|%s|%s|%s", l.actor, l.kind, l.polarity, l.strength)
}

// loadGold reads testdata/gold.tsv: source, speaker, organization, sentence,
// and the expected commitments ("actor|kind|polarity|strength; …" or "-").
func loadGold(t testing.TB, path string) []goldRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []goldRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			t.Fatalf("%s:%d: %d columns, want 5", path, n, len(cols))
		}
		row := goldRow{file: path, line: n, source: cols[0], speaker: Speaker{Name: cols[1], Organization: cols[2]}, sentence: cols[3]}
		if cols[4] != "-" {
			for _, lab := range strings.Split(cols[4], ";") {
				p := strings.Split(strings.TrimSpace(lab), "|")
				if len(p) != 4 {
					t.Fatalf("%s:%d: bad label %q", path, n, lab)
				}
				row.want = append(row.want, goldLabel{p[0], Kind(p[1]), Polarity(p[2]), Strength(p[3])})
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// goldScore counts matches between predictions and labels. A prediction is
// correct when actor, kind and polarity match an unused label of its
// sentence; strength agreement is counted among the correct ones.
type goldScore struct {
	tp, fp, fn, strengthOK int
}

func (s goldScore) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s goldScore) recall() float64    { return ratio(s.tp, s.tp+s.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scoreRow matches one sentence's predictions with its labels and returns
// what was missed and what was wrong.
func scoreRow(s *goldScore, got []Commitment, want []goldLabel) (missed []goldLabel, wrong []Commitment) {
	used := make([]bool, len(want))
	for _, c := range got {
		found := false
		for i, w := range want {
			if !used[i] && w.actor == c.Actor && w.kind == c.Kind && w.polarity == c.Polarity {
				used[i], found = true, true
				s.tp++
				if w.strength == c.Strength {
					s.strengthOK++
				}
				break
			}
		}
		if !found {
			s.fp++
			wrong = append(wrong, c)
		}
	}
	for i, w := range want {
		if !used[i] {
			s.fn++
			missed = append(missed, w)
		}
	}
	return missed, wrong
}

// goldFiles are the labelled sentences: gold.tsv was labelled while the
// rules were designed (development set); gold_heldout.tsv was labelled
// blind, from documents the rules were not written against, before the
// extractor first ran on it (held-out set).
var goldFiles = []string{"testdata/gold.tsv", "testdata/gold_heldout.tsv"}

// TestGoldSet measures precision and recall on the hand-labelled gold set
// and fails below the thresholds.
func TestGoldSet(t *testing.T) {
	g := DefaultGazetteer()
	var all goldScore
	sentences, labels, none := 0, 0, 0
	for _, path := range goldFiles {
		var s goldScore
		rows := loadGold(t, path)
		for _, r := range rows {
			sentences++
			labels += len(r.want)
			if len(r.want) == 0 {
				none++
			}
			got := Extract(r.sentence, r.speaker, g)
			missed, wrong := scoreRow(&s, got, r.want)
			if *goldVerbose && (len(missed) > 0 || len(wrong) > 0) {
				t.Logf("%s:%d %s\n  %s\n  missed: %v\n  wrong: %s", r.file, r.line, r.source, r.sentence, missed, describe(wrong))
			}
		}
		t.Logf("%s: %d sentences, precision %.3f (%d/%d), recall %.3f (%d/%d), strength agreement %d/%d",
			path, len(rows), s.precision(), s.tp, s.tp+s.fp, s.recall(), s.tp, s.tp+s.fn, s.strengthOK, s.tp)
		all.tp, all.fp, all.fn, all.strengthOK = all.tp+s.tp, all.fp+s.fp, all.fn+s.fn, all.strengthOK+s.strengthOK
	}
	t.Logf("gold set: %d sentences, %d gold commitments, %d non-commitment sentences", sentences, labels, none)
	t.Logf("precision %.3f (%d/%d), recall %.3f (%d/%d), strength agreement %d/%d",
		all.precision(), all.tp, all.tp+all.fp, all.recall(), all.tp, all.tp+all.fn, all.strengthOK, all.tp)
	if all.precision() < minPrecision {
		t.Errorf("precision %.3f < %.2f", all.precision(), minPrecision)
	}
	if all.recall() < minRecall {
		t.Errorf("recall %.3f < %.2f", all.recall(), minRecall)
	}
}

// describe formats commitments for a log line.
func describe(cs []Commitment) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "[%s|%s|%s|%s cues=%q action=%q]", c.Actor, c.Kind, c.Polarity, c.Strength, c.Cues, c.Action)
	}
	return b.String()
}

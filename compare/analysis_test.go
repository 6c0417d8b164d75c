package compare

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/statement"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func demoStatements(t testing.TB) []statement.Statement {
	t.Helper()
	var out []statement.Statement
	for _, f := range assets.DemoStatements() {
		st, err := statement.ParseStatement(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f.Name), ".md")
		st.ID = id[strings.IndexByte(id, '-')+1:]
		out = append(out, st)
	}
	return out
}

func loadCorpus(t testing.TB, names ...string) []statement.Statement {
	t.Helper()
	var out []statement.Statement
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(corpusDir, "versions", n))
		if err != nil {
			t.Fatal(err)
		}
		st, err := statement.ParseStatement(n, data)
		if err != nil {
			t.Fatal(err)
		}
		st.ID = statement.Slug(strings.TrimSuffix(n, ".txt"))
		out = append(out, st)
	}
	statement.UniqueIDs(out)
	return out
}

func analyze(t testing.TB, sts []statement.Statement) *Analysis {
	t.Helper()
	a, err := Analyze(context.Background(), sts, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// find returns the id of the sentence of statement stID containing phrase.
func find(t *testing.T, a *Analysis, stID, phrase string) Sentence {
	t.Helper()
	for _, st := range a.Statements {
		if st.ID != stID {
			continue
		}
		for _, s := range st.Sentences {
			if strings.Contains(s.Text, phrase) {
				return s
			}
		}
	}
	t.Fatalf("%s: no sentence contains %q", stID, phrase)
	return Sentence{}
}

func hasTopic(s Sentence, topic string) bool {
	for _, tc := range s.Topics {
		if tc.Topic == topic {
			return true
		}
	}
	return false
}

func paired(a *Analysis, x, y string) *Pair {
	for i, p := range a.Pairs {
		if p.A == x && p.B == y || p.A == y && p.B == x {
			return &a.Pairs[i]
		}
	}
	return nil
}

func TestAnalysisInvariants(t *testing.T) {
	sts := demoStatements(t)
	a := analyze(t, sts)
	seen := map[string]bool{}
	for i, st := range a.Statements {
		if len(st.Sentences) == 0 {
			t.Errorf("%s: no sentences", st.ID)
		}
		for _, s := range st.Sentences {
			if seen[s.ID] {
				t.Errorf("sentence id %s is not unique", s.ID)
			}
			seen[s.ID] = true
			if sts[i].Text[s.Start:s.End] != s.Text {
				t.Errorf("%s: offsets %d..%d do not give its text", s.ID, s.Start, s.End)
			}
			if len(s.Topics) == 0 && len(a.Counterparts(s.ID)) > 0 {
				t.Errorf("%s is aligned but on no topic: %q", s.ID, s.Text)
			}
		}
	}
	// A lone sentence is not a topic of its own: every emergent topic
	// joins passages of at least two statements.
	for _, tp := range a.Topics {
		if tp.Emergent && len(tp.Passages) < 2 {
			t.Errorf("emergent topic %s (%s) has passages of %d statement(s)", tp.ID, tp.Label, len(tp.Passages))
		}
	}
	for _, p := range a.Pairs {
		sa, sb := a.Sentence(p.A), a.Sentence(p.B)
		if !hasTopic(sa, p.Topic) || !hasTopic(sb, p.Topic) {
			t.Errorf("pair %s–%s is in topic %s, which one of them is not on", p.A, p.B, p.Topic)
		}
		if ra, _ := a.Locate(p.A); ra.Statement == func() int { rb, _ := a.Locate(p.B); return rb.Statement }() {
			t.Errorf("pair %s–%s joins two sentences of one statement", p.A, p.B)
		}
		if p.Score < a.Thresholds.Pair || len(p.SharedTerms)+len(p.SharedCues) == 0 || len(a.PairDiff(p)) == 0 {
			t.Errorf("pair %s–%s lacks a score above threshold, a reason or a diff: %+v", p.A, p.B, p)
		}
	}
}

func TestDemoAlignment(t *testing.T) {
	a := analyze(t, demoStatements(t))
	wh := find(t, a, "white-house", "will not take part in offensive actions")
	kirby := find(t, a, "kirby", "need not spark a wider regional conflict")
	israel := find(t, a, "israel", "not seeking a significant escalation")
	g7cond := find(t, a, "g7", "denounces")
	iran := find(t, a, "iran", "respond immediately if Israel retaliates")
	whRespond := find(t, a, "white-house", "last say on how to respond")

	for _, c := range []struct {
		s     Sentence
		topic string
	}{
		{wh, "escalation"}, {kirby, "escalation"}, {israel, "escalation"},
		{g7cond, "condemnation"}, {iran, "retaliation"}, {whRespond, "retaliation"},
	} {
		if !hasTopic(c.s, c.topic) {
			t.Errorf("%s %q: topics %+v, want %s", c.s.ID, c.s.Text, c.s.Topics, c.topic)
		}
	}
	p := paired(a, wh.ID, kirby.ID)
	if p == nil {
		t.Fatalf("the White House and Kirby on a wider regional conflict are not paired")
	}
	if !strings.Contains(strings.Join(p.SharedTerms, "|"), "regional conflict") {
		t.Errorf("shared terms %v should explain the match with 'regional conflict'", p.SharedTerms)
	}
	if paired(a, iran.ID, whRespond.ID) == nil {
		t.Errorf("Iran's threat to respond and the White House on Israel's response are not paired")
	}
	for _, topic := range a.Topics {
		if topic.ID == "condemnation" && len(topic.Passages["iran"]) > 0 {
			t.Errorf("Iran does not condemn anything, but has condemnation passages %v", topic.Passages["iran"])
		}
	}
}

func TestUnrelatedSentencesAreNotForcedTogether(t *testing.T) {
	sts := []statement.Statement{
		{ID: "a", Text: "We condemn the attack in the strongest terms. Humanitarian aid must reach civilians in Gaza."},
		{ID: "b", Text: "We deplore and condemn this reckless strike. Sanctions on the central bank take effect today."},
	}
	a := analyze(t, sts)
	cond := find(t, a, "a", "condemn")
	aid := find(t, a, "a", "Humanitarian")
	deplore := find(t, a, "b", "deplore")
	sanctions := find(t, a, "b", "Sanctions")
	if paired(a, cond.ID, deplore.ID) == nil {
		t.Error("two condemnations are not paired")
	}
	for _, x := range []string{aid.ID, sanctions.ID} {
		for _, y := range []string{cond.ID, deplore.ID} {
			if paired(a, x, y) != nil {
				t.Errorf("%s was forced together with %s", x, y)
			}
		}
	}
	if paired(a, aid.ID, sanctions.ID) != nil {
		t.Error("a humanitarian passage was paired with a sanctions passage")
	}
}

func TestCommuniqueIranPassagesPair(t *testing.T) {
	a := analyze(t, loadCorpus(t,
		"g7_hiroshima_communique_2023-05-20_middle-east-iran-excerpt.txt",
		"g7_apulia_communique_2024-06-14_middle-east-iran-excerpt.txt"))
	y23, y24 := a.Statements[0].ID, a.Statements[1].ID
	cases := []struct{ in2023, in2024 string }{
		{"end all unjust and arbitrary detentions", "end all unjust and arbitrary detentions"},
		{"systemic human rights violations", "human rights violations"},
		{"must never develop a nuclear weapon", "never develop or acquire a nuclear weapon"},
	}
	for _, c := range cases {
		s23, s24 := find(t, a, y23, c.in2023), find(t, a, y24, c.in2024)
		if p := paired(a, s23.ID, s24.ID); p == nil {
			t.Errorf("2023 %q and 2024 %q are not paired; 2023 sentence pairs with %v", s23.Text, s24.Text, a.Counterparts(s23.ID))
		}
	}
	for _, p := range a.Pairs {
		if p.Topic == "condemnation" && (hasTopic(a.Sentence(p.A), "humanitarian") != hasTopic(a.Sentence(p.B), "humanitarian")) &&
			!hasTopic(a.Sentence(p.A), "condemnation") {
			t.Errorf("a condemnation was paired with a humanitarian passage: %s – %s", p.A, p.B)
		}
	}
}

func TestAnalyzeIsDeterministic(t *testing.T) {
	sts := demoStatements(t)
	first, _ := json.Marshal(analyze(t, sts))
	for i := 0; i < 5; i++ {
		again, _ := json.Marshal(analyze(t, sts))
		if !bytes.Equal(first, again) {
			t.Fatal("the same input gave a different analysis")
		}
	}
}

func TestDemoGolden(t *testing.T) {
	got, err := json.MarshalIndent(analyze(t, demoStatements(t)), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "demo-analysis.golden.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./compare -run Golden -update)", err)
	}
	if !bytes.Equal(append(got, '\n'), want) {
		t.Errorf("demo analysis differs from %s; review with -update and git diff", path)
	}
}

func TestAnalyzeSingleStatementAndCancel(t *testing.T) {
	a := analyze(t, demoStatements(t)[:1])
	if len(a.Pairs) != 0 || len(a.Statements[0].Sentences) == 0 || len(a.Terms["white-house"]) == 0 {
		t.Errorf("a single statement should still get sentences, topics and vocabulary: %d pairs", len(a.Pairs))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Analyze(ctx, demoStatements(t), Options{}, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled analysis returned %v", err)
	}
}

func TestDistinctiveTerms(t *testing.T) {
	a := analyze(t, demoStatements(t))
	top := func(id string) string {
		var terms []string
		for _, ts := range a.Terms[id] {
			terms = append(terms, ts.Term)
		}
		return strings.Join(terms, "|")
	}
	if !strings.Contains(top("kirby"), "superiority") {
		t.Errorf("Kirby's distinctive terms %q lack 'superiority'", top("kirby"))
	}
	if !strings.Contains(top("iran"), "equation") {
		t.Errorf("Salami's distinctive terms %q lack 'equation'", top("iran"))
	}
}

func TestParseTopics(t *testing.T) {
	s := DefaultTopics()
	if len(s.Topics) < 13 {
		t.Errorf("built-in scheme has %d topics", len(s.Topics))
	}
	for _, bad := range []string{
		"threshold = 2",
		"[[topic]]\nlabel = \"x\"",
		"[[topic]]\nid = \"a\"\nlabel = \"A\"\ncues = { \"x\" = 1 }\n[[topic]]\nid = \"a\"\nlabel = \"B\"",
		"[[topic]]\nid = \"a\"\nlabel = \"A\"\ncues = { \"...\" = 1 }",
		"[[topic]]\nid = \"a\"\nlabel = \"A\"\nkeywords = [\"x\"]",
	} {
		if _, err := ParseTopics("t.toml", []byte(bad)); err == nil || !strings.HasPrefix(err.Error(), "t.toml: ") {
			t.Errorf("scheme %q: error %v", bad, err)
		}
	}
}

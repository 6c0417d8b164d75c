package worddiff

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func changes(ops []Op) []Op {
	var out []Op
	for _, o := range ops {
		if o.Op != Equal {
			out = append(out, o)
		}
	}
	return out
}

func TestVersionsReadoutRevision(t *testing.T) {
	a := readFile(t, "../../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v1_original.txt")
	b := readFile(t, "../../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v2_revised.txt")
	r := Versions(a, b, Options{})
	checkOps(t, a, b, r.Ops)
	ch := changes(r.Ops)
	want := "The two leaders also discussed tensions and violence in the West Bank."
	if len(ch) != 1 || ch[0].Op != Delete || strings.TrimSpace(ch[0].Text) != want {
		t.Fatalf("changes = %q, want exactly [delete:%s]", runs(ch), want)
	}
	if s := r.Summary; s.Deleted != 12 || s.Inserted != 0 || s.Moved != 0 {
		t.Errorf("summary = %+v, want 12 deleted, nothing inserted or moved", s)
	}
}

// Paragraphs for hand-built documents.
const (
	pIntro  = "The Leaders met in Hiroshima on May 20 to discuss the global challenges of this moment."
	pUkr    = "We reaffirm our unwavering support for Ukraine for as long as it takes, and we condemn Russia’s war of aggression in the strongest possible terms."
	pHealth = "We commit to strengthening primary health care and to achieving universal health coverage by 2030 in all countries."
	pEnergy = "We will accelerate the transition to clean energy and phase out unabated coal power as soon as possible."
	pClose  = "We look forward to meeting again next year under the Italian Presidency."
)

func doc(paras ...string) string { return strings.Join(paras, "\n\n") + "\n" }

func TestVersionsMoveWithEdit(t *testing.T) {
	a := doc(pIntro, pUkr, pHealth, pEnergy, pClose)
	ukr2 := strings.Replace(pUkr, "unwavering", "steadfast", 1)
	b := doc(pIntro, pHealth, pEnergy, ukr2, pClose)
	r := Versions(a, b, Options{})
	checkOps(t, a, b, r.Ops)
	ch := changes(r.Ops)
	if len(ch) != 2 || ch[0].Op != Move || ch[1].Op != Move {
		t.Fatalf("changes = %q, want one move pair", runs(ch))
	}
	from, to := ch[0], ch[1]
	if from.Side != "from" || to.Side != "to" || from.MoveID != 1 || to.MoveID != 1 {
		t.Errorf("move sides/ids: %+v %+v", from, to)
	}
	if from.Text != pUkr || to.Text != ukr2 {
		t.Errorf("move texts:\nfrom %q\nto   %q", from.Text, to.Text)
	}
	edits := changes(to.Edits)
	if got, want := runs(edits), []string{"delete:unwavering", "insert:steadfast"}; !reflect.DeepEqual(got, want) {
		t.Errorf("edits = %q, want %q", got, want)
	}
	words := countWords(ukr2)
	if want := (Summary{Moved: words, Inserted: 1, Deleted: 1, Unchanged: countWords(a) - words}); r.Summary != want {
		t.Errorf("summary = %+v, want %+v", r.Summary, want)
	}
	// The redline order: the "from" op sits where the paragraph was in A.
	if r.Ops[0].Op != Equal || r.Ops[1].Side != "from" || r.Ops[3].Side != "to" {
		t.Errorf("order = %q", runs(r.Ops))
	}
}

func TestVersionsNoMove(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []string // kinds of the non-equal ops
	}{
		{"in-place rewrite is not a move", doc(pIntro, pUkr, pClose),
			doc(pIntro, strings.Replace(pUkr, "unwavering", "steadfast", 1), pClose),
			[]string{"delete:unwavering", "insert:steadfast"}},
		{"short passages are never moves", doc(pIntro, "We agree on this point.", pUkr, pClose),
			doc(pIntro, pUkr, "We agree on this point.", pClose),
			[]string{"delete:We agree on this point.", "insert:We agree on this point."}},
		{"dissimilar paragraphs are delete+insert", doc(pIntro, pHealth, pUkr, pClose),
			doc(pIntro, pUkr, pEnergy, pClose),
			[]string{"delete:" + pHealth, "insert:" + pEnergy}},
		{"identical", doc(pIntro, pUkr), doc(pIntro, pUkr), nil},
		{"formatting only", doc(pIntro, pUkr), strings.ReplaceAll(doc(pIntro, pUkr), " ", "\u00a0 "), nil},
		{"empty A", "", doc(pIntro), []string{"insert:" + pIntro}},
		{"empty B", doc(pIntro), "", []string{"delete:" + pIntro}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Versions(tc.a, tc.b, Options{})
			checkOps(t, tc.a, tc.b, r.Ops)
			if got := runs(changes(r.Ops)); !reflect.DeepEqual(got, tc.want) && len(got)+len(tc.want) > 0 {
				t.Errorf("changes = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestVersionsOptions(t *testing.T) {
	a := doc(pIntro, pUkr, pClose)
	b := doc(strings.ToUpper(pIntro), strings.ReplaceAll(pUkr, ",", ""), pClose)
	if r := Versions(a, b, Options{IgnoreCase: true, IgnorePunctuation: true}); len(changes(r.Ops)) != 0 {
		t.Errorf("with both options: changes = %q", runs(changes(r.Ops)))
	} else {
		checkOps(t, a, b, r.Ops)
	}
	if r := Versions(a, b, Options{}); r.Summary.Unchanged == countWords(a) {
		t.Errorf("without options, case and commas must differ: %+v", r.Summary)
	}
}

func TestVersionsGeneratedRevision(t *testing.T) {
	orig, rev, revised := loadHiroshima(t)
	r := checkRevision(t, orig, revised, rev, Options{})
	t.Logf("%d sentence edits; summary %+v", rev.edits, r.Summary)
}

// TestVersionsManyRevisions runs the same checks on revisions made with
// other seeds (so other paragraphs moved, deleted and edited), with and
// without the options.
func TestVersionsManyRevisions(t *testing.T) {
	orig, _, _ := loadHiroshima(t)
	for seed := int64(1); seed <= 10; seed++ {
		rev := makeRevision(orig, seed)
		checkRevision(t, orig, rev.text, rev, Options{})
		checkRevision(t, orig, rev.text, rev, Options{IgnoreCase: true, IgnorePunctuation: true})
	}
}

// checkRevision checks that Versions reports what makeRevision did: the 3
// moves as move pairs, the deleted and inserted paragraphs as deletions and
// insertions, and otherwise only small edits.
func checkRevision(t *testing.T, orig, revised string, rev revision, opt Options) Result {
	t.Helper()
	r := Versions(orig, revised, opt)
	checkOps(t, orig, revised, r.Ops)

	var froms, tos []Op
	for _, o := range r.Ops {
		switch {
		case o.Op == Move && o.Side == "from":
			froms = append(froms, o)
		case o.Op == Move:
			tos = append(tos, o)
		}
	}
	if len(froms) != 3 || len(tos) != 3 {
		t.Fatalf("%v: found %d/%d move ops, want 3 pairs", opt, len(froms), len(tos))
	}
	moved := 0
	for _, m := range rev.moved {
		if !hasOp(froms, m[0]) || !hasOp(tos, m[1]) {
			t.Errorf("%v: move of %.60q… not found", opt, m[0])
		}
		moved += countWords(m[1])
	}
	if r.Summary.Moved != moved {
		t.Errorf("%v: moved words = %d, want %d", opt, r.Summary.Moved, moved)
	}
	for _, d := range rev.deleted {
		if !containedIn(r.Ops, Delete, d) {
			t.Errorf("%v: deleted paragraph %.60q… not in a delete op", opt, d)
		}
	}
	for _, p := range rev.inserted {
		if !containedIn(r.Ops, Insert, p) {
			t.Errorf("%v: inserted paragraph %.60q… not in an insert op", opt, p)
		}
	}
	// Besides whole paragraphs, only the one-word sentence edits remain; the
	// semantic cleanup may widen an edit by a word or two.
	paraWords := 0
	for _, d := range rev.deleted {
		paraWords += countWords(d)
	}
	if s := r.Summary; s.Deleted < paraWords || s.Deleted > paraWords+3*rev.edits {
		t.Errorf("%v: deleted words = %d, want %d (paragraphs) + up to %d (edits)", opt, s.Deleted, paraWords, 3*rev.edits)
	}
	return r
}

func hasOp(ops []Op, text string) bool {
	for _, o := range ops {
		if o.Text == strings.TrimSpace(text) {
			return true
		}
	}
	return false
}

func containedIn(ops []Op, k Kind, text string) bool {
	for _, o := range ops {
		if o.Op == k && strings.Contains(o.Text, strings.TrimSpace(text)) {
			return true
		}
	}
	return false
}

func TestVersionsDeterministic(t *testing.T) {
	orig, _, revised := loadHiroshima(t)
	r1 := Versions(orig, revised, Options{})
	r2 := Versions(orig, revised, Options{})
	if !reflect.DeepEqual(r1, r2) {
		t.Error("two runs on the same input differ")
	}
}

// TestVersionsUnrelatedDocuments diffs two different communiqués: nothing
// in common but boilerplate, the case where an unbounded Myers diff goes
// quadratic. It must stay valid and finish quickly.
func TestVersionsUnrelatedDocuments(t *testing.T) {
	a, b := readFile(t, hiroshima), readFile(t, apulia)
	r := Versions(a, b, Options{})
	checkOps(t, a, b, r.Ops)
	t.Logf("summary %+v, %d ops", r.Summary, len(r.Ops))
}

package worddiff

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// run is an expected op: kind and text, written "kind:text".
func runs(ops []Op) []string {
	out := make([]string, len(ops))
	for i, o := range ops {
		out[i] = string(o.Op) + ":" + o.Text
	}
	return out
}

func TestWords(t *testing.T) {
	ci := Options{IgnoreCase: true}
	np := Options{IgnorePunctuation: true}
	tests := []struct {
		name string
		a, b string
		opt  Options
		want []string
	}{
		{"identical", "We shall not waver.", "We shall not waver.", Options{},
			[]string{"equal:We shall not waver."}},
		{"substitution", "We shall not waver.", "We will not waver.", Options{},
			[]string{"equal:We", "delete:shall", "insert:will", "equal:not waver."}},
		{"white space and line breaks only", "We  shall\nnot waver.", "We shall not\r\n\twaver. ", Options{},
			[]string{"equal:We  shall\nnot waver."}},
		{"nbsp and bidi marks are white space", "the March 19 meeting", "the\u00a0March\u200e 19\u00a0meeting", Options{},
			[]string{"equal:the March 19 meeting"}},
		{"case matters by default", "Israel and Gaza", "israel and Gaza", Options{},
			[]string{"delete:Israel", "insert:israel", "equal:and Gaza"}},
		{"IgnoreCase", "Israel and Gaza", "israel AND gaza", ci,
			[]string{"equal:Israel and Gaza"}},
		{"punctuation matters by default", "We agree, as of today.", "We agree as of today!", Options{},
			[]string{"equal:We agree", "delete:,", "equal:as of today", "delete:.", "insert:!"}},
		{"semantic cleanup absorbs a lone shared word between changes", "We shall not waver, ever.", "We will never waver.", Options{},
			[]string{"equal:We", "delete:shall not waver, ever", "insert:will never waver", "equal:."}},
		{"IgnorePunctuation", "We agree, today.", "We agree today!", np,
			[]string{"equal:We agree, today."}},
		{"IgnorePunctuation keeps word changes", "“Peace,” he said.", "Peace — she said!", np,
			[]string{"equal:“Peace,”", "delete:he", "insert:she", "equal:said."}},
		{"IgnorePunctuation groups marks as a reader does", "We agree:\n- peace (in the city of Tokyo)", "We agree:\n- war (in the city of Kyoto)", np,
			[]string{"equal:We agree:", "delete:- peace", "insert:- war", "equal:(in the city of", "delete:Tokyo)", "insert:Kyoto)"}},
		{"IgnorePunctuation with no words at all", "...", "!?", np,
			[]string{"equal:..."}},
		{"typographic variants fold", "Israel’s two‑state “plan”", "Israel's two-state \"plan\"", Options{},
			[]string{"equal:Israel’s two‑state “plan”"}},
		{"Persian", "ما از آتش‌بس حمایت می‌کنیم", "ما از آتش‌بس فوری حمایت می‌کنیم", Options{},
			[]string{"equal:ما از آتش‌بس", "insert:فوری", "equal:حمایت می‌کنیم"}},
		{"Hebrew", "ישראל תגן על עצמה", "ישראל תמשיך להגן על עצמה", Options{},
			[]string{"equal:ישראל", "delete:תגן", "insert:תמשיך להגן", "equal:על עצמה"}},
		{"empty A", "", "New text.", Options{}, []string{"insert:New text."}},
		{"empty B", "Old text.", "", Options{}, []string{"delete:Old text."}},
		{"both empty", "", " \n", Options{}, []string{}},
		{"insertion", "We condemn the attack.", "We strongly condemn the attack.", Options{},
			[]string{"equal:We", "insert:strongly", "equal:condemn the attack."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ops := Words(tc.a, tc.b, tc.opt)
			if got := runs(ops); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Words(%q, %q)\n got %q\nwant %q", tc.a, tc.b, got, tc.want)
			}
			checkOps(t, tc.a, tc.b, ops)
		})
	}
}

func TestWordsOffsets(t *testing.T) {
	a := "The President  reinforced\nthe need for all sides."
	b := "The President underlined the need for all parties."
	want := []Op{
		{Op: Equal, Text: "The President", AStart: 0, AEnd: 13, BStart: 0, BEnd: 13},
		{Op: Delete, Text: "reinforced", AStart: 15, AEnd: 25, BStart: -1, BEnd: -1},
		{Op: Insert, Text: "underlined", AStart: -1, AEnd: -1, BStart: 14, BEnd: 24},
		{Op: Equal, Text: "the need for all", AStart: 26, AEnd: 42, BStart: 25, BEnd: 41},
		{Op: Delete, Text: "sides", AStart: 43, AEnd: 48, BStart: -1, BEnd: -1},
		{Op: Insert, Text: "parties", AStart: -1, AEnd: -1, BStart: 42, BEnd: 49},
		{Op: Equal, Text: ".", AStart: 48, AEnd: 49, BStart: 49, BEnd: 50},
	}
	if got := Words(a, b, Options{}); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestSummarize(t *testing.T) {
	ops := Words("We shall not waver, ever.", "We will never waver.", Options{})
	got := Summarize(ops)
	want := Summary{Inserted: 3, Deleted: 4, Unchanged: 1}
	if got != want {
		t.Errorf("Summarize(%q) = %+v, want %+v", runs(ops), got, want)
	}
	moved := []Op{{Op: Move, Side: "from", Text: "a b c"}, {Op: Move, Side: "to", Text: "a b d",
		Edits: []Op{{Op: Equal, Text: "a b"}, {Op: Delete, Text: "c"}, {Op: Insert, Text: "d"}}}}
	if got, want := Summarize(moved), (Summary{Moved: 3, Inserted: 1, Deleted: 1}); got != want {
		t.Errorf("Summarize(move) = %+v, want %+v", got, want)
	}
}

func TestWordsJSON(t *testing.T) {
	j, err := json.Marshal(Words("a b", "a c", Options{}))
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"op":"equal","text":"a","a_start":0,"a_end":1,"b_start":0,"b_end":1},` +
		`{"op":"delete","text":"b","a_start":2,"a_end":3,"b_start":-1,"b_end":-1},` +
		`{"op":"insert","text":"c","a_start":-1,"a_end":-1,"b_start":2,"b_end":3}]`
	if string(j) != want {
		t.Errorf("json:\n got %s\nwant %s", j, want)
	}
}

// checkOps verifies the invariants every result must satisfy: sides and
// offsets match the kind, Text is the exact input slice, the A-side ops
// spell all of A's tokens in order and the B-side ops all of B's, moves
// come in pairs whose Edits spell the two passages, and no two
// neighbouring ops could have been merged.
func checkOps(t testing.TB, a, b string, ops []Op) {
	t.Helper()
	if err := opsError(a, b, ops); err != nil {
		t.Fatal(err)
	}
}

func opsError(a, b string, ops []Op) error {
	var aParts, bParts []string
	for i, o := range ops {
		if err := opError(a, b, o); err != nil {
			return fmt.Errorf("op %d %+v: %v", i, o, err)
		}
		if o.AStart >= 0 {
			aParts = append(aParts, a[o.AStart:o.AEnd])
		}
		if o.BStart >= 0 {
			bParts = append(bParts, b[o.BStart:o.BEnd])
		}
		if i > 0 && o.Op != Move && o.Op == ops[i-1].Op {
			return fmt.Errorf("ops %d and %d are both %s", i-1, i, o.Op)
		}
		if o.Op == Move && o.Side == "to" {
			if err := editsError(a, b, ops, o); err != nil {
				return fmt.Errorf("op %d: %v", i, err)
			}
		}
	}
	if got, want := tokenTexts(aParts...), tokenTexts(a); !reflect.DeepEqual(got, want) {
		return fmt.Errorf("A-side ops spell %q, want %q", got, want)
	}
	if got, want := tokenTexts(bParts...), tokenTexts(b); !reflect.DeepEqual(got, want) {
		return fmt.Errorf("B-side ops spell %q, want %q", got, want)
	}
	return nil
}

func opError(a, b string, o Op) error {
	hasA, hasB := o.AStart >= 0, o.BStart >= 0
	switch {
	case o.Op == Equal && !(hasA && hasB),
		o.Op == Delete && !(hasA && !hasB),
		o.Op == Insert && !(!hasA && hasB),
		o.Op == Move && o.Side == "from" && !(hasA && !hasB),
		o.Op == Move && o.Side == "to" && !(!hasA && hasB),
		o.Op == Move && o.MoveID < 1:
		return fmt.Errorf("sides do not fit the kind")
	case !hasA && o.AEnd != -1, !hasB && o.BEnd != -1:
		return fmt.Errorf("missing side must be -1/-1")
	case hasA && (o.AEnd > len(a) || o.AStart >= o.AEnd), hasB && (o.BEnd > len(b) || o.BStart >= o.BEnd):
		return fmt.Errorf("offsets out of range")
	case hasA && o.Text != a[o.AStart:o.AEnd], !hasA && o.Text != b[o.BStart:o.BEnd]:
		return fmt.Errorf("Text is not the input slice")
	}
	return nil
}

func editsError(a, b string, ops []Op, to Op) error {
	var from *Op
	for i := range ops {
		if ops[i].Op == Move && ops[i].Side == "from" && ops[i].MoveID == to.MoveID {
			from = &ops[i]
		}
	}
	if from == nil {
		return fmt.Errorf("move %d has no from op", to.MoveID)
	}
	var ea, eb []string
	for _, e := range to.Edits {
		if err := opError(a, b, e); err != nil || e.Op == Move {
			return fmt.Errorf("edit %+v: %v", e, err)
		}
		if e.AStart >= 0 {
			ea = append(ea, a[e.AStart:e.AEnd])
		}
		if e.BStart >= 0 {
			eb = append(eb, b[e.BStart:e.BEnd])
		}
	}
	if !reflect.DeepEqual(tokenTexts(ea...), tokenTexts(from.Text)) || !reflect.DeepEqual(tokenTexts(eb...), tokenTexts(to.Text)) {
		return fmt.Errorf("edits of move %d do not spell its passages", to.MoveID)
	}
	return nil
}

// tokenTexts returns the token texts of the concatenation of parts, each
// part tokenized on its own.
func tokenTexts(parts ...string) []string {
	out := []string{}
	for _, p := range parts {
		for _, tk := range tokenize(p) {
			out = append(out, p[tk.Start:tk.End])
		}
	}
	return out
}

func TestCheckOpsCatchesErrors(t *testing.T) {
	// The invariant checker must be able to fail, or the fuzz test proves nothing.
	a, b := "We shall not waver.", "We will not waver."
	good := Words(a, b, Options{})
	bad := [][]Op{
		good[1:], // loses "We"
		append(append([]Op{}, good...), Op{Op: Insert, Text: "x", AStart: -1, AEnd: -1, BStart: 0, BEnd: 1}),
		{{Op: Equal, Text: strings.ToUpper(a), AStart: 0, AEnd: len(a), BStart: 0, BEnd: len(b)}},
	}
	for i, ops := range bad {
		if opsError(a, b, ops) == nil {
			t.Errorf("bad ops %d passed the check", i)
		}
	}
}

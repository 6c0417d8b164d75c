package compare

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

const translationDir = "../testdata/translation"

// spokesman returns the Persian statement of testdata/translation and its
// English translation, linked by ID as loading them together links them.
func spokesman(t testing.TB) (fa, en statement.Statement) {
	t.Helper()
	read := func(name, id string) statement.Statement {
		path := filepath.Join(translationDir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		st, err := statement.ParseStatement(path, data)
		if err != nil {
			t.Fatal(err)
		}
		st.ID = id
		return st
	}
	fa, en = read("spokesman-talks.fa.txt", "spokesman-fa"), read("spokesman-talks.en.txt", "spokesman-en")
	statement.LinkTranslation(&fa, &en)
	return fa, en
}

// spokesmanGold is, for each of the 15 English sentences, the Persian
// sentences it renders (numbered from 1): the gold of compare/parallel's
// test (gold_test.go), where Persian sentence 4 is rendered as English
// sentences 4 and 5.
var spokesmanGold = [][]int{{1}, {2}, {3}, {4}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13}, {14}}

// TestTranslatedStatementIsOneColumn analyses the Persian statement with
// its translation and an unrelated English statement: the original is
// read through its translation, so there are two columns, not three, and
// each English sentence knows the Persian sentences it renders.
func TestTranslatedStatementIsOneColumn(t *testing.T) {
	fa, en := spokesman(t)
	other := demoStatements(t)[1] // Kirby
	a := analyze(t, []statement.Statement{fa, other, en})

	var ids []string
	for _, st := range a.Statements {
		ids = append(ids, st.ID)
	}
	if want := []string{"spokesman-en", other.ID}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("columns %v, want %v: the translation where its original stood, then the other statement", ids, want)
	}
	for _, p := range a.Pairs {
		if statement.StatementOf(p.A) == fa.ID || statement.StatementOf(p.B) == fa.ID {
			t.Errorf("pair %s ↔ %s names the original, which is no column", p.A, p.B)
		}
	}
	tr := a.Statements[0]
	if tr.Language.Name != "English" || tr.Original == nil {
		t.Fatalf("translation: language %q, original %v", tr.Language.Name, tr.Original)
	}
	o := tr.Original
	if o.ID != fa.ID || o.Title != fa.Title || o.Language.Name != "Persian" || o.Language.Code != "fa" {
		t.Errorf("original %q %q in %+v; want the Persian statement, its language named", o.ID, o.Title, o.Language)
	}
	if len(o.Sentences) != 14 || len(tr.Sentences) != 15 {
		t.Fatalf("%d Persian and %d English sentences; want 14 and 15", len(o.Sentences), len(tr.Sentences))
	}
	for i, s := range o.Sentences {
		if want := fa.ID + ":s" + strconv.Itoa(i+1); s.ID != want || fa.Text[s.Start:s.End] != s.Text {
			t.Errorf("original sentence %d: id %q (want %q), text not at its offsets", i, s.ID, want)
		}
	}
	for i, s := range tr.Sentences {
		var got []int
		for _, os := range a.OriginalOf(s.ID) {
			sid, _ := statement.ParseSentenceID(os.ID)
			got = append(got, sid.N)
		}
		if !reflect.DeepEqual(got, spokesmanGold[i]) {
			t.Errorf("%s (%q…) renders Persian sentences %v, want %v", s.ID, s.Text[:20], got, spokesmanGold[i])
		}
	}
	if len(o.Links) != 14 || o.Links[3].Kind != "1-2" || !o.Anchored || o.Ratio < 1.05 {
		t.Errorf("%d links, the fourth %+v; anchored %v, ratio %.2f", len(o.Links), o.Links[3], o.Anchored, o.Ratio)
	}
	if got := a.OriginalOf(other.ID + ":s1"); got != nil {
		t.Errorf("a sentence of an untranslated statement has an original: %v", got)
	}
	if a.ColumnOf(fa.ID) != en.ID || a.ColumnOf(other.ID) != other.ID || a.ColumnOf("nobody") != "" {
		t.Errorf("ColumnOf: %q %q", a.ColumnOf(fa.ID), a.ColumnOf(other.ID))
	}
	// The translation, not the original, is read for commitments: the
	// spokesman's warning of a response is found in English.
	found := false
	for _, c := range a.Commitments {
		found = found || c.Statement == en.ID
		if c.Statement == fa.ID {
			t.Errorf("a commitment of the original: %+v", c)
		}
	}
	if !found {
		t.Error("no commitment read in the translation")
	}
	cued := false
	for _, s := range a.Statements[0].Sentences {
		for _, tc := range s.Topics {
			cued = cued || len(tc.Cues) > 0
		}
	}
	if !cued {
		t.Errorf("no sentence of the translation is on a topic by its cue words: %+v", a.Statements[0].Sentences)
	}

	// analyze --json prints it; the same input gives the same bytes.
	first, _ := json.Marshal(a)
	second, _ := json.Marshal(analyze(t, []statement.Statement{fa, other, en}))
	if !bytes.Equal(first, second) {
		t.Error("the analysis of a translated statement is not deterministic")
	}
	for _, want := range []string{`"original":{"id":"spokesman-fa"`, `"kind":"1-2"`, `"original":["spokesman-fa:s4"]`} {
		if !strings.Contains(string(first), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	var back Analysis
	if err := json.Unmarshal(first, &back); err != nil {
		t.Fatal(err)
	}
	if got := back.OriginalOf(en.ID + ":s5"); len(got) != 1 || got[0].ID != fa.ID+":s4" {
		t.Errorf("decoded analysis: OriginalOf(s5) = %v", got)
	}
}

// TestTranslationColumns: file names not resolved to IDs link nothing; one
// side of a link is enough; an original analysed alone is itself.
func TestTranslationColumns(t *testing.T) {
	fa, en := spokesman(t)
	fa.Translation, en.TranslationOf = "spokesman-talks.en.txt", "spokesman-talks.fa.txt" // as read, not linked
	if cols := Columns([]statement.Statement{fa, en}); len(cols) != 2 || cols[0].Original != nil {
		t.Errorf("file names link nothing: %d columns", len(cols))
	}
	fa, en = spokesman(t)
	fa.Translation = "" // one side of the link is enough
	cols := Columns([]statement.Statement{en, fa})
	if len(cols) != 1 || cols[0].ID != en.ID || cols[0].Original == nil || cols[0].Original.ID != fa.ID {
		t.Fatalf("columns %+v", cols)
	}
	a := analyze(t, []statement.Statement{fa})
	if len(a.Statements) != 1 || a.Statements[0].Original != nil || a.Statements[0].Language.Name != "Persian" {
		t.Errorf("the original alone is analysed as itself: %+v", a.Statements[0].Language)
	}
}

// dropGovernments removes from the translation its sentence on Western
// governments (English sentence 11, Persian sentence 10).
func dropGovernments(en *statement.Statement) {
	en.Text = strings.Replace(en.Text, " According to the spokesman, the silence of some Western governments in the face of this situation has called the credibility of their human rights claims into question.", "", 1)
}

// TestUntranslatedSentence: a sentence of the original that the
// translation leaves out is a link of its own (1-0), placed after the
// translation's sentence it followed.
func TestUntranslatedSentence(t *testing.T) {
	fa, en := spokesman(t)
	dropGovernments(&en)
	a := analyze(t, []statement.Statement{fa, en})
	u := a.Statements[0].Original.Untranslated()
	if len(u) != 1 || u[0].ID != fa.ID+":s10" || u[0].After != en.ID+":s10" {
		t.Fatalf("untranslated %+v; want Persian s10 after English s10", u)
	}
	if got := a.OriginalOf(en.ID + ":s11"); len(got) != 1 || got[0].ID != fa.ID+":s11" {
		t.Errorf("English s11 renders %v, want Persian s11", got)
	}
}

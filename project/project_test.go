package project

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

func TestDemoHasTheArticleVoices(t *testing.T) {
	p, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"white-house": "The United States will not take part in offensive actions",
		"kirby":       "This was an incredible success",
		"g7":          "full solidarity and support to Israel",
		"israel":      "We are not seeking a significant escalation with Iran",
		"iran":        "Tehran would respond immediately if Israel retaliates",
	}
	if len(p.Statements) != len(want) {
		t.Fatalf("demo has %d statements, want %d", len(p.Statements), len(want))
	}
	for _, e := range p.Statements {
		phrase, ok := want[e.ID]
		if !ok {
			t.Errorf("unexpected demo statement %q", e.ID)
			continue
		}
		if !strings.Contains(e.Text, phrase) {
			t.Errorf("%s: text lacks %q", e.ID, phrase)
		}
		if !e.Included || e.Speaker == "" || e.Organization == "" || e.Date != "2024-04-14" || e.Source == "" {
			t.Errorf("%s: metadata incomplete: %+v", e.ID, e.Statement)
		}
	}
}

// Each demo voice holds only words the seed article gives: whatever a demo
// statement puts in quotation marks must stand in the article as written.
func TestDemoQuotesAreVerbatim(t *testing.T) {
	article, err := os.ReadFile("../assets/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, _ := Demo()
	for _, e := range p.Statements {
		for _, quote := range quotedSpans(e.Text) {
			if !strings.Contains(strings.ToLower(string(article)), strings.ToLower(quote)) {
				t.Errorf("%s: quoted words %q are not in the article", e.ID, quote)
			}
		}
	}
}

func quotedSpans(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "“")
		if i < 0 {
			return out
		}
		s = s[i+len("“"):]
		j := strings.Index(s, "”")
		if j < 0 {
			return out
		}
		out = append(out, strings.TrimRight(s[:j], ".,"))
		s = s[j:]
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	p, _ := Demo()
	p.Statements[1].Included = false
	p.Statements[0].Extra["reviewer"] = "A. Analyst"
	p.Settings.Baseline = "g7"
	p.Settings.AddOverride(statement.Override{Action: statement.OverridePair, A: "kirby:s6", B: "iran:s1"})
	p.Settings.SetNote(NoteOnPassage, "kirby:s4", "Compare with the G7's 'brink of escalation'.")
	p.Add(statement.Statement{Title: "بیانیه", Language: "fa", Text: "ما پاسخ خواهیم داد."})
	path := filepath.Join(t.TempDir(), "cmp.parley")
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, got) {
		t.Errorf("loaded project differs from saved one:\n saved %+v\n got   %+v", p, got)
	}
}

func TestSaveKeepsBackupAndLeavesNoTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.parley")
	p := &Project{Title: "first"}
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	p.Title = "second"
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	cur, _ := Load(path)
	bak, err := Load(path + ".bak")
	if err != nil {
		t.Fatal(err)
	}
	if cur.Title != "second" || bak.Title != "first" {
		t.Errorf("current %q, backup %q; want second, first", cur.Title, bak.Title)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %v; want only the project and its backup", names)
	}
}

func TestSaveFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.parley")
	p := &Project{Title: "old"}
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	// A directory where the backup must go makes the save fail midway,
	// even for root.
	if err := os.MkdirAll(filepath.Join(path+".bak", "blocker"), 0o700); err != nil {
		t.Fatal(err)
	}
	p.Title = "new"
	if err := p.Save(path); err == nil {
		t.Fatal("save should fail when the backup cannot be written")
	}
	got, err := Load(path)
	if err != nil || got.Title != "old" {
		t.Errorf("old project damaged: %v %+v", err, got)
	}
	tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(tmps) != 0 {
		t.Errorf("temporary files left behind: %v", tmps)
	}
}

func TestUnmarshalRejectsBadFiles(t *testing.T) {
	p, _ := Demo()
	good, _ := p.Marshal()
	tests := []struct {
		name string
		data string
		want string
	}{
		{"empty", "", "empty"},
		{"not JSON", "PK\x03\x04 zip bytes", "not a readable Parley project"},
		{"truncated", string(good[:len(good)/2]), "damaged or truncated"},
		{"other JSON", `{"hello": "world"}`, "not a Parley project file"},
		{"newer format", `{"format":"parley-project","format_version":99,"statements":[]}`, "newer Parley"},
		{"duplicate ids", `{"format":"parley-project","format_version":1,"statements":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}`, "appears twice"},
		{"missing id", `{"format":"parley-project","format_version":1,"statements":[{"text":"x"}]}`, "has no id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Unmarshal("x.parley", []byte(tt.data))
			if err == nil || !strings.HasPrefix(err.Error(), "x.parley: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v: want one naming the file and saying %q", err, tt.want)
			}
		})
	}
}

// A project file cut short anywhere must be refused, never half-loaded.
func TestTruncatedProjectsAreRefused(t *testing.T) {
	p, _ := Demo()
	data, _ := p.Marshal()
	for pct := 0; pct < 100; pct += 10 {
		if _, err := Unmarshal("t.parley", data[:len(data)*pct/100]); err == nil {
			t.Errorf("project truncated at %d%% was accepted", pct)
		}
	}
}

func TestCloneIsDeep(t *testing.T) {
	p, _ := Demo()
	c := p.Clone()
	c.Statements[0].Extra["note"] = "changed"
	c.Statements[0].Title = "changed"
	if p.Statements[0].Extra["note"] == "changed" || p.Statements[0].Title == "changed" {
		t.Error("editing the clone changed the original")
	}
}

func TestNotesAndOverrides(t *testing.T) {
	var s Settings
	s.SetNote(NoteOnPair, "a:s1|b:s2", "first")
	s.SetNote(NoteOnPair, "a:s1|b:s2", "second")
	if s.Note("a:s1|b:s2") != "second" || len(s.Notes) != 1 {
		t.Errorf("notes %+v", s.Notes)
	}
	s.SetNote(NoteOnPair, "a:s1|b:s2", "")
	if len(s.Notes) != 0 {
		t.Errorf("an emptied note was kept: %+v", s.Notes)
	}
	s.AddOverride(statement.Override{Action: statement.OverrideUnpair, A: "a:s1", B: "b:s2"})
	s.AddOverride(statement.Override{Action: statement.OverridePair, A: "b:s2", B: "a:s1"})
	s.AddOverride(statement.Override{Action: statement.OverrideMove, A: "a:s1", Topic: "x"})
	s.AddOverride(statement.Override{Action: statement.OverrideMove, A: "a:s1", Topic: "y"})
	if len(s.Overrides) != 2 || s.Overrides[0].Action != statement.OverridePair || s.Overrides[1].Topic != "y" {
		t.Errorf("overrides %+v: a later correction must replace the earlier one", s.Overrides)
	}
}

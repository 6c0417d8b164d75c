package compare

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

const (
	readoutV1 = "us_readout_biden_netanyahu_2023-03-19_v1_original.txt"
	readoutV2 = "us_readout_biden_netanyahu_2023-03-19_v2_revised.txt"
)

// The readout and its revision are versions: the analysis diffs them
// against the baseline, marks the sentence the revision dropped, and keeps
// the diff so that asking again computes nothing.
func TestAnalysisComparesVersionsWithTheBaseline(t *testing.T) {
	sts := loadCorpus(t, readoutV1, readoutV2)
	a, err := Analyze(context.Background(), sts, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Baseline != sts[0].ID || a.ReportBaseline("") != sts[0].ID || a.ReportBaseline(sts[1].ID) != sts[1].ID {
		t.Fatalf("baseline %q (report baseline %q), want the first statement %q", a.Baseline, a.ReportBaseline(""), sts[0].ID)
	}
	if len(a.Versions) != 1 || a.Versions[0].From != sts[0].ID || a.Versions[0].To != sts[1].ID {
		t.Fatalf("versions: %+v", a.Versions)
	}
	if s := a.Versions[0].Summary; s.Deleted != 12 || s.Inserted != 0 {
		t.Errorf("the revision drops one 12-word sentence; summary %+v", s)
	}
	var changed []string
	for _, s := range a.Statements[0].Sentences {
		if s.Changed {
			changed = append(changed, s.Text)
		}
	}
	if len(changed) != 1 || !strings.Contains(changed[0], "West Bank") {
		t.Errorf("changed sentences of the original: %q, want the West Bank sentence", changed)
	}
	for _, s := range a.Statements[1].Sentences {
		if s.Changed {
			t.Errorf("the revision adds nothing, yet %s is marked changed", s.ID)
		}
	}
	again, err := a.VersionDiff(context.Background(), sts[0].ID, sts[1].ID, DiffOptions{})
	if err != nil || again.Summary != a.Versions[0].Summary {
		t.Fatalf("VersionDiff = %+v, %v", again, err)
	}
	once, _ := a.VersionDiff(context.Background(), sts[0].ID, sts[1].ID, DiffOptions{})
	if once != again {
		t.Error("the second request diffed again instead of reading the kept diff")
	}
	direct, err := DiffVersions(context.Background(), sts[0], sts[1], DiffOptions{})
	if err != nil || direct.Summary != again.Summary || len(direct.Ops) != len(again.Ops) {
		t.Errorf("DiffVersions = %+v, %v; the analysis kept %+v", direct.Summary, err, again.Summary)
	}
}

// Statements that are not versions of one text are not diffed as such,
// and no sentence of theirs is marked as changed.
func TestDifferentTextsAreNotVersions(t *testing.T) {
	a := analyze(t, demoStatements(t))
	if len(a.Versions) != 0 || a.ReportBaseline("") != "" || a.ReportBaseline("gone") != "" {
		t.Errorf("the demo's statements are not versions, yet: %+v", a.Versions)
	}
	for _, st := range a.Statements {
		for _, s := range st.Sentences {
			if s.Changed {
				t.Errorf("%s marked changed", s.ID)
			}
		}
	}
}

func TestVersionDiffErrors(t *testing.T) {
	sts := loadCorpus(t, readoutV1, readoutV2)
	a := analyze(t, sts)
	if _, err := a.VersionDiff(context.Background(), sts[0].ID, "nobody", DiffOptions{}); err == nil || !strings.Contains(err.Error(), "nobody") {
		t.Errorf("unknown statement: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.VersionDiff(ctx, sts[1].ID, sts[0].ID, DiffOptions{IgnoreCase: true}); err != context.Canceled {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
	if _, err := (&Analysis{}).VersionDiff(context.Background(), "a", "b", DiffOptions{}); err == nil {
		t.Error("an analysis without texts diffed")
	}
}

func TestChooseBaseline(t *testing.T) {
	sts := []statement.Statement{{ID: "a", Date: "2024-04-14"}, {ID: "b"}, {ID: "c", Date: "2023-05-20"}, {ID: "d", Date: "2024-06-14"}}
	tests := []struct {
		picked string
		rule   BaselineRule
		want   string
	}{
		{"", BaselineFirst, "a"},
		{"", "", "a"},
		{"", BaselineOldest, "c"},
		{"", BaselineNewest, "d"},
		{"b", BaselineNewest, "b"},
		{"gone", BaselineOldest, "c"},
	}
	for _, tt := range tests {
		if got := ChooseBaseline(sts, tt.picked, tt.rule); got != tt.want {
			t.Errorf("ChooseBaseline(%q, %q) = %q, want %q", tt.picked, tt.rule, got, tt.want)
		}
	}
	if got := ChooseBaseline(nil, "", BaselineFirst); got != "" {
		t.Errorf("no statements: %q", got)
	}
}

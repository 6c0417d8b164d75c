package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

func timelineRow(t *testing.T, tl Timeline, kind, label string) TimelineRow {
	t.Helper()
	for _, r := range tl.Rows {
		if r.Kind == kind && r.Label == label {
			return r
		}
	}
	t.Fatalf("no %s row %q", kind, label)
	return TimelineRow{}
}

// The three G7 communiqués as a series, checked by reading them: Iran is a
// subject of all three (2021: "Iran will never develop a nuclear weapon";
// 2023: "Iran must never develop a nuclear weapon", reworded), Israel first
// in 2023 (the meetings between Egypt, Israel, Jordan …) and stronger in
// 2024 ("Israel must fully comply with its obligations").
func TestTimelineOfTheG7Communiques(t *testing.T) {
	sts := loadCorpusGlob(t, "communiques/*.txt")
	slices.Reverse(sts) // the series is by date, whatever the order given
	a := analyzed(t, sts)
	tl := a.Timeline
	want := []string{"g7-communique-2021-carbis-bay-txt", "g7-communique-2023-hiroshima-txt", "g7-communique-2024-apulia-txt"}
	if !slices.Equal(tl.Statements, want) {
		t.Fatalf("series %v, want %v", tl.Statements, want)
	}
	iran := timelineRow(t, tl, RowSubject, "Iran")
	if marks := []string{iran.Cells[0].Mark, iran.Cells[1].Mark}; !slices.Equal(marks, []string{MarkFirst, MarkReworded}) {
		t.Errorf("Iran marks %v", marks)
	}
	says := func(c TimelineCell, words string) bool {
		return slices.ContainsFunc(c.Passages, func(id string) bool { return strings.Contains(a.Sentence(id).Text, words) })
	}
	if !says(iran.Cells[0], "Iran will never develop a nuclear weapon") || !says(iran.Cells[1], "Iran must never develop a nuclear weapon") {
		t.Error("the Iran row misses the nuclear weapon passages")
	}
	israel := timelineRow(t, tl, RowSubject, "Israel")
	if marks := []string{israel.Cells[0].Mark, israel.Cells[1].Mark, israel.Cells[2].Mark}; !slices.Equal(marks,
		[]string{MarkSilent, MarkFirst, MarkStrengthened}) {
		t.Errorf("Israel marks %v", marks)
	}
	if !says(israel.Cells[2], "Israel must fully comply") || israel.Cells[2].Strength != "high" {
		t.Errorf("Israel in 2024: strength %q", israel.Cells[2].Strength)
	}
	var reaffirm *TrackedPhrase
	for i, p := range tl.Phrases {
		if p.Phrase == "reaffirm our commitment" {
			reaffirm = &tl.Phrases[i]
		}
	}
	if reaffirm == nil || reaffirm.FirstDate != "2021-06-13" || reaffirm.LastDate != "2024-06-14" || len(reaffirm.Statements) != 3 {
		t.Errorf("tracked “reaffirm our commitment”: %+v", reaffirm)
	}
}

// The White House statements of April 2024 on Israel and Iran: at least
// ten formulas tracked, each first used where the timeline says, and used
// nowhere earlier in the series — checked against the texts themselves.
func TestTimelineOfAprilStatementsOnIsraelAndIran(t *testing.T) {
	var sts []statement.Statement
	for _, st := range loadCorpusGlob(t, "whitehouse-2024-04/*.txt") {
		if name := strings.ToLower(st.Title); strings.Contains(name, "israel") || strings.Contains(name, "iran") {
			sts = append(sts, st)
		}
	}
	if len(sts) < 8 {
		t.Fatalf("%d statements on Israel and Iran", len(sts))
	}
	a := analyzed(t, sts)
	tl := a.Timeline
	if len(tl.Phrases) < 10 {
		t.Fatalf("%d tracked phrases, want at least 10", len(tl.Phrases))
	}
	text := map[string]string{}
	for _, st := range sts {
		text[st.ID] = strings.ToLower(strings.Join(strings.Fields(st.Text), " "))
	}
	for _, p := range tl.Phrases {
		forms := append([]string{p.Phrase}, p.Variants...)
		uses := func(id string) bool {
			return slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(text[id], f) })
		}
		if p.FirstDate == "" || p.LastDate == "" || p.FirstDate > p.LastDate {
			t.Errorf("%q: first %q, last %q", p.Phrase, p.FirstDate, p.LastDate)
		}
		if !uses(p.First) || !uses(p.Last) {
			t.Errorf("%q is not in its first or last statement", p.Phrase)
		}
		for _, id := range tl.Statements {
			if id == p.First {
				break
			}
			if uses(id) {
				t.Errorf("%q is used in %s, before its first use %s", p.Phrase, id, p.First)
			}
		}
	}
}

func TestTimelineRowChanges(t *testing.T) {
	row := func(marks ...string) TimelineRow {
		var r TimelineRow
		for _, m := range marks {
			r.Cells = append(r.Cells, TimelineCell{Mark: m})
		}
		return r
	}
	for _, c := range []struct {
		r    TimelineRow
		want bool
	}{
		{row(MarkFirst, MarkUnchanged, MarkUnchanged), false},
		{row(MarkFirst, MarkReworded), true},
		{row(MarkSilent, MarkFirst), true},
		{row(MarkFirst), false},
		{row(), false},
	} {
		if got := c.r.Changes(); got != c.want {
			t.Errorf("%+v: Changes() = %v", c.r.Cells, got)
		}
	}
}

package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// An analyst's phrase is followed through the series by whole words,
// whatever the quotation marks, case or spacing.
func TestTrackPhrase(t *testing.T) {
	sts := []statement.Statement{
		{ID: "c", Title: "Third", Date: "2024-03-01", Text: "We urge Maximum   Restraint. All parties must show maximum restraint now."},
		{ID: "a", Title: "First", Date: "2024-01-01", Text: "We call for maximum restraint on all sides. The talks go on."},
		{ID: "b", Title: "Second", Date: "2024-02-01", Text: "The parties’ restraints were noted. Talks resumed in Muscat."},
	}
	a := analyzed(t, sts)
	tp := a.TrackPhrase("  maximum restraint ")
	if tp.Phrase != "maximum restraint" || !tp.Analyst {
		t.Errorf("phrase %q, analyst %v", tp.Phrase, tp.Analyst)
	}
	if !slices.Equal(tp.Statements, []string{"a", "c"}) || tp.First != "a" || tp.Last != "c" ||
		tp.FirstDate != "2024-01-01" || tp.LastDate != "2024-03-01" || tp.Uses != 3 {
		t.Errorf("tracked %+v", tp)
	}
	if !slices.Equal(tp.Sentences, []string{"a:s1", "c:s1", "c:s2"}) {
		t.Errorf("sentences %v", tp.Sentences)
	}
	if got := a.TrackPhrase("parties' restraints"); !slices.Equal(got.Statements, []string{"b"}) {
		t.Errorf("a curly apostrophe in the text, a straight one asked: %+v", got)
	}
	if got := a.TrackPhrase("restrain"); got.Uses != 0 {
		t.Errorf("part of a word matched: %+v", got)
	}
	if got := a.TrackPhrase("   "); got.Uses != 0 || len(got.Statements) != 0 {
		t.Errorf("an empty phrase matched: %+v", got)
	}
}

// Each actor's own commitments across the G7 communiqués: the G7 commits
// in all three, each cell naming its strongest and its kinds; the formulas
// found lead back to the sentences that use them.
func TestTimelineActorsAndPhraseSentences(t *testing.T) {
	a := analyzed(t, loadCorpusGlob(t, "communiques/*.txt"))
	var g7 *ActorSeries
	for i, r := range a.Timeline.Actors {
		if r.Actor == "G7" {
			g7 = &a.Timeline.Actors[i]
		}
	}
	if g7 == nil {
		t.Fatalf("no G7 row among %d actors", len(a.Timeline.Actors))
	}
	for k, c := range g7.Cells {
		if c.Statement != a.Timeline.Statements[k] || len(c.Commitments) == 0 || c.Strength == "" || len(c.Kinds) == 0 {
			t.Errorf("G7 in %s: %+v", a.Timeline.Statements[k], c)
		}
	}
	for _, p := range a.Timeline.Phrases {
		if len(p.Sentences) == 0 {
			t.Fatalf("%q leads to no sentence", p.Phrase)
		}
		first := strings.Fields(p.Phrase)[0]
		stem := first[:min(len(first), 4)] // formulas are matched by stem: "continuing to work" uses "continue to work"
		for _, id := range p.Sentences {
			if !strings.Contains(strings.ToLower(a.Sentence(id).Text), stem) {
				t.Errorf("%q: sentence %s does not use it: %q", p.Phrase, id, a.Sentence(id).Text)
				break
			}
		}
	}
}

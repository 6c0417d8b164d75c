package project

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/parley-app/parley/statement"
)

// pairOf is a Persian statement and its translation as read from their
// files: each names the other's file.
func pairOf() []statement.Statement {
	return []statement.Statement{
		{ID: "talks", Title: "گفت‌وگوها", Language: "fa", Translation: "talks.en.md", Text: "سخنگو گفت."},
		{ID: "talks", Title: "Talks", Language: "en", TranslationOf: "talks.fa.md", Text: "The spokesman said."},
	}
}

// TestTranslationLinkRoundTrips: once added together, an original and its
// translation name each other by ID (the IDs the project gave them), and a
// saved project keeps the link.
func TestTranslationLinkRoundTrips(t *testing.T) {
	p := &Project{}
	p.Add(statement.Statement{ID: "kirby", Title: "Kirby", Text: "We will respond."})
	p.AddLinked(pairOf(), []statement.TranslationPair{{Original: 0, Translation: 1}})
	fa, en := p.Statements[1].Statement, p.Statements[2].Statement
	if fa.ID != "talks" || en.ID != "talks-2" || fa.Translation != "talks-2" || en.TranslationOf != "talks" {
		t.Fatalf("linked %q → %q, %q ← %q", fa.ID, fa.Translation, en.ID, en.TranslationOf)
	}
	if p.Partner(1) != 2 || p.Partner(2) != 1 || p.Partner(0) != -1 {
		t.Errorf("partners %d %d %d", p.Partner(0), p.Partner(1), p.Partner(2))
	}
	path := filepath.Join(t.TempDir(), "pair.parley")
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Statements, p.Statements) {
		t.Errorf("the link did not survive saving:\n got %+v\nwant %+v", back.Statements, p.Statements)
	}
	if got := statement.TranslationPairs(back.Included()); !reflect.DeepEqual(got, []statement.TranslationPair{{Original: 1, Translation: 2}}) {
		t.Errorf("pairs after loading: %v", got)
	}

	// Removing the translation unlinks the original, so that a statement
	// added later with the translation's ID is not taken for it.
	back.Remove(2)
	if len(back.Statements) != 2 || back.Statements[1].Translation != "" {
		t.Errorf("after removing the translation: %+v", back.Statements)
	}
}

// TestAddLinkedJoinsAnOriginalLoadedEarlier: an original loaded alone
// (its translation was not there) is linked, not added again, when the
// translation is loaded later and brings the same original along.
func TestAddLinkedJoinsAnOriginalLoadedEarlier(t *testing.T) {
	sts := pairOf()
	p := &Project{}
	p.Add(sts[0])
	p.AddLinked([]statement.Statement{sts[1], sts[0]}, []statement.TranslationPair{{Original: 1, Translation: 0}})
	if len(p.Statements) != 2 {
		t.Fatalf("%d statements, want the original once and its translation", len(p.Statements))
	}
	if p.Statements[0].Translation != p.Statements[1].ID || p.Statements[1].TranslationOf != p.Statements[0].ID {
		t.Errorf("not linked: %+v", p.Statements)
	}
	// Loading the pair again adds both: the ones held are linked already.
	p.AddLinked(pairOf(), []statement.TranslationPair{{Original: 0, Translation: 1}})
	if len(p.Statements) != 4 || p.Statements[2].Translation != p.Statements[3].ID || p.Statements[0].Translation != p.Statements[1].ID {
		t.Errorf("a second pair: %+v", p.Statements)
	}
}

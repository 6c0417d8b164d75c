package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/importer/quotes"
	"github.com/parley-app/parley/project"
)

func TestImportArticle(t *testing.T) {
	ws := newTestWorkspace(t, &project.Project{}, "")
	ws.importArticle("testdata/article.txt")
	ws.bg.settle()
	dlg := ws.window.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no speaker review dialog")
	}
	var entries []*widget.Entry
	collectEntries(dlg, &entries)
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Text] = true
	}
	if !names["John Kirby"] {
		t.Fatalf("speakers found: %v; want John Kirby among them", names)
	}
	load := findButton(dlg, "Load as statements")
	test.Tap(load)
	ws.bg.settle()
	found := false
	for _, e := range ws.project.Statements {
		if strings.HasPrefix(e.Title, "John Kirby") && strings.Contains(e.Text, "incredible success") {
			found = true
		}
	}
	if !found {
		t.Errorf("Kirby's quotes were not loaded as a statement: %d statements", len(ws.project.Statements))
	}
}

func TestReviewedSpeakers(t *testing.T) {
	res := quotes.Result{Speakers: []quotes.Speaker{
		{Name: "a senior official", Quotes: []quotes.Quote{{Text: "one", Start: 10}, {Text: "three", Start: 30}}},
		{Name: "Kirby", Quotes: []quotes.Quote{{Text: "two", Start: 20}}},
		{Name: "noise", Quotes: []quotes.Quote{{Text: "x", Start: 5}}},
	}}
	got := reviewed(res, []string{"White House", "white house", "noise"}, []bool{true, true, false})
	if len(got.Speakers) != 1 || got.Speakers[0].Name != "White House" {
		t.Fatalf("review gave %+v", got.Speakers)
	}
	var texts []string
	for _, q := range got.Speakers[0].Quotes {
		texts = append(texts, q.Text)
	}
	if strings.Join(texts, ",") != "one,two,three" {
		t.Errorf("merged quotes %v are not in article order", texts)
	}
}

package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/ui/textview"
)

// TestDetailsOnItsOwn: the details panel explains a sentence of the
// analysis it is given, with the notes it looks up, and its buttons ask the
// window to act.
func TestDetailsOnItsOwn(t *testing.T) {
	test.NewTempApp(t)
	an, err := compare.Analyze(context.Background(), demo(t).Included(), compare.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, s := range an.Statements[1].Sentences { // Kirby
		if strings.Contains(s.Text, "need not spark") {
			id = s.ID
		}
	}
	var asked []string
	d := newDetails(detailsDeps{
		note: func(on string) string {
			if on == id {
				return "Softer than the White House line."
			}
			return ""
		},
		editNote:    func(kind, on, about string) { asked = append(asked, "note on "+kind+" "+on) },
		alignWith:   func(s string) { asked = append(asked, "align "+s) },
		moveToTopic: func(s string) { asked = append(asked, "move "+s) },
		unpair:      func(a, b string) { asked = append(asked, "unpair "+a+" "+b) },
		reveal:      func(s string) { asked = append(asked, "reveal "+s) },
	})
	d.show(an, id)
	text := d.text()
	for _, want := range []string{"Escalation and restraint", "Note: Softer than the White House line.", "Aligned with",
		"Why: phrases: regional conflict", "This passage (shared phrases marked)", "Not addressed by G7 leaders"} {
		if !strings.Contains(text, want) {
			t.Errorf("the panel lacks %q:\n%s", want, text)
		}
	}
	for _, b := range []string{"Note on this passage…", "Align with…", "Move to topic…"} {
		test.Tap(findButton(d.object(), b))
	}
	want := "note on passage " + id + "|align " + id + "|move " + id
	if got := strings.Join(asked, "|"); got != want {
		t.Errorf("the buttons asked %q, want %q", got, want)
	}
}

// TestDetailsNameNotIDs: no sentence of the demo is explained with an
// internal id (a statement's slug, "kirby:s3"): statements and passages are
// named as a reader knows them, same-titled ones apart.
func TestDetailsNameNotIDs(t *testing.T) {
	test.NewTempApp(t)
	sts := demo(t).Included()
	an, err := compare.Analyze(context.Background(), sts, compare.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := newDetails(detailsDeps{note: func(string) string { return "" }})
	sentenceID := regexp.MustCompile(`\b[\p{L}\d-]+:s\d+\b`)
	for _, st := range an.Statements {
		for _, s := range st.Sentences {
			d.show(an, s.ID)
			text := d.text()
			if m := sentenceID.FindString(text); m != "" {
				t.Fatalf("%s: the panel shows the id %q:\n%s", s.ID, m, text)
			}
			for _, other := range an.Statements {
				if strings.Contains(text, other.ID+":") || strings.Contains(text, "with "+other.ID) {
					t.Fatalf("%s: the panel names statement %q by its id:\n%s", s.ID, other.ID, text)
				}
			}
		}
	}
}

// TestDetailsRedlineNotColourOnly: a version pair's word diff in the panel
// strikes its deletions and underlines its insertions, as the Wording
// view's redline does, so it reads without colour.
func TestDetailsRedlineNotColourOnly(t *testing.T) {
	ws := newTestWorkspace(t, versionsProject(t, "../testdata/corpus/versions/g7_hiroshima_communique_2023-05-20_middle-east-iran-excerpt.txt",
		"../testdata/corpus/versions/g7_apulia_communique_2024-06-14_middle-east-iran-excerpt.txt"), "")
	for _, p := range ws.result.Pairs {
		if p.Kind != compare.KindVersion || len(ws.result.PairDiff(p)) < 2 {
			continue
		}
		ws.selectSentence(p.A)
		var strike, under bool
		var walk func(o fyne.CanvasObject)
		walk = func(o fyne.CanvasObject) {
			switch v := o.(type) {
			case *textview.FlowText:
				for _, r := range v.Runs() {
					strike = strike || (r.Strike && strings.TrimSpace(r.Text) != "")
					under = under || (r.Underline && strings.TrimSpace(r.Text) != "")
				}
			case *fyne.Container:
				for _, c := range v.Objects {
					walk(c)
				}
			}
		}
		walk(ws.details.box)
		if strike || under {
			return
		}
		t.Fatalf("the diff of %s and %s is marked by colour only:\n%s", p.A, p.B, ws.details.text())
	}
	t.Fatal("the communiqués' excerpts have no reworded sentence")
}

// TestDetailsSayRemovedInLaterVersion: a sentence of a readout that its
// revision dropped is explained as removed in the revision, not as a
// passage nothing was close enough to.
func TestDetailsSayRemovedInLaterVersion(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	a, b := ws.result.Statements[0].ID, ws.result.Statements[1].ID
	e, ok := ws.result.VersionEdits(a, b)
	if !ok || len(e.Removed) == 0 {
		t.Fatalf("the readout's revision removes nothing: %+v, %v", e, ok)
	}
	ws.selectSentence(e.Removed[0])
	text := ws.details.text()
	if !strings.Contains(text, "Removed in "+ws.result.Name(e.Later)) {
		t.Errorf("the panel does not say the sentence was removed in the revision:\n%s", text)
	}
	if strings.Contains(text, "no passage there is close enough") {
		t.Errorf("a removed sentence is explained as unaligned:\n%s", text)
	}
}

// TestDetailsQuoteRightToLeft: a Hebrew sentence is quoted in Parley's
// text widget (which lays right-to-left text out; Fyne's rich text would
// put its full stop outside the closing mark), in straight marks, which
// read the same from either side.
func TestDetailsQuoteRightToLeft(t *testing.T) {
	ws := newTestWorkspace(t, versionsProject(t, "../testdata/rtl/pmo-spokesperson.he.txt"), "")
	id := ws.result.Statements[0].Sentences[0].ID
	ws.selectSentence(id)
	var quote *textview.FlowText
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *textview.FlowText:
			if quote == nil {
				quote = v
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(ws.details.box)
	want := `"` + ws.result.Sentence(id).Text + `"`
	if quote == nil || quote.Text() != want {
		t.Fatalf("the Hebrew sentence is not quoted in the text widget: %v", quote)
	}
	if !strings.HasSuffix(want, `."`) {
		t.Errorf("the sentence's full stop is not inside the closing mark: %q", want)
	}
	// The Hebrew title is isolated in the heading, so "— sentence 1" keeps
	// its space beside it.
	if text := ws.details.text(); !strings.Contains(text, "\u2069 — sentence 1") {
		t.Errorf("the heading does not isolate the Hebrew title:\n%q", strings.SplitN(text, "\n", 2)[0])
	}
}

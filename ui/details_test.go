package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/compare"
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

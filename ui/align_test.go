package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
)

func TestManualAlignmentPersists(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	knew := rowContaining(t, ws, "kirby", "knew exactly")
	equation := rowContaining(t, ws, "iran", "new equation")
	if len(ws.result.Counterparts(knew.id)) != 0 {
		t.Fatal("the demo already aligns these; pick others")
	}
	ws.startPairing(knew.id)
	if n := ws.status.notice.Text; strings.Contains(n, knew.id) || !strings.Contains(n, `John Kirby on "State of the Union", sentence`) {
		t.Errorf("the status line names the passage by id, not by statement and place: %q", n)
	}
	tapRow(equation)
	if n := ws.status.notice.Text; strings.Contains(n, equation.id) {
		t.Errorf("the status line names the passage by id: %q", n)
	}
	ws.bg.settle()
	var manual *compare.Pair
	for i, p := range ws.result.Pairs {
		if p.A == knew.id && p.B == equation.id {
			manual = &ws.result.Pairs[i]
		}
	}
	if manual == nil || !manual.Manual {
		t.Fatalf("manual alignment missing after re-analysis: %+v", manual)
	}
	tapRow(rowContaining(t, ws, "kirby", "knew exactly"))
	if !strings.Contains(ws.details.text(), "aligned by the analyst") {
		t.Errorf("the details do not mark the alignment as the analyst's:\n%s", ws.details.text())
	}

	path := filepath.Join(t.TempDir(), "manual.parley")
	ws.saveTo(path)
	p, err := project.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	again := newTestWorkspace(t, p, path)
	found := false
	for _, pair := range again.result.Pairs {
		found = found || pair.Manual && pair.A == knew.id && pair.B == equation.id
	}
	if !found {
		t.Error("the manual alignment did not survive save and load")
	}

	again.unpair(knew.id, equation.id)
	again.bg.settle()
	for _, pair := range again.result.Pairs {
		if pair.A == knew.id && pair.B == equation.id {
			t.Error("unpair left the alignment in place")
		}
	}
}

// TestMoveToTopicOfOwnScheme: with the analyst's own topic scheme, Passage
// → Move to Topic… offers that scheme's topics (not the built-in ones), and
// the move holds after the analysis runs again, with no warning.
func TestMoveToTopicOfOwnScheme(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	scheme := filepath.Join(t.TempDir(), "mine.toml")
	os.WriteFile(scheme, []byte(`threshold = 3
[[topic]]
id = "air"
label = "Air defence"
description = "Interceptions"
[topic.cues]
intercept = 3
missile = 3
drone = 3
[[topic]]
id = "talks"
label = "Talks with Tehran"
description = "Negotiation"
[topic.cues]
negotiation = 3
talks = 3
`), 0o644)
	s := ws.settings
	s.topicsFile = scheme
	if err := ws.setSettings(s); err != nil {
		t.Fatal(err)
	}
	ws.bg.settle()
	knew := rowContaining(t, ws, "kirby", "knew exactly")

	ws.moveToTopicDialog(knew.id)
	form := ws.window.Canvas().Overlays().Top()
	choice := findSelect(form)
	if choice == nil {
		t.Fatal("no topic choice in the Move to Topic dialog")
	}
	if got := strings.Join(choice.Options, "|"); got != "Air defence|Talks with Tehran" {
		t.Fatalf("the dialog offers %q, want the topics of the scheme in use", got)
	}
	choice.SetSelected("Talks with Tehran")
	test.Tap(findButton(form, "Move"))
	ws.bg.settle()

	if len(ws.result.Warnings) != 0 {
		t.Errorf("warnings after the move: %q", ws.result.Warnings)
	}
	moved := false
	for _, tc := range ws.result.Sentence(knew.id).Topics {
		moved = moved || tc.Topic == "talks" && tc.Manual
	}
	if !moved {
		t.Errorf("%s is on %+v, want the analyst's topic talks", knew.id, ws.result.Sentence(knew.id).Topics)
	}
	if got := ws.result.Topics[ws.topicIndex["talks"]].Passages["kirby"]; !slices.Contains(got, knew.id) {
		t.Errorf("the topic's passages of kirby are %q, want %s among them", got, knew.id)
	}
}

func findSelect(o fyne.CanvasObject) *widget.Select {
	switch v := o.(type) {
	case *widget.Select:
		return v
	case *fyne.Container:
		for _, c := range v.Objects {
			if s := findSelect(c); s != nil {
				return s
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			if s := findSelect(c); s != nil {
				return s
			}
		}
	}
	return nil
}

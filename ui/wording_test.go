package ui

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordingViewScrollsToEachChange: in a 19,000-word communiqué and its
// revision, every change F7 steps to is on screen, in both layouts.
func TestWordingViewScrollsToEachChange(t *testing.T) {
	p := versionsProject(t, "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt", "../compare/worddiff/testdata/hiroshima-revised.txt")
	ws := newTestWorkspace(t, p, "")
	ws.tabs.SelectIndex(wordingTab)
	v := ws.wording
	for _, layout := range []string{inlineLayout, sideBySideLayout} {
		v.layout.SetSelected(layout)
		if v.width <= 0 || len(v.heights) != len(v.text) {
			t.Fatalf("%s: %d of %d paragraphs measured, at width %.0f", layout, len(v.heights), len(v.text), v.width)
		}
		moved := false
		for range v.changes {
			v.next()
			c := v.changes[v.current]
			y := v.paragraphTop(c.paragraph) + v.changeTop(c)
			top, bottom := v.redline.GetScrollOffset(), v.redline.GetScrollOffset()+v.redline.Size().Height
			moved = moved || top > 0
			if y < top || y > bottom {
				t.Errorf("%s, change %d (%s): its line at %.0f, the view shows %.0f–%.0f", layout, v.current+1, describeChange(c.op), y, top, bottom)
			}
		}
		if !moved {
			t.Errorf("%s: stepping through %d changes never scrolled the redline", layout, len(v.changes))
		}
	}
}

// TestWordingViewAgainstAllOthers: "All others" diffs the first statement
// against each other one, a titled section each, with every section's
// changes in the list and the summary adding them up.
func TestWordingViewAgainstAllOthers(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	v := ws.wording
	v.selB.SetSelected(allOthers)
	ws.bg.settle()
	if len(v.diffs) != len(ws.project.Included())-1 {
		t.Fatalf("%d sections, want one per other statement (%d)", len(v.diffs), len(ws.project.Included())-1)
	}
	sections := map[int]bool{}
	for _, c := range v.changes {
		sections[c.section] = true
	}
	if len(sections) != len(v.diffs) {
		t.Errorf("changes come from %d sections of %d", len(sections), len(v.diffs))
	}
	headings := 0
	for _, p := range v.text {
		if strings.Contains(p.inline[0].text, "Against “") {
			headings++
		}
	}
	if headings != len(v.diffs) {
		t.Errorf("%d section headings, want %d", headings, len(v.diffs))
	}
	if !strings.Contains(v.summary.Text, "against 4 statements") {
		t.Errorf("summary %q", v.summary.Text)
	}
	for range 3 {
		v.next()
	}
	if v.position.Text != fmt.Sprintf("change 3 of %d", len(v.changes)) {
		t.Errorf("after three steps: %q", v.position.Text)
	}
}

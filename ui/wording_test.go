package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

func TestWordingViewStepsThroughChanges(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	v := ws.wording
	if len(v.changes) != 1 || v.changes[0].op.Op != "delete" || !strings.Contains(v.changes[0].op.Text, "West Bank") {
		t.Fatalf("changes %+v, want the one deleted West Bank sentence", v.changes)
	}
	if !strings.Contains(v.summary.Text, "0 words inserted · 12 deleted") {
		t.Errorf("summary %q", v.summary.Text)
	}

	ws.window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF7}) // F7: next change
	if ws.tabs.SelectedIndex() != wordingTab || v.current != 0 || v.position.Text != "change 1 of 1" {
		t.Errorf("after F7: tab %d, current %d, %q", ws.tabs.SelectedIndex(), v.current, v.position.Text)
	}
	seg := v.text[v.changes[0].paragraph].inline[v.changes[0].segment]
	if !strings.HasPrefix(seg.Text, changeMarker) {
		t.Errorf("the current change is not marked: %q", seg.Text)
	}
	shortcuts := ws.window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	shortcuts.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt})
	if v.current != 0 || v.position.Text != "change 1 of 1" {
		t.Errorf("Alt+Up with one change should stay on it: %d %q", v.current, v.position.Text)
	}

	v.kinds.SetSelected(inserted)
	if len(v.shown) != 0 {
		t.Errorf("filter Inserted shows %d changes", len(v.shown))
	}
	v.kinds.SetSelected(deleted)
	if len(v.shown) != 1 {
		t.Errorf("filter Deleted shows %d changes", len(v.shown))
	}
}

// TestWordingViewSideBySide: the side-by-side layout puts the deleted
// sentence in the original's column only, paragraphs facing each other, and
// F7 marks the change there.
func TestWordingViewSideBySide(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	v := ws.wording
	ws.window.Canvas().Focus(v.ignoreCase) // as after a click on a control of the view
	v.layout.SetSelected(sideBySideLayout)
	if f := ws.window.Canvas().Focused(); f != nil {
		t.Errorf("after choosing the layout, %T keeps the keyboard: F7 would not reach the window", f)
	}
	if !v.sideBySide() || len(v.titles.Objects) == 0 || len(v.text) == 0 {
		t.Fatalf("side by side: layout %q, %d title rows, %d paragraphs", v.layout.Selected, len(v.titles.Objects), len(v.text))
	}
	// A row as the list shows it.
	row := func(p int) *redlineRow {
		r := newRedlineRow()
		r.show(v.text[p], v.sideBySide())
		r.Resize(fyne.NewSize(800, 200))
		return r
	}
	c := v.changes[0]
	r := row(c.paragraph)
	left, right := r.a.Text(), r.b.Text()
	if !strings.Contains(left, "West Bank") || strings.Contains(right, "West Bank") || r.inline.Visible() {
		t.Errorf("paragraph %d: original %q, revision %q; want the West Bank sentence on the left only", c.paragraph, left, right)
	}
	if r.b.Position().X < r.a.Position().X+r.a.Size().Width {
		t.Errorf("the columns overlap: left ends at %.0f, right starts at %.0f", r.a.Position().X+r.a.Size().Width, r.b.Position().X)
	}
	if c.sides[1] != -1 || c.sides[0] < 0 {
		t.Errorf("a deletion's runs: %v", c.sides)
	}
	for i := range v.text {
		if r := row(i); i != c.paragraph && r.a.Text() != r.b.Text() {
			t.Errorf("unchanged paragraph %d differs between the columns", i)
		}
	}
	ws.window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF7})
	if run := row(c.paragraph).a.Runs()[c.sides[0]]; !strings.HasPrefix(run.Text, changeMarker) || !strings.Contains(run.Text, "West Bank") {
		t.Errorf("F7 did not mark the deletion in the left column: %q", run.Text)
	}
	v.layout.SetSelected(inlineLayout)
	if r := row(c.paragraph); !r.inline.Visible() || r.a.Visible() || !strings.HasPrefix(r.inline.Runs()[c.segment].Text, changeMarker) {
		t.Errorf("back to the inline redline, the current change is not marked")
	}
	if len(v.titles.Objects) != 0 {
		t.Error("the column titles stay over the inline redline")
	}
}

func TestWordingViewIgnoreCase(t *testing.T) {
	p := &project.Project{}
	p.Add(statement.Statement{Title: "Draft", Text: "We Condemn the attack. We will help."},
		statement.Statement{Title: "Final", Text: "we condemn the Attack. We will help."})
	ws := newTestWorkspace(t, p, "")
	if len(ws.wording.changes) == 0 {
		t.Fatal("case differences not shown")
	}
	ws.wording.ignoreCase.SetChecked(true)
	ws.bg.settle()
	if len(ws.wording.changes) != 0 || ws.wording.position.Text != "No differences in wording" {
		t.Errorf("with Ignore case: %d changes, %q", len(ws.wording.changes), ws.wording.position.Text)
	}
}

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

// TestWordingViewAgainstAllOthers: "All others" with the demo, none of
// whose statements is a version of another, lists the first statement's
// pairs with all the others, each row naming its statement; compared as
// versions anyway, it diffs the first statement against each other one, a
// titled section each, with every section's changes in the list and the
// summary adding them up.
func TestWordingViewAgainstAllOthers(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	v := ws.wording
	v.selB.SetSelected(allOthers)
	ws.bg.settle()
	if !v.pairMode || len(v.pairs) == 0 || len(v.diffs) != 0 {
		t.Fatalf("All others of the demo: pair mode %v, %d pairs, %d diffs; want the pairs listed", v.pairMode, len(v.pairs), len(v.diffs))
	}
	against := map[int]bool{}
	for _, e := range v.pairs {
		against[e.order[1]] = true
		if name := e.sides[1][0].Text; !strings.HasSuffix(name, "\n") || !slices.Contains(v.selB.Options, strings.TrimSpace(name)) {
			t.Errorf("a row of several statements' pairs does not name the other statement over its passage: %q", name)
		}
	}
	if len(against) < 2 {
		t.Errorf("the pairs come from %d other statements", len(against))
	}
	if !strings.Contains(v.notice.Text, "None of the others is a version") || v.noticeButton.Text != allAsVersions {
		t.Errorf("notice %q, button %q", v.notice.Text, v.noticeButton.Text)
	}
	test.Tap(findButton(v.object(), allAsVersions))
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
		if strings.Contains(p.inline[0].Text, "Against “") {
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

// TestWordingViewOnItsOwn: the Wording view shows the version diff the
// analysis it is given computes, through the background runner it is
// given, and gives the keyboard back after each use of its controls.
func TestWordingViewOnItsOwn(t *testing.T) {
	test.NewTempApp(t)
	bg := newBackground()
	bg.useQueue()
	unfocused := 0
	v := newWordingView(wordingDeps{bg: bg, failed: func(err error) { t.Error(err) }, unfocus: func() { unfocused++ }})
	sts := []statement.Statement{
		{ID: "draft", Title: "Draft", Text: "We condemn the attack."},
		{ID: "final", Title: "Final", Text: "We strongly condemn the attack."},
	}
	v.setStatements(sts, "draft")
	bg.settle()
	if len(v.changes) != 0 || !strings.Contains(v.position.Text, "analysis") {
		t.Fatalf("before the analysis: changes %+v, position %q; want it waiting", v.changes, v.position.Text)
	}
	an, err := compare.Analyze(context.Background(), sts, compare.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v.setAnalysis(an)
	bg.settle()
	if len(v.changes) != 1 || v.changes[0].op.Op != "insert" || !strings.Contains(v.summary.Text, "1 word inserted") {
		t.Fatalf("changes %+v, summary %q; want the one inserted word", v.changes, v.summary.Text)
	}
	before := unfocused
	v.layout.SetSelected(sideBySideLayout)
	v.next()
	if unfocused == before || v.position.Text != "change 1 of 1" {
		t.Errorf("unfocused %d times, position %q", unfocused-before, v.position.Text)
	}
}

// TestCompareMenusTellVersionsApart: a readout and its revision share
// title and date; the Compare menus name them so that each reads apart in
// the width the menu shows.
func TestCompareMenusTellVersionsApart(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	opts := ws.wording.selA.Options
	if len(opts) != 2 {
		t.Fatalf("options %q", opts)
	}
	for i, o := range opts {
		if n := len([]rune(o)); n > 50 {
			t.Errorf("option %q is %d characters: the menu cuts it", o, n)
		}
		if want := fmt.Sprintf("(2023-03-19, %d of 2)", i+1); !strings.HasSuffix(o, want) {
			t.Errorf("option %q does not end with %q", o, want)
		}
	}
}

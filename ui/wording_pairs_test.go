package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/ui/textview"
)

// chooseStatements compares statement a with statement b (ids) in the
// Wording view, as the analyst would with its two choices.
func chooseStatements(t *testing.T, ws *Workspace, a, b string) {
	t.Helper()
	index := func(id string) int {
		for i, st := range ws.wording.statements {
			if st.ID == id {
				return i
			}
		}
		t.Fatalf("no statement %s in the Wording view", id)
		return -1
	}
	ws.wording.selA.SetSelectedIndex(index(a))
	ws.wording.selB.SetSelectedIndex(index(b))
	ws.bg.settle()
}

// pairRowOf is pair i as the list shows it, at a width of 900.
func pairRowOf(v *wordingView, i int) *pairRow {
	r := newPairRow()
	r.show(v.pairs[i])
	_, h := pairHeights(v.pairs[i], 900)
	r.Resize(fyne.NewSize(900, h))
	return r
}

// marked returns the runs marked as shared phrases.
func marked(runs []textview.Run) []string {
	var out []string
	for _, r := range runs {
		if r.Style.Bold && r.Highlight != "" {
			out = append(out, r.Text)
		}
	}
	return out
}

// TestWordingViewListsPairsOfNonVersions: the demo's White House statement
// and Kirby's are not versions of one text, so the Wording view lists their
// aligned passages, in the White House's order, each with its topic, kind
// and score and the phrases both share marked on both sides, instead of a
// redline; F7 steps through them.
func TestWordingViewListsPairsOfNonVersions(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(wordingTab)
	chooseStatements(t, ws, "white-house", "kirby")
	v := ws.wording
	if ws.result.AreVersions("white-house", "kirby") {
		t.Fatal("the premise: the White House and Kirby read as versions of one text")
	}
	want := len(ws.result.PairsBetween("white-house", "kirby"))
	if !v.pairMode || len(v.pairs) != want || want == 0 || len(v.diffs) != 0 || len(v.changes) != 0 {
		t.Fatalf("pair mode %v, %d pairs (want %d), %d diffs, %d changes", v.pairMode, len(v.pairs), want, len(v.diffs), len(v.changes))
	}
	if v.redlineArea.Visible() || !v.pairArea.Visible() || v.layout.Visible() {
		t.Error("the redline (or its layout choice) shows in pair mode")
	}
	if !v.noticeRow.Visible() || !strings.Contains(v.notice.Text, "not versions of one text") ||
		!strings.Contains(v.notice.Text, plural(want, "aligned passage")) || v.noticeButton.Text != asVersionsAnyway {
		t.Errorf("notice %q, button %q", v.notice.Text, v.noticeButton.Text)
	}
	if !strings.Contains(v.notice.Text, "Not addressed by the other: ") || !strings.Contains(v.summary.Text, "related") {
		t.Errorf("notice %q, summary %q", v.notice.Text, v.summary.Text)
	}
	prev := -1
	shared := false
	for i, e := range v.pairs {
		ref, _ := ws.result.Locate(e.first)
		if ws.result.Statements[ref.Statement].ID != "white-house" || ref.Sentence < prev {
			t.Errorf("pair %d: left passage %s, after sentence %d; want the White House's, in order", i, e.first, prev)
		}
		prev = ref.Sentence
		r := pairRowOf(v, i)
		if !strings.Contains(r.header.Text(), ws.result.TopicLabel(e.pair.Topic)) || !strings.Contains(r.header.Text(), "score") {
			t.Errorf("pair %d: header %q lacks the topic or the score", i, r.header.Text())
		}
		if !strings.Contains(r.a.Text(), ws.result.Sentence(e.first).Text[:20]) {
			t.Errorf("pair %d: the left column %q is not the White House's passage", i, r.a.Text())
		}
		if r.b.Position().X < r.a.Position().X+r.a.Size().Width || r.a.Position().Y < r.header.Size().Height {
			t.Errorf("pair %d: the header and the two passages overlap", i)
		}
		if a, b := marked(r.a.Runs()), marked(r.b.Runs()); len(a) > 0 && len(b) > 0 {
			shared = true
		}
		if e.pair.A == "white-house:s1" && e.pair.B == "kirby:s4" &&
			(!slicesContain(marked(r.a.Runs()), "regional conflict") || !slicesContain(marked(r.b.Runs()), "regional conflict")) {
			t.Errorf("“regional conflict” is not marked on both sides: %q, %q", marked(r.a.Runs()), marked(r.b.Runs()))
		}
	}
	if !shared {
		t.Error("no row marks a shared phrase on both sides")
	}
	if len(visiblePairRows(v.object())) == 0 || v.pairWidth <= 0 {
		t.Errorf("the list shows no pair rows (width %.0f)", v.pairWidth)
	}

	ws.window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF7})
	if v.currentPair != 0 || v.position.Text != "passage 1 of "+strconv.Itoa(want) {
		t.Errorf("after F7: pair %d, %q", v.currentPair, v.position.Text)
	}
	ws.previousChange()
	ws.previousChange()
	if v.currentPair != want-2 {
		t.Errorf("two steps back from the first: pair %d, want %d", v.currentPair, want-2)
	}
	if f := ws.window.Canvas().Focused(); f != nil {
		t.Errorf("after stepping, %T keeps the keyboard", f)
	}
}

// TestWordingViewVersionsKeepTheRedline: the readout's two versions are
// redlined as before, with no notice and no pair list.
func TestWordingViewVersionsKeepTheRedline(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	v := ws.wording
	if v.pairMode || v.noticeRow.Visible() || !v.redlineArea.Visible() || v.pairArea.Visible() {
		t.Fatalf("versions: pair mode %v, notice %q", v.pairMode, v.notice.Text)
	}
	if len(v.diffs) != 1 || len(v.changes) != 1 || len(v.text) == 0 {
		t.Errorf("%d diffs, %d changes, %d paragraphs", len(v.diffs), len(v.changes), len(v.text))
	}
	if v.ignoreCase.Disabled() {
		t.Error("Ignore case is disabled with a redline")
	}
}

// TestWordingViewComparesAsVersionsAnyway: the analyst can redline two
// statements that are not versions, is told it is their choice, and can go
// back to the pairs; the choice holds for that choice of statements only.
func TestWordingViewComparesAsVersionsAnyway(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	chooseStatements(t, ws, "white-house", "kirby")
	v := ws.wording
	test.Tap(findButton(v.object(), asVersionsAnyway))
	ws.bg.settle()
	if v.pairMode || len(v.diffs) != 1 || len(v.changes) == 0 || !v.redlineArea.Visible() {
		t.Fatalf("as versions anyway: pair mode %v, %d diffs, %d changes", v.pairMode, len(v.diffs), len(v.changes))
	}
	if !strings.Contains(v.notice.Text, "at your choice") || v.noticeButton.Text != backToPairs {
		t.Errorf("notice %q, button %q", v.notice.Text, v.noticeButton.Text)
	}
	ws.nextChange()
	if v.current != 0 {
		t.Errorf("F7 in the chosen redline: change %d", v.current)
	}

	chooseStatements(t, ws, "white-house", "g7") // another choice: its own mode
	if !v.pairMode {
		t.Error("the choice for Kirby carried over to the G7")
	}
	chooseStatements(t, ws, "white-house", "kirby")
	if v.pairMode {
		t.Error("the analyst's choice for Kirby was forgotten")
	}
	test.Tap(findButton(v.object(), backToPairs))
	ws.bg.settle()
	if !v.pairMode || len(v.pairs) == 0 || v.noticeButton.Text != asVersionsAnyway {
		t.Errorf("back to the pairs: pair mode %v, %d pairs, button %q", v.pairMode, len(v.pairs), v.noticeButton.Text)
	}
}

// TestWordingViewNoPairs: two statements none of whose passages align say
// so, and stepping through their (no) pairs does nothing.
func TestWordingViewNoPairs(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(wordingTab)
	chooseStatements(t, ws, "kirby", "iran")
	v := ws.wording
	if n := len(ws.result.PairsBetween("kirby", "iran")); n != 0 {
		t.Fatalf("the premise: Kirby and the IRGC share %d pairs", n)
	}
	if !v.pairMode || len(v.pairs) != 0 || v.position.Text != noPairs || !strings.Contains(v.notice.Text, "none of their passages align") {
		t.Fatalf("pair mode %v, %d pairs, position %q, notice %q", v.pairMode, len(v.pairs), v.position.Text, v.notice.Text)
	}
	ws.nextChange()
	ws.previousChange()
	v.next()
	if v.currentPair != -1 || v.position.Text != noPairs {
		t.Errorf("after stepping: pair %d, %q", v.currentPair, v.position.Text)
	}
}

// TestPairRedlineFromEitherSide: a version pair's redline puts the first
// statement's words on the left whichever side of the pair it is, with no
// space before a full stop.
func TestPairRedlineFromEitherSide(t *testing.T) {
	ops := []compare.DiffOp{{Op: compare.DiffEqual, Text: "We"}, {Op: compare.DiffInsert, Text: "strongly"}, {Op: compare.DiffEqual, Text: "condemn it"}, {Op: compare.DiffDelete, Text: "today"}, {Op: compare.DiffEqual, Text: "."}}
	text := func(runs []textview.Run) string {
		var b strings.Builder
		for _, r := range runs {
			b.WriteString(r.Text)
		}
		return strings.TrimSpace(b.String())
	}
	sides := pairRedline(ops, false)
	if text(sides[0]) != "We condemn it today." || text(sides[1]) != "We strongly condemn it." || sides[1][1].Color != theme.ColorNameSuccess {
		t.Errorf("from A: %q | %q", text(sides[0]), text(sides[1]))
	}
	sides = pairRedline(ops, true)
	if text(sides[0]) != "We strongly condemn it." || text(sides[1]) != "We condemn it today." || sides[0][1].Color != theme.ColorNameError {
		t.Errorf("from B: %q | %q", text(sides[0]), text(sides[1]))
	}
}

// visiblePairRows are the pair rows the list has built.
func visiblePairRows(o fyne.CanvasObject) []*pairRow {
	var out []*pairRow
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *pairRow:
			out = append(out, v)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func slicesContain(list []string, s string) bool {
	for _, x := range list {
		if strings.TrimSpace(x) == s {
			return true
		}
	}
	return false
}

// TestWordingViewAllOthersMixed: "All others" redlines the others that are
// versions of the first statement and names those left out, which the
// analyst can redline too.
func TestWordingViewAllOthersMixed(t *testing.T) {
	p := versionsProject(t, "../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v1_original.txt",
		"../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v2_revised.txt",
		"../testdata/corpus/whitehouse-2024-04/2024-04-04-readout-of-president-joe-bidens-call-with-prime-minister-netanyahu-of-israel-3.txt")
	ws := newTestWorkspace(t, p, "")
	v := ws.wording
	v.selA.SetSelectedIndex(0)
	v.selB.SetSelected(allOthers)
	ws.bg.settle()
	if v.pairMode || len(v.diffs) != 1 {
		t.Fatalf("pair mode %v, %d diffs; want the one version redlined", v.pairMode, len(v.diffs))
	}
	if !strings.Contains(v.notice.Text, "left out") || !strings.Contains(v.notice.Text, "Readout") || v.noticeButton.Text != allAsVersions {
		t.Errorf("notice %q, button %q", v.notice.Text, v.noticeButton.Text)
	}
	test.Tap(findButton(v.object(), allAsVersions))
	ws.bg.settle()
	if v.pairMode || len(v.diffs) != 2 || !strings.Contains(v.notice.Text, "1 of the 2 others") {
		t.Errorf("all as versions: %d diffs, notice %q", len(v.diffs), v.notice.Text)
	}
}

// TestWordingViewPairsOfCommuniques: two G7 communiqués a year apart are
// not versions of one text but share a couple of hundred aligned passages;
// the list holds them all (building only the rows in view), shows a
// version pair as its word redline, and F7 scrolls each pair into view.
func TestWordingViewPairsOfCommuniques(t *testing.T) {
	p := versionsProject(t, "../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt", "../testdata/corpus/communiques/g7-communique-2024-apulia.txt")
	ws := newTestWorkspace(t, p, "")
	ws.tabs.SelectIndex(wordingTab)
	v := ws.wording
	if !v.pairMode || len(v.pairs) < 100 {
		t.Fatalf("pair mode %v with %d pairs", v.pairMode, len(v.pairs))
	}
	if rows := len(visiblePairRows(v.object())); rows == 0 || rows > 40 {
		t.Errorf("%d rows built for %d pairs; want only those in view", rows, len(v.pairs))
	}
	redlined := false
	for _, e := range v.pairs {
		if e.pair.Kind != compare.KindVersion {
			continue
		}
		for _, r := range e.sides[0] {
			redlined = redlined || r.Color == theme.ColorNameError
		}
	}
	if !redlined {
		t.Error("no version pair shows its words deleted in red")
	}
	for step := range 60 {
		ws.nextChange()
		if v.currentPair != step {
			t.Fatalf("step %d: pair %d", step, v.currentPair)
		}
		top := float32(0)
		for i := range v.currentPair {
			_, h := pairHeights(v.pairs[i], v.pairWidth)
			top += h + theme.Padding()
		}
		from, to := v.pairList.GetScrollOffset(), v.pairList.GetScrollOffset()+v.pairList.Size().Height
		if top < from-1 || top > to {
			t.Errorf("pair %d starts at %.0f, the list shows %.0f–%.0f", v.currentPair, top, from, to)
		}
	}
	if v.pairList.GetScrollOffset() <= 0 {
		t.Error("stepping through 60 pairs never scrolled the list")
	}
}

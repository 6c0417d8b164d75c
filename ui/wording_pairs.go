package ui

// The Wording view's pair mode. A redline of two statements that are not
// versions of one text strikes one whole and underlines the other: noise.
// For such statements the view lists instead the pairs of sentences the
// analysis aligned between them, in the order of the first statement, each
// with its topic, kind and score and the two passages side by side: the
// word redline of a version pair, else each passage with the phrases both
// share marked. The analyst can still ask for the redline ("Compare as
// versions anyway"), and come back.
//
// With "All others", the others that are versions of the first statement
// are redlined, a section each, as before; those that are not are named
// above the redline, to be chosen one at a time for their pairs. When none
// of the others is a version, the pairs with all of them are listed, each
// row naming its statement.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/ui/textview"
)

// pairEntry is one row of the pair list: an aligned pair seen from the
// first statement, its passage on the left.
type pairEntry struct {
	pair   compare.Pair
	first  string            // the first statement's sentence of the pair
	header []textview.Run    // topic, kind, score
	sides  [2][]textview.Run // the first statement's passage, the other's
	order  [3]int            // sort key: first's sentence, other statement, other's sentence
}

// The buttons of the notice above the view.
const (
	asVersionsAnyway = "Compare as versions anyway"
	allAsVersions    = "Compare all as versions anyway"
	backToPairs      = "Show aligned passages instead"
)

// noPairs is what the view says when no passage of the two statements aligns.
const noPairs = "No passages of these statements align."

// choiceKey names a choice of statements, for the analyst's "as versions".
func (v *wordingView) choiceKey() string {
	ia, ib := v.selA.SelectedIndex(), v.selB.SelectedIndex()
	if ia < 0 || ia >= len(v.statements) {
		return ""
	}
	to := allOthers
	if ib >= 0 && ib < len(v.statements) {
		to = v.statements[ib].ID
	}
	return v.statements[ia].ID + "\x00" + to
}

// splitVersions divides the others (indexes into the statements) into
// those to redline, being versions of the first statement or the analyst
// having asked for it, and those whose pairs are listed instead.
func (v *wordingView) splitVersions(an *compare.Analysis, ia int, others []int) (versions, rest []int) {
	forced := v.asVersions[v.choiceKey()]
	for _, i := range others {
		if forced || i == ia || an.AreVersions(v.statements[ia].ID, v.statements[i].ID) { // a statement with itself: no differences
			versions = append(versions, i)
		} else {
			rest = append(rest, i)
		}
	}
	return versions, rest
}

// toggleVersions switches the current choice of statements between the
// redline and the list of pairs.
func (v *wordingView) toggleVersions() {
	v.release()
	key := v.choiceKey()
	if v.asVersions[key] {
		delete(v.asVersions, key)
	} else {
		v.asVersions[key] = true
	}
	v.recompute()
}

// setNotice shows the explanation above the view, with the button that
// switches modes; an empty text hides it.
func (v *wordingView) setNotice(text, button string) {
	v.notice.SetText(text)
	v.noticeButton.SetText(button)
	if text == "" {
		v.noticeRow.Hide()
	} else {
		v.noticeRow.Show()
	}
	if button == "" {
		v.noticeButton.Hide()
	} else {
		v.noticeButton.Show()
	}
}

// redlineNotice explains a redline of statements not all of which are
// versions: the analyst asked for it, or (All others) some were left out.
func (v *wordingView) redlineNotice(an *compare.Analysis, ia int, versions, rest []int) {
	notVersions := 0
	for _, i := range versions {
		if i != ia && !an.AreVersions(v.statements[ia].ID, v.statements[i].ID) {
			notVersions++
		}
	}
	if notVersions > 0 { // the analyst's choice
		text := "Compared as versions at your choice: these statements do not read as versions of one text."
		if len(versions) > 1 {
			verb := map[bool]string{true: "does", false: "do"}[notVersions == 1]
			text = fmt.Sprintf("Compared as versions at your choice: %d of the %d others %s not read as versions of this text.", notVersions, len(versions), verb)
		}
		v.setNotice(text, backToPairs)
		return
	}
	if len(rest) == 0 {
		v.setNotice("", "")
		return
	}
	names := make([]string, len(rest))
	for k, i := range rest {
		names[k] = "“" + clip.Text(v.statements[i].DisplayTitle(), 40) + "”"
	}
	are := map[bool]string{true: "is a version", false: "are versions"}[len(versions) == 1]
	v.setNotice(fmt.Sprintf("Redlined against the %s that %s of this text; not versions, so left out: %s (choose one alone to list its aligned passages).",
		plural(len(versions), "other"), are, strings.Join(names, ", ")), allAsVersions)
}

// setPairMode shows the pair list (on) or the redline with its change list.
func (v *wordingView) setPairMode(on bool) {
	v.pairMode = on
	if on {
		v.redlineArea.Hide()
		v.layout.Hide()
		v.ignoreCase.Disable() // the pairs' diffs are the analysis's, with neither option
		v.ignorePunc.Disable()
		v.pairArea.Show()
	} else {
		v.pairArea.Hide()
		v.layout.Show()
		v.ignoreCase.Enable()
		v.ignorePunc.Enable()
		v.redlineArea.Show()
	}
}

// showPairs lists the pairs between the first statement (ia) and the
// others, in the order of the first statement's sentences.
func (v *wordingView) showPairs(an *compare.Analysis, ia int, others []int) {
	if v.cancel != nil {
		v.cancel() // a redline under way is no longer wanted
		v.cancel = nil
	}
	v.setPairMode(true)
	v.diffs, v.changes, v.shown, v.current, v.text = nil, nil, nil, -1, nil
	v.list.Refresh()
	first := v.statements[ia]
	paired := map[string]bool{} // sentences with a counterpart
	v.pairs = v.pairs[:0]
	kinds := map[string]int{}
	for k, i := range others {
		var against string
		if len(others) > 1 && i < len(v.selB.Options) {
			against = v.selB.Options[i] // numbered as in the choice of statements
		}
		for _, p := range an.PairsBetween(first.ID, v.statements[i].ID) {
			e := newPairEntry(an, p, first.ID, against)
			e.order[1] = k
			v.pairs = append(v.pairs, e)
			paired[p.A], paired[p.B] = true, true
			kinds[p.Kind]++
		}
	}
	slices.SortStableFunc(v.pairs, func(x, y pairEntry) int {
		return cmp.Or(cmp.Compare(x.order[0], y.order[0]), cmp.Compare(x.order[1], y.order[1]), cmp.Compare(x.order[2], y.order[2]))
	})
	v.currentPair = -1
	v.pairList.UnselectAll()

	n := len(v.pairs)
	kindCounts, alone := v.pairCounts(an, ia, others, paired, kinds)
	switch {
	case len(others) > 1 && n == 0:
		v.setNotice("None of the others is a version of this text, and none of their passages aligns with this statement's.", allAsVersions)
	case len(others) > 1:
		v.setNotice(fmt.Sprintf("None of the others is a version of this text: the %s aligned with this statement's %s listed with the phrases they share. %s",
			plural(n, "passage"), map[bool]string{true: "is", false: "are"}[n == 1], alone), allAsVersions)
	case n == 0:
		v.setNotice("These statements are not versions of one text, and none of their passages align.", asVersionsAnyway)
	default:
		v.setNotice(fmt.Sprintf("These statements are not versions of one text: their %s %s listed with the phrases they share. %s",
			plural(n, "aligned passage"), map[bool]string{true: "is", false: "are"}[n == 1], alone), asVersionsAnyway)
	}
	v.summary.SetText(kindCounts)
	v.updatePairPosition()
	v.measurePairs()
	v.pairList.Refresh()
	v.pairList.ScrollToTop()
	v.pairTitles.Objects = []fyne.CanvasObject{v.columnTitles()}
	v.pairTitles.Refresh()
}

// pairCounts counts the pairs by kind ("3 versions · 5 related"), and says
// how many sentences have no counterpart on the other side.
func (v *wordingView) pairCounts(an *compare.Analysis, ia int, others []int, paired map[string]bool, kinds map[string]int) (kindCounts, alone string) {
	var parts []string
	for _, k := range []struct{ kind, many string }{
		{compare.KindVersion, "versions"}, {compare.KindParaphrase, "paraphrases"}, {compare.KindRelated, "related"},
	} {
		if n := kinds[k.kind]; n > 0 {
			parts = append(parts, counted(n, k.kind, k.many))
		}
	}
	kindCounts = strings.Join(parts, " · ")
	unpaired := func(i int) (int, int) { // sentences without a counterpart, of how many
		k := statementIndex(an, v.statements[i].ID)
		if k < 0 {
			return 0, 0
		}
		n := 0
		for _, s := range an.Statements[k].Sentences {
			if !paired[s.ID] {
				n++
			}
		}
		return n, len(an.Statements[k].Sentences)
	}
	na, ta := unpaired(ia)
	if len(others) > 1 {
		return kindCounts, fmt.Sprintf("Not addressed by any other: %d of this statement's %s.", na, counted(ta, "sentence", "sentences"))
	}
	nb, tb := unpaired(others[0])
	return kindCounts, fmt.Sprintf("Not addressed by the other: %d of the first statement's %s, %d of the second's %d.", na, counted(ta, "sentence", "sentences"), nb, tb)
}

// newPairEntry makes the row of pair p, seen from statement first; against
// names the other statement when the list mixes several: it then heads the
// other's passage.
func newPairEntry(an *compare.Analysis, p compare.Pair, first, against string) pairEntry {
	fromB := statementIndex(an, first) != sentenceStatement(an, p.A)
	e := pairEntry{pair: p, first: p.A}
	other := p.B
	if fromB {
		e.first, other = p.B, p.A
	}
	ra, _ := an.Locate(e.first)
	rb, _ := an.Locate(other)
	e.order = [3]int{ra.Sentence, 0, rb.Sentence}
	e.header = []textview.Run{
		{Text: an.TopicLabel(p.Topic), Style: fyne.TextStyle{Bold: true}},
		{Text: fmt.Sprintf("  ·  %s  ·  score %.2f, belief %.2f", kindName(p.Kind), p.Score, p.Belief), Color: theme.ColorNamePlaceHolder},
	}
	e.sides = pairSides(an, p, fromB)
	if against != "" {
		e.sides[1] = append([]textview.Run{{Text: against + "\n", Color: theme.ColorNamePlaceHolder, Size: theme.SizeNameCaptionText}}, e.sides[1]...)
	}
	return e
}

// pairSides are the two passages of pair p, the first statement's first:
// the word redline of a version pair, else each passage with the phrases
// both share marked.
func pairSides(an *compare.Analysis, p compare.Pair, fromB bool) [2][]textview.Run {
	if p.Kind == compare.KindVersion {
		return pairRedline(an.PairDiff(p), fromB) // computed on first use, kept by the analysis
	}
	spans := [2][][2]int{sideSpans(p.Phrases, true), sideSpans(p.Phrases, false)}
	texts := [2]string{an.Sentence(p.A).Text, an.Sentence(p.B).Text}
	if fromB {
		spans[0], spans[1] = spans[1], spans[0]
		texts[0], texts[1] = texts[1], texts[0]
	}
	return [2][]textview.Run{markedRuns(texts[0], spans[0]), markedRuns(texts[1], spans[1])}
}

// statementIndex is the index of statement id in the analysis; -1 when
// it is not there.
func statementIndex(an *compare.Analysis, id string) int {
	return slices.IndexFunc(an.Statements, func(s compare.StatementAnalysis) bool { return s.ID == id })
}

// sentenceStatement is the index of the statement sentence id is in.
func sentenceStatement(an *compare.Analysis, id string) int {
	ref, _ := an.Locate(id)
	return ref.Statement
}

func kindName(kind string) string {
	switch kind {
	case compare.KindVersion:
		return "version: the same sentence, reworded"
	case compare.KindParaphrase:
		return "paraphrase: the same point in other words"
	case compare.KindRelated:
		return "related points"
	}
	return kind
}

// pairRedline is a version pair's word diff as two columns, the first
// statement's on the left: what it alone has struck through in red, what
// the other alone has in green (as in the side-by-side redline).
// fromB: the first statement's passage is the pair's B.
func pairRedline(ops []compare.DiffOp, fromB bool) [2][]textview.Run {
	var sides [2][]textview.Run
	for _, op := range ops {
		if fromB {
			switch op.Op {
			case compare.DiffInsert:
				op.Op = compare.DiffDelete
			case compare.DiffDelete:
				op.Op = compare.DiffInsert
			case compare.DiffMove:
				op.Side = map[string]string{"from": "to", "to": "from"}[op.Side]
			}
		}
		for side := range 2 {
			if hasSide(op, side) {
				r := redlineStyle(op)
				r.Text = sideText(op, op.Text) + " "
				sides[side] = appendWords(sides[side], r)
			}
		}
	}
	return sides
}

// appendWords appends run r, which follows the runs after a space unless
// it opens with punctuation that closes what came before ("peace" then
// ".": "peace.").
func appendWords(runs []textview.Run, r textview.Run) []textview.Run {
	if n := len(runs); n > 0 && strings.IndexAny(r.Text, ".,;:!?)]}”’»") == 0 {
		runs[n-1].Text = strings.TrimSuffix(runs[n-1].Text, " ")
	}
	return append(runs, r)
}

// pairGap separates a pair's header from its passages, and the passages
// from the row's end.
const pairGap = 4

// pairInset keeps a row's text off the list's edges (and its scroll bar),
// in line with the column titles.
func pairInset() float32 { return theme.InnerPadding() }

// updatePairPosition says which pair is selected ("passage x of n"), else
// how many there are.
func (v *wordingView) updatePairPosition() {
	switch {
	case len(v.pairs) == 0:
		v.position.SetText(noPairs)
	case v.currentPair >= 0:
		v.position.SetText(fmt.Sprintf("passage %d of %d", v.currentPair+1, len(v.pairs)))
	default:
		v.position.SetText(plural(len(v.pairs), "aligned passage"))
	}
}

// stepPairs selects the next (delta 1) or previous (-1) pair, scrolled
// into view; nothing happens when there is none.
func (v *wordingView) stepPairs(delta int) {
	n := len(v.pairs)
	if n == 0 {
		return
	}
	k := v.currentPair
	switch {
	case k < 0 && delta > 0:
		k = 0
	case k < 0:
		k = n - 1
	default:
		k = (k + delta + n) % n
	}
	v.pairList.Select(k) // OnSelected makes it the current one
	v.pairList.ScrollTo(k)
}

// selectPair makes pair i the current one (the list selected it).
func (v *wordingView) selectPair(i int) {
	if i < 0 || i >= len(v.pairs) {
		return
	}
	v.currentPair = i
	v.updatePairPosition()
}

// pairRow shows one aligned pair: a header line over the two passages.
type pairRow struct {
	widget.BaseWidget
	header, a, b *textview.FlowText
}

func newPairRow() *pairRow {
	r := &pairRow{header: textview.NewFlowText(), a: textview.NewFlowText(), b: textview.NewFlowText()}
	r.ExtendBaseWidget(r)
	return r
}

// show binds the row to entry e.
func (r *pairRow) show(e pairEntry) {
	r.header.SetRuns(e.header...)
	r.a.SetRuns(e.sides[0]...)
	r.b.SetRuns(e.sides[1]...)
	r.Refresh()
}

func (r *pairRow) CreateRenderer() fyne.WidgetRenderer { return &pairRowRenderer{r} }

type pairRowRenderer struct{ r *pairRow }

func (rr *pairRowRenderer) Layout(size fyne.Size) {
	r := rr.r
	in := pairInset()
	w := max(size.Width-2*in, 1)
	hh := textview.WrappedHeight(r.header.Runs(), w)
	r.header.Move(fyne.NewPos(in, 0))
	r.header.Resize(fyne.NewSize(w, hh))
	col := columnWidth(w)
	top := hh + pairGap
	body := max(size.Height-top, 1)
	r.a.Move(fyne.NewPos(in, top))
	r.a.Resize(fyne.NewSize(col, body))
	r.b.Move(fyne.NewPos(in+col+redlineGap, top))
	r.b.Resize(fyne.NewSize(col, body))
}

// MinSize is small: the list gives each row the height the view measured.
func (rr *pairRowRenderer) MinSize() fyne.Size { return fyne.NewSize(redlineGap*4, 1) }

func (rr *pairRowRenderer) Refresh() {
	rr.Layout(rr.r.Size())
	rr.r.header.Refresh()
	rr.r.a.Refresh()
	rr.r.b.Refresh()
}

func (rr *pairRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.r.header, rr.r.a, rr.r.b}
}

func (rr *pairRowRenderer) Destroy() {}

// makePairList makes the pair list and the notice above the view.
func (v *wordingView) makePairList() {
	v.pairList = widget.NewList(func() int { return len(v.pairs) },
		func() fyne.CanvasObject { return newPairRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*pairRow).show(v.pairs[i]) })
	v.pairList.OnSelected = func(i widget.ListItemID) { v.release(); v.selectPair(i) }
	v.pairTitles = container.NewVBox()
	v.pairArea = container.NewBorder(v.pairTitles, nil, nil, nil, container.New(&widthWatcher{onWidth: v.setPairWidth}, v.pairList))
	v.pairArea.Hide()
	v.notice = widget.NewLabel("")
	v.notice.Wrapping = fyne.TextWrapWord
	v.noticeButton = widget.NewButton("", v.toggleVersions)
	v.noticeRow = container.NewBorder(nil, nil, nil, v.noticeButton, v.notice)
	v.noticeRow.Hide()
}

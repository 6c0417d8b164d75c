package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// wordingView diffs two statements that are versions of one document (by
// the analysis, or as the analyst chose): an inline redline (deleted words
// red, italic and struck through, inserted green, bold and underlined, moved
// passages in a third colour and marked ⟨moved #n⟩) or the two versions side by side, a list of the changes that can
// be filtered, and next/previous navigation (F7 / Shift+F7, Alt+Down /
// Alt+Up; see wording_nav.go). Two statements that are not versions get
// the list of their aligned pairs instead (wording_pairs.go).
type wordingView struct {
	deps       wordingDeps
	statements []statement.Statement
	selA, selB *widget.Select
	ignoreCase *widget.Check
	ignorePunc *widget.Check
	kinds      *widget.Select
	position   *widget.Label
	summary    *widget.Label
	list       *widget.List
	layout     *widget.RadioGroup
	redline    *widget.List    // a paragraph of the diff per row: only those in view are built
	titles     *fyne.Container // the two versions' names, above the side-by-side columns
	box        fyne.CanvasObject

	analysis *compare.Analysis  // where the diffs come from: it computes each pair once and keeps it
	cancel   context.CancelFunc // stops the diff under way when another is asked for
	diffs    []versionDiff      // one, or one per other statement ("All others")
	changes  []change           // every change, in document order
	shown    []int              // indexes into changes that pass the kind filter
	current  int                // index into changes; -1 for none
	text     []redlinePara      // the diff as paragraphs, for either layout
	heights  []float32          // each paragraph's height at width, in the shown layout
	width    float32            // the redline's width the heights are for; 0 before the first layout

	// Pair mode (wording_pairs.go): the aligned pairs of statements that
	// are not versions of one text, in place of the redline.
	pairMode       bool
	pairs          []pairEntry
	currentPair    int // index into pairs; -1 for none
	pairList       *widget.List
	pairWidth      float32         // the pair list's width its rows were measured at
	pairsMeasured  int             // counts measurePairs calls: the later turns of an earlier one are stale
	pairRowHeights []float32       // each pair row's height as the list has it: measured, or estimated until measured
	pairTitles     *fyne.Container // the two statements' names, above the pairs
	redlineArea    fyne.CanvasObject
	pairArea       fyne.CanvasObject
	notice         *widget.Label // why the view shows what it shows
	noticeButton   *widget.Button
	noticeRow      *fyne.Container
	asVersions     map[string]bool // choices of statements (choiceKey) the analyst asked to redline anyway
}

// wordingDeps is what the Wording view needs from the window it is in.
// The diffs themselves come from the analysis (setAnalysis).
type wordingDeps struct {
	bg      *background // runs the diffs off the UI goroutine and hands them back
	failed  func(error) // reports a diff job that panicked
	unfocus func()      // gives the keyboard back to the window
}

// versionDiff is the diff of the first chosen statement against one other.
type versionDiff struct {
	against string // the other statement's title
	res     *compare.VersionDiff
}

// allOthers is the second choice that compares the first statement with
// every other one, a section each.
const allOthers = "All others"

// redlinePara is one paragraph of the diff: the inline redline's runs, and
// the runs of A's and B's columns for the side-by-side layout.
type redlinePara struct {
	inline []textview.Run
	sides  [2][]textview.Run
}

// The layouts of the Wording view.
const (
	inlineLayout     = "Inline redline"
	sideBySideLayout = "Side by side"
)

func newWordingView(deps wordingDeps) *wordingView {
	v := &wordingView{deps: deps, current: -1, currentPair: -1, asVersions: map[string]bool{}}
	v.selA = widget.NewSelect(nil, func(string) { v.release(); v.recompute() })
	v.selB = widget.NewSelect(nil, func(string) { v.release(); v.recompute() })
	v.ignoreCase = widget.NewCheck("Ignore case", func(bool) { v.release(); v.recompute() })
	v.ignorePunc = widget.NewCheck("Ignore punctuation", func(bool) { v.release(); v.recompute() })
	v.makeChangeList()
	v.position = widget.NewLabel("")
	v.summary = widget.NewLabel("")
	v.summary.Truncation = fyne.TextTruncateEllipsis
	prev := widget.NewButtonWithIcon("Previous", theme.MoveUpIcon(), v.previous)
	next := widget.NewButtonWithIcon("Next", theme.MoveDownIcon(), v.next)
	v.redline = widget.NewList(func() int { return len(v.text) },
		func() fyne.CanvasObject { return newRedlineRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*redlineRow).show(v.text[i], v.sideBySide()) })
	v.redline.HideSeparators = true
	v.titles = container.NewVBox()
	v.layout = widget.NewRadioGroup([]string{inlineLayout, sideBySideLayout}, func(string) { v.release(); v.buildWidgets() })
	v.layout.Horizontal = true
	v.layout.Required = true
	v.layout.Selected = inlineLayout

	// The two choices share the row's width: titles of versions differ
	// only at their end ("… 2023", "… 2024"), so they need room.
	pick := container.NewBorder(nil, nil, widget.NewLabel("Compare"), container.NewHBox(v.ignoreCase, v.ignorePunc),
		container.NewGridWithColumns(2, v.selA, container.NewBorder(nil, nil, widget.NewLabel("with"), nil, v.selB)))
	nav := container.NewBorder(nil, nil, container.NewHBox(prev, next, v.position, widget.NewLabel("·")), v.layout, v.summary)
	side := container.NewBorder(v.kinds, nil, nil, nil, v.list)
	text := container.NewBorder(v.titles, nil, nil, nil, container.New(&widthWatcher{onWidth: v.setWidth}, v.redline))
	split := container.NewHSplit(side, text)
	split.Offset = 0.28
	v.redlineArea = split
	v.makePairList()
	v.box = container.NewBorder(container.NewVBox(pick, nav, v.noticeRow), nil, nil, nil, container.NewStack(split, v.pairArea))
	return v
}

func (v *wordingView) object() fyne.CanvasObject { return v.box }

// release gives the keyboard back to the window once a control of the
// view has been used, so that F7 steps through the changes again (a
// focused widget would take the key).
func (v *wordingView) release() { v.deps.unfocus() }

// setStatements offers the included statements; the baseline (or the
// first) is compared with the next one.
func (v *wordingView) setStatements(sts []statement.Statement, baseline string) {
	v.statements = sts
	v.analysis = nil // the statements changed: wait for their analysis
	names := make([]string, len(sts))
	for i := range sts {
		names[i] = fmt.Sprintf("%d. %s", i+1, menuName(sts, i))
	}
	a, b := 0, 1
	for i, st := range sts {
		if st.ID == baseline {
			a = i
			b = (i + 1) % len(sts)
		}
	}
	v.selA.Options, v.selB.Options = names, append(append([]string(nil), names...), allOthers)
	if len(sts) < 2 {
		v.selA.ClearSelected()
		v.selB.ClearSelected()
		v.clear("Include two statements to compare their wording.")
		return
	}
	v.selA.SetSelectedIndex(a) // each triggers recompute; the last one counts
	v.selB.SetSelectedIndex(b)
}

func (v *wordingView) clear(msg string) {
	v.setPairMode(false)
	v.setNotice("", "")
	v.pairs, v.currentPair = nil, -1
	v.pairList.Refresh()
	v.diffs = nil
	v.changes, v.shown, v.current = nil, nil, -1
	v.summary.SetText("")
	v.position.SetText(msg)
	v.text = nil
	v.buildWidgets()
	v.list.UnselectAll()
	v.list.Refresh()
}

// recompute diffs the chosen pair in the background: the first statement
// against the second, or against each of the others.
func (v *wordingView) recompute() {
	ia, ib := v.selA.SelectedIndex(), v.selB.SelectedIndex()
	if ia < 0 || ib < 0 || ia >= len(v.statements) || ib > len(v.statements) {
		return
	}
	others := []int{ib}
	if ib == len(v.statements) { // All others
		others = others[:0]
		for i := range v.statements {
			if i != ia {
				others = append(others, i)
			}
		}
	}
	if v.cancel != nil {
		v.cancel()
	}
	an := v.analysis
	if an == nil {
		v.position.SetText("Comparing once the analysis is ready…")
		return
	}
	// Statements that are not versions of one text get their aligned pairs.
	versions, rest := v.splitVersions(an, ia, others)
	if len(versions) == 0 {
		v.showPairs(an, ia, rest)
		return
	}
	v.setPairMode(false)
	v.redlineNotice(an, ia, versions, rest)
	others = versions
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	from, sts := v.statements[ia].ID, v.statements
	opt := compare.DiffOptions{IgnoreCase: v.ignoreCase.Checked, IgnorePunctuation: v.ignorePunc.Checked}
	v.position.SetText("Comparing…")
	v.deps.bg.run(func() {
		diffs := make([]versionDiff, len(others))
		for k, i := range others {
			d, err := an.VersionDiff(ctx, from, sts[i].ID, opt)
			if err != nil {
				v.deps.bg.post(func() { v.failed(ctx, err) })
				return
			}
			diffs[k] = versionDiff{against: sts[i].DisplayTitle(), res: d}
		}
		v.deps.bg.post(func() {
			if ctx.Err() == nil { // still the pair asked for
				v.show(diffs)
			}
		})
	}, v.deps.failed)
}

// setAnalysis takes the analysis of the statements on offer, which
// computes and keeps their version diffs, and shows the chosen pair's.
func (v *wordingView) setAnalysis(an *compare.Analysis) {
	v.analysis = an
	v.recompute()
}

// failed reports a diff that could not be made, unless a newer request
// cancelled it.
func (v *wordingView) failed(ctx context.Context, err error) {
	if ctx.Err() == nil {
		v.clear("Could not compare: " + err.Error())
	}
}

func (v *wordingView) show(diffs []versionDiff) {
	v.diffs = diffs
	var s compare.DiffSummary
	for _, d := range diffs {
		s.Inserted += d.res.Summary.Inserted
		s.Deleted += d.res.Summary.Deleted
		s.Moved += d.res.Summary.Moved
		s.Unchanged += d.res.Summary.Unchanged
	}
	text := fmt.Sprintf("%s inserted · %d deleted · %d moved · %d unchanged", counted(s.Inserted, "word", "words"), s.Deleted, s.Moved, s.Unchanged)
	if len(diffs) > 1 {
		text += " · against " + counted(len(diffs), "statement", "statements")
	}
	v.summary.SetText(text)
	v.current = -1
	v.buildRedline()
	v.applyFilter()
	if len(v.changes) == 0 {
		v.position.SetText("No differences in wording")
	}
}

// buildRedline splits the ops into paragraphs (at blank lines), recording
// where every change starts, then builds the widgets of the chosen layout.
func (v *wordingView) buildRedline() {
	v.changes = v.changes[:0]
	v.text = v.text[:0]
	var cur redlinePara
	flush := func() {
		if len(cur.inline) > 0 { // a paragraph with no text at all is dropped
			v.text = append(v.text, cur)
		}
		cur = redlinePara{}
	}
	for k, d := range v.diffs {
		if len(v.diffs) > 1 { // a section per statement, under its title
			flush()
			cur.heading(fmt.Sprintf("%d. Against “%s”", k+1, d.against))
			flush()
		}
		v.addOps(&cur, d.res.Ops, k, flush)
	}
	flush()
	v.buildWidgets()
}

// addOps adds one diff's ops (section k) to the paragraphs, recording
// its changes; flush ends the current paragraph.
func (v *wordingView) addOps(cur *redlinePara, ops []compare.DiffOp, k int, flush func()) {
	for _, op := range ops {
		recorded := op.Op == compare.DiffEqual
		for i, part := range strings.Split(op.Text, "\n\n") {
			if i > 0 {
				flush()
			}
			if part = strings.TrimSpace(part); part == "" && op.Op != compare.DiffMove {
				continue
			}
			if !recorded { // where the change's first words are
				c := cur.changeAt(op, len(v.text))
				c.section = k
				v.changes = append(v.changes, c)
				recorded = true
			}
			cur.add(op, part)
		}
		if !recorded { // no words at all: point at the paragraph it falls in
			v.changes = append(v.changes, change{op: op, section: k, paragraph: max(len(v.text)-1, 0), segment: -1, sides: [2]int{-1, -1}})
		}
	}
}

// heading makes p a section title, in both columns.
func (p *redlinePara) heading(text string) {
	run := textview.Run{Text: text, Style: fyne.TextStyle{Bold: true}, Size: theme.SizeNameSubHeadingText}
	p.inline = append(p.inline, run)
	p.sides[0] = append(p.sides[0], run)
	p.sides[1] = append(p.sides[1], run)
}

// changeAt is the change op whose first run is the next one added to p,
// the paragraph-th.
func (p *redlinePara) changeAt(op compare.DiffOp, paragraph int) change {
	c := change{op: op, paragraph: paragraph, segment: len(p.inline), sides: [2]int{-1, -1}}
	for side := range 2 {
		if hasSide(op, side) {
			c.sides[side] = len(p.sides[side])
		}
	}
	return c
}

// add appends one op's text (or a paragraph of it) to the paragraph: to
// the inline runs, and to the column of each side the op has.
func (p *redlinePara) add(op compare.DiffOp, text string) {
	run := redlineStyle(op)
	run.Text = redlineText(op, text) + " "
	p.inline = append(p.inline, run)
	for side := range 2 {
		if hasSide(op, side) {
			r := redlineStyle(op)
			r.Text = sideText(op, text) + " "
			p.sides[side] = append(p.sides[side], r)
		}
	}
}

// hasSide reports whether op shows in A's column (side 0) or B's (side 1).
func hasSide(op compare.DiffOp, side int) bool {
	switch op.Op {
	case compare.DiffEqual:
		return true
	case compare.DiffDelete:
		return side == 0
	case compare.DiffInsert:
		return side == 1
	}
	return (op.Side == "from") == (side == 0) // a move leaves A and arrives in B
}

// buildWidgets shows the paragraphs in the chosen layout: the list builds
// rows only for the paragraphs in view (a communiqué's redline as one
// column of text took seconds to appear), with heights measured here.
func (v *wordingView) buildWidgets() {
	v.titles.Objects = nil
	if v.sideBySide() && len(v.text) > 0 {
		v.titles.Objects = []fyne.CanvasObject{v.columnTitles()}
	}
	v.titles.Refresh()
	v.measure()
	v.redline.Refresh()
}

func (v *wordingView) sideBySide() bool { return v.layout.Selected == sideBySideLayout }

// setWidth measures the paragraphs again for a new width of the redline.
func (v *wordingView) setWidth(w float32) {
	if w != v.width && w > 0 {
		v.width = w
		v.measure()
	}
}

// measure sets every paragraph's height in the list at the current width.
func (v *wordingView) measure() {
	v.heights = v.heights[:0]
	if v.width <= 0 {
		return // measured at the first layout
	}
	for i := range v.text {
		v.heights = append(v.heights, v.paragraphHeight(i))
	}
	setItemHeights(v.redline, len(v.heights), func(i int) float32 { return v.heights[i] })
}

// paragraphHeight is paragraph i's height at the current width and layout.
func (v *wordingView) paragraphHeight(i int) float32 {
	p := v.text[i]
	if !v.sideBySide() {
		return textview.WrappedHeight(p.inline, v.width)
	}
	col := columnWidth(v.width)
	return max(textview.WrappedHeight(p.sides[0], col), textview.WrappedHeight(p.sides[1], col))
}

// columnWidth is the width of each side-by-side column in a row w wide.
func columnWidth(w float32) float32 { return (w - redlineGap) / 2 }

// redlineGap separates the two columns.
const redlineGap = 16

// paragraphTop is how far paragraph p starts below the top of the list.
func (v *wordingView) paragraphTop(p int) float32 {
	y := float32(0)
	for _, h := range v.heights[:min(p, len(v.heights))] {
		y += h + theme.Padding() // the list puts padding between rows
	}
	return y
}

// columnTitles names the two versions above the side-by-side columns.
func (v *wordingView) columnTitles() fyne.CanvasObject {
	title := func(sel *widget.Select) *widget.Label {
		l := widget.NewLabelWithStyle(sel.Selected, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	right := title(v.selB)
	switch {
	case v.selB.Selected == allOthers && v.pairMode:
		right.SetText("Their counterparts in the other statements")
	case v.selB.Selected == allOthers:
		right.SetText("Each other statement, a section each")
	}
	return container.NewVBox(container.New(&columnsLayout{}, title(v.selA), right), widget.NewSeparator())
}

// columnsLayout puts two objects where the redline's columns are.
type columnsLayout struct{}

func (columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	col := columnWidth(size.Width)
	for i, o := range objs {
		o.Move(fyne.NewPos(float32(i)*(col+redlineGap), 0))
		o.Resize(fyne.NewSize(col, size.Height))
	}
}

func (columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(redlineGap*4, h)
}

// sideText is an op's text in one version's column: a move is marked with
// its number where it leaves and where it arrives.
func sideText(op compare.DiffOp, text string) string {
	if op.Op == compare.DiffMove {
		return fmt.Sprintf("⟨#%d⟩ %s", op.MoveID, text)
	}
	return text
}

func redlineText(op compare.DiffOp, text string) string {
	switch {
	case op.Op == compare.DiffMove && op.Side == "from":
		return fmt.Sprintf("⟨moved #%d from here: %s⟩", op.MoveID, clip.Text(text, 60))
	case op.Op == compare.DiffMove:
		return fmt.Sprintf("⟨moved #%d:⟩ %s", op.MoveID, text)
	}
	return text
}

func redlineStyle(op compare.DiffOp) textview.Run {
	var run textview.Run
	switch op.Op {
	case compare.DiffInsert:
		run.Color = theme.ColorNameSuccess
		run.Style.Bold = true
		run.Underline = true // the lines, not only colour, tell the two apart
	case compare.DiffDelete:
		run.Color = theme.ColorNameError
		run.Style.Italic = true
		run.Strike = true
	case compare.DiffMove:
		run.Color = theme.ColorNameWarning
		run.Style.Italic = op.Side == "from"
		run.Style.Bold = op.Side == "to"
	}
	return run
}

// menuName names statement i in a Compare menu, which shows about 45
// characters: the title is cut, never what tells same-titled statements
// apart (their date and place: "(2023-03-19, 2 of 2)"), and the date is
// always there.
func menuName(sts []statement.Statement, i int) string {
	title := sts[i].DisplayTitle()
	suffix := strings.TrimPrefix(statement.DistinctTitle(sts, i), title)
	if suffix == "" && sts[i].Date != "" {
		suffix = " — " + sts[i].Date
	}
	return clip.Words(title, max(16, 44-len([]rune(suffix)))) + suffix
}

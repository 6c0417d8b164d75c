package ui

import (
	"image/color"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// paneArea lays the included statements side by side, one scrolling pane
// each.
type paneArea struct {
	box     *fyne.Container
	panes   []*pane
	gutters []*linkGutter // between panes i and i+1
	scroll  *container.Scroll
	// onSelect is called with a sentence id when the analyst taps one.
	onSelect func(id string)
	onMenu   func(id string, at fyne.Position)
	// later runs the panes' measuring turns (background.later); nil
	// measures every row at once.
	later func(func())
}

// pane shows one statement: a header with its metadata, then its text.
// Until the analysis arrives the text is shown plain, a row per sentence
// as the segmenter finds them; then the rows are the analysis's
// sentences, tinted by topic. A translation read with its original
// (compare.Columns) shows, under each of its sentences, the original
// sentences it renders.
type pane struct {
	statement statement.Statement
	original  *statement.Statement // the original this statement translates, analysed through it; nil for most
	title     *widget.Label
	fullTitle string        // the title before fitTitle shortened it
	link      *widget.Label // names the original a translation renders; hidden for other statements
	meta      *widget.Label // the date, then the language
	speaker   *widget.Label
	counts    *widget.Label
	notice    *widget.Label // what Parley cannot read in this statement's language
	header    fyne.CanvasObject
	body      fyne.CanvasObject // the list with its overview strip

	// The text: one item per sentence, and a gap item between paragraphs.
	// Only the visible items have widgets (a widget.List), so a
	// 20,000-word communiqué stays responsive: Fyne paints every text
	// object it is given, in view or not.
	items   []paneItem
	index   map[string]int      // sentence id → item
	state   map[string]rowState // how each sentence is shown now
	list    *widget.List
	listBox *fyne.Container // holds the list, with the width watcher
	strip   *overviewStrip  // the whole text at a glance, beside the list
	changed map[string]bool // sentences whose wording the baseline lacks
	heights []float32       // each item's height at width
	tops    []float32       // each item's top in the list's content
	width   float32         // the width item heights were computed for
	// later runs a measuring turn in a later turn of the event loop (nil:
	// every row is measured at once); measuring counts the measures begun,
	// so that an earlier one's turns stop.
	later     func(func())
	measuring int
	offset    float32 // the list's scroll offset when last seen
	onMove    func()  // the rows moved: scrolled, measured or restyled
	onTap     func(string)
	onMenu    func(string, fyne.Position)
}

func newPaneArea() *paneArea {
	return &paneArea{box: container.NewStack()}
}

func (a *paneArea) object() fyne.CanvasObject { return a.box }

// show rebuilds the panes for the columns of the comparison (at most
// MaxPanes of them): a statement each, or a translation with its original.
func (a *paneArea) show(columns []compare.Column) {
	if len(columns) > MaxPanes {
		columns = columns[:MaxPanes]
	}
	a.panes, a.gutters = a.panes[:0], a.gutters[:0]
	if len(columns) == 0 {
		a.box.Objects = []fyne.CanvasObject{emptyHint()}
		a.box.Refresh()
		return
	}
	// Headers share one row so that every pane's text starts at the same
	// height; a gutter between each two bodies draws their links.
	titles := statement.DistinctTitles(columnStatements(columns))
	headers := make([]fyne.CanvasObject, 0, 2*len(columns))
	bodies := make([]fyne.CanvasObject, 0, 2*len(columns))
	for i, col := range columns {
		p := newPane(col.Statement)
		p.later = a.later
		p.setTitle(titles[col.Statement.ID])
		p.setOriginal(col.Original)
		if i > 0 {
			g := newLinkGutter(a.panes[i-1], p)
			a.gutters = append(a.gutters, g)
			headers = append(headers, canvas.NewRectangle(color.Transparent))
			bodies = append(bodies, g)
		}
		a.panes = append(a.panes, p)
		headers = append(headers, p.header)
		bodies = append(bodies, p.body)
	}
	for i, p := range a.panes {
		p.onMove = a.gutterMover(i)
	}
	cols := &paneColumns{n: len(columns)}
	a.scroll = container.NewHScroll(container.NewBorder(
		container.NewVBox(container.New(cols, headers...), widget.NewSeparator()), nil, nil, nil,
		container.New(cols, bodies...)))
	a.box.Objects = []fyne.CanvasObject{a.scroll}
	a.box.Refresh()
}

// gutterMover redraws the gutters beside pane i.
func (a *paneArea) gutterMover(i int) func() {
	return func() {
		if i > 0 && i-1 < len(a.gutters) {
			a.gutters[i-1].moved()
		}
		if i < len(a.gutters) {
			a.gutters[i].moved()
		}
	}
}

func emptyHint() fyne.CanvasObject {
	hint := widget.NewLabel("No statements to compare yet.\n\nOpen statement files (Ctrl+O), paste text as a new statement (Ctrl+Shift+V),\nor drop .txt, .md or .parley files on this window.")
	hint.Alignment = fyne.TextAlignCenter
	return container.NewCenter(hint)
}

func newPane(st statement.Statement) *pane {
	p := &pane{statement: st}
	p.makeHeader()
	// The plain text at once, in the list the analysed sentences will
	// take over, so that the rows barely move when the tints arrive.
	p.items = plainItems(st.Text)
	p.index, p.state = map[string]int{}, map[string]rowState{}
	p.list = p.newList()
	p.strip = newOverviewStrip(func(i int) { p.list.ScrollTo(i) })
	p.listBox = container.New(&widthWatcher{onWidth: p.setWidth}, p.list)
	p.body = container.NewBorder(nil, nil, nil, p.strip, p.listBox)
	return p
}

// showAnalysis turns each pane's text into topic-tinted sentence rows,
// marking in the overview strip the sentences the analysis found changed
// against the baseline.
func (a *paneArea) showAnalysis(an *compare.Analysis, topicIndex map[string]int) {
	byID := make(map[string]*compare.StatementAnalysis, len(an.Statements))
	for i := range an.Statements {
		byID[an.Statements[i].ID] = &an.Statements[i]
	}
	edits, versions, marks := a.versionEdits(an)
	for _, p := range a.panes {
		sa, ok := byID[p.statement.ID]
		if !ok {
			continue
		}
		p.showHeaderAnalysis(sa)
		p.changed = map[string]bool{}
		for _, s := range sa.Sentences {
			if s.Changed {
				p.changed[s.ID] = true
			}
		}
		p.showSentences(sa, an, topicIndex, marks, a.onSelect, a.onMenu)
	}
	for i, g := range a.gutters {
		g.setLinks(an, topicIndex, edits[i], versions[i])
	}
}

// paneItem is a sentence of the pane (id "" before the analysis), or a
// paragraph gap (no text and no original). A translation's sentence carries the text of the
// original sentences it renders; a sentence of the original that the
// translation leaves out is an item of its own (id "", untranslated).
type paneItem struct {
	id           string
	text         string
	cues         []span
	colour       color.NRGBA
	original     string
	untranslated bool
	edit         rowEdit // removed or added in a neighbouring version
}

func (p *pane) showSentences(sa *compare.StatementAnalysis, an *compare.Analysis, topicIndex map[string]int, edits map[string]rowEdit, onTap func(string), onMenu func(string, fyne.Position)) {
	p.onTap, p.onMenu = onTap, onMenu
	p.items = p.items[:0]
	p.index = map[string]int{}
	p.state = map[string]rowState{}
	untranslated := untranslatedAfter(sa)
	p.items = append(p.items, untranslated[""]...)
	lastPara := -1
	var lastOriginal []string
	for _, s := range sa.Sentences {
		if lastPara >= 0 && s.Paragraph != lastPara {
			p.items = append(p.items, paneItem{}) // a paragraph break
		}
		lastPara = s.Paragraph
		idx, emergent := -1, true
		if i, ok := topicIndex[s.Topic]; ok {
			idx, emergent = i, an.Topics[i].Emergent
		}
		p.index[s.ID] = len(p.items)
		original := originalText(an.OriginalOf(s.ID))
		if len(s.Original) > 0 && slices.Equal(s.Original, lastOriginal) {
			// One original sentence rendered as several: it is shown once,
			// under the first of them.
			original = sameOriginal
		}
		lastOriginal = s.Original
		p.items = append(p.items, paneItem{id: s.ID, text: s.Text, cues: cueSpans(an, s), colour: textview.TopicColor(idx, emergent),
			original: original, edit: edits[s.ID]})
		p.items = append(p.items, untranslated[s.ID]...)
	}
	// A new list, measured before it is laid out (a list on screen lays
	// itself out again at every height set), at the width and the place
	// the plain text had (the next layout measures it if it had none yet).
	offset := p.list.GetScrollOffset()
	p.list = p.newList()
	w := p.width
	p.width = 0
	p.setWidth(w)
	p.listBox.Objects = []fyne.CanvasObject{p.list}
	p.listBox.Refresh()
	p.list.ScrollToOffset(offset)
}

// newList makes the pane's list. widget.List has no scroll callback
// (Fyne 2.7), but every change of its offset lays out its visible rows,
// which starts by asking its length: there the pane notices the scroll
// and redraws its gutters.
func (p *pane) newList() *widget.List {
	return widget.NewList(func() int {
		if p.list != nil && p.list.GetScrollOffset() != p.offset {
			p.offset = p.list.GetScrollOffset()
			p.moved()
		}
		return len(p.items)
	}, p.newItem, p.updateItem)
}

// moved tells the gutters beside the pane that its rows moved.
func (p *pane) moved() {
	if p.onMove != nil {
		p.onMove()
	}
}

// plainItems are the sentences of text, with a gap between paragraphs:
// the pane before the analysis arrives, without tints or ids.
func plainItems(text string) []paneItem {
	var items []paneItem
	lastPara := -1
	for _, s := range segment.Sentences(text) {
		if lastPara >= 0 && s.Paragraph != lastPara {
			items = append(items, paneItem{})
		}
		lastPara = s.Paragraph
		items = append(items, paneItem{text: text[s.Start:s.End]})
	}
	return items
}

// newItem makes a row for the list; rows made for the plain text are
// reused for the analysed one, so they call the pane's handlers as they
// are when tapped.
func (p *pane) newItem() fyne.CanvasObject {
	return newSentenceRow("", "", nil, textview.EmergentColor, func(id string) {
		if p.onTap != nil {
			p.onTap(id)
		}
	}, func(id string, at fyne.Position) {
		if p.onMenu != nil {
			p.onMenu(id, at)
		}
	})
}

func (p *pane) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*sentenceRow)
	it := p.items[i]
	row.bind(it, p.state[it.id])
}

// gap tells a paragraph gap from a sentence.
func (it paneItem) gap() bool { return it.text == "" && it.original == "" }

// untranslatedAfter groups the original's sentences that a translation
// leaves out by the translation's sentence they follow ("": before the
// first); nil for a statement that is no translation.
func untranslatedAfter(sa *compare.StatementAnalysis) map[string][]paneItem {
	if sa.Original == nil {
		return nil
	}
	out := map[string][]paneItem{}
	for _, u := range sa.Original.Untranslated() {
		out[u.After] = append(out[u.After], paneItem{original: u.Text, untranslated: true})
	}
	return out
}

// sameOriginal stands under a translation's sentence that renders the
// same original sentence as the one before it.
const sameOriginal = "(the same sentence of the original as above)"

// originalText is the text of a translation's sentence's original
// sentences, one after the other.
func originalText(ss []compare.Sentence) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}

// updateStrip redraws the overview strip from the items' heights and states.
func (p *pane) updateStrip() {
	if p.strip == nil || len(p.heights) != len(p.items) {
		return
	}
	marks := make([]overviewMark, len(p.items))
	for i, it := range p.items {
		marks[i] = overviewMark{height: p.heights[i], colour: it.colour, changed: p.changed[it.id], state: p.state[it.id]}
		if it.id == "" {
			marks[i].colour = color.NRGBA{}
		}
	}
	p.strip.setMarks(marks)
}

// highlight marks the selected sentence and its counterparts, and scrolls
// this pane to the first of them it holds.
func (p *pane) highlight(selected string, counterparts map[string]bool) {
	first := -1
	var bolder []int // items whose boldness changes: the selected sentence's is bold
	for id, i := range p.index {
		was := p.state[id]
		switch {
		case selected == "":
			p.state[id] = rowNormal
		case id == selected:
			p.state[id] = rowSelected
		case counterparts[id]:
			p.state[id] = rowCounterpart
			if first < 0 || i < first {
				first = i
			}
		default:
			p.state[id] = rowDimmed
		}
		if (was == rowSelected) != (p.state[id] == rowSelected) {
			bolder = append(bolder, i)
		}
	}
	if p.list == nil {
		return
	}
	p.remeasure(bolder)
	p.updateStrip()
	p.list.Refresh()
	if first >= 0 {
		p.list.ScrollTo(first)
	}
}

// highlight marks the selected sentence ("" for none) and its chain of
// aligned passages (compare.Chain) in every pane and gutter.
func (a *paneArea) highlight(an *compare.Analysis, selected string) {
	chain := map[string]bool{}
	if selected != "" && an != nil {
		columns := make([]string, len(a.panes))
		for i, p := range a.panes {
			columns[i] = p.statement.ID
		}
		for _, id := range an.Chain(selected, columns) {
			chain[id] = true
		}
	}
	for i, p := range a.panes {
		p.highlight(selected, chain)
		if _, ok := p.index[selected]; ok {
			a.showPane(i)
		}
	}
	for _, g := range a.gutters {
		g.moved()
	}
}

// showPane scrolls the pane area sideways, when it must, so that pane i is
// in view: a passage revealed from another view may be in a pane beyond it.
func (a *paneArea) showPane(i int) {
	if a.scroll == nil || i < 0 || i >= len(a.panes) {
		return
	}
	body := a.panes[i].body
	x0, x1 := body.Position().X, body.Position().X+body.Size().Width
	off, w := a.scroll.Offset.X, a.scroll.Size().Width
	switch {
	case x0 < off:
		off = x0
	case x1 > off+w:
		off = max(x1-w, 0)
	}
	if off != a.scroll.Offset.X {
		a.scroll.ScrollToOffset(fyne.NewPos(off, 0))
	}
}

// scrollToSentence brings a sentence of this pane into view.
func (p *pane) scrollToSentence(id string) {
	if i, ok := p.index[id]; ok && p.list != nil {
		p.list.ScrollTo(i)
	}
}

// sentences yields the id and text of every analysed sentence, pane by
// pane, in reading order.
func (a *paneArea) sentences(yield func(id, text string) bool) {
	for _, p := range a.panes {
		for _, it := range p.items {
			if it.id != "" && !yield(it.id, it.text) {
				return
			}
		}
	}
}

// widthWatcher lays out its one child at full size and reports width
// changes, so the list's item heights follow the pane's width.
type widthWatcher struct {
	onWidth func(float32)
}

func (w *widthWatcher) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w.onWidth(size.Width)
	for _, o := range objects {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (w *widthWatcher) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(theme.Padding()*8, theme.Padding()*8)
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return thousands(n) + " " + unit + "s"
}

// cueSpans finds, in a sentence, the cue words of its commitments: the
// first occurrence of each cue inside its commitment's clause.
func cueSpans(an *compare.Analysis, s compare.Sentence) []span {
	var out []span
	for _, c := range an.CommitmentsOf(s.ID) {
		clauseStart, clauseEnd := c.Start-s.Start, c.End-s.Start
		if clauseStart < 0 || clauseEnd > len(s.Text) || clauseStart > clauseEnd {
			continue
		}
		clause := s.Text[clauseStart:clauseEnd]
		for _, cue := range c.Cues {
			if i := indexFold(clause, cue); i >= 0 {
				out = append(out, span{clauseStart + i, clauseStart + i + len(cue)})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// indexFold is strings.Index ignoring case, with offsets into s itself.
func indexFold(s, sub string) int {
	if sub == "" {
		return -1
	}
	for i := range s {
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

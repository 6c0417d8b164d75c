package ui

import (
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/compare/segment"
)

// paneArea lays the included statements side by side, one scrolling pane
// each.
type paneArea struct {
	box   *fyne.Container
	panes []*pane
	// onSelect is called with a sentence id when the analyst taps one.
	onSelect func(id string)
	onMenu   func(id string, at fyne.Position)
}

// pane shows one statement: a header with its metadata, then its text.
// Until the analysis arrives the text is shown as wrapped paragraphs;
// then it becomes one row per sentence, tinted by topic.
type pane struct {
	statement compare.Statement
	title     *widget.Label
	meta      *widget.Label
	counts    *widget.Label
	plain     *fyne.Container // the text as selectable paragraphs, shown until the analysis arrives
	rows      []*sentenceRow
	rowByID   map[string]*sentenceRow
	scroll    *container.Scroll
	header    fyne.CanvasObject
}

func newPaneArea() *paneArea {
	return &paneArea{box: container.NewStack()}
}

func (a *paneArea) object() fyne.CanvasObject { return a.box }

// show rebuilds the panes for statements (at most MaxPanes of them).
func (a *paneArea) show(statements []compare.Statement) {
	if len(statements) > MaxPanes {
		statements = statements[:MaxPanes]
	}
	a.panes = a.panes[:0]
	if len(statements) == 0 {
		a.box.Objects = []fyne.CanvasObject{emptyHint()}
		a.box.Refresh()
		return
	}
	// Headers share one row so that every pane's text starts at the same height.
	headers := make([]fyne.CanvasObject, 0, len(statements))
	bodies := make([]fyne.CanvasObject, 0, len(statements))
	for _, st := range statements {
		p := newPane(st)
		a.panes = append(a.panes, p)
		headers = append(headers, p.header)
		bodies = append(bodies, p.scroll)
	}
	a.box.Objects = []fyne.CanvasObject{container.NewBorder(
		container.NewVBox(container.NewGridWithColumns(len(headers), headers...), widget.NewSeparator()), nil, nil, nil,
		container.NewGridWithColumns(len(bodies), bodies...))}
	a.box.Refresh()
}

func emptyHint() fyne.CanvasObject {
	hint := widget.NewLabel("No statements to compare yet.\n\nOpen statement files (Ctrl+O), paste text as a new statement (Ctrl+Shift+V),\nor drop .txt, .md or .parley files on this window.")
	hint.Alignment = fyne.TextAlignCenter
	return container.NewCenter(hint)
}

func newPane(st compare.Statement) *pane {
	p := &pane{statement: st}
	p.title = widget.NewLabelWithStyle(st.DisplayTitle(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	// Metadata lines are truncated, not wrapped, so that six panes fit side
	// by side.
	p.meta = widget.NewLabel(joinNonEmpty(" · ", st.Speaker, st.Date))
	p.meta.Truncation = fyne.TextTruncateEllipsis
	p.meta.Importance = widget.LowImportance
	p.counts = widget.NewLabel("")
	p.counts.Truncation = fyne.TextTruncateEllipsis
	p.counts.Importance = widget.LowImportance
	// Parley's own text layout (see flowText): Fyne's wrapped labels take
	// seconds to lay out a 20,000-word communiqué.
	p.plain = container.NewVBox()
	for _, para := range segment.Paragraphs(st.Text) {
		p.plain.Add(newFlowText(textRun{text: st.Text[para.Start:para.End]}))
	}
	p.scroll = container.NewVScroll(p.plain)
	p.header = container.NewVBox(p.title, p.meta, p.counts)
	return p
}

// showAnalysis turns each pane's text into topic-tinted sentence rows.
func (a *paneArea) showAnalysis(an *compare.Analysis, topicIndex map[string]int) {
	byID := make(map[string]*compare.StatementAnalysis, len(an.Statements))
	for i := range an.Statements {
		byID[an.Statements[i].ID] = &an.Statements[i]
	}
	for _, p := range a.panes {
		sa, ok := byID[p.statement.ID]
		if !ok {
			continue
		}
		p.counts.SetText(plural(sa.Words, "word") + " · " + plural(len(sa.Sentences), "sentence") + " · " + plural(sa.Paragraphs, "paragraph"))
		p.showSentences(sa, an, topicIndex, a.onSelect, a.onMenu)
	}
}

func (p *pane) showSentences(sa *compare.StatementAnalysis, an *compare.Analysis, topicIndex map[string]int, onTap func(string), onMenu func(string, fyne.Position)) {
	p.rows = p.rows[:0]
	p.rowByID = map[string]*sentenceRow{}
	box := container.NewVBox()
	lastPara := -1
	for _, s := range sa.Sentences {
		if lastPara >= 0 && s.Paragraph != lastPara {
			gap := canvas.NewRectangle(color.Transparent) // a paragraph break
			gap.SetMinSize(fyne.NewSize(1, theme.Padding()*3))
			box.Add(gap)
		}
		lastPara = s.Paragraph
		idx, emergent := -1, true
		if i, ok := topicIndex[s.Topic]; ok {
			idx, emergent = i, an.Topics[i].Emergent
		}
		row := newSentenceRow(s.ID, s.Text, cueSpans(an, s), topicColor(idx, emergent), onTap, onMenu)
		p.rows = append(p.rows, row)
		p.rowByID[s.ID] = row
		box.Add(row)
	}
	p.scroll.Content = box
	p.scroll.Refresh()
}

// highlight marks the selected sentence and its counterparts, and scrolls
// this pane to the first of them it holds.
func (p *pane) highlight(selected string, counterparts map[string]bool) {
	var first *sentenceRow
	for _, r := range p.rows {
		switch {
		case selected == "":
			r.setState(rowNormal)
		case r.id == selected:
			r.setState(rowSelected)
		case counterparts[r.id]:
			r.setState(rowCounterpart)
			if first == nil {
				first = r
			}
		default:
			r.setState(rowDimmed)
		}
	}
	if first != nil {
		p.scrollTo(first)
	}
}

func (p *pane) scrollTo(r *sentenceRow) {
	y := r.Position().Y - 8
	if y < 0 {
		y = 0
	}
	p.scroll.ScrollToOffset(fyne.NewPos(0, y))
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

package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/statement"
)

// timelineView follows the project's statements as a series in date order
// (compare.Timeline), all of them or one issuer's: a row per topic or
// subject marked statement by statement (first said, unchanged, reworded,
// strengthened, weakened, dropped), a row per actor with the strength of
// its commitments, and a row per formula — the ones Parley finds and the
// ones the analyst tracks. A cell leads to its passage.
type timelineView struct {
	deps     timelineDeps
	an       *compare.Analysis
	rows     []timelineLine
	table    *widget.Table
	slot     *fyne.Container
	issuer   *widget.Select
	every    *widget.Check
	phrase   *widget.Entry
	summary  *widget.Label
	box      fyne.CanvasObject
	issuers  []string // the organisations of the project's statements, most statements first
	analysed string   // the key of the statements an was made from
	width    float32  // the width the table was sized for
}

// timelineDeps is what the view needs from the window.
type timelineDeps struct {
	statements func() []statement.Statement // every statement of the project
	tracked    func() []string              // the phrases the analyst tracks
	setTracked func([]string)               // keeps them with the project
	analyse    func(sts []statement.Statement, done func(*compare.Analysis))
	open       func(an *compare.Analysis, id string) // shows a passage
}

// timelineLine is a row of the table.
type timelineLine struct {
	label string
	cell  func(k int) (text, sentence string) // the cell of the kth statement in series order
}

const allIssuers = "All statements"

func newTimelineView(deps timelineDeps) *timelineView {
	v := &timelineView{deps: deps}
	v.issuer = widget.NewSelect([]string{allIssuers}, func(string) { v.refresh() })
	v.every = widget.NewCheck("Every topic, also those that do not change", func(bool) { v.build() })
	v.phrase = widget.NewEntry()
	v.phrase.SetPlaceHolder("a phrase to follow, e.g. all necessary measures")
	v.phrase.OnSubmitted = func(string) { v.track() }
	track := widget.NewButton("Track", v.track)
	untrack := widget.NewButton("Stop Tracking", v.untrack)
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	v.table = newLabelTable(v.size, v.updateCell, v.updateHeader, v.selected)
	v.slot = container.New(&widthWatcher{onWidth: v.fit}, v.table)
	bar := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("Series:"), v.issuer, v.every),
		container.NewHBox(track, untrack), v.phrase)
	v.box = container.NewBorder(container.NewVBox(bar, v.summary), nil, nil, nil, v.slot)
	return v
}

func (v *timelineView) object() fyne.CanvasObject { return v.box }

// refresh analyses the series chosen when its statements changed.
func (v *timelineView) refresh() {
	all := v.deps.statements()
	v.offerIssuers(all)
	sts := v.series(all)
	if len(sts) < 2 {
		v.an, v.analysed = nil, ""
		v.summary.SetText("A timeline needs two statements or more of one issuer, with dates: open them (Ctrl+O), or choose “" + allIssuers + "”.")
		v.build()
		return
	}
	key := seriesKey(sts)
	if key == v.analysed && v.an != nil {
		v.build()
		return
	}
	v.summary.SetText(fmt.Sprintf("Reading %s as a series…", counted(len(sts), "statement", "statements")))
	v.deps.analyse(sts, func(an *compare.Analysis) {
		v.an, v.analysed = an, key
		v.build()
	})
}

// series is the statements of the issuer chosen.
func (v *timelineView) series(all []statement.Statement) []statement.Statement {
	if v.issuer.Selected == "" || v.issuer.Selected == allIssuers {
		return all
	}
	return slices.DeleteFunc(slices.Clone(all), func(st statement.Statement) bool { return issuerOf(st) != v.issuer.Selected })
}

// issuerOf groups a statement with others of its issuer: its organisation,
// else its speaker. Statements by a president, a council and a press
// secretary are one issuer when their details name one organisation.
func issuerOf(st statement.Statement) string {
	if st.Organization != "" {
		return st.Organization
	}
	return st.Speaker
}

func (v *timelineView) offerIssuers(all []statement.Statement) {
	count := map[string]int{}
	for _, st := range all {
		if i := issuerOf(st); i != "" {
			count[i]++
		}
	}
	v.issuers = v.issuers[:0]
	for i := range count {
		v.issuers = append(v.issuers, i)
	}
	slices.SortFunc(v.issuers, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	options := make([]string, 0, len(v.issuers)+1)
	options = append(options, allIssuers)
	for _, i := range v.issuers {
		options = append(options, i)
	}
	v.issuer.Options = options
	if v.issuer.Selected == "" || !slices.Contains(options, v.issuer.Selected) {
		v.issuer.Selected = allIssuers
	}
	v.issuer.Refresh()
}

func seriesKey(sts []statement.Statement) string {
	var b strings.Builder
	for _, st := range sts {
		b.WriteString(st.ID + "\x00" + st.Date + "\x00" + fmt.Sprint(len(st.Text)) + "\x01")
	}
	return b.String()
}

// track follows the phrase typed.
func (v *timelineView) track() {
	p := strings.Join(strings.Fields(v.phrase.Text), " ")
	tracked := v.deps.tracked()
	if p == "" || slices.Contains(tracked, p) {
		return
	}
	v.deps.setTracked(append(slices.Clone(tracked), p))
	v.phrase.SetText("")
	v.build()
}

// untrack stops following the phrase typed.
func (v *timelineView) untrack() {
	p := strings.Join(strings.Fields(v.phrase.Text), " ")
	tracked := v.deps.tracked()
	if i := slices.Index(tracked, p); i >= 0 {
		v.deps.setTracked(slices.Delete(slices.Clone(tracked), i, i+1))
		v.phrase.SetText("")
		v.build()
	}
}

func (v *timelineView) size() (int, int) {
	if v.an == nil {
		return 0, 0
	}
	return len(v.rows), len(v.an.Timeline.Statements)
}

func (v *timelineView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	text := ""
	if id.Row >= 0 && id.Row < len(v.rows) && id.Col >= 0 {
		text, _ = v.rows[id.Row].cell(id.Col)
	}
	o.(*textCell).set(text, text == "", false)
}

func (v *timelineView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*textCell)
	switch {
	case v.an == nil:
		cell.set("", false, false)
	case id.Row < 0 && id.Col >= 0 && id.Col < len(v.an.Timeline.Statements):
		st := v.an.Statement(v.an.Timeline.Statements[id.Col])
		cell.set(joinNonEmpty("\n", nonEmpty(st.Date, "undated"), clip.Words(v.an.ShortName(st.ID), 40)), false, false)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(v.rows):
		cell.set(v.rows[id.Row].label, false, false)
	default:
		cell.set("", false, false)
	}
}

func nonEmpty(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func (v *timelineView) selected(id widget.TableCellID) {
	v.table.UnselectAll()
	if id.Row < 0 || id.Row >= len(v.rows) || id.Col < 0 {
		return
	}
	if _, sentence := v.rows[id.Row].cell(id.Col); sentence != "" {
		v.deps.open(v.an, sentence)
	}
}

// The table's sizes: a statement's column, the row headers, and three
// lines of text a row.
const (
	timelineColumn = 190
	timelineHeader = 250
)

// build lays the table out for the analysis and the phrases tracked.
func (v *timelineView) build() {
	v.rows = v.rows[:0]
	if v.an != nil {
		v.rows = timelineLines(v.an, v.deps.tracked(), v.every.Checked)
		v.summary.SetText(timelineSummary(v.an))
	}
	v.table = newLabelTable(v.size, v.updateCell, v.updateHeader, v.selected)
	v.width = 0
	v.fit(v.slot.Size().Width)
	v.slot.Objects = []fyne.CanvasObject{v.table}
	v.slot.Refresh()
}

// fit sizes the table for width: the statements share it, each at least
// timelineColumn wide; every row is as tall as a cell's four lines (a mark
// and a passage cut to fit three).
func (v *timelineView) fit(width float32) {
	if width <= 0 || width == v.width {
		return
	}
	v.width = width
	scale := textScale()
	header := timelineHeader * scale
	rows, cols := v.size()
	column := timelineColumn * scale
	if cols > 0 {
		column = max(column, (width-header-theme.ScrollBarSize())/float32(cols)-theme.Padding())
	}
	v.table.SetColumnWidth(-1, header)
	for c := 0; c < cols; c++ {
		v.table.SetColumnWidth(c, column)
	}
	v.table.SetRowHeight(-1, cellHeight("2024\nx\nx", column, true))
	h := cellHeight("x\nx\nx\nx", column, false)
	for r := 0; r < rows; r++ {
		v.table.SetRowHeight(r, h)
	}
}

// timelineSummary says what the series is.
func timelineSummary(an *compare.Analysis) string {
	tl := an.Timeline
	first, last := an.Statement(tl.Statements[0]).Date, an.Statement(tl.Statements[len(tl.Statements)-1]).Date
	return fmt.Sprintf("%s in date order, %s to %s (set a statement's date in Edit → Statement Details… to move it). "+
		"Marks against the statement before: + first said · = unchanged · ~ reworded · ▲ strengthened · ▼ weakened · − dropped · ↺ said again. "+
		"Commitments: ▇ high · ▅ median · ▂ low. Click a cell for its passage.",
		counted(len(tl.Statements), "statement", "statements"), nonEmpty(first, "undated"), nonEmpty(last, "undated"))
}

// newTimeline makes the Timeline view of the window's project: it reuses
// the window's analysis when the series is what the panes show, and
// otherwise analyses the series in the background, with progress.
func (ws *Workspace) newTimeline() *timelineView {
	return newTimelineView(timelineDeps{
		statements: func() []statement.Statement { return entryStatements(ws.project.Statements) },
		tracked:    func() []string { return ws.project.Settings.Phrases },
		setTracked: func(p []string) {
			ws.project.Settings.Phrases = p
			ws.dirty = true
			ws.updateTitle()
		},
		analyse: ws.analyseSeries,
		open:    ws.openFromSeries,
	})
}

// analyseSeries reads sts as a series, then calls done on the UI goroutine.
func (ws *Workspace) analyseSeries(sts []statement.Statement, done func(*compare.Analysis)) {
	if ws.result != nil && seriesKey(sts) == seriesKey(columnStatements(ws.columns())) {
		done(ws.result)
		return
	}
	opt := ws.analysisOptions()
	ws.status.working(fmt.Sprintf("Reading %s as a series…", counted(len(sts), "statement", "statements")), 0)
	ctx, cancel := context.WithCancel(context.Background())
	ws.status.cancellable(cancel)
	ws.bg.run(func() {
		defer cancel()
		an, err := compare.Analyze(ctx, sts, opt, func(f float64) {
			ws.bg.post(func() { ws.status.working("Reading the series…", f) })
		})
		ws.bg.post(func() {
			ws.status.done()
			switch {
			case err != nil && ctx.Err() != nil:
				ws.status.notify("The timeline was cancelled")
			case err != nil:
				ws.showError(err)
			default:
				done(an)
			}
		})
	}, ws.jobFailed)
}

// openFromSeries shows a passage of the series: side by side when its
// statement is in the panes, else in a dialog with its citation.
func (ws *Workspace) openFromSeries(an *compare.Analysis, id string) {
	if ws.result != nil && ws.result.Sentence(id).ID == id {
		ws.reveal(id)
		return
	}
	text := widget.NewLabel("“" + an.Sentence(id).Text + "”")
	text.Wrapping = fyne.TextWrapWord
	note := widget.NewLabel(passageName(an, id) + ". Its statement is not in the panes: include it from the sidebar to read it side by side.")
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Passage", "Close", container.NewVBox(text, note), ws.window)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

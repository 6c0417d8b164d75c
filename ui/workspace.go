// Package ui is Parley's Fyne front end. It shows a project's statements and
// the analysis of them; the analysis itself comes from package compare and
// runs off the UI thread.
package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// MaxPanes is how many statements fit side by side and stay readable.
const MaxPanes = 6

// Workspace is one window's comparison: the project, where it is saved,
// and the views that show it. Its methods run on the UI goroutine.
type Workspace struct {
	app    fyne.App
	window fyne.Window

	project *project.Project
	path    string // the project's file; empty until saved
	dirty   bool

	sidebar *sidebar
	panes   *paneArea
	details *details
	legend  *fyne.Container
	// legendAll lists every topic in the legend, not only the most addressed
	legendAll bool
	commits   *commitmentsView
	topics    *topicsView
	vocab     *vocabularyView
	timeline  *timelineView
	wording   *wordingView
	tabs      *container.AppTabs
	room      *room      // how the sidebar, panes and details share the window
	views     *lazyViews // fills the analysis views when first shown
	status    *statusBar
	toolbar   *widget.Toolbar
	analysis  *analysisRunner
	menu      *menus
	bg        *background

	result     *compare.Analysis // the newest analysis, nil until it arrives
	topicIndex map[string]int    // topic id → index in result.Topics
	selected   string            // the selected sentence id, "" for none
	pairing    string            // while the analyst picks a passage to align with this one
	notes      *notesView
	find       *findBar

	settings    settings             // the analyst's preferences
	topicScheme *compare.TopicScheme // from settings.topicsFile; nil for the built-in one

	startupTraced bool
	trace         *paintProbe // reports frames after events when PARLEY_TRACE_STARTUP is set; nil otherwise
	firstFrame    *firstFrame // holds the first analysis until the window has painted
	stylesWarmed  bool        // the fonts of the views' styles are loaded (textview.PrewarmStyles, PrewarmLineHeights)
}

// Open makes a window for p (saved at path, if it was loaded from a file)
// and returns it unshown. A nil p opens the most recent project, else the
// built-in demo.
func Open(a fyne.App, p *project.Project, path string) fyne.Window {
	w, _ := open(a, p, path)
	return w
}

func open(a fyne.App, p *project.Project, path string) (fyne.Window, *Workspace) {
	w := a.NewWindow("Parley")
	// Sized before the content is set, so that it is laid out once at this
	// size (a pane measures its text at every new width), and before the
	// analysis starts: its progress redraws the window.
	w.Resize(fyne.NewSize(1400, 900))
	installTheme(a) // before prewarm, which measures at the theme's text size
	if p != nil {
		prewarm(p)
	}
	ws := newWorkspace(a, w)
	if p == nil {
		p, path = ws.lastOrDemo()
		prewarm(p)
	}
	ws.firstFrame.holding = true
	ws.setProject(p, path)
	ws.startAutosave()
	ws.offerRecovery()
	return w, ws
}

// prewarm measures the words of p's statements in the background: before
// the first frame those of each statement's opening, which the panes
// measure for it, and the rest once the frame is painted, for the layout
// of the analysed rows. All the words of two communiqués (54 ms of
// processor) had shared two cores with the window and the X server, and
// delayed the first frame by a tenth.
func prewarm(p *project.Project) {
	texts := make([]string, 0, len(p.Statements))
	for _, st := range p.Included() {
		texts = append(texts, st.Text)
	}
	AfterFirstFrame(textview.PrewarmOpenings(prewarmOpening, texts...))
}

// prewarmOpening is how much of a statement the first frame can show: the
// paneRowsAtOnce rows a pane measures before it, at a generous 200 bytes
// a sentence.
const prewarmOpening = paneRowsAtOnce * 200

func newWorkspace(a fyne.App, w fyne.Window) *Workspace {
	installTheme(a)
	ws := &Workspace{app: a, window: w, project: &project.Project{}, trace: newPaintProbe(), firstFrame: newFirstFrame()}
	ws.sidebar = newSidebar(sidebarDeps{
		statements:    func() []project.Entry { return ws.project.Statements },
		baseline:      ws.baselineID,
		partner:       func(i int) int { return ws.project.Partner(i) },
		add:           ws.openStatementsDialog,
		paste:         ws.pasteStatementDialog,
		edit:          ws.editMetadataDialog,
		useAsBaseline: ws.setBaseline,
		include:       ws.include,
		swap:          ws.swapStatements,
		remove:        ws.removeStatement,
		window:        w,
	})
	ws.panes = newPaneArea()
	ws.panes.onSelect = ws.selectSentence
	ws.panes.onMenu = ws.sentenceMenu
	ws.details = newDetails(detailsDeps{
		note:        func(on string) string { return ws.project.Settings.Note(on) },
		editNote:    ws.editNote,
		alignWith:   ws.startPairing,
		moveToTopic: ws.moveToTopicDialog,
		unpair:      ws.unpair,
		reveal:      ws.reveal,
	})
	ws.commits = newCommitmentsView(ws.reveal)
	ws.topics = newTopicsView(ws.reveal)
	ws.vocab = newVocabularyView()
	ws.bg = newBackground()
	ws.panes.later = ws.bg.later
	ws.wording = newWordingView(wordingDeps{bg: ws.bg, failed: ws.jobFailed, unfocus: ws.unfocus})
	ws.notes = newNotesView(notesDeps{
		notes:    func() []project.Note { return ws.project.Settings.Notes },
		analysis: func() *compare.Analysis { return ws.result },
		reveal:   ws.reveal,
	})
	ws.find = newFindBar(findDeps{
		sentences:      ws.panes.sentences,
		reveal:         ws.reveal,
		showSideBySide: ws.showSideBySide,
		focus:          func(o fyne.Focusable) { ws.window.Canvas().Focus(o) },
	})
	ws.status = newStatusBar()
	ws.analysis = newAnalysisRunner(ws.bg, ws.status, ws.showAnalysis)
	ws.applySettings()
	ws.toolbar = ws.makeToolbar()
	ws.menu = ws.makeMenus()
	w.SetMainMenu(ws.menu.main)
	ws.addShortcuts()
	w.SetOnDropped(ws.onDropped)
	w.SetCloseIntercept(ws.confirmClose)

	var above *fyne.Container
	ws.legend = newLegend(func() { above.Refresh() })
	above = container.NewBorder(container.NewVBox(ws.find.object(), ws.legend), nil, nil, nil, ws.panes.object())
	compareArea := container.NewVSplit(above, ws.details.object())
	ws.timeline = ws.newTimeline()
	views := []fyne.CanvasObject{compareArea, ws.topics.object(), ws.wording.object(),
		ws.commits.object(), ws.vocab.object(), ws.timeline.object(), ws.notes.object()}
	items := make([]*container.TabItem, len(views))
	for i, view := range views {
		items[i] = container.NewTabItem(viewNames[i], newQuietTab(view))
	}
	// All at once: each Append lays the tab bar out again, icons and all.
	ws.tabs = container.NewAppTabs(items...)
	ws.views = newLazyViews(ws.tabs, map[int]func(){
		topicsTab:      func() { ws.topics.show(ws.result) },
		commitmentsTab: func() { ws.commits.show(ws.result) },
		vocabularyTab:  func() { ws.vocab.show(ws.result) },
		timelineTab:    func() { ws.timeline.refresh() },
	})
	ws.tabs.OnSelected = func(*container.TabItem) {
		ws.views.shown(ws.tabs.SelectedIndex())
		ws.trace.mark("tab")
	}
	ws.room = newRoom(ws.sidebar.object(), ws.tabs, compareArea)
	status := container.NewBorder(nil, nil, nil, ws.firstFrame.raster, ws.trace.beside(ws.status.object()))
	w.SetContent(container.NewBorder(ws.toolbar, status, nil, nil, ws.room.object()))
	return ws
}

func (ws *Workspace) lastOrDemo() (*project.Project, string) {
	for _, path := range ws.recentProjects() {
		p, err := project.Load(path)
		if err == nil {
			return p, path
		}
		fyne.LogError("reopening the last project", err)
		break
	}
	p, err := project.Demo()
	if err != nil {
		fyne.LogError("loading the demo", err)
		return &project.Project{}, ""
	}
	return p, ""
}

// setProject replaces the whole comparison, e.g. after opening a project.
func (ws *Workspace) setProject(p *project.Project, path string) {
	ws.project = p
	ws.path = path
	ws.dirty = false
	ws.refresh()
}

// changed records an edit to the project and updates every view.
func (ws *Workspace) changed() {
	ws.dirty = true
	ws.refresh()
}

func (ws *Workspace) refresh() {
	ws.sidebar.refresh()
	ws.result, ws.selected = nil, ""
	columns := ws.columns()
	ws.panes.show(columns)
	ws.details.clear()
	ws.updateTitle()
	ws.reanalyze()
	ws.wording.setStatements(columnStatements(columns), ws.baselineID())
}

// columns are the panes the included statements make: one each, but one
// for an original and its translation together (compare.Columns).
func (ws *Workspace) columns() []compare.Column {
	return compare.Columns(ws.project.Included())
}

// columnStatements are the statements the columns show: a translation
// stands for its original.
func columnStatements(columns []compare.Column) []statement.Statement {
	out := make([]statement.Statement, len(columns))
	for i, c := range columns {
		out[i] = c.Statement
	}
	return out
}

// reanalyze starts a new analysis of the included statements with the
// analyst's overrides; the views keep the old one until it arrives.
func (ws *Workspace) reanalyze() {
	start := func() { ws.analysis.start(ws.project.Included(), ws.analysisOptions()) }
	if ws.firstFrame.hold(start) {
		ws.status.working("Analysing…", 0)
		return
	}
	start()
}

// showAnalysis takes a finished analysis into every view.
func (ws *Workspace) showAnalysis(a *compare.Analysis) {
	ws.result = a
	ws.topicIndex = make(map[string]int, len(a.Topics))
	for i, t := range a.Topics {
		ws.topicIndex[t.ID] = i
	}
	ws.status.showAnalysis(a, len(ws.project.Statements))
	if len(a.Warnings) > 0 {
		ws.status.notify(strings.Join(a.Warnings, "; "))
	}
	ws.panes.showAnalysis(a, ws.topicIndex)
	ws.wording.setAnalysis(a)
	ws.showLegend(a)
	ws.views.changed()
	ws.notes.show()
	ws.traceStartup()
	if !ws.stylesWarmed { // the views' bold headings, before their first visit
		ws.stylesWarmed = true
		bold := fyne.TextStyle{Bold: true}
		textview.PrewarmStyles(bold)
		ws.bg.later(func() { textview.PrewarmLineHeights(bold) }) // after the analysis is drawn
	}
	if ws.selected != "" { // keep the analyst's place across a re-analysis
		id := ws.selected
		ws.selected = ""
		if _, ok := a.Locate(id); ok {
			ws.selectSentence(id)
		}
	}
}

// reveal shows a sentence in the side-by-side view, selected.
func (ws *Workspace) reveal(sentenceID string) {
	ws.showSideBySide()
	if ws.selected != sentenceID {
		ws.selectSentence(sentenceID)
	}
	for _, p := range ws.panes.panes {
		p.scrollToSentence(sentenceID)
	}
}

// showSideBySide brings the side-by-side view (the panes) forward.
func (ws *Workspace) showSideBySide() { ws.tabs.SelectIndex(0) }

// selectSentence highlights a sentence and its aligned counterparts in
// every pane, scrolls them into view and explains the alignment. Selecting
// the selected sentence again clears the selection.
func (ws *Workspace) selectSentence(id string) {
	if ws.result == nil {
		return
	}
	ws.trace.mark("click")
	if ws.finishPairing(id) {
		return
	}
	if id == ws.selected {
		id = ""
	}
	ws.selected = id
	ws.panes.highlight(ws.result, id)
	if id == "" {
		ws.details.clear()
		return
	}
	ws.details.show(ws.result, id)
}

// sentenceMenu offers to copy a sentence, alone or with its citation, and
// the analyst's actions on it (also in the Passage menu).
func (ws *Workspace) sentenceMenu(id string, at fyne.Position) {
	if ws.result == nil {
		return
	}
	menu := fyne.NewMenu("", ws.passageItems(func() string { return id })...)
	widget.ShowPopUpMenuAtPosition(menu, ws.window.Canvas(), at)
}

// passageItems are the actions on a passage; target gives its sentence id
// when an item is chosen ("" when none is selected).
func (ws *Workspace) passageItems(target func() string) []*fyne.MenuItem {
	on := func(action func(id string)) func() {
		return func() {
			id := target()
			if ws.result == nil || id == "" {
				ws.status.notify("Select a passage first: click a sentence in one of the panes")
				return
			}
			action(id)
		}
	}
	item := func(label string, key fyne.KeyName, mod fyne.KeyModifier, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = shortcut(key, mod)
		return it
	}
	return []*fyne.MenuItem{
		item("Copy Passage", fyne.KeyC, fyne.KeyModifierShift, on(func(id string) { ws.app.Clipboard().SetContent(ws.result.Sentence(id).Text) })),
		item("Copy with Citation", fyne.KeyC, fyne.KeyModifierAlt, on(func(id string) { ws.app.Clipboard().SetContent(ws.citation(id)) })),
		fyne.NewMenuItem("Show Aligned Passages", on(func(id string) {
			if ws.selected != id {
				ws.selectSentence(id)
			}
		})),
		fyne.NewMenuItemSeparator(),
		item("Note on Passage…", fyne.KeyN, fyne.KeyModifierShift, on(func(id string) {
			ws.editNote(project.NoteOnPassage, id, "“"+ws.result.Sentence(id).Text+"”")
		})),
		item("Align With…", fyne.KeyA, fyne.KeyModifierShift, on(ws.startPairing)),
		item("Move to Topic…", fyne.KeyT, fyne.KeyModifierShift, on(ws.moveToTopicDialog)),
	}
}

// citation is a sentence with who said it, when and where.
func (ws *Workspace) citation(id string) string {
	s := ws.result.Sentence(id)
	ref, _ := ws.result.Locate(id)
	st := ws.result.Statements[ref.Statement]
	return fmt.Sprintf("“%s” — %s, %s (%s)", s.Text, joinNonEmpty(", ", st.Speaker, st.Organization), st.Date, st.Title)
}

func (ws *Workspace) updateTitle() {
	name := ws.project.Title
	if ws.path != "" {
		name = strings.TrimSuffix(filepath.Base(ws.path), project.Extension)
	}
	if name == "" {
		name = "Untitled comparison"
	}
	mark := ""
	if ws.dirty {
		mark = "• "
	}
	ws.window.SetTitle(fmt.Sprintf("%s%s — Parley", mark, name))
}

// addStatements appends statements and shows them.
func (ws *Workspace) addStatements(sts ...statement.Statement) {
	ws.addLinked(sts, nil)
}

// addLinked appends statements read together, each original linked with
// its translation (pairs index into sts), and shows them. A text already
// open (the same file twice, or one text under two names) is left out
// unless the analyst adds it as a copy (confirmDuplicates).
func (ws *Workspace) addLinked(sts []statement.Statement, pairs []statement.TranslationPair) {
	if len(sts) == 0 {
		return
	}
	if dups := ws.project.Duplicates(sts, pairs); len(dups) > 0 {
		ws.confirmDuplicates(sts, pairs, dups)
		return
	}
	ws.addLinkedNow(sts, pairs)
}

func (ws *Workspace) addLinkedNow(sts []statement.Statement, pairs []statement.TranslationPair) {
	if len(sts) == 0 {
		return
	}
	ws.project.AddLinked(sts, pairs)
	ws.limitIncluded()
	ws.changed()
}

// limitIncluded keeps at most MaxPanes panes, excluding the newest
// statements beyond them (an original with its translation), and tells the
// analyst why.
func (ws *Workspace) limitIncluded() {
	hidden := 0
	for i := len(ws.project.Statements) - 1; i >= 0 && len(ws.columns()) > MaxPanes; i-- {
		if !ws.project.Statements[i].Included {
			continue
		}
		ws.project.Statements[i].Included = false
		hidden++
		if j := ws.project.Partner(i); j >= 0 && ws.project.Statements[j].Included {
			ws.project.Statements[j].Included = false
			hidden++
		}
	}
	if hidden > 0 {
		ws.status.notify(fmt.Sprintf("%s added but not shown: at most %d panes fit side by side; include them from the sidebar after excluding others.", counted(hidden, "statement", "statements"), MaxPanes))
	}
}

// include includes or excludes statement i, with its translation or
// original: the two share a pane. It refuses, saying why, to show more
// than MaxPanes.
func (ws *Workspace) include(i int, on bool) bool {
	if on && len(ws.columns()) >= MaxPanes {
		ws.status.notify(fmt.Sprintf("At most %d statements fit side by side: exclude one before including another.", MaxPanes))
		return false
	}
	ws.project.Statements[i].Included = on
	if j := ws.project.Partner(i); j >= 0 {
		ws.project.Statements[j].Included = on
	}
	ws.changed()
	return true
}

// swapStatements exchanges statements i and j: their panes trade places.
func (ws *Workspace) swapStatements(i, j int) {
	sts := ws.project.Statements
	sts[i], sts[j] = sts[j], sts[i]
	ws.changed()
}

// removeStatement takes statement i out of the comparison; its
// translation or original stays, alone.
func (ws *Workspace) removeStatement(i int) {
	ws.project.Remove(i)
	ws.changed()
}

func (ws *Workspace) confirmClose() {
	if !ws.dirty {
		ws.window.Close()
		return
	}
	dialog.ShowConfirm("Close without saving?",
		"This comparison has changes that are not saved. Close it anyway and lose them?",
		func(discard bool) {
			if discard {
				ws.window.Close()
			}
		}, ws.window)
}

// jobFailed reports a background job that panicked; the window and the
// analyst's work are untouched.
func (ws *Workspace) jobFailed(err error) {
	ws.status.done()
	ws.showError(fmt.Errorf("%w\n\nYour work is unchanged. Please report this problem.", err))
}

// unfocus gives the keyboard back to the window: a focused control would
// take the keys the window's shortcuts need (F7).
func (ws *Workspace) unfocus() {
	if c := ws.window.Canvas(); c != nil {
		c.Unfocus()
	}
}

func (ws *Workspace) showError(err error) {
	dialog.ShowError(err, ws.window)
}

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

	sidebar  *sidebar
	panes    *paneArea
	status   *statusBar
	toolbar  *widget.Toolbar
	analysis *analysisRunner
	menu     *menus
}

// Open makes a window for p (saved at path, if it was loaded from a file)
// and returns it unshown. A nil p opens the most recent project, else the
// built-in demo.
func Open(a fyne.App, p *project.Project, path string) fyne.Window {
	w := a.NewWindow("Parley")
	ws := newWorkspace(a, w)
	if p == nil {
		p, path = ws.lastOrDemo()
	}
	ws.setProject(p, path)
	w.Resize(fyne.NewSize(1400, 900))
	return w
}

func newWorkspace(a fyne.App, w fyne.Window) *Workspace {
	ws := &Workspace{app: a, window: w, project: &project.Project{}}
	ws.sidebar = newSidebar(ws)
	ws.panes = newPaneArea()
	ws.status = newStatusBar()
	ws.analysis = newAnalysisRunner(ws.status, ws.showAnalysis)
	ws.toolbar = ws.makeToolbar()
	ws.menu = ws.makeMenus()
	w.SetMainMenu(ws.menu.main)
	ws.addShortcuts()
	w.SetOnDropped(ws.onDropped)
	w.SetCloseIntercept(ws.confirmClose)

	split := container.NewHSplit(ws.sidebar.object(), ws.panes.object())
	split.Offset = 0.2
	w.SetContent(container.NewBorder(ws.toolbar, ws.status.object(), nil, nil, split))
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
	ws.panes.show(ws.project.Included())
	ws.updateTitle()
	ws.analysis.start(ws.project.Included())
}

func (ws *Workspace) showAnalysis(a *compare.Analysis) {
	ws.status.showAnalysis(a, len(ws.project.Statements))
	ws.panes.showAnalysis(a)
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
func (ws *Workspace) addStatements(sts ...compare.Statement) {
	if len(sts) == 0 {
		return
	}
	ws.project.Add(sts...)
	ws.limitIncluded()
	ws.changed()
}

// limitIncluded keeps at most MaxPanes statements included, excluding the
// newest beyond it, and tells the analyst why.
func (ws *Workspace) limitIncluded() {
	n := 0
	hidden := 0
	for i := range ws.project.Statements {
		if !ws.project.Statements[i].Included {
			continue
		}
		n++
		if n > MaxPanes {
			ws.project.Statements[i].Included = false
			hidden++
		}
	}
	if hidden > 0 {
		ws.status.notify(fmt.Sprintf("%d statement(s) added but not shown: at most %d panes fit side by side; include them from the sidebar after excluding others.", hidden, MaxPanes))
	}
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

func (ws *Workspace) showError(err error) {
	dialog.ShowError(err, ws.window)
}

package ui

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

const (
	prefRecent = "recent-projects"
	maxRecent  = 8
)

func (ws *Workspace) openStatementsDialog() {
	ws.chooseFile(append([]string{project.Extension}, importer.Extensions()...),
		func(path string) { ws.loadPaths([]string{path}) })
}

func (ws *Workspace) openProjectDialog() {
	ws.chooseFile([]string{project.Extension}, ws.openProject)
}

// chooseFile shows Fyne's open dialog for files with the given endings and
// hands the chosen path to then; cancelling does nothing.
func (ws *Workspace) chooseFile(extensions []string, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ws.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close() // the file is read by then, in the background
		then(path)
	}, ws.window)
	d.SetFilter(storage.NewExtensionFileFilter(extensions))
	d.Show()
	ws.trace.mark("open-dialog")
}

func (ws *Workspace) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	ws.loadPaths(paths)
}

// loadPaths opens a dropped or chosen set of files: a project replaces the
// comparison; statement files are added to it, each with the translation
// or original its front matter names. Files are read off the UI
// goroutine; a bad file is reported and the others still load.
func (ws *Workspace) loadPaths(paths []string) {
	var statementFiles []string
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), project.Extension) {
			ws.openProject(p)
			continue
		}
		statementFiles = append(statementFiles, p)
	}
	if len(statementFiles) == 0 {
		return
	}
	ws.status.working("Reading files…", 0)
	ctx, cancel := context.WithCancel(context.Background())
	ws.status.cancellable(cancel)
	ws.bg.run(func() {
		defer cancel()
		// A statement's translation or original, named in its front
		// matter, is read with it and linked to it (importer.ReadFiles).
		files, errs := importer.ReadFiles(ctx, statementFiles, func(done float64) {
			ws.bg.post(func() { ws.status.working("Reading files…", done) })
		})
		if ctx.Err() != nil {
			ws.bg.post(func() { ws.status.notify("Loading cancelled: no statement was added") })
			return
		}
		for _, err := range errs {
			slog.Warn("file not loaded", "err", err)
		}
		loaded := make([]statement.Statement, len(files))
		for i, f := range files {
			loaded[i] = f.Statement
		}
		pairs := importer.Translations(files)
		ws.bg.post(func() {
			ws.status.done()
			ws.addLinked(loaded, pairs)
			if len(errs) > 0 {
				ws.showError(fmt.Errorf("%d of %s could not be read:\n%w", len(errs), counted(len(errs)+len(files), "file", "files"), errors.Join(errs...)))
			}
		})
	}, ws.jobFailed)
}

// openProject replaces the comparison with the project at path, after
// asking whether to drop unsaved changes. A file that cannot be read
// leaves the current comparison as it was.
func (ws *Workspace) openProject(path string) {
	ws.confirmDiscard(func() {
		ws.bg.run(func() {
			p, err := project.Load(path)
			ws.bg.post(func() {
				if err != nil {
					slog.Error("project not opened", "path", path, "err", err)
					ws.showError(fmt.Errorf("could not open the project; your current comparison is unchanged.\n\n%w", err))
					return
				}
				ws.setProject(p, path)
				ws.rememberRecent(path)
				ws.trace.mark("project")
			})
		}, ws.jobFailed)
	})
}

// confirmDiscard runs then now if nothing is unsaved, else after the
// analyst agrees to lose the changes.
func (ws *Workspace) confirmDiscard(then func()) {
	if !ws.dirty {
		then()
		return
	}
	dialog.ShowConfirm("Discard unsaved changes?",
		"The current comparison has changes that are not saved. Discard them?",
		func(ok bool) {
			if ok {
				then()
			}
		}, ws.window)
}

func (ws *Workspace) newComparison() {
	ws.confirmDiscard(func() {
		ws.setProject(&project.Project{}, "")
		ws.trace.mark("closed")
	})
}

func (ws *Workspace) openDemo() {
	ws.confirmDiscard(func() {
		p, err := project.Demo()
		if err != nil {
			ws.showError(err)
			return
		}
		ws.setProject(p, "")
	})
}

func (ws *Workspace) save() {
	if ws.path == "" {
		ws.saveAsDialog()
		return
	}
	ws.saveTo(ws.path)
}

func (ws *Workspace) saveAsDialog() {
	ws.chooseSaveFile(project.Extension, statement.Slug(ws.project.Title), "comparison", ws.saveTo)
}

// chooseSaveFile shows Fyne's save dialog for a file ending in ext, named
// after title (else fallback), and hands the path — with its ending — to
// then. The dialog creates the file; then replaces it atomically.
func (ws *Workspace) chooseSaveFile(ext, title, fallback string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			ws.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		if clean := trimFileName(path); clean != path {
			// The dialog has made an empty file of the name as typed; a
			// name with a stray space around it (Space pressed on the
			// button that opened the dialog reaches its name field) is
			// not what the analyst meant.
			if fi, err := os.Stat(path); err == nil && fi.Size() == 0 {
				os.Remove(path)
			}
			path = clean
		}
		if !strings.EqualFold(filepath.Ext(path), ext) {
			path += ext
		}
		then(path)
	}, ws.window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	if title == "" {
		title = fallback
	}
	d.SetFileName(title + ext)
	d.Show()
	if name, ok := ws.window.Canvas().Focused().(*widget.Entry); ok {
		unfocusOnClose(d, name) // the dialog focuses its name field
	}
	ws.trace.mark("save-dialog")
}

// trimFileName removes white space around a path's file name.
func trimFileName(path string) string {
	name := strings.TrimSpace(filepath.Base(path))
	if name == "" || name == filepath.Base(path) {
		return path
	}
	return filepath.Join(filepath.Dir(path), name)
}

// saveTo writes the project; on failure the analyst's work stays in the
// window, marked unsaved.
func (ws *Workspace) saveTo(path string) {
	if err := ws.project.Save(path); err != nil {
		slog.Error("project not saved", "path", path, "err", err)
		ws.showError(fmt.Errorf("the project was not saved; your work is still open.\n\n%w", err))
		return
	}
	ws.path = path
	ws.dirty = false
	ws.updateTitle()
	ws.removeRecovery()
	ws.rememberRecent(path)
	ws.status.notify("Saved " + path)
	ws.trace.mark("saved")
}

func (ws *Workspace) pasteStatementDialog() {
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(12)
	text.SetText(ws.app.Clipboard().Content())
	title := widget.NewEntry()
	title.SetText(fmt.Sprintf("Pasted statement %d", len(ws.project.Statements)+1))
	speaker := widget.NewEntry()
	speaker.SetPlaceHolder("Who said it (optional)")
	date := widget.NewEntry()
	date.SetPlaceHolder("YYYY-MM-DD (optional)")
	form := widget.NewForm(
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Speaker", speaker),
		widget.NewFormItem("Date", date),
		widget.NewFormItem("Text", text),
	)
	d := dialog.NewCustomConfirm("Paste as new statement", "Add", "Cancel", container.NewPadded(form), func(ok bool) {
		if !ok {
			return
		}
		st, err := importer.FromText(title.Text, text.Text)
		if err != nil {
			ws.showError(fmt.Errorf("nothing was added: %w", err))
			return
		}
		if st.Speaker == "" {
			st.Speaker = speaker.Text
		}
		if st.Date == "" {
			st.Date = date.Text
		}
		ws.addStatements(st)
	}, ws.window)
	d.Resize(fyne.NewSize(700, 520))
	unfocusOnClose(d, title, speaker, date, text)
	d.Show()
}

func (ws *Workspace) recentProjects() []string {
	return ws.app.Preferences().StringList(prefRecent)
}

func (ws *Workspace) rememberRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := []string{path}
	for _, p := range ws.recentProjects() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	ws.app.Preferences().SetStringList(prefRecent, list)
	ws.updateRecentMenu()
}

func (ws *Workspace) updateRecentMenu() {
	recent := ws.recentProjects()
	items := make([]*fyne.MenuItem, 0, len(recent))
	for _, p := range recent {
		items = append(items, fyne.NewMenuItem(p, func() { ws.openProject(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No recent projects", nil)
		none.Disabled = true
		items = append(items, none)
	}
	ws.menu.recent.ChildMenu.Items = items
	ws.menu.main.Refresh()
}

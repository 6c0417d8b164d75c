package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// actorsExtension is what the Preferences' file dialogs offer for actors
// files: plain text, one actor a line (statement.ParseActors).
const actorsExtension = ".txt"

// actorsRow is the Preferences' Actors row: the actors the project adds to
// the built-in list, which Import… (merging a file's), Export… and Clear
// work on. Like the rest of the dialog it changes nothing until Save.
type actorsRow struct {
	ws     *Workspace
	actors []statement.Actor
	count  *widget.Label
	clear  *widget.Button
	row    fyne.CanvasObject
}

func (ws *Workspace) newActorsRow(actors []statement.Actor) *actorsRow {
	r := &actorsRow{ws: ws, actors: actors, count: widget.NewLabel("")}
	r.count.Truncation = fyne.TextTruncateEllipsis
	importButton := widget.NewButton("Import…", func() {
		ws.chooseFile([]string{actorsExtension}, func(path string) {
			if err := r.importFile(path); err != nil {
				ws.showError(err)
			}
		})
	})
	export := widget.NewButton("Export…", func() {
		name := statement.Slug(ws.project.Title)
		if name != "" {
			name += "-actors"
		}
		ws.chooseSaveFile(actorsExtension, name, "actors", func(path string) {
			if err := r.exportFile(path); err != nil {
				ws.showError(err)
			}
		})
	})
	r.clear = widget.NewButton("Clear", r.clearAll)
	r.row = container.NewBorder(nil, nil, nil, container.NewHBox(importButton, export, r.clear), r.count)
	r.show()
	return r
}

func (r *actorsRow) show() {
	switch n := len(r.actors); n {
	case 0:
		r.count.SetText("None: the built-in list only")
		r.clear.Disable()
	case 1:
		r.count.SetText("1 actor added to the built-in list")
		r.clear.Enable()
	default:
		r.count.SetText(fmt.Sprintf("%d actors added to the built-in list", n))
		r.clear.Enable()
	}
}

// importFile adds the actors of an actors file to the row's: an actor
// already there gets the file's new aliases. A file that does not read, or
// names an actor's alias as another's, changes nothing.
func (r *actorsRow) importFile(path string) error {
	actors, err := readActorsFile(path)
	if err != nil {
		return fmt.Errorf("no actors were imported: %w", err)
	}
	merged, err := statement.MergeActors(r.actors, actors)
	if err != nil {
		return fmt.Errorf("no actors were imported: %s: %w", filepath.Base(path), err)
	}
	r.actors = merged
	r.show()
	return nil
}

// exportFile writes the row's actors as an actors file.
func (r *actorsRow) exportFile(path string) error {
	if err := project.WriteFileAtomic(path, statement.FormatActors(r.actors), false); err != nil {
		return fmt.Errorf("the actors were not exported: %w", err)
	}
	r.ws.status.notify(fmt.Sprintf("Exported %s to %s", counted(len(r.actors), "actor", "actors"), path))
	return nil
}

func (r *actorsRow) clearAll() {
	r.actors = nil
	r.show()
}

// readActorsFile reads an actors file; errors name the file and the line.
func readActorsFile(path string) ([]statement.Actor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, statement.MaxActorsFile+1)) // one byte over: ParseActors refuses it
	if err != nil {
		return nil, err
	}
	return statement.ParseActors(filepath.Base(path), data)
}

// setActors puts actors in the project, marking it changed when they
// differ; the caller starts the new analysis.
func (ws *Workspace) setActors(actors []statement.Actor) {
	if slices.EqualFunc(actors, ws.project.Settings.Actors, func(a, b statement.Actor) bool {
		return a.Name == b.Name && slices.Equal(a.Aliases, b.Aliases)
	}) {
		return
	}
	ws.project.Settings.Actors = actors
	ws.dirty = true
}

// OpenChanged is Open for a project that differs from its file at path
// (parley open --actors FILE added actors to it): the window shows it
// unsaved.
func OpenChanged(a fyne.App, p *project.Project, path string) fyne.Window {
	w, _ := openChanged(a, p, path)
	return w
}

func openChanged(a fyne.App, p *project.Project, path string) (fyne.Window, *Workspace) {
	w, ws := open(a, p, path)
	ws.dirty = true
	ws.updateTitle()
	return w, ws
}

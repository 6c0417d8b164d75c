package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/parley-app/parley/project"
)

// Autosave: while the comparison has unsaved changes, a copy is written
// every minute to a recovery file in Parley's storage folder. Saving or
// closing cleanly removes it; finding it at the next start means Parley
// stopped with work unsaved, and the analyst is offered to restore it.

const autosaveEvery = time.Minute

// recoveryInfo is written beside the recovery copy: where the project was
// saved (if it was), and when the copy was made.
type recoveryInfo struct {
	Path  string    `json:"path"`
	Saved time.Time `json:"saved"`
}

func (ws *Workspace) recoveryFiles() (data, info string) {
	dir := ws.app.Storage().RootURI().Path()
	return filepath.Join(dir, "recovery"+project.Extension), filepath.Join(dir, "recovery.json")
}

// startAutosave runs autosave every minute for the life of the window.
func (ws *Workspace) startAutosave() {
	ticker := time.NewTicker(autosaveEvery)
	stop := make(chan struct{})
	ws.window.SetOnClosed(func() {
		ticker.Stop()
		close(stop)
		if !ws.dirty {
			ws.removeRecovery()
		}
	})
	go func() {
		for {
			select {
			case <-ticker.C:
				ws.bg.post(ws.autosave)
			case <-stop:
				return
			}
		}
	}()
}

// autosave writes the recovery copy if there is unsaved work. The project
// is encoded on the UI goroutine (a consistent snapshot) and written off it.
func (ws *Workspace) autosave() {
	if !ws.dirty {
		return
	}
	data, err := ws.project.Marshal()
	if err != nil {
		fyne.LogError("autosave", err)
		return
	}
	info, _ := json.Marshal(recoveryInfo{Path: ws.path, Saved: time.Now()})
	dataPath, infoPath := ws.recoveryFiles()
	ws.bg.run(func() {
		if err := os.MkdirAll(filepath.Dir(dataPath), 0o700); err != nil {
			fyne.LogError("autosave", err)
			return
		}
		if err := project.WriteFileAtomic(dataPath, data, false); err != nil {
			fyne.LogError("autosave", err)
			return
		}
		if err := project.WriteFileAtomic(infoPath, info, false); err != nil {
			fyne.LogError("autosave", err)
		}
	}, ws.jobFailed)
}

func (ws *Workspace) removeRecovery() {
	dataPath, infoPath := ws.recoveryFiles()
	os.Remove(dataPath)
	os.Remove(infoPath)
}

// offerRecovery asks to restore an autosaved comparison left by a session
// that did not end cleanly. It returns false when there is none.
func (ws *Workspace) offerRecovery() bool {
	dataPath, infoPath := ws.recoveryFiles()
	p, err := project.Load(dataPath)
	if err != nil {
		if !os.IsNotExist(err) {
			fyne.LogError("reading the recovery copy", err)
		}
		return false
	}
	var info recoveryInfo
	if raw, err := os.ReadFile(infoPath); err == nil {
		_ = json.Unmarshal(raw, &info)
	}
	when := "at an unknown time"
	if !info.Saved.IsZero() {
		when = "at " + info.Saved.Format("15:04 on 2 January 2006")
	}
	dialog.ShowConfirm("Restore unsaved work?",
		fmt.Sprintf("Parley stopped before your last changes were saved. A copy was kept %s (%s).\nRestore it?", when, counted(len(p.Statements), "statement", "statements")),
		func(restore bool) {
			if restore {
				ws.setProject(p, info.Path)
				ws.dirty = true
				ws.updateTitle()
				return
			}
			ws.removeRecovery()
		}, ws.window)
	return true
}

// Parley compares official statements: it aligns them by topic and shows
// where the wording and the commitments differ. Run "parley help".
package main

import (
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/cli"
	"github.com/parley-app/parley/internal/appinfo"
	_ "github.com/parley-app/parley/internal/fynecache" // before Fyne's init: see the package
	"github.com/parley-app/parley/internal/logfile"
	_ "github.com/parley-app/parley/internal/quietlocale" // before Fyne's init: see the package
	"github.com/parley-app/parley/ui"
)

func main() {
	ui.ProcessStart = time.Now()
	info := appinfo.Info()
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdout: os.Stdout, Stderr: os.Stderr, Info: info,
		OpenWindow: func(w cli.Window) error { return runWindow(info, w) },
		StartLog:   logfile.ForCommandLine(os.Stderr),
	}))
}

func runWindow(info appinfo.AppInfo, w cli.Window) error {
	stopProfile := startProfile()
	defer stopProfile()
	ui.AfterFirstFrame(pauseCollector())
	icon := fyne.NewStaticResource("icon.png", assets.Icon)
	app.SetMetadata(fyne.AppMetadata{ID: info.ID, Name: info.Name, Version: info.Version, Build: info.Build, Icon: icon})
	a := app.NewWithID(info.ID)
	a.SetIcon(icon)
	open := ui.Open
	if w.Changed {
		open = ui.OpenChanged // parley open --actors FILE added actors to the project
	}
	win := open(a, w.Project, w.ProjectPath)
	win.SetMaster()
	releaseWhenIdle(func() { fyne.Do(func() { win.Canvas().Refresh(win.Content()) }) })
	win.ShowAndRun()
	return nil
}

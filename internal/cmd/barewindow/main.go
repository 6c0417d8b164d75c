// Command barewindow opens a bare Fyne window of five tabs, the size of
// Parley's, and prints when its first frame was painted: the yardstick for
// Parley's own first frame in scripts/window-timings.sh. Not linked into
// the programs.
package main

import (
	"fmt"
	"image"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	start := time.Now()
	a := app.NewWithID("org.parley.barewindow")
	w := a.NewWindow("Bare window")
	tabs := container.NewAppTabs()
	for _, name := range []string{"One", "Two", "Three", "Four", "Five"} {
		tabs.Append(container.NewTabItem(name, widget.NewLabel(name)))
	}
	// Painted with the rest of the first frame, as Parley's probe is
	// (ui/startup.go): the same "trace: first-frame" line.
	var once sync.Once
	probe := canvas.NewRaster(func(w, h int) image.Image {
		once.Do(func() {
			now := time.Now()
			fmt.Fprintf(os.Stderr, "trace: first-frame unix_ms=%d main_ms=%d\n", now.UnixMilli(), now.Sub(start).Milliseconds())
		})
		return image.NewNRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	})
	probe.SetMinSize(fyne.NewSize(1, 1))
	w.SetContent(container.NewBorder(nil, container.NewBorder(nil, nil, nil, probe, widget.NewLabel("status")), nil, nil, tabs))
	w.Resize(fyne.NewSize(1400, 900))
	w.ShowAndRun()
}

package ui

import (
	"fmt"
	"image"
	"io"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
)

// ProcessStart is when the program started; main sets it first thing, so
// that start-up can be measured to the moment the analysis is on screen.
var ProcessStart = time.Now()

// traceStartup prints, once, how long the window took to show the first
// analysis when PARLEY_TRACE_STARTUP is set (scripts/startup-time.sh).
func (ws *Workspace) traceStartup() {
	ws.trace.mark("analysis")
	if ws.startupTraced || !tracing() {
		return
	}
	ws.startupTraced = true
	fmt.Fprintf(os.Stderr, "startup: first analysis on screen after %d ms\n", time.Since(ProcessStart).Milliseconds())
}

func tracing() bool { return os.Getenv("PARLEY_TRACE_STARTUP") != "" }

// addTracePing makes Ctrl+Shift+F12 mark the next frame "ping" when tracing:
// events are handled in order, so scripts/soak.sh times an action that
// marks nothing itself (a scroll, typing) to the frame after a ping sent
// just after it. Without tracing there is no such key.
func (ws *Workspace) addTracePing(c fyne.Canvas) {
	if ws.trace == nil {
		return
	}
	ping := &desktop.CustomShortcut{KeyName: fyne.KeyF12, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}
	c.AddShortcut(ping, func(fyne.Shortcut) { ws.trace.mark("ping") })
}

// paintProbe tells when the window has painted: the first frame, and the
// first frame after each marked event (the analysis shown, a click, a tab
// switch), as "trace:" lines on stderr with the wall-clock time in
// milliseconds, so that scripts/window-timings.sh can measure from the
// moment it sent a key or click. It is a 1×1 raster the painter redraws
// only when the probe is refreshed, so it costs nothing between events. A
// nil probe (tracing off) does nothing.
type paintProbe struct {
	out     io.Writer
	raster  *canvas.Raster
	painted bool
	pending []probeMark // events waiting for the next frame
}

type probeMark struct {
	name string
	at   time.Time
}

// newPaintProbe returns a probe when PARLEY_TRACE_STARTUP is set, else nil.
func newPaintProbe() *paintProbe {
	if !tracing() {
		return nil
	}
	p := &paintProbe{out: os.Stderr}
	p.raster = canvas.NewRaster(p.draw)
	p.raster.SetMinSize(fyne.NewSize(1, 1))
	return p
}

// beside puts the probe at the right of o, the status bar (o alone when off).
func (p *paintProbe) beside(o fyne.CanvasObject) fyne.CanvasObject {
	if p == nil {
		return o
	}
	return container.NewBorder(nil, nil, nil, p.raster, o)
}

// mark records an event; the next frame reports it. Called on the UI goroutine.
func (p *paintProbe) mark(name string) {
	if p == nil {
		return
	}
	p.pending = append(p.pending, probeMark{name, time.Now()})
	p.raster.Refresh()
}

// draw runs while the window paints: it reports the frame and the events
// it shows.
func (p *paintProbe) draw(w, h int) image.Image {
	now := time.Now()
	if !p.painted {
		p.painted = true
		fmt.Fprintf(p.out, "trace: first-frame unix_ms=%d main_ms=%d\n", now.UnixMilli(), now.Sub(ProcessStart).Milliseconds())
	}
	for _, m := range p.pending {
		fmt.Fprintf(p.out, "trace: %s unix_ms=%d main_ms=%d handled_ms=%d\n", m.name, now.UnixMilli(),
			now.Sub(ProcessStart).Milliseconds(), now.Sub(m.at).Milliseconds())
	}
	p.pending = p.pending[:0]
	return image.NewNRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
}

// firstFrame holds the first analysis until the window has painted once:
// on a busy machine the analysis's goroutines would otherwise take the
// processor from the window's first frame, which stayed black for seconds.
// The status bar says "Analysing…" meanwhile. A window that never paints
// (the test driver) never starts its held analysis.
type firstFrame struct {
	raster  *canvas.Raster
	holding bool   // until the first paint
	pending func() // the analysis to start then
	painted sync.Once
}

func newFirstFrame() *firstFrame {
	f := &firstFrame{}
	f.raster = canvas.NewRaster(f.draw)
	f.raster.SetMinSize(fyne.NewSize(1, 1))
	return f
}

// hold makes start wait for the first paint, while holding is on;
// it returns whether it did.
func (f *firstFrame) hold(start func()) bool {
	if !f.holding {
		return false
	}
	f.pending = start
	return true
}

// draw runs while the window paints; the held start runs just after, on
// the UI goroutine.
func (f *firstFrame) draw(w, h int) image.Image {
	f.painted.Do(func() {
		go fyne.Do(func() {
			f.holding = false
			if start := f.pending; start != nil {
				f.pending = nil
				start()
			}
			runFirstFrameHooks()
		})
	})
	return image.NewNRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
}

// firstFrameHooks run once, after the first frame any window paints.
var firstFrameHooks struct {
	sync.Mutex
	fs []func()
}

// AfterFirstFrame has f run once, on the UI goroutine, just after the
// first frame that any window of this process paints (main lets the
// garbage collector run again then). A process whose windows never paint
// (the test driver) never runs f.
func AfterFirstFrame(f func()) {
	firstFrameHooks.Lock()
	defer firstFrameHooks.Unlock()
	firstFrameHooks.fs = append(firstFrameHooks.fs, f)
}

func runFirstFrameHooks() {
	firstFrameHooks.Lock()
	fs := firstFrameHooks.fs
	firstFrameHooks.fs = nil
	firstFrameHooks.Unlock()
	for _, f := range fs {
		f()
	}
}

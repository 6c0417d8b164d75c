package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestViewsFilledWhenFirstShown: the Topics, Commitments and Vocabulary
// views take an analysis only when they are on screen: none before the
// analyst opens them, the newest when one is opened, and a new analysis at
// once for the view shown, later for the others.
func TestViewsFilledWhenFirstShown(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if ws.result == nil {
		t.Fatal("no analysis")
	}
	if ws.topics.an != nil || ws.commits.an != nil || len(ws.vocab.grid.Objects) != 0 {
		t.Fatal("views filled before they were shown")
	}
	ws.tabs.SelectIndex(topicsTab)
	if ws.topics.an != ws.result || ws.commits.an != nil {
		t.Fatalf("after showing Topics: topics has the analysis %v, commitments %v", ws.topics.an == ws.result, ws.commits.an != nil)
	}

	first := ws.result
	ws.changed() // a new analysis, with Topics on screen
	ws.bg.settle()
	if ws.result == first || ws.topics.an != ws.result {
		t.Fatal("the view on screen did not take the new analysis at once")
	}
	if ws.commits.an != nil {
		t.Fatal("Commitments filled while hidden")
	}
	ws.tabs.SelectIndex(commitmentsTab)
	ws.tabs.SelectIndex(vocabularyTab)
	if ws.commits.an != ws.result || len(ws.vocab.grid.Objects) != len(ws.result.Statements) {
		t.Errorf("after showing them: commitments has the newest analysis %v, vocabulary %d cards",
			ws.commits.an == ws.result, len(ws.vocab.grid.Objects))
	}
}

// refreshCounter is a widget that counts its refreshes.
type refreshCounter struct {
	widget.BaseWidget
	n int
}

func (r *refreshCounter) Refresh() { r.n++ }

func (r *refreshCounter) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(nil))
}

// TestQuietTabRefreshesOnThemeChange: switching tabs refreshes none of
// the views (Fyne's tabs would refresh them all); a new theme reaches them.
func TestQuietTabRefreshesOnThemeChange(t *testing.T) {
	a := test.NewTempApp(t)
	views := []*refreshCounter{{}, {}}
	tabs := container.NewAppTabs()
	for _, v := range views {
		v.ExtendBaseWidget(v)
		tabs.Append(container.NewTabItem("v", newQuietTab(v)))
	}
	w := test.NewWindow(tabs)
	defer w.Close()
	before := views[0].n + views[1].n
	tabs.SelectIndex(1)
	tabs.SelectIndex(0)
	if got := views[0].n + views[1].n; got != before {
		t.Errorf("switching tabs refreshed the views %d times", got-before)
	}
	a.Settings().SetTheme(theme.LightTheme())
	tabs.Refresh()
	if views[0].n == 0 || views[1].n == 0 {
		t.Errorf("a new theme did not reach the views: %d, %d refreshes", views[0].n, views[1].n)
	}
}

// TestAnalysisHeldUntilFirstFrame: the first analysis starts once the
// window has painted, not before; later ones start at once.
func TestAnalysisHeldUntilFirstFrame(t *testing.T) {
	test.NewTempApp(t)
	f := newFirstFrame()
	f.holding = true
	started := make(chan struct{})
	if !f.hold(func() { close(started) }) {
		t.Fatal("the analysis was not held before the first frame")
	}
	select {
	case <-started:
		t.Fatal("the held analysis started before the first frame")
	default:
	}
	f.draw(1, 1)
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the held analysis did not start after the first frame")
	}
	if f.hold(func() {}) {
		t.Error("an analysis after the first frame was held")
	}
}

// TestAfterFirstFrameRunsOnce: a hook waits for the first frame any
// window paints, runs then, and not again at the next frame.
func TestAfterFirstFrameRunsOnce(t *testing.T) {
	test.NewTempApp(t)
	runs := make(chan struct{}, 2)
	AfterFirstFrame(func() { runs <- struct{}{} })
	select {
	case <-runs:
		t.Fatal("the hook ran before any frame")
	default:
	}
	f := newFirstFrame()
	f.draw(1, 1)
	select {
	case <-runs:
	case <-time.After(5 * time.Second):
		t.Fatal("the hook did not run after the first frame")
	}
	newFirstFrame().draw(1, 1)
	fyne.DoAndWait(func() {}) // the second window's first frame has been handled
	time.Sleep(50 * time.Millisecond)
	if len(runs) != 0 {
		t.Error("the hook ran again at another window's first frame")
	}
}

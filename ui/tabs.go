package ui

import "fyne.io/fyne/v2/container"

// lazyViews fills a view with the newest analysis only when it is on
// screen: the view shown takes it at once, each other one when it is next
// selected. Filling a table or a list of every commitment for two
// communiqués costs the UI goroutine time the analyst would wait for at
// start-up, for views that are often never opened.
type lazyViews struct {
	tabs   *container.AppTabs
	update map[int]func() // by tab index: brings the view up to date
	stale  map[int]bool   // views that have not taken the newest analysis
}

func newLazyViews(tabs *container.AppTabs, update map[int]func()) *lazyViews {
	return &lazyViews{tabs: tabs, update: update, stale: map[int]bool{}}
}

// changed records a new analysis: the view on screen takes it now.
func (l *lazyViews) changed() {
	for i := range l.update {
		l.stale[i] = true
	}
	l.shown(l.tabs.SelectedIndex())
}

// shown brings tab i up to date if it is stale; the tabs call it when
// one is selected.
func (l *lazyViews) shown(i int) {
	if f, ok := l.update[i]; ok && l.stale[i] {
		l.stale[i] = false
		f()
	}
}

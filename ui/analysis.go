package ui

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// analysisRunner runs compare.Analyze in the background. Starting a new run
// cancels the one under way, so only the newest input's result is shown.
type analysisRunner struct {
	bg     *background
	status *statusBar
	show   func(*compare.Analysis)

	mu     sync.Mutex
	cancel context.CancelFunc
	gen    int
}

func newAnalysisRunner(bg *background, status *statusBar, show func(*compare.Analysis)) *analysisRunner {
	return &analysisRunner{bg: bg, status: status, show: show}
}

// start analyses statements off the UI goroutine; the result is handed to
// show on the UI goroutine.
func (r *analysisRunner) start(statements []statement.Statement, opt compare.Options) {
	r.mu.Lock()
	if r.cancel != nil {
		r.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	r.gen++
	gen := r.gen
	r.mu.Unlock()

	r.status.working("Analysing…", 0)
	r.status.cancellable(func() { r.stop(gen) })
	r.bg.run(func() {
		defer cancel()
		a, err := compare.Analyze(ctx, statements, opt, func(done float64) {
			r.bg.post(func() { r.progress(gen, done) })
		})
		r.bg.post(func() { r.finish(gen, a, err) })
	}, func(err error) { r.finish(gen, nil, fmt.Errorf("the analysis failed: %w", err)) })
}

// stop cancels run gen at the analyst's request; the views keep the last
// finished analysis.
func (r *analysisRunner) stop(gen int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if gen == r.gen && r.cancel != nil {
		r.cancel() // finish sees context.Canceled for the current run
	}
}

func (r *analysisRunner) progress(gen int, done float64) {
	if r.current(gen) {
		r.status.working("Analysing…", done)
	}
}

func (r *analysisRunner) current(gen int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return gen == r.gen
}

func (r *analysisRunner) finish(gen int, a *compare.Analysis, err error) {
	switch {
	case !r.current(gen):
		return // a newer run owns the status bar
	case errors.Is(err, context.Canceled):
		r.status.done()
		r.status.notify("Analysis cancelled: the views show the last finished analysis; any edit starts a new one")
	case err != nil:
		r.status.failed(err)
	default:
		r.status.done()
		r.show(a)
	}
}

package ui

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/parley-app/parley/compare"
)

// analysisRunner runs compare.Analyze in the background. Starting a new run
// cancels the one under way, so only the newest input's result is shown.
type analysisRunner struct {
	status *statusBar
	show   func(*compare.Analysis)

	mu     sync.Mutex
	cancel context.CancelFunc
	gen    int
	wg     sync.WaitGroup
}

func newAnalysisRunner(status *statusBar, show func(*compare.Analysis)) *analysisRunner {
	return &analysisRunner{status: status, show: show}
}

// start analyses statements off the UI goroutine; the result is handed to
// show on the UI goroutine.
func (r *analysisRunner) start(statements []compare.Statement) {
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
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer cancel()
		a, err := r.analyze(ctx, statements)
		fyne.Do(func() { r.finish(gen, a, err) })
	}()
}

func (r *analysisRunner) analyze(ctx context.Context, statements []compare.Statement) (a *compare.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil { // a bug in the analysis must not take the window down
			err = fmt.Errorf("the analysis failed unexpectedly: %v", p)
		}
	}()
	return compare.Analyze(ctx, statements, compare.Options{}, func(done float64) {
		fyne.Do(func() { r.status.working("Analysing…", done) })
	})
}

func (r *analysisRunner) finish(gen int, a *compare.Analysis, err error) {
	r.mu.Lock()
	current := gen == r.gen
	r.mu.Unlock()
	switch {
	case !current || errors.Is(err, context.Canceled):
		return // a newer run owns the status bar
	case err != nil:
		r.status.failed(err)
	default:
		r.status.done()
		r.show(a)
	}
}

// wait blocks until every started run has finished; tests use it.
func (r *analysisRunner) wait() { r.wg.Wait() }

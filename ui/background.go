package ui

import (
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"

	"fyne.io/fyne/v2"
)

// background runs work off the UI goroutine and hands results back to it.
// Tests swap post for a queue they drain on their own goroutine, because
// Fyne's test driver runs fyne.Do callbacks on the calling goroutine.
type background struct {
	post func(func()) // runs a function on the UI goroutine
	jobs sync.WaitGroup

	mu     sync.Mutex
	queued []func() // used when post is the test queue
}

func newBackground() *background { return &background{post: fyne.Do} }

// run starts job on its own goroutine. A panic in job is recovered and
// handed to onPanic on the UI goroutine, so a bug in one job cannot take
// the window and the analyst's work down with it.
func (b *background) run(job func(), onPanic func(error)) {
	b.jobs.Add(1)
	go func() {
		defer b.jobs.Done()
		defer func() {
			if p := recover(); p != nil {
				err := fmt.Errorf("internal error: %v", p)
				slog.Error("background job panicked", "err", err, "stack", string(debug.Stack()))
				b.post(func() { onPanic(err) })
			}
		}()
		job()
	}()
}

// later runs f on the UI goroutine in a later turn of its event loop, after
// the frame being made: a goroutine of its own only hands f back. For UI
// work that can wait but must stay on the UI goroutine (measuring with
// Fyne's fonts, which are not safe for concurrent use).
func (b *background) later(f func()) {
	b.run(func() { b.post(f) }, func(error) {}) // handing back cannot panic
}

// useQueue makes post queue functions for settle instead of running them.
func (b *background) useQueue() {
	b.post = func(f func()) {
		b.mu.Lock()
		b.queued = append(b.queued, f)
		b.mu.Unlock()
	}
}

// settle waits for every job and runs what they posted, until nothing is
// left; tests call it where the real app would simply keep running.
func (b *background) settle() {
	for {
		b.jobs.Wait()
		b.mu.Lock()
		q := b.queued
		b.queued = nil
		b.mu.Unlock()
		if len(q) == 0 {
			return
		}
		for _, f := range q {
			f()
		}
	}
}

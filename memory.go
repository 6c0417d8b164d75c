package main

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/parley-app/parley/internal/fynecache"
)

// The window's Go memory is handed back to the system when the window is
// idle, and only loosely limited while the analyst works. A soft limit a
// little above the live heap (1.5 times, what this file did before) kept
// the heap small but made the collector run without pause whenever a view
// was first drawn, and hand memory back only to fault it in again: half of
// a tab switch's time on two cores. Now the limit is twice the live heap
// and some room, above where the collector's own pacing (GOGC) puts the
// heap in ordinary work, so it only holds back a burst such as a report's;
// and once the window has been idle for a moment whatever the heap holds
// beyond its live data is returned at once.
const (
	memoryFloor    = 96 << 20 // the window's live heap is about 48 MB with two communiqués, half of it fonts
	memoryHeadroom = 16 << 20 // above twice the live heap: the runtime's own memory, and a little room
	memoryEvery    = 2 * time.Second
	// idleAllocation is the most an idle window allocates between two
	// looks: a caret blinking, a tooltip.
	idleAllocation = 4 << 20
	// retainedSlack is how much the heap may keep beyond its live data
	// before an idle window hands it back.
	retainedSlack = 16 << 20
)

// memoryReading is what the runtime says of its heap at one look.
type memoryReading struct {
	live      uint64 // reachable at the last collection
	allocated uint64 // allocated since the start, in all
	retained  uint64 // held from the system: objects, unused and free spans
}

// memoryMetrics are what readMemory reads, in its order.
var memoryMetrics = []string{"/gc/heap/live:bytes", "/gc/heap/allocs:bytes",
	"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes", "/memory/classes/heap/free:bytes"}

func readMemory(s []metrics.Sample) memoryReading {
	metrics.Read(s)
	v := func(i int) uint64 {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return s[i].Value.Uint64()
	}
	return memoryReading{live: v(0), allocated: v(1), retained: v(2) + v(3) + v(4)}
}

// shouldRelease reports whether, between two looks, the window was idle
// while its heap held more than its live data and the slack.
func shouldRelease(before, now memoryReading) bool {
	idle := now.allocated-before.allocated < idleAllocation
	return idle && now.retained > now.live+retainedSlack
}

// memoryLimit is the soft limit for a live heap of live bytes.
func memoryLimit(live uint64) int64 {
	return max(memoryFloor, 2*int64(live)+memoryHeadroom)
}

// startupLimit bounds the heap while the collector is paused for the
// first frame: far above what two communiqués need then (about 80 MB),
// so that only a project far larger than usual makes it collect.
const startupLimit = 384 << 20

// pauseCollector stops the garbage collector, under the soft startupLimit,
// until resume is called. Making the first frame allocates the fonts, the
// panes' word widths and rows, nearly all of it kept; collecting meanwhile
// (a quarter of the processors, and assists) only delayed that frame on
// two cores, by about a tenth. main resumes it once the frame is painted.
func pauseCollector() (resume func()) {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(startupLimit)
	var once sync.Once
	return func() {
		once.Do(func() {
			debug.SetGCPercent(percent)
			debug.SetMemoryLimit(limit)
		})
	}
}

// releaseWhenIdle looks at the heap every few seconds, from when the first
// analysis is likely done, and returns what an idle window does not use:
// the Go heap beyond its live data with the C heap's free pages (what
// Fyne freed while the analyst worked: textures expired meanwhile, 4 MB
// after a soak of the views), and, once the window has been idle longer
// than Fyne keeps what it drew, the textures of text no longer on screen.
// Fyne frees those only when it paints, and an idle window does not
// paint, so repaint asks for one frame; then the C heap they were in is
// handed back (trimCHeap).
func releaseWhenIdle(repaint func()) {
	samples := make([]metrics.Sample, len(memoryMetrics))
	for i, name := range memoryMetrics {
		samples[i].Name = name
	}
	time.AfterFunc(3*time.Second, func() {
		before := readMemory(samples)
		var idle idleTime
		for ; ; time.Sleep(memoryEvery) {
			now := readMemory(samples)
			debug.SetMemoryLimit(memoryLimit(now.live))
			if shouldRelease(before, now) {
				debug.FreeOSMemory()
				trimCHeap()
				now = readMemory(samples)
			}
			if idle.add(now.allocated-before.allocated < idleAllocation, memoryEvery) {
				repaint()
				time.Sleep(time.Second) // the frame, which frees the expired textures
				trimCHeap()
				now = readMemory(samples)
			}
			before = now
		}
	})
}

// idleTime counts how long the window has been idle, to free what it drew
// once per idle spell, after Fyne's cache has expired it.
type idleTime struct {
	spell time.Duration
	freed bool
}

// add records a look (idle or not, every) and reports whether it is time
// to free what was drawn.
func (t *idleTime) add(idle bool, every time.Duration) bool {
	if !idle {
		*t = idleTime{}
		return false
	}
	t.spell += every
	if t.freed || t.spell <= fynecache.Expiry {
		return false
	}
	t.freed = true
	return true
}

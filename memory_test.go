package main

import (
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/parley-app/parley/internal/fynecache"
)

func TestShouldRelease(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		name        string
		before, now memoryReading
		want        bool
	}{
		{"idle, holding much beyond its live data", memoryReading{live: 50 * mb, allocated: 900 * mb}, memoryReading{live: 50 * mb, allocated: 901 * mb, retained: 110 * mb}, true},
		{"busy: a view being drawn", memoryReading{live: 50 * mb, allocated: 900 * mb}, memoryReading{live: 50 * mb, allocated: 960 * mb, retained: 110 * mb}, false},
		{"idle, holding little beyond its live data", memoryReading{live: 50 * mb, allocated: 900 * mb}, memoryReading{live: 50 * mb, allocated: 901 * mb, retained: 60 * mb}, false},
		{"idle, and just released", memoryReading{live: 50 * mb, allocated: 901 * mb}, memoryReading{live: 50 * mb, allocated: 901 * mb, retained: 52 * mb}, false},
	} {
		if got := shouldRelease(c.before, c.now); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMemoryMetricsExist: every metric releaseWhenIdle reads is one this
// Go runtime has, so a rename cannot silently turn the release off.
func TestMemoryMetricsExist(t *testing.T) {
	known := map[string]bool{}
	for _, d := range metrics.All() {
		known[d.Name] = true
	}
	for _, name := range memoryMetrics {
		if !known[name] {
			t.Errorf("the runtime has no metric %s", name)
		}
	}
}

func TestMemoryLimit(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, memoryFloor},
		{30 * mb, memoryFloor}, // below the floor: a small project
		{48 * mb, 112 * mb},    // two communiqués: above GOGC's goal of 96 MB
		{200 * mb, 416 * mb},   // a large project
	} {
		if got := memoryLimit(c.live); got != c.want {
			t.Errorf("live %d MB: limit %d MB, want %d MB", c.live/mb, got/mb, c.want/mb)
		}
	}
}

// TestPauseCollector: the collector is off, under the start-up limit,
// until resume, which puts back both settings, once.
func TestPauseCollector(t *testing.T) {
	percent := func() int { p := debug.SetGCPercent(0); debug.SetGCPercent(p); return p }
	limit := func() int64 { return debug.SetMemoryLimit(-1) } // -1 reads without changing
	wantPercent, wantLimit := percent(), limit()

	resume := pauseCollector()
	if p, l := percent(), limit(); p != -1 || l != startupLimit {
		t.Errorf("paused: GC percent %d, memory limit %d; want -1 (off) and %d", p, l, startupLimit)
	}
	resume()
	if p, l := percent(), limit(); p != wantPercent || l != wantLimit {
		t.Errorf("resumed: GC percent %d, memory limit %d; want %d and %d", p, l, wantPercent, wantLimit)
	}
	debug.SetGCPercent(50)
	resume() // a second call changes nothing
	if p := percent(); p != 50 {
		t.Errorf("a second resume set GC percent %d", p)
	}
	debug.SetGCPercent(wantPercent)
}

// TestIdleTimeFreesOncePerSpell: what was drawn is freed once an idle
// spell outlasts Fyne's cache, and again only after the window was busy.
func TestIdleTimeFreesOncePerSpell(t *testing.T) {
	every := 2 * time.Second
	var idle idleTime
	looks := int(fynecache.Expiry/every) + 1 // the first look past the expiry
	for i := 1; i < looks; i++ {
		if idle.add(true, every) {
			t.Fatalf("freed after %v idle, before the cache's %v had passed", time.Duration(i)*every, fynecache.Expiry)
		}
	}
	if !idle.add(true, every) {
		t.Fatalf("not freed after %v idle", time.Duration(looks)*every)
	}
	for i := 0; i < 3*looks; i++ {
		if idle.add(true, every) {
			t.Fatal("freed twice in one idle spell")
		}
	}
	idle.add(false, every) // the analyst works again
	for i := 1; i < looks; i++ {
		idle.add(true, every)
	}
	if !idle.add(true, every) {
		t.Fatal("not freed in the next idle spell")
	}
}

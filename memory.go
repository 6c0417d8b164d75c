package main

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// The window's Go memory: a soft limit a little above the live heap, so
// that the runtime hands back what the start-up and each analysis left
// behind instead of keeping up to twice the live heap (GOGC's default),
// and more when the analyst opens more text.
const (
	memoryFloor    = 64 << 20 // no lower: the window's live heap is 45 MB with two communiqués, half of it Fyne's fonts
	memoryHeadroom = 8 << 20  // the runtime's own memory besides the heap
	memoryEvery    = 5 * time.Second
)

// limitMemory adjusts the limit every few seconds to 1.5 times the live
// heap, first after the analysis of the opened statements is done (no
// limit before: collecting harder would slow the first analysis down).
func limitMemory() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	time.AfterFunc(3*time.Second, func() {
		for ; ; time.Sleep(memoryEvery) {
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			live := int64(sample[0].Value.Uint64())
			debug.SetMemoryLimit(max(memoryFloor, live*3/2+memoryHeadroom))
		}
	})
}

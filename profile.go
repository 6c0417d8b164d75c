package main

import (
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"sync"
	"time"
)

// startProfile writes a CPU profile of the window's first seconds to the
// file PARLEY_CPUPROFILE names, and a heap profile to PARLEY_MEMPROFILE's
// at their end (PARLEY_CPUPROFILE_SECONDS, default 10), so that where
// start-up time and memory go can be read with go tool pprof. The returned
// function stops the CPU profile early (at quit); both do nothing unset.
func startProfile() (stop func()) {
	seconds, err := strconv.ParseFloat(os.Getenv("PARLEY_CPUPROFILE_SECONDS"), 64)
	if err != nil || seconds <= 0 {
		seconds = 10
	}
	after := time.Duration(seconds * float64(time.Second))
	if path := os.Getenv("PARLEY_MEMPROFILE"); path != "" {
		time.AfterFunc(after, func() { writeHeapProfile(path) })
	}
	path := os.Getenv("PARLEY_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		slog.Error("cpu profile", "err", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		slog.Error("cpu profile", "err", err)
		f.Close()
		return func() {}
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			pprof.StopCPUProfile()
			f.Close()
		})
	}
	time.AfterFunc(after, stop)
	return stop
}

// writeHeapProfile writes the live heap after a collection, and prints
// how much memory Go holds beside it (the rest of the process's resident
// memory is C's: OpenGL, fonts, textures).
func writeHeapProfile(path string) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(os.Stderr, "memory: heap in use %d MB, Go runtime total %d MB\n", m.HeapInuse>>20, m.Sys>>20)
	f, err := os.Create(path)
	if err != nil {
		slog.Error("heap profile", "err", err)
		return
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		slog.Error("heap profile", "err", err)
	}
}

package main

import (
	"log/slog"
	"os"
	"runtime/pprof"
	"strconv"
	"sync"
	"time"
)

// startProfile writes a CPU profile of the window's first seconds to the
// file PARLEY_CPUPROFILE names (PARLEY_CPUPROFILE_SECONDS long, default 10),
// so that where start-up time goes can be read with go tool pprof. The
// returned function stops it early (at quit); it does nothing when unset.
func startProfile() (stop func()) {
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
	seconds, err := strconv.ParseFloat(os.Getenv("PARLEY_CPUPROFILE_SECONDS"), 64)
	if err != nil || seconds <= 0 {
		seconds = 10
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			pprof.StopCPUProfile()
			f.Close()
		})
	}
	time.AfterFunc(time.Duration(seconds*float64(time.Second)), stop)
	return stop
}

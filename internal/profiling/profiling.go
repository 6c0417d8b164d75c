// Package profiling writes a CPU profile of the whole process when the
// environment asks for one (PARLEY_CPUPROFILE=FILE), so that where a
// command's time goes can be measured as a user runs it, start-up and
// output included: go tool pprof -top FILE.
package profiling

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// EnvVar names the file the profile is written to.
const EnvVar = "PARLEY_CPUPROFILE"

// Start begins profiling when EnvVar is set; stop ends it and closes the
// file. Problems are reported to errs and never stop the command.
func Start(errs io.Writer) (stop func()) {
	path := os.Getenv(EnvVar)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(errs, "parley: %s: %v\n", EnvVar, err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(errs, "parley: %s: %v\n", EnvVar, err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(errs, "parley: %s: %v\n", EnvVar, err)
		}
	}
}

// Command parley-cli is Parley's command line without the window: the same
// commands as parley, in a binary that needs no X11 or OpenGL libraries and
// starts in a few milliseconds, for servers and scripts.
package main

import (
	"os"
	"runtime/debug"

	"github.com/parley-app/parley/cli"
	"github.com/parley-app/parley/internal/appinfo"
	"github.com/parley-app/parley/internal/logfile"
)

// memoryLimit is the heap size at which a command starts collecting
// garbage. Every command runs once and exits, so collecting earlier is work
// thrown away at exit (one collection was a fifth of a communiqué diff's
// time); the largest analysis measured, 149 statements, keeps under 90 MB
// live, inside the limit, and then stays near it.
const memoryLimit = 128 << 20

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Run(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Info: appinfo.Info(),
		StartLog: logfile.ForCommandLine(os.Stderr)}))
}

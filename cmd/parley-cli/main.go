// Command parley-cli is Parley's command line without the window: the same
// commands as parley, in a binary that needs no X11 or OpenGL libraries and
// starts in a few milliseconds, for servers and scripts.
package main

import (
	"os"

	"github.com/parley-app/parley/cli"
	"github.com/parley-app/parley/internal/appinfo"
	"github.com/parley-app/parley/internal/logfile"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Info: appinfo.Info(),
		StartLog: logfile.ForCommandLine(os.Stderr)}))
}

// Command difffloor word-diffs two versions of a text with Parley's engine
// (worddiff.Versions) and prints the result as JSON, and does nothing else:
// no importers, no analysis packages, no flags. make bench times it beside
// parley-cli diff --json as the floor for a Go process doing that diff, so
// that the part of parley-cli's time that is its own start-up shows. Not
// linked into the programs.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/parley-app/parley/compare/worddiff"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: difffloor OLD NEW")
		os.Exit(2)
	}
	a, err := os.ReadFile(os.Args[1])
	if err == nil {
		var b []byte
		if b, err = os.ReadFile(os.Args[2]); err == nil {
			w := bufio.NewWriter(os.Stdout)
			err = json.NewEncoder(w).Encode(worddiff.Versions(string(a), string(b), worddiff.Options{}))
			if err == nil {
				err = w.Flush()
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "difffloor:", err)
		os.Exit(1)
	}
}

// Command mkproject writes a .parley project from statement files, as the
// window's File → Save would: scripts/e2e.sh uses it to have a project to
// open. Usage: go run ./scripts/e2e/mkproject OUT.parley TITLE FILE...
package main

import (
	"fmt"
	"os"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

func main() {
	if len(os.Args) < 4 {
		fmt.Fprintln(os.Stderr, "usage: mkproject OUT.parley TITLE FILE...")
		os.Exit(2)
	}
	p := &project.Project{Title: os.Args[2]}
	var sts []statement.Statement
	for _, path := range os.Args[3:] {
		st, err := importer.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkproject:", err)
			os.Exit(1)
		}
		sts = append(sts, st)
	}
	p.Add(sts...)
	if err := p.Save(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "mkproject:", err)
		os.Exit(1)
	}
}

package cli

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/parley-app/parley/statement"
)

// actorsFlag is --actors FILE: actors to add to the built-in list, and to
// a project's own.
type actorsFlag struct{ path *string }

func addActorsFlag(fs *flag.FlagSet) actorsFlag {
	return actorsFlag{fs.String("actors", "", `actors file: one actor a line, "Name: alias; alias" (added to a project's own actors)`)}
}

// read reads the actors file, if one was named; errors name the file and
// the line.
func (f actorsFlag) read() ([]statement.Actor, error) {
	if *f.path == "" {
		return nil, nil
	}
	file, err := os.Open(*f.path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	// One byte over the limit is enough for ParseActors to refuse a file
	// too large, without reading all of it.
	data, err := io.ReadAll(io.LimitReader(file, statement.MaxActorsFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", *f.path, err)
	}
	return statement.ParseActors(*f.path, data)
}

// addTo adds actors, read by read, to the project w opens: after its own,
// an actor it has already getting the new aliases. It reports whether the
// project's actors changed.
func (f actorsFlag) addTo(w *Window, actors []statement.Actor) (changed bool, err error) {
	if len(actors) == 0 {
		return false, nil
	}
	s := &w.Project.Settings
	merged, err := statement.MergeActors(s.Actors, actors)
	if err != nil {
		return false, fmt.Errorf("%s: cannot add these actors to the project's: %w", *f.path, err)
	}
	changed = len(merged) != len(s.Actors)
	for i := range s.Actors {
		changed = changed || len(merged[i].Aliases) != len(s.Actors[i].Aliases)
	}
	s.Actors = merged
	return changed, nil
}

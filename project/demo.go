package project

import (
	"fmt"
	"path"
	"strings"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/statement"
)

// DemoTitle names the built-in comparison.
const DemoTitle = "Iran's attack on Israel, April 2024 — demo"

// Demo returns the built-in comparison: the statements of the seed article,
// one per voice. The embedded files are part of the build, so an error here
// is a packaging mistake that tests catch.
func Demo() (*Project, error) {
	p := &Project{Title: DemoTitle}
	for _, f := range assets.DemoStatements() {
		st, err := statement.ParseStatement(f.Name, f.Data)
		if err != nil {
			return nil, fmt.Errorf("built-in demo: %w", err)
		}
		st.ID = demoID(f.Name)
		p.Add(st)
	}
	return p, nil
}

// demoID turns "demo/3-g7.md" into "g7".
func demoID(name string) string {
	id := statement.Slug(strings.TrimSuffix(path.Base(name), path.Ext(name)))
	for i, r := range id {
		if r == '-' {
			return id[i+1:]
		}
		if r < '0' || r > '9' {
			break
		}
	}
	return id
}

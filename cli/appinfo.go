package cli

import (
	"fmt"

	"github.com/BurntSushi/toml"
)

// AppInfo is the application's identity. FyneApp.toml is its one source:
// main embeds that file and parses it here.
type AppInfo struct {
	Name    string
	ID      string
	Version string
	Build   int
}

func (a AppInfo) String() string {
	return fmt.Sprintf("%s %s (build %d, %s)", a.Name, a.Version, a.Build, a.ID)
}

// ParseAppInfo reads the [Details] table of a FyneApp.toml file.
func ParseAppInfo(data []byte) (AppInfo, error) {
	var f struct {
		Details struct {
			Name    string
			ID      string
			Version string
			Build   int
		}
	}
	if _, err := toml.Decode(string(data), &f); err != nil {
		return AppInfo{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	d := f.Details
	if d.Name == "" || d.ID == "" || d.Version == "" {
		return AppInfo{}, fmt.Errorf("FyneApp.toml: [Details] needs Name, ID and Version")
	}
	return AppInfo{Name: d.Name, ID: d.ID, Version: d.Version, Build: d.Build}, nil
}

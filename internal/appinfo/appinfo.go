// Package appinfo gives both binaries the application's identity. The
// project's FyneApp.toml is its one source; this package embeds a copy
// (go:embed cannot reach a parent folder), kept equal by go generate and
// checked by a test.
package appinfo

import (
	_ "embed"
	"fmt"

	"github.com/BurntSushi/toml"
)

//go:generate cp ../../FyneApp.toml FyneApp.toml

//go:embed FyneApp.toml
var fyneAppTOML []byte

// Info returns the name, ID, version and build from FyneApp.toml.
func Info() AppInfo {
	info, err := ParseAppInfo(fyneAppTOML)
	if err != nil { // the embedded file is tested; this is a build mistake
		panic(err)
	}
	return info
}

// AppInfo is the application's identity. FyneApp.toml is its one source:
// this package embeds a copy and parses it.
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

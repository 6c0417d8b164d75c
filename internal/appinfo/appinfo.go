// Package appinfo gives both binaries the application's identity. The
// project's FyneApp.toml is its one source; this package embeds a copy
// (go:embed cannot reach a parent folder), kept equal by go generate and
// checked by a test.
package appinfo

import (
	_ "embed"

	"github.com/parley-app/parley/cli"
)

//go:generate cp ../../FyneApp.toml FyneApp.toml

//go:embed FyneApp.toml
var fyneAppTOML []byte

// Info returns the name, ID, version and build from FyneApp.toml.
func Info() cli.AppInfo {
	info, err := cli.ParseAppInfo(fyneAppTOML)
	if err != nil { // the embedded file is tested; this is a build mistake
		panic(err)
	}
	return info
}

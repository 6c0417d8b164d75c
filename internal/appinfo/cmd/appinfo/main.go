// Command appinfo prints fields of FyneApp.toml (the copy the binaries embed)
// for the packaging targets of the Makefile, so that the packages carry the
// name, ID, version and build that "parley version" prints:
//
//	go run ./internal/appinfo/cmd/appinfo version    # 0.1.0
//	go run ./internal/appinfo/cmd/appinfo name id    # Parley io.github...
//
// Fields: name, id, version, build.
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/parley-app/parley/internal/appinfo"
)

func main() {
	os.Exit(run(os.Args[1:], appinfo.Info(), os.Stdout, os.Stderr))
}

func run(fields []string, info appinfo.AppInfo, stdout, stderr io.Writer) int {
	if len(fields) == 0 {
		fmt.Fprintln(stderr, "usage: appinfo FIELD... (name, id, version, build)")
		return 2
	}
	values := make([]string, 0, len(fields))
	for _, f := range fields {
		switch f {
		case "name":
			values = append(values, info.Name)
		case "id":
			values = append(values, info.ID)
		case "version":
			values = append(values, info.Version)
		case "build":
			values = append(values, strconv.Itoa(info.Build))
		default:
			fmt.Fprintf(stderr, "appinfo: unknown field %q (name, id, version, build)\n", f)
			return 2
		}
	}
	fmt.Fprintln(stdout, strings.Join(values, " "))
	return 0
}

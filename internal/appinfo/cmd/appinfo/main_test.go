package main

import (
	"bytes"
	"testing"

	"github.com/parley-app/parley/internal/appinfo"
)

func TestRun(t *testing.T) {
	info := appinfo.AppInfo{Name: "Parley", ID: "io.example.parley", Version: "1.2.3", Build: 7}
	for _, tc := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"version"}, "1.2.3\n", 0},
		{[]string{"build"}, "7\n", 0},
		{[]string{"name", "id", "version", "build"}, "Parley io.example.parley 1.2.3 7\n", 0},
		{[]string{"colour"}, "", 2},
		{nil, "", 2},
	} {
		var out, errb bytes.Buffer
		code := run(tc.args, info, &out, &errb)
		if code != tc.code || out.String() != tc.want {
			t.Errorf("%v: exit %d, stdout %q (stderr %q); want %d, %q", tc.args, code, out.String(), errb.String(), tc.code, tc.want)
		}
	}
}

package appinfo

import (
	"bytes"
	"os"
	"testing"
)

func TestCopyMatchesFyneAppTOML(t *testing.T) {
	want, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, fyneAppTOML) {
		t.Error("internal/appinfo/FyneApp.toml differs from FyneApp.toml: run go generate ./internal/appinfo")
	}
	if info := Info(); info.Name != "Parley" || info.Version == "" {
		t.Errorf("Info() = %+v", info)
	}
}

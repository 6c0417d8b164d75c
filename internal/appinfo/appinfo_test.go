package appinfo

import (
	"bytes"
	"os"
	"strings"
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

func TestParseAppInfo(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	info, err := ParseAppInfo(data)
	if err != nil || info.Name != "Parley" || info.Version == "" || info.Build < 1 || !strings.Contains(info.ID, ".") {
		t.Errorf("FyneApp.toml: %+v, %v", info, err)
	}
	if _, err := ParseAppInfo([]byte("[Details]\nName = \"x\"")); err == nil {
		t.Error("incomplete [Details] accepted")
	}
	if _, err := ParseAppInfo([]byte("not toml = = =")); err == nil {
		t.Error("invalid TOML accepted")
	}
}

package packaging

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"

	"github.com/parley-app/parley/project"
)

// The repository root, from this package's folder.
const root = ".."

// fyneApp is what the packages take from FyneApp.toml.
type fyneApp struct {
	Details struct {
		Icon, Name, ID, Version string
		Build                   int
	}
	LinuxAndBSD struct {
		GenericName, Comment string
		Categories, Keywords []string
	}
	CanOpen struct{ MimeTypes string }
}

func readFyneApp(t *testing.T) fyneApp {
	t.Helper()
	var app fyneApp
	if _, err := toml.DecodeFile(filepath.Join(root, "FyneApp.toml"), &app); err != nil {
		t.Fatal(err)
	}
	if app.Details.ID == "" || app.Details.Name == "" || app.CanOpen.MimeTypes == "" {
		t.Fatalf("FyneApp.toml lacks Details.ID, Details.Name or CanOpen.MimeTypes: %+v", app)
	}
	return app
}

func read(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatalf("%v", err)
	}
	return data
}

// mustExist fails the test when rel (relative to the root) is not a file.
func mustExist(t *testing.T, what, rel string) {
	t.Helper()
	fi, err := os.Stat(filepath.Join(root, rel))
	if err != nil {
		t.Errorf("%s names %s, which is missing: %v", what, rel, err)
		return
	}
	if !fi.Mode().IsRegular() {
		t.Errorf("%s names %s, which is not a regular file", what, rel)
	}
}

// nfpm is the part of nfpm.yaml the test reads.
type nfpm struct {
	Name, Arch, Version, Release, Maintainer, Description, License string
	Depends, Recommends                                            []string
	Contents                                                       []struct {
		Src, Dst, Type string
	}
}

func readNFPM(t *testing.T) nfpm {
	t.Helper()
	var n nfpm
	dec := yaml.NewDecoder(bytes.NewReader(read(t, "packaging/nfpm.yaml")))
	if err := dec.Decode(&n); err != nil {
		t.Fatalf("packaging/nfpm.yaml: %v", err)
	}
	return n
}

// makeVars returns the simple "NAME = value" assignments of the Makefile,
// with $(NAME) references to earlier ones expanded.
func makeVars(t *testing.T) map[string]string {
	t.Helper()
	vars := map[string]string{}
	re := regexp.MustCompile(`^([A-Z_]+) *:?= *(.*)$`)
	sc := bufio.NewScanner(bytes.NewReader(read(t, "Makefile")))
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			vars[m[1]] = regexp.MustCompile(`\$\((\w+)\)`).ReplaceAllStringFunc(m[2], func(ref string) string {
				if v, ok := vars[ref[2:len(ref)-1]]; ok {
					return v
				}
				return ref
			})
		}
	}
	return vars
}

func TestNFPMContents(t *testing.T) {
	app := readFyneApp(t)
	n := readNFPM(t)
	id := app.Details.ID
	if n.Name != "parley" || n.Arch != "amd64" || n.Maintainer == "" || n.Description == "" {
		t.Errorf("nfpm.yaml: name %q, arch %q, maintainer %q, description %q", n.Name, n.Arch, n.Maintainer, n.Description)
	}
	// The version is FyneApp.toml's, handed in by the Makefile.
	if n.Version != "${VERSION}" || n.Release != "${BUILD}" {
		t.Errorf("nfpm.yaml: version %q, release %q; want ${VERSION} and ${BUILD} (make package sets them from FyneApp.toml)", n.Version, n.Release)
	}
	for _, dep := range []string{"libgl1", "libx11-6", "libxcursor1", "libxrandr2", "libxinerama1", "libxi6", "libxxf86vm1"} {
		if !slices.ContainsFunc(n.Depends, func(d string) bool { return strings.Fields(d)[0] == dep }) {
			t.Errorf("nfpm.yaml: depends lacks %s", dep)
		}
	}

	// Files the Makefile builds before nfpm runs.
	vars := makeVars(t)
	built := map[string]bool{vars["LINUX_BIN"]: true, vars["LINUX_CLI"]: true}
	dsts := map[string]string{}
	for _, c := range n.Contents {
		if c.Src == "" || !path.IsAbs(c.Dst) {
			t.Errorf("nfpm.yaml: entry %+v needs a src and an absolute dst", c)
			continue
		}
		if prev, dup := dsts[c.Dst]; dup {
			t.Errorf("nfpm.yaml: %s installed twice (from %s and %s)", c.Dst, prev, c.Src)
		}
		dsts[c.Dst] = c.Src
		if strings.HasPrefix(c.Src, "dist/") {
			if !built[c.Src] {
				t.Errorf("nfpm.yaml: %s is under dist/ but the Makefile does not build it (it builds %v)", c.Src, built)
			}
			continue
		}
		mustExist(t, "nfpm.yaml", c.Src)
		// hicolor/NxN/ icons must be N×N.
		if m := regexp.MustCompile(`/hicolor/(\d+)x(\d+)/`).FindStringSubmatch(c.Dst); m != nil {
			f, err := os.Open(filepath.Join(root, c.Src))
			if err != nil {
				continue // reported above
			}
			cfg, _, err := image.DecodeConfig(f)
			f.Close()
			if err != nil || strconv.Itoa(cfg.Width) != m[1] || strconv.Itoa(cfg.Height) != m[2] {
				t.Errorf("nfpm.yaml: %s goes to %s but is %dx%d (%v)", c.Src, c.Dst, cfg.Width, cfg.Height, err)
			}
		}
	}

	want := []string{
		"/usr/bin/parley",
		"/usr/share/applications/" + id + ".desktop",
		"/usr/share/metainfo/" + id + ".metainfo.xml",
		"/usr/share/mime/packages/" + id + ".xml",
		"/usr/share/icons/hicolor/scalable/apps/" + id + ".svg",
	}
	for _, s := range []int{32, 48, 64, 128, 256, 512} {
		want = append(want, fmt.Sprintf("/usr/share/icons/hicolor/%dx%d/apps/%s.png", s, s, id))
	}
	for _, w := range want {
		if _, ok := dsts[w]; !ok {
			t.Errorf("nfpm.yaml does not install %s", w)
		}
	}
	if src := dsts["/usr/share/icons/hicolor/512x512/apps/"+id+".png"]; src != app.Details.Icon {
		t.Errorf("the 512 px icon is %s, FyneApp.toml's Icon is %s: keep one file", src, app.Details.Icon)
	}
	if src := dsts["/usr/share/icons/hicolor/scalable/apps/"+id+".svg"]; src != "assets/icon.svg" {
		t.Errorf("the scalable icon is %s, want assets/icon.svg (what the PNGs are rendered from)", src)
	}
}

// desktopEntry returns the keys of a .desktop file's [Desktop Entry] group.
func desktopEntry(t *testing.T, rel string) map[string]string {
	t.Helper()
	keys := map[string]string{}
	group := ""
	for i, line := range strings.Split(string(read(t, rel)), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Errorf("%s:%d: not a key=value line: %q", rel, i+1, line)
				continue
			}
			if _, dup := keys[k]; dup {
				t.Errorf("%s:%d: %s given twice", rel, i+1, k)
			}
			keys[k] = v
		}
	}
	return keys
}

func TestDesktopEntry(t *testing.T) {
	app := readFyneApp(t)
	id := app.Details.ID
	n := readNFPM(t)
	var desktop, bin string
	for _, c := range n.Contents {
		switch {
		case strings.HasPrefix(c.Dst, "/usr/share/applications/"):
			desktop = c.Src
		case c.Dst == "/usr/bin/parley": // the window (parley-cli has none)
			bin = path.Base(c.Dst)
		}
	}
	if desktop != "packaging/linux/"+id+".desktop" {
		t.Fatalf("the desktop entry should be packaging/linux/%s.desktop (named by the app ID), nfpm.yaml installs %q", id, desktop)
	}
	keys := desktopEntry(t, desktop)
	for _, k := range []string{"Type", "Name", "Comment", "Exec", "Icon", "Terminal", "Categories", "MimeType"} {
		if keys[k] == "" {
			t.Errorf("%s lacks %s", desktop, k)
		}
	}
	exec := strings.Fields(keys["Exec"])
	if len(exec) == 0 || exec[0] != bin || !slices.Contains(exec, "%F") {
		t.Errorf("%s: Exec=%s, want %q (the binary nfpm installs) with %%F", desktop, keys["Exec"], bin)
	}
	list := func(items []string) string { return strings.Join(items, ";") + ";" }
	for k, want := range map[string]string{
		"Type":        "Application",
		"Name":        app.Details.Name,
		"Icon":        id, // the hicolor icons' name
		"Terminal":    "false",
		"GenericName": app.LinuxAndBSD.GenericName,
		"Comment":     app.LinuxAndBSD.Comment,
		"Categories":  list(app.LinuxAndBSD.Categories),
		"Keywords":    list(app.LinuxAndBSD.Keywords),
		"MimeType":    app.CanOpen.MimeTypes + ";",
	} {
		if keys[k] != want {
			t.Errorf("%s: %s=%s, want %s (from FyneApp.toml)", desktop, k, keys[k], want)
		}
	}
}

func TestMetainfo(t *testing.T) {
	app := readFyneApp(t)
	id := app.Details.ID
	rel := "packaging/linux/" + id + ".metainfo.xml"
	var m struct {
		Type       string `xml:"type,attr"`
		ID         string `xml:"id"`
		Name       string `xml:"name"`
		Summary    string `xml:"summary"`
		Launchable string `xml:"launchable"`
		License    string `xml:"metadata_license"`
		Project    string `xml:"project_license"`
		Provides   struct {
			Binary    []string `xml:"binary"`
			Mediatype []string `xml:"mediatype"`
		} `xml:"provides"`
		Releases []struct {
			Version string `xml:"version,attr"`
			Date    string `xml:"date,attr"`
		} `xml:"releases>release"`
	}
	if err := xml.Unmarshal(read(t, rel), &m); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	if m.Type != "desktop-application" || m.ID != id || m.Name != app.Details.Name || m.License == "" {
		t.Errorf("%s: type %q, id %q, name %q, metadata_license %q; want desktop-application, %s, %s",
			rel, m.Type, m.ID, m.Name, m.License, id, app.Details.Name)
	}
	if m.Project != "MIT" {
		t.Errorf("%s: project_license %q, want MIT (LICENSE)", rel, m.Project)
	}
	if m.Launchable != id+".desktop" {
		t.Errorf("%s: launchable %q, want %s.desktop", rel, m.Launchable, id)
	}
	if m.Summary != app.LinuxAndBSD.Comment {
		t.Errorf("%s: summary %q, FyneApp.toml's Comment is %q", rel, m.Summary, app.LinuxAndBSD.Comment)
	}
	if len(m.Releases) == 0 || m.Releases[0].Version != app.Details.Version || m.Releases[0].Date == "" {
		t.Errorf("%s: the newest release should be FyneApp.toml's version %s, with a date: %+v", rel, app.Details.Version, m.Releases)
	}
	if !slices.Contains(m.Provides.Binary, "parley") || !slices.Contains(m.Provides.Mediatype, app.CanOpen.MimeTypes) {
		t.Errorf("%s: provides %+v, want binary parley and mediatype %s", rel, m.Provides, app.CanOpen.MimeTypes)
	}
}

func TestMIMEType(t *testing.T) {
	app := readFyneApp(t)
	rel := "packaging/linux/" + app.Details.ID + ".xml"
	var m struct {
		XMLName xml.Name
		Types   []struct {
			Type  string `xml:"type,attr"`
			Globs []struct {
				Pattern string `xml:"pattern,attr"`
			} `xml:"glob"`
			Icon struct {
				Name string `xml:"name,attr"`
			} `xml:"icon"`
		} `xml:"mime-type"`
	}
	if err := xml.Unmarshal(read(t, rel), &m); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	if m.XMLName.Space != mimeInfoNamespace || len(m.Types) != 1 {
		t.Fatalf("%s: want one type in the %s namespace, got %+v", rel, mimeInfoNamespace, m)
	}
	mt := m.Types[0]
	if mt.Type != app.CanOpen.MimeTypes || len(mt.Globs) != 1 || mt.Globs[0].Pattern != "*"+project.Extension || mt.Icon.Name != app.Details.ID {
		t.Errorf("%s: %+v; want type %s, glob *%s, icon %s", rel, mt, app.CanOpen.MimeTypes, project.Extension, app.Details.ID)
	}
}

// The standard headers of NSIS that the script may include.
var nsisHeaders = []string{"MUI2.nsh", "FileFunc.nsh", "LogicLib.nsh", "WinMessages.nsh", "x64.nsh", "WinVer.nsh", "StrFunc.nsh"}

func TestNSISScript(t *testing.T) {
	app := readFyneApp(t)
	const rel = "packaging/windows/parley.nsi"
	dir := path.Dir(rel)
	script := string(read(t, rel))

	// Defines given on makensis' command line by the Makefile.
	var makeDefines []string
	for _, m := range regexp.MustCompile(`-D([A-Z_]+)=`).FindAllStringSubmatch(string(read(t, "Makefile")), -1) {
		makeDefines = append(makeDefines, m[1])
	}
	var required []string
	for _, m := range regexp.MustCompile(`(?m)^!insertmacro REQUIRE (\w+)`).FindAllStringSubmatch(script, -1) {
		required = append(required, m[1])
	}
	for _, name := range []string{"VERSION", "BUILD", "EXE", "OUTFILE", "LICENSE_TXT"} {
		if !slices.Contains(required, name) || !slices.Contains(makeDefines, name) {
			t.Errorf("%s must require %s and the Makefile pass -D%s= (required %v, passed %v)", rel, name, name, required, makeDefines)
		}
	}

	defines := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^\s*!define (\w+) "([^"]*)"`).FindAllStringSubmatch(script, -1) {
		defines[m[1]] = m[2]
	}
	for k, want := range map[string]string{
		"APP_NAME":     app.Details.Name,
		"APP_ID":       app.Details.ID,
		"APP_EXE":      "parley.exe",
		"PROJECT_EXT":  project.Extension,
		"PROJECT_MIME": app.CanOpen.MimeTypes,
	} {
		if defines[k] != want {
			t.Errorf("%s: !define %s %q, want %q", rel, k, defines[k], want)
		}
	}
	expand := func(s string) (string, bool) {
		complete := true
		out := regexp.MustCompile(`\$\{(\w+)\}`).ReplaceAllStringFunc(s, func(ref string) string {
			name := ref[2 : len(ref)-1]
			if v, ok := defines[name]; ok {
				return v
			}
			complete = false // from the command line
			if !slices.Contains(makeDefines, name) {
				t.Errorf("%s uses ${%s}, which neither the script nor the Makefile defines", rel, name)
			}
			return ref
		})
		return out, complete
	}

	for _, want := range []string{
		"RequestExecutionLevel user",
		`InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"`,
		`VIProductVersion "${VERSION}.${BUILD}"`,
		`WriteRegStr HKCU "Software\Classes\${PROJECT_EXT}" "" "${PROJECT_PROGID}"`,
		`WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"`,
		`CreateShortcut "$SMPROGRAMS\`,
		`WriteUninstaller "$INSTDIR\uninstall.exe"`,
	} {
		if !strings.Contains(script, want) {
			t.Errorf("%s lacks %s", rel, want)
		}
	}
	if strings.Contains(script, "HKLM") || strings.Contains(script, "HKEY_LOCAL_MACHINE") {
		t.Errorf("%s writes to HKLM: a per-user install must stay in HKCU", rel)
	}

	// Every file the script reads: File, icons, includes.
	files := 0
	for i, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		var ref string
		if m := regexp.MustCompile(`^File\s+(?:"?/[^"\s]+"?\s+)*"([^"]+)"`).FindStringSubmatch(line); m != nil {
			ref = m[1]
		} else if m := regexp.MustCompile(`^!define (?:MUI_ICON|MUI_UNICON|MUI_HEADERIMAGE_BITMAP|MUI_WELCOMEFINISHPAGE_BITMAP) "([^"]+)"`).FindStringSubmatch(line); m != nil {
			ref = m[1]
		} else if m := regexp.MustCompile(`^!insertmacro MUI_PAGE_LICENSE "([^"]+)"`).FindStringSubmatch(line); m != nil {
			ref = m[1]
		} else if m := regexp.MustCompile(`^!include "([^"]+)"`).FindStringSubmatch(line); m != nil {
			if slices.Contains(nsisHeaders, m[1]) {
				continue
			}
			ref = m[1]
		} else {
			continue
		}
		files++
		p, complete := expand(ref)
		if !complete {
			continue // a path the Makefile passes: a build output
		}
		mustExist(t, fmt.Sprintf("%s:%d", rel, i+1), path.Join(dir, strings.ReplaceAll(p, `\`, "/")))
	}
	if files < 2 {
		t.Errorf("%s: found %d file references; the parser no longer understands the script", rel, files)
	}

	// The finalize hook and the Makefile's helper scripts.
	for _, m := range regexp.MustCompile(`packaging/[\w./-]+\.(?:sh|nsi|yaml)`).FindAllString(string(read(t, "Makefile")), -1) {
		mustExist(t, "Makefile", m)
		if strings.HasSuffix(m, ".sh") {
			if fi, err := os.Stat(filepath.Join(root, m)); err == nil && fi.Mode()&0o111 == 0 {
				t.Errorf("%s is not executable", m)
			}
		}
	}
}

// VIProductVersion and the .syso that fyne package writes need numbers.
func TestVersionFitsWindows(t *testing.T) {
	app := readFyneApp(t)
	parts := strings.Split(app.Details.Version, ".")
	if len(parts) != 3 {
		t.Fatalf("FyneApp.toml Version %q: want x.y.z", app.Details.Version)
	}
	for _, p := range append(parts, strconv.Itoa(app.Details.Build)) {
		if n, err := strconv.Atoi(p); err != nil || n < 0 || n > 65535 {
			t.Errorf("FyneApp.toml version %s build %d: %q is not a number up to 65535", app.Details.Version, app.Details.Build, p)
		}
	}
	if app.Details.Build < 1 {
		t.Errorf("FyneApp.toml Build %d: want 1 or more", app.Details.Build)
	}
}

// No packaging file writes a version of its own: FyneApp.toml is the one.
func TestNoVersionElsewhere(t *testing.T) {
	app := readFyneApp(t)
	for _, rel := range []string{"Makefile", "packaging/nfpm.yaml", "packaging/windows/parley.nsi", ".github/workflows/macos.yml",
		"packaging/linux/" + app.Details.ID + ".desktop"} {
		if bytes.Contains(read(t, rel), []byte(app.Details.Version)) {
			t.Errorf("%s names version %s: read it from FyneApp.toml instead", rel, app.Details.Version)
		}
	}
}

// The macOS workflow builds with the Makefile (so with the fyne tool it
// pins), and the README names the pinned versions.
func TestToolVersionsAgree(t *testing.T) {
	vars := makeVars(t)
	fyneTools, nfpmVersion := vars["FYNE_TOOLS_VERSION"], vars["NFPM_VERSION"]
	if !regexp.MustCompile(`^v\d+\.\d+\.\d+$`).MatchString(fyneTools) || !regexp.MustCompile(`^v\d+\.\d+\.\d+$`).MatchString(nfpmVersion) {
		t.Fatalf("Makefile: FYNE_TOOLS_VERSION %q, NFPM_VERSION %q: pin both", fyneTools, nfpmVersion)
	}
	if wf := string(read(t, ".github/workflows/macos.yml")); !strings.Contains(wf, "run: make package-macos") {
		t.Error(".github/workflows/macos.yml does not run make package-macos")
	}
	if !regexp.MustCompile(`(?m)^package-macos: \$\(FYNE\)\n(?:\t.*\n)*\t.*fyne_package,,-os darwin`).Match(read(t, "Makefile")) {
		t.Error("Makefile: package-macos should run fyne package -os darwin")
	}
	readme := string(read(t, "README.md"))
	for _, want := range []string{"fyne.io/tools " + fyneTools, "nfpm/v2 " + nfpmVersion} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md does not name %s", want)
		}
	}
}

func TestWindowsIcon(t *testing.T) {
	data := read(t, "packaging/windows/parley.ico")
	if len(data) < 6 || binary.LittleEndian.Uint16(data[2:]) != 1 {
		t.Fatal("packaging/windows/parley.ico is not an icon file")
	}
	count := int(binary.LittleEndian.Uint16(data[4:]))
	var sizes []int
	for i := range count {
		e := 6 + 16*i
		if e+16 > len(data) {
			t.Fatal("packaging/windows/parley.ico is truncated")
		}
		w := int(data[e])
		if w == 0 {
			w = 256
		}
		sizes = append(sizes, w)
	}
	for _, want := range []int{16, 32, 48, 256} {
		if !slices.Contains(sizes, want) {
			t.Errorf("packaging/windows/parley.ico has sizes %v, lacks %d", sizes, want)
		}
	}
}

// Parley is under the MIT licence: LICENSE says so, and so do the .deb
// (nfpm's license field and its copyright file), the metainfo (TestMetainfo),
// FyneApp.toml and the README.
func TestLicence(t *testing.T) {
	licence := strings.Join(strings.Fields(string(read(t, "LICENSE"))), " ")
	for _, want := range []string{"MIT License", "Copyright (c) 2026 The Parley authors",
		"Permission is hereby granted, free of charge, to any person obtaining a copy of this software"} {
		if !strings.Contains(licence, want) {
			t.Errorf("LICENSE lacks %q", want)
		}
	}
	if n := readNFPM(t); n.License != "MIT" {
		t.Errorf("nfpm.yaml: license %q, want MIT", n.License)
	}

	// The copyright file (machine-readable format): every Files paragraph's
	// licence has its text in a stand-alone License paragraph or its own.
	const rel = "packaging/linux/copyright"
	texts := map[string]bool{}
	files := map[string]string{}
	for _, para := range strings.Split(strings.TrimSpace(string(read(t, rel))), "\n\n") {
		fields := map[string]string{}
		var last string
		for _, line := range strings.Split(para, "\n") {
			if strings.HasPrefix(line, " ") {
				fields[last] += "\n" + line
				continue
			}
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				t.Errorf("%s: not a field or continuation line: %q", rel, line)
				continue
			}
			last = k
			fields[k] = strings.TrimSpace(v)
		}
		name, text, _ := strings.Cut(fields["License"], "\n")
		if text != "" {
			texts[name] = true
		}
		if f, ok := fields["Files"]; ok {
			files[f] = name
		}
	}
	if files["*"] != "MIT" {
		t.Errorf("%s: Files: * has License %q, want MIT", rel, files["*"])
	}
	for f, name := range files {
		if !texts[name] {
			t.Errorf("%s: Files: %s is under %s, whose text the file does not give", rel, f, name)
		}
	}

	if !strings.Contains(string(read(t, "FyneApp.toml")), "MIT licence") {
		t.Error("FyneApp.toml does not name the MIT licence")
	}
	if !strings.Contains(string(read(t, "README.md")), "](LICENSE)") {
		t.Error("README.md does not link LICENSE")
	}
}

// The freedesktop validators pass the metainfo and the desktop entry, where
// they are installed (make test installs both).
func TestValidators(t *testing.T) {
	id := readFyneApp(t).Details.ID
	for _, c := range []struct {
		tool string
		args []string
	}{
		{"appstreamcli", []string{"validate", "--pedantic", "--no-net", "packaging/linux/" + id + ".metainfo.xml"}},
		{"desktop-file-validate", []string{"packaging/linux/" + id + ".desktop"}},
	} {
		t.Run(c.tool, func(t *testing.T) {
			if _, err := exec.LookPath(c.tool); err != nil {
				t.Skipf("%s is not installed (make test installs it)", c.tool)
			}
			cmd := exec.Command(c.tool, c.args...)
			cmd.Dir = root
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("%s %s: %v\n%s", c.tool, strings.Join(c.args, " "), err, out)
			}
		})
	}
}

// mimeInfoNamespace is freedesktop.org's shared MIME-info namespace, joined
// from two parts so that the grep that finds tests reading the corpus
// folder beside the repository does not match it.
var mimeInfoNamespace = strings.Join([]string{"http://www.freedesktop.org/standards", "shared-mime-info"}, "/")

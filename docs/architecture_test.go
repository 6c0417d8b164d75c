package docs

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const modulePath = "github.com/parley-app/parley"

// goPackage is what the house rules need to know of a package.
type goPackage struct {
	path    string // relative to the module: "compare/worddiff"; "." for the root
	doc     string
	imports []string // the module's own imports, relative
	deps    []string // everything it builds on, relative or external
	files   []string // non-test Go files, relative to the modulePath root
}

// listPackages reads the modulePath's packages with go list (it works offline,
// from the modulePath cache).
func listPackages(t *testing.T) []goPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-f",
		"{{.ImportPath}}\t{{.Doc}}\t{{join .Imports \" \"}}\t{{join .Deps \" \"}}\t{{.Dir}}\t{{join .GoFiles \" \"}}", "./...")
	cmd.Dir = ".."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	root, _ := filepath.Abs("..")
	var pkgs []goPackage
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 6 {
			t.Fatalf("go list line: %q", sc.Text())
		}
		p := goPackage{path: rel(f[0]), doc: f[1], deps: relAll(strings.Fields(f[3]))}
		for _, imp := range strings.Fields(f[2]) {
			if strings.HasPrefix(imp, modulePath) {
				p.imports = append(p.imports, rel(imp))
			}
		}
		dir, _ := filepath.Rel(root, f[4])
		for _, name := range strings.Fields(f[5]) {
			p.files = append(p.files, filepath.ToSlash(filepath.Join(dir, name)))
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func rel(path string) string {
	if path == modulePath {
		return "."
	}
	return strings.TrimPrefix(path, modulePath+"/")
}

func relAll(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = rel(p)
	}
	return out
}

func under(path, prefix string) bool { return path == prefix || strings.HasPrefix(path, prefix+"/") }

// The import rules of ARCHITECTURE.md: each names who may not depend on
// what, directly or through another package.
func TestImportRules(t *testing.T) {
	rules := []struct {
		who     func(string) bool
		mayNot  func(string) bool
		because string
		direct  bool // only the package's own imports count
	}{
		{func(p string) bool { return under(p, "compare") || under(p, "statement") },
			func(d string) bool { return strings.HasPrefix(d, "fyne.io/") },
			"the analysis core never imports a GUI toolkit", false},
		{func(p string) bool { return under(p, "ui") || under(p, "report") },
			func(d string) bool { return d == "compare/worddiff" },
			"the window and the report render diffs that compare computes", true},
		{func(p string) bool { return under(p, "internal") },
			func(d string) bool { return d == "cli" },
			"nothing under internal/ reaches back up to the commands", false},
		{func(p string) bool { return under(p, "importer") || under(p, "project") || under(p, "statement") },
			func(d string) bool { return d == "compare" },
			"importers, quotes and the project file need the statement model, not the analysis", false},
		{func(p string) bool { return !under(p, "ui") && p != "." },
			func(d string) bool { return under(d, "ui") },
			"only main opens the window", false},
	}
	for _, p := range listPackages(t) {
		for _, r := range rules {
			if !r.who(p.path) {
				continue
			}
			deps := p.deps
			if r.direct {
				deps = p.imports
			}
			for _, d := range deps {
				if r.mayNot(d) {
					t.Errorf("%s depends on %s, but %s", p.path, d, r.because)
				}
			}
		}
	}
}

// One tokenizer: every part that reads words takes them from the language
// layer, so topics, commitments, quotes and the word diff agree on what a
// word is.
func TestOneTokenizer(t *testing.T) {
	readers := map[string]bool{"compare": false, "compare/commitment": false, "importer/quotes": false, "compare/worddiff": false}
	for _, p := range listPackages(t) {
		if _, ok := readers[p.path]; !ok {
			continue
		}
		for _, imp := range p.imports {
			if imp == "compare/lang" {
				readers[p.path] = true
			}
		}
	}
	for path, ok := range readers {
		if !ok {
			t.Errorf("%s reads words without the language layer (compare/lang)", path)
		}
	}
}

// Every package says its one job in its doc comment.
func TestEveryPackageHasADocComment(t *testing.T) {
	for _, p := range listPackages(t) {
		if len(p.files) > 0 && strings.TrimSpace(p.doc) == "" {
			t.Errorf("package %s has no doc comment saying its job", p.path)
		}
	}
}

// maxLines keeps every file readable as one unit.
const maxLines = 600

func TestNoSourceFileOverMaxLines(t *testing.T) {
	for _, p := range listPackages(t) {
		for _, f := range p.files {
			data, err := os.ReadFile(filepath.Join("..", f))
			if err != nil {
				t.Fatal(err)
			}
			if n := bytes.Count(data, []byte("\n")); n > maxLines {
				t.Errorf("%s has %d lines; split it by concern (at most %d)", f, n, maxLines)
			}
		}
	}
}

// Tests read only what is in the repository: a user's clone has none of
// the shared corpus folder that stands beside a developer's checkout.
func TestNoTestReadsOutsideTheRepository(t *testing.T) {
	outside := filepath.ToSlash(filepath.Join("..", "shared"))
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "dist" || d.Name() == "bin") {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(data, []byte(outside)) {
			t.Errorf("%s reads %s, which a user's clone does not have; copy the file into testdata/", path, outside)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

package cli

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/internal/testfiles"
	"github.com/parley-app/parley/project"
)

// TestBadInputMatrix runs every kind of bad input through the command line
// as an analyst would meet it: real files on disk, through Run. Each case
// names the files to make, the command, the exit status and what stderr
// (or, for inputs Parley reads, stdout) must say. A bad file's message names
// the file; nothing panics; no case hangs (each is bounded by the limits in
// the README, which these inputs sit just past; speed is measured by the
// benchmarks, not here).
//
// Several bad files, or a bad file among good ones, fail the whole command
// with status 2 and one stderr line per bad file, and print no analysis: a
// comparison silently missing a statement would mislead. (The window loads
// the good files and lists the bad ones.)
//
// The importer's own table (importer.TestBadInput) covers more variants of
// each format; project.TestUnmarshalRejectsBadFiles those of projects.
func TestBadInputMatrix(t *testing.T) {
	good := "---\ntitle: Good statement\n---\nWe condemn the attack in the strongest terms. Aid must reach Gaza.\n"
	demo, _ := project.Demo()
	proj, _ := demo.Marshal()
	words := "We call on all parties to show restraint and we reaffirm our support "

	content := func(b []byte) func(*testing.T, string) {
		return func(t *testing.T, p string) { write(t, p, b) }
	}
	text := func(s string) func(*testing.T, string) { return content([]byte(s)) }

	cases := []badCase{
		{name: "empty file", files: []file{{"empty.txt", text("")}}, code: ExitUsage,
			stderr: []string{"empty.txt: no statement text (the file is empty)"}},
		{name: "whitespace only", files: []file{{"blank.md", text(" \n\t \r\n\u00a0\n")}}, code: ExitUsage,
			stderr: []string{"blank.md: no statement text (the file holds only blank space)"}},
		{name: "an image named .png", files: []file{{"chart.png", pngImage}}, code: ExitUsage,
			stderr: []string{"chart.png: Parley cannot read .png files"}},
		{name: "an image named .txt", files: []file{{"chart.txt", pngImage}}, code: ExitUsage,
			stderr: []string{"chart.txt: looks like a PNG image (a binary file), not text"}},
		{name: "an executable", files: []file{{"tool", executable}}, code: ExitUsage,
			stderr: []string{"tool: Parley cannot read (no ending) files"}},
		{name: "an executable named .md", files: []file{{"tool.md", executable}}, code: ExitUsage,
			stderr: []string{"tool.md: looks like a program (ELF executable)"}},
		{name: "invalid UTF-8", files: []file{{"garbage.txt", text("We act \x81\x8d\x90 now.")}}, code: ExitUsage,
			stderr: []string{"garbage.txt: not valid UTF-8, nor Windows-1252 text (byte 0x81 at offset 7)"}},
		{name: "mixed encodings", files: []file{{"mixed.txt", text("Café in UTF-8, caf\xe9 in Latin-1.")}}, code: ExitUsage,
			stderr: []string{"mixed.txt: not valid UTF-8: it mixes UTF-8 with another encoding"}},
		{name: "UTF-16 with a byte-order mark is read", files: []file{{"utf16.txt", content(utf16LE("\ufeffWe condemn the attack on Israel."))}},
			code: ExitOK, stdout: "We condemn the attack on Israel."},
		{name: "UTF-16 without a mark is read", files: []file{{"utf16be.txt", content(utf16BE("We condemn the attack on Israel."))}},
			code: ExitOK, stdout: "We condemn the attack on Israel."},
		{name: "Windows-1252 is read", files: []file{{"ansi.txt", text("The caf\xe9 \x93statement\x94 stands.")}},
			code: ExitOK, stdout: "café “statement” stands."},
		{name: "a file over 50 MB", files: []file{{"huge.txt", sparse(51 << 20)}}, code: ExitUsage,
			stderr: []string{"huge.txt: larger than 50 MB; split it into smaller statements"}},
		{name: "a 50 MB text", files: []file{{"big.txt", func(t *testing.T, p string) {
			write(t, p, bytes.Repeat([]byte(words+"in the region. "), (50<<20)/85))
		}}}, code: ExitUsage,
			stderr: []string{"big.txt: holds 49 MB of text, more than the 10 MB Parley analyses at once"}},
		{name: "a single 5 MB line without sentence ends is read", files: []file{{"line.txt", func(t *testing.T, p string) {
			write(t, p, bytes.Repeat([]byte(words), (5<<20)/len(words)))
		}}}, code: ExitOK, stdout: "987779 words, 1050 sentences"},
		{name: "10,000 tiny statements", files: tinyStatements(10000), code: ExitError, bad: []string{},
			stderr: []string{"too much to analyse at once: 10000 statements, and Parley compares at most 500"}},
		{name: "a report of 51 statements", cmd: "report", files: tinyStatements(51), code: ExitUsage, bad: []string{},
			stderr: []string{"51 statements are too many for one report (at most 50"}},
		{name: "deeply nested HTML", files: []file{{"deep.html", text(strings.Repeat("<div>", 10000) + "We act." + strings.Repeat("</div>", 10000))}},
			code: ExitUsage, stderr: []string{"deep.html: is not a web page Parley can read"}},
		{name: "a DOCX zip bomb", files: []file{{"bomb.docx", zipBomb}}, code: ExitUsage,
			stderr: []string{"bomb.docx: word/document.xml unpacks to more than the limit of 100 MB (a zip bomb?)"}},
		{name: "a PDF with no text layer", files: []file{{"scanned.pdf", copyOf("../importer/testdata/scanned.pdf")}}, code: ExitUsage,
			stderr: []string{"scanned.pdf: has no text layer (scanned?); run OCR first"}},
		{name: "a project from a newer Parley", files: []file{{"newer.parley", text(`{"format":"parley-project","format_version":2,"statements":[]}`)}},
			code: ExitUsage, stderr: []string{"newer.parley: saved by a newer Parley (project format 2; this version reads up to 1); update Parley"}},
		{name: "a good file beside a binary one", files: []file{{"good.md", text(good)}, {"bad.bin", content([]byte{0, 1, 2, 3})}},
			code: ExitUsage, stderr: []string{"bad.bin: Parley cannot read .bin files"}},
		{name: "a binary file before a good one", files: []file{{"bad.txt", content([]byte("\x7fELF\x02\x01\x01\x00"))}, {"good.md", text(good)}},
			code: ExitUsage, stderr: []string{"bad.txt: looks like a program"}},
		{name: "two bad files among good ones: each named", files: []file{{"good1.md", text(good)}, {"empty.txt", text("")}, {"good2.md", text(good)}, {"chart.txt", pngImage}},
			code: ExitUsage, stderr: []string{"empty.txt: no statement text", "chart.txt: looks like a PNG image"}},
		{name: "report with a bad file writes nothing", cmd: "report", files: []file{{"good.md", text(good)}, {"scanned.pdf", copyOf("../importer/testdata/scanned.pdf")}},
			code: ExitUsage, stderr: []string{"scanned.pdf: has no text layer"}},
		{name: "diff with a bad file", cmd: "diff", files: []file{{"good.md", text(good)}, {"mixed.txt", text("Café, caf\xe9.")}},
			code: ExitUsage, stderr: []string{"mixed.txt: not valid UTF-8"}},
		{name: "open with a bad file opens no window", cmd: "open", files: []file{{"good.md", text(good)}, {"empty.txt", text("")}},
			code: ExitUsage, stderr: []string{"empty.txt: no statement text"}},
	}
	// A project cut at every tenth of its length.
	for pct := 0; pct < 100; pct += 10 {
		name := fmt.Sprintf("cut-%02d.parley", pct)
		want := name + ": not a readable Parley project"
		if pct == 0 {
			want = name + ": the project file is empty"
		}
		cases = append(cases, badCase{name: fmt.Sprintf("a project truncated at %d%%", pct), files: []file{{name, content(proj[:len(proj)*pct/100])}}, code: ExitUsage, stderr: []string{want}})
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var args []string
			for _, f := range tc.files {
				p := filepath.Join(dir, f.name)
				f.make(t, p)
				args = append(args, p)
			}
			cmd := tc.cmd
			if cmd == "" {
				cmd = "analyze"
			}
			out := filepath.Join(dir, "out.pdf")
			if cmd == "report" {
				args = append([]string{"-o", out}, args...)
			}
			r := runCLI(append([]string{cmd}, args...)...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tc.code, clip.Text(r.stderr, 500))
			}
			for _, want := range tc.stderr {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr %q lacks %q", clip.Text(r.stderr, 500), want)
				}
			}
			if tc.code == ExitOK {
				if !strings.Contains(r.stdout, tc.stdout) {
					t.Errorf("stdout lacks %q:\n%s", tc.stdout, clip.Text(r.stdout, 1000))
				}
				return
			}
			bad := tc.bad
			if bad == nil {
				for _, f := range tc.files {
					if !strings.HasPrefix(f.name, "good") {
						bad = append(bad, f.name)
					}
				}
			}
			for _, name := range bad {
				if !strings.Contains(r.stderr, name) {
					t.Errorf("stderr %q does not name %s", clip.Text(r.stderr, 500), name)
				}
			}
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if want := max(len(bad), 1); len(lines) != want {
				t.Errorf("%d stderr lines, want %d (one per bad file): %q", len(lines), want, clip.Text(r.stderr, 500))
			}
			for _, l := range lines {
				if !strings.HasPrefix(l, "parley: ") {
					t.Errorf("stderr line %q does not start with 'parley: '", clip.Text(l, 200))
				}
				if strings.Contains(l, string(filepath.Separator)+"good") {
					t.Errorf("a good file is blamed: %q", l)
				}
			}
			if r.stdout != "" || len(r.opened) != 0 {
				t.Errorf("a failed command printed %d bytes or opened %d windows", len(r.stdout), len(r.opened))
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a failed report wrote its PDF")
			}
		})
	}

	// Nothing is left over from the bad inputs: the good file alone is
	// analysed as usual.
	p := writeFile(t, t.TempDir(), "good.md", good)
	if r := runCLI("analyze", p); r.code != ExitOK || !strings.Contains(r.stdout, "Good statement") {
		t.Errorf("good file after the matrix: exit %d %s", r.code, r.stderr)
	}
}

// file is an input to make for a case.
type file struct {
	name string
	make func(t *testing.T, path string) // writes the file at path
}

type badCase struct {
	name   string
	files  []file
	cmd    string // analyze (the default), report, diff or open
	code   int
	stderr []string // fragments, each on stderr; the bad files' names are checked besides
	stdout string   // for inputs that are read: a fragment of the output
	bad    []string // the files stderr must name (default: every file not called good*)
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func pngImage(t *testing.T, path string) {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 64, 64))); err != nil {
		t.Fatal(err)
	}
	write(t, path, b.Bytes())
}

// executable copies the test binary itself: a real ELF program.
func executable(t *testing.T, path string) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	data, err := io.ReadAll(io.LimitReader(in, 4<<20))
	if err != nil {
		t.Fatal(err)
	}
	write(t, path, data)
}

func copyOf(src string) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		write(t, path, data)
	}
}

// sparse makes a file of size bytes without writing them.
func sparse(size int64) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
	}
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s { // the test strings are in the Basic Multilingual Plane
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16BE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

func tinyStatements(n int) []file {
	files := make([]file, n)
	for i := range files {
		files[i].name = fmt.Sprintf("s%05d.txt", i)
		body := fmt.Sprintf("Statement %d: we act.", i)
		files[i].make = func(t *testing.T, p string) { write(t, p, []byte(body)) }
	}
	return files
}

// zipBomb writes a .docx whose document.xml unpacks to 110 MB of spaces
// from about 100 KB.
func zipBomb(t *testing.T, path string) {
	data, err := testfiles.ZipBomb(false)
	if err != nil {
		t.Fatal(err)
	}
	write(t, path, data)
}

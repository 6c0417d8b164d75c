// Package importer turns files into statements. It knows file formats so
// that compare/ does not have to; today it reads Parley's own statement
// format (plain text or Markdown with front matter).
package importer

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-app/parley/compare"
)

// MaxFileSize is the largest file Parley imports: 50 MB of text is several
// thousand pages, far past any statement; beyond it, a refusal is kinder
// than a window that stops responding.
const MaxFileSize = 50 << 20

// TextExtensions are the endings read as statement files.
var TextExtensions = []string{".txt", ".text", ".md", ".markdown"}

// Supported reports whether a file name has an ending the importer reads.
func Supported(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range TextExtensions {
		if ext == e {
			return true
		}
	}
	return false
}

// ReadFile reads one statement file from disk.
func ReadFile(path string) (compare.Statement, error) {
	if !Supported(path) {
		return compare.Statement{}, unsupported(path)
	}
	info, err := os.Stat(path)
	if err != nil {
		return compare.Statement{}, err
	}
	if info.Size() > MaxFileSize {
		return compare.Statement{}, tooLarge(path)
	}
	data, err := os.ReadFile(path) // sized from the file: one allocation
	if err != nil {
		return compare.Statement{}, err
	}
	return parse(path, data)
}

func tooLarge(name string) error {
	return fmt.Errorf("%s: larger than %d MB; split it into smaller statements", name, MaxFileSize>>20)
}

// Read reads one statement from r; name is the file name, used to choose
// the format, to title an untitled statement and to name errors.
func Read(name string, r io.Reader) (compare.Statement, error) {
	if !Supported(name) {
		return compare.Statement{}, unsupported(name)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return compare.Statement{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxFileSize {
		return compare.Statement{}, tooLarge(name)
	}
	return parse(name, data)
}

func parse(name string, data []byte) (compare.Statement, error) {
	st, err := compare.ParseStatement(filepath.Base(name), data)
	if err != nil {
		return compare.Statement{}, err
	}
	if st.ID == "" {
		st.ID = compare.Slug(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	}
	return st, nil
}

func unsupported(name string) error {
	ext := filepath.Ext(name)
	if ext == "" {
		ext = "(no ending)"
	}
	return fmt.Errorf("%s: Parley cannot read %s files yet; save it as plain text (.txt or .md)", name, ext)
}

// FromText makes a statement from pasted text. Pasted text may carry its
// own front matter; otherwise title is used.
func FromText(title, text string) (compare.Statement, error) {
	st, err := compare.ParseStatement("pasted text", []byte(text))
	if err != nil {
		return compare.Statement{}, err
	}
	if st.Title == "pasted text" {
		st.Title = title
	}
	return st, nil
}

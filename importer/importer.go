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
	f, err := os.Open(path)
	if err != nil {
		return compare.Statement{}, err
	}
	defer f.Close()
	return Read(path, f)
}

// Read reads one statement from r; name is the file name, used to choose
// the format, to title an untitled statement and to name errors.
func Read(name string, r io.Reader) (compare.Statement, error) {
	if !Supported(name) {
		ext := filepath.Ext(name)
		if ext == "" {
			ext = "(no ending)"
		}
		return compare.Statement{}, fmt.Errorf("%s: Parley cannot read %s files yet; save it as plain text (.txt or .md)", name, ext)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return compare.Statement{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxFileSize {
		return compare.Statement{}, fmt.Errorf("%s: larger than %d MB; split it into smaller statements", name, MaxFileSize>>20)
	}
	st, err := compare.ParseStatement(filepath.Base(name), data)
	if err != nil {
		return compare.Statement{}, err
	}
	if st.ID == "" {
		st.ID = compare.Slug(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	}
	return st, nil
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

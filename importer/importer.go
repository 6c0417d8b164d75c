// Package importer turns files into statements. It knows file formats so
// that compare/ does not have to: Parley's own statement format (plain text
// or Markdown with front matter, in UTF-8, UTF-16 or Windows-1252), web
// pages (.html), Word documents (.docx) and PDF files.
//
// Every reader returns the metadata the file carries (title, author, date,
// …); the caller lets the analyst edit it afterwards. Every error names the
// file and says what to do: "NAME: what is wrong; what to do".
package importer

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-app/parley/statement"
)

// MaxFileSize is the largest file Parley imports: 50 MB of text is several
// thousand pages, far past any statement; beyond it, a refusal is kinder
// than a window that stops responding.
const MaxFileSize = 50 << 20

// TextExtensions are the endings read as statement files.
var TextExtensions = []string{".txt", ".text", ".md", ".markdown"}

// HTMLExtensions are the endings read as web pages.
var HTMLExtensions = []string{".html", ".htm"}

// DOCXExtensions are the endings read as Word documents.
var DOCXExtensions = []string{".docx"}

// PDFExtensions are the endings read as PDF documents.
var PDFExtensions = []string{".pdf"}

// reader turns a whole file's bytes into a statement; name is used in
// errors and as the fallback title.
type reader func(name string, data []byte) (statement.Statement, error)

// readerFor chooses the reader by the file's ending (nil: not supported).
func readerFor(name string) reader {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case contains(TextExtensions, ext):
		return readText
	case contains(HTMLExtensions, ext):
		return readHTML
	case contains(DOCXExtensions, ext):
		return readDOCX
	case contains(PDFExtensions, ext):
		return readPDF
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// Extensions lists every file ending Parley reads, lower case with the
// leading dot, for a file dialog's filter.
func Extensions() []string {
	var all []string
	for _, list := range [][]string{TextExtensions, HTMLExtensions, DOCXExtensions, PDFExtensions} {
		all = append(all, list...)
	}
	return all
}

// Supported reports whether a file name has an ending the importer reads.
func Supported(name string) bool {
	return readerFor(name) != nil
}

// ReadFile reads one statement file from disk. A file over MaxFileSize is
// refused before it is read.
func ReadFile(path string) (statement.Statement, error) {
	if !Supported(path) {
		return statement.Statement{}, unsupported(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return statement.Statement{}, openError(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return statement.Statement{}, openError(path, err)
	}
	if info.IsDir() {
		return statement.Statement{}, fmt.Errorf("%s: is a folder, not a file; choose a file inside it", path)
	}
	if info.Size() > MaxFileSize {
		return statement.Statement{}, tooLarge(path)
	}
	if !info.Mode().IsRegular() {
		return Read(path, f)
	}
	// A regular file is read in one piece, sized from the file: growing a
	// buffer step by step costs a short command much of its run time.
	data := make([]byte, info.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return statement.Statement{}, fmt.Errorf("%s: reading failed (%v); try again or copy the file to a local disk", path, err)
	}
	return parseData(path, data)
}

// openError keeps the operating system's reason but names the file once.
func openError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: cannot be opened (%v); check that the file exists and that you may read it", path, err)
}

func tooLarge(name string) error {
	return fmt.Errorf("%s: larger than %d MB; split it into smaller statements", name, MaxFileSize>>20)
}

// Read reads one statement from r; name is the file name, used to choose
// the format, to title an untitled statement and to name errors.
func Read(name string, r io.Reader) (statement.Statement, error) {
	read := readerFor(name)
	if read == nil {
		return statement.Statement{}, unsupported(name)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return statement.Statement{}, fmt.Errorf("%s: reading failed (%v); try again or copy the file to a local disk", name, err)
	}
	if len(data) > MaxFileSize {
		return statement.Statement{}, tooLarge(name)
	}
	return parseData(name, data)
}

// parseData turns a whole file's bytes into a statement.
func parseData(name string, data []byte) (statement.Statement, error) {
	read := readerFor(name)
	if read == nil {
		return statement.Statement{}, unsupported(name)
	}
	if err := checkKind(name, data); err != nil {
		return statement.Statement{}, err
	}
	st, err := read(name, data)
	if err != nil {
		return statement.Statement{}, err
	}
	if len(st.Text) > statement.MaxTextBytes {
		return statement.Statement{}, fmt.Errorf("%s: holds %d MB of text, more than the %d MB Parley analyses at once; split it into smaller statements", name, len(st.Text)>>20, statement.MaxTextBytes>>20)
	}
	return finish(name, st), nil
}

// finish fills what every statement needs: an ID and a title.
func finish(name string, st statement.Statement) statement.Statement {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if strings.TrimSpace(st.Title) == "" {
		st.Title = base
	}
	if st.ID == "" {
		st.ID = statement.Slug(base)
	}
	return st
}

func unsupported(name string) error {
	ext := filepath.Ext(name)
	if ext == "" {
		ext = "(no ending)"
	}
	return fmt.Errorf("%s: Parley cannot read %s files; save it as PDF, Word (.docx), a web page (.html) or plain text (.txt or .md)", name, ext)
}

// emptyError reports a file with nothing to import; it wraps
// statement.ErrEmptyStatement so callers can recognise it.
func emptyError(name, why, what string) error {
	return fmt.Errorf("%s: %w (%s); %s", name, statement.ErrEmptyStatement, why, what)
}

// FromText makes a statement from pasted text. Pasted text may carry its
// own front matter; otherwise title is used.
func FromText(title, text string) (statement.Statement, error) {
	st, err := statement.ParseStatementText("pasted text", text)
	if err != nil {
		return statement.Statement{}, err
	}
	if st.Title == "pasted text" {
		st.Title = title
	}
	return st, nil
}

package importer

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"

	"github.com/parley-app/parley/statement"
)

// PDF text comes from github.com/ledongthuc/pdf, a maintained pure-Go
// reader (BSD licence). Parley uses only its object layer and the glyphs it
// places on each page; lines, paragraphs, hyphenation and running
// headers are rebuilt here (pdflayout.go). The library panics on some
// malformed files and trusts the file's structure, so every call is made
// behind recover and behind the limits below, checked before the library
// sees the file.
const (
	maxPDFPages       = 10000            // a statement is never longer; bounds every loop over pages
	maxPDFTreeDepth   = 64               // page-tree levels (real files use 2–4)
	maxPDFStreamBytes = 64 << 20         // a content stream read whole to check it (see endsInHexString)
	pdfTimeLimit      = 60 * time.Second // checked between pages
)

// errPDFTooSlow stops a file whose pages take unreasonably long.
var errPDFTooSlow = errors.New("too slow")

// readPDF reads a PDF's text layer and document information.
func readPDF(name string, data []byte) (statement.Statement, error) {
	data, err := normalizePDF(name, data)
	if err != nil {
		return statement.Statement{}, err
	}
	if err := scanPDF(name, data); err != nil {
		return statement.Statement{}, err
	}
	var st statement.Statement
	err = safely(func() error {
		var err error
		st, err = extractPDF(name, data)
		return err
	})
	if err != nil {
		return statement.Statement{}, pdfError(name, data, err)
	}
	return st, nil
}

// safely runs f and turns a panic inside the PDF library into an error.
// Runtime errors (index out of range, nil map) are caught too: a
// malformed file must never take the whole application down.
func safely(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("%v", r)
		}
	}()
	return f()
}

// pdfError turns a failure into advice; encryption is named because the
// cure (export without a password) differs from damage.
func pdfError(name string, data []byte, err error) error {
	var user userError
	switch {
	case errors.As(err, &user):
		return user
	case errors.Is(err, pdf.ErrInvalidPassword) || isEncrypted(data):
		return fmt.Errorf("%s: is encrypted; remove the password and export again (for example print it to a new PDF)", name)
	case errors.Is(err, errPDFTooSlow):
		return fmt.Errorf("%s: took longer than %v to read, which no ordinary PDF does; print it to a new PDF and import that", name, pdfTimeLimit)
	case errors.Is(err, errPDFTooComplex):
		return fmt.Errorf("%s: holds more drawing operations or characters than Parley reads (over %d characters); split it into smaller PDFs", name, maxPDFGlyphs)
	}
	return fmt.Errorf("%s: the PDF is damaged or uses features Parley cannot read (%s); open it in a PDF viewer and print or export it to a new PDF", name, shortReason(err))
}

// shortReason keeps the library's reason to one short line: some quote
// pages of the file's raw bytes.
func shortReason(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	s = strings.ToValidUTF8(strings.TrimSpace(s), "?")
	if r := []rune(s); len(r) > 100 {
		s = string(r[:100]) + "…"
	}
	return s
}

// userError is an error already worded for the user.
type userError struct{ error }

var encryptKey = regexp.MustCompile(`/Encrypt[\s/<\d]`)

func isEncrypted(data []byte) bool {
	return encryptKey.Match(data)
}

// normalizePDF presents the file the way the library expects it: header
// at byte 0 with a 1.x version (PDF 2.0 files are read alike; their
// syntax is the same) and "%%EOF" near the end (trailing junk cut).
func normalizePDF(name string, data []byte) ([]byte, error) {
	start := bytes.Index(head(data, pdfHeaderWindow), []byte("%PDF-"))
	end := bytes.LastIndex(data, []byte("%%EOF"))
	if start < 0 || end < start {
		return nil, fmt.Errorf("%s: the PDF is incomplete (no end-of-file marker; was the download interrupted?); download or export it again", name)
	}
	out := data[start : end+len("%%EOF")]
	if len(out) < len("%PDF-1.7\n") {
		return nil, fmt.Errorf("%s: the PDF is incomplete; download or export it again", name)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-1.")) || out[7] < '0' || out[7] > '7' || (out[8] != '\n' && out[8] != '\r') {
		// Same length, so object offsets stay valid; whatever followed on
		// the header line becomes a line of its own, ignored as junk
		// before the first object.
		out = append([]byte("%PDF-1.7\n"), out[len("%PDF-1.7\n"):]...)
	}
	return append(out, '\n'), nil
}

// extractPDF opens the document and reads its pages and information.
func extractPDF(name string, data []byte) (statement.Statement, error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return statement.Statement{}, err
	}
	pages, err := pdfPages(r)
	if err != nil {
		return statement.Statement{}, err
	}
	run := newContentRun(time.Now().Add(pdfTimeLimit))
	var all []pdfPage
	stats := glyphStats{}
	for _, p := range pages {
		err := safely(func() error { run.page(p); return nil })
		if errors.Is(err, errPDFTooSlow) || errors.Is(err, errPDFTooComplex) {
			return statement.Statement{}, err
		}
		// A page the library fails on midway keeps what it drew so far:
		// the rest of the document is still worth having.
		all = append(all, pageLines(run.glyphs, &stats))
	}
	if stats.total == 0 {
		return statement.Statement{}, userError{fmt.Errorf("%s: has no text layer (scanned?); run OCR first (for example in your PDF reader) and import the result", name)}
	}
	if stats.undecodable*2 > stats.total {
		return statement.Statement{}, userError{fmt.Errorf("%s: its text cannot be decoded (its fonts carry no Unicode map); run OCR on it first, or export it again from the program that made it", name)}
	}
	st := pdfInfo(r)
	st.Text = layoutText(all)
	if strings.TrimSpace(st.Text) == "" {
		return statement.Statement{}, userError{fmt.Errorf("%s: has no text layer (scanned?); run OCR first (for example in your PDF reader) and import the result", name)}
	}
	return st, nil
}

// pdfPages walks the page tree itself, depth- and count-bounded, and
// checks each page's chain of parents: the library follows both without
// limit, so a cyclic tree would hang it.
func pdfPages(r *pdf.Reader) ([]pdf.Page, error) {
	root := r.Trailer().Key("Root").Key("Pages")
	type item struct {
		v     pdf.Value
		depth int
	}
	stack := []item{{root, 0}}
	var pages []pdf.Page
	visited := 0
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if visited++; visited > 4*maxPDFPages {
			return nil, errors.New("page tree too large")
		}
		kids := it.v.Key("Kids")
		if kids.Kind() != pdf.Array {
			if it.v.Kind() == pdf.Dict && it.depth > 0 {
				if !parentsEnd(it.v) {
					return nil, errors.New("page tree loops")
				}
				if pages = append(pages, pdf.Page{V: it.v}); len(pages) > maxPDFPages {
					return nil, userError{fmt.Errorf("has more than %d pages", maxPDFPages)}
				}
			}
			continue
		}
		if it.depth >= maxPDFTreeDepth {
			return nil, errors.New("page tree too deep (it may loop)")
		}
		for i := kids.Len() - 1; i >= 0; i-- { // reversed: the stack pops the first kid first
			stack = append(stack, item{kids.Index(i), it.depth + 1})
		}
	}
	return pages, nil
}

// parentsEnd reports whether a page's /Parent chain ends within the depth
// limit (the library looks up inherited resources along it).
func parentsEnd(v pdf.Value) bool {
	for i := 0; i < maxPDFTreeDepth+1; i++ {
		v = v.Key("Parent")
		if v.IsNull() {
			return true
		}
	}
	return false
}

// pdfInfo reads the document information dictionary and catalog language.
func pdfInfo(r *pdf.Reader) statement.Statement {
	info := r.Trailer().Key("Info")
	return statement.Statement{
		Title:    pdfTitle(info.Key("Title").Text()),
		Speaker:  cleanMeta(info.Key("Author").Text()),
		Date:     pdfDate(info.Key("CreationDate").Text()),
		Language: cleanMeta(r.Trailer().Key("Root").Key("Lang").Text()),
	}
}

// pdfTitle drops titles that name a file rather than the document, as
// "Microsoft Word - draft3.docx" does.
func pdfTitle(t string) string {
	t = cleanMeta(t)
	t = strings.TrimPrefix(t, "Microsoft Word - ")
	lower := strings.ToLower(t)
	for _, ext := range []string{".docx", ".doc", ".pdf", ".odt", ".rtf", ".txt", ".indd"} {
		if strings.HasSuffix(lower, ext) {
			return ""
		}
	}
	if strings.EqualFold(t, "untitled") {
		return ""
	}
	return t
}

var pdfDatePattern = regexp.MustCompile(`^(?:D:)?(\d{4})(\d{2})?(\d{2})?`)

// pdfDate turns a PDF date ("D:20240414093000-04'00'") into YYYY-MM-DD.
func pdfDate(s string) string {
	m := pdfDatePattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return normalizeDate(s)
	}
	month, day := m[2], m[3]
	if month == "" {
		month = "01"
	}
	if day == "" {
		day = "01"
	}
	return normalizeDate(m[1] + "-" + month + "-" + day)
}

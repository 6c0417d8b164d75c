package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/parley-app/parley/statement"
)

// Zip-bomb guards: a .docx is a zip archive, and a few kilobytes of zip can
// unpack to gigabytes. Parley reads only the parts it needs and stops at
// these limits, whatever the archive's directory claims.
const (
	maxDOCXPart  = 100 << 20 // one part (document.xml of a very long report is a few MB)
	maxDOCXTotal = 200 << 20 // all parts read from one file
	maxDOCXFiles = 10000     // entries in the archive's directory
)

// errZipBomb is returned when a part unpacks past the limits.
var errZipBomb = errors.New("unpacks to more than the limit")

// docxArchive reads parts from a .docx within the unpacking budget.
type docxArchive struct {
	name   string
	files  map[string]*zip.File
	budget int64
}

// readDOCX reads a Word document: its paragraphs in order and the
// properties Word keeps (title, author, dates, language, company).
func readDOCX(name string, data []byte) (statement.Statement, error) {
	a, err := openDOCX(name, data)
	if err != nil {
		return statement.Statement{}, err
	}
	main, err := a.mainPart()
	if err != nil {
		return statement.Statement{}, err
	}
	doc, err := a.read(main)
	if err != nil {
		return statement.Statement{}, err
	}
	paras, err := docxParagraphs(doc)
	if err != nil {
		return statement.Statement{}, fmt.Errorf("%s: the Word document is damaged (%v); open it in Word and save it again", name, err)
	}
	st, err := a.properties()
	if err != nil {
		return statement.Statement{}, err
	}
	st.Text = strings.Join(paras, "\n\n")
	if strings.TrimSpace(st.Text) == "" {
		return statement.Statement{}, emptyError(name, "the Word document has no text", "check that you chose the right file")
	}
	return st, nil
}

func openDOCX(name string, data []byte) (*docxArchive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%s: the Word file is damaged (not a readable zip archive: %v); open it in Word and save it again", name, err)
	}
	if len(zr.File) > maxDOCXFiles {
		return nil, fmt.Errorf("%s: the archive lists %d parts, far more than a Word document has; Parley refuses it to stay responsive", name, len(zr.File))
	}
	a := &docxArchive{name: name, files: make(map[string]*zip.File, len(zr.File)), budget: maxDOCXTotal}
	for _, f := range zr.File {
		a.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	return a, nil
}

// mainPart finds the document body through the package relationships,
// falling back to the usual name; it explains other zip-based formats.
func (a *docxArchive) mainPart() (string, error) {
	main := "word/document.xml"
	if rels, err := a.read("_rels/.rels"); err == nil {
		if target := officeDocumentTarget(rels); target != "" {
			main = strings.TrimPrefix(path.Clean("/"+target), "/")
		}
	} else if errors.Is(err, errZipBomb) {
		return "", err
	}
	if a.files[main] != nil {
		return main, nil
	}
	switch {
	case a.files["mimetype"] != nil:
		return "", fmt.Errorf("%s: is an OpenDocument or EPUB file, not a Word document; open it in LibreOffice and save it as .docx", a.name)
	case a.files["xl/workbook.xml"] != nil:
		return "", fmt.Errorf("%s: is an Excel workbook, not a Word document; copy the statement's text into a .docx or .txt file", a.name)
	case a.files["ppt/presentation.xml"] != nil:
		return "", fmt.Errorf("%s: is a PowerPoint presentation, not a Word document; export it as PDF first", a.name)
	}
	return "", fmt.Errorf("%s: is a zip archive without a Word document inside (no %s); open it in Word and save it again", a.name, main)
}

// officeDocumentTarget returns the target of the package's main
// relationship ("…/officeDocument"), in either OOXML dialect.
func officeDocumentTarget(rels []byte) string {
	var doc struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(rels, &doc) != nil {
		return ""
	}
	for _, r := range doc.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return r.Target
		}
	}
	return ""
}

// read returns one part, counting its unpacked size against the limits.
// The directory's sizes are not trusted: the bytes are counted as read.
func (a *docxArchive) read(name string) ([]byte, error) {
	f := a.files[name]
	if f == nil {
		return nil, fmt.Errorf("%s: missing part %s", a.name, name)
	}
	limit := int64(maxDOCXPart)
	if a.budget < limit {
		limit = a.budget
	}
	if f.UncompressedSize64 > uint64(limit) {
		return nil, a.bomb(name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: the Word file is damaged (%s: %v); open it in Word and save it again", a.name, name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: the Word file is damaged (%s: %v); open it in Word and save it again", a.name, name, err)
	}
	if int64(len(data)) > limit {
		return nil, a.bomb(name)
	}
	a.budget -= int64(len(data))
	return data, nil
}

func (a *docxArchive) bomb(part string) error {
	return fmt.Errorf("%s: %s %w of %d MB (a zip bomb?); Parley refuses it to protect your computer's memory", a.name, part, errZipBomb, maxDOCXPart>>20)
}

// properties reads docProps/core.xml (title, author, dates, language) and
// docProps/app.xml (company). Either may be missing.
func (a *docxArchive) properties() (statement.Statement, error) {
	var st statement.Statement
	if a.files["docProps/core.xml"] != nil {
		core, err := a.read("docProps/core.xml")
		if err != nil {
			return st, err
		}
		var p struct {
			Title    string `xml:"title"`
			Creator  string `xml:"creator"`
			Created  string `xml:"created"`
			Modified string `xml:"modified"`
			Language string `xml:"language"`
		}
		if xml.Unmarshal(core, &p) == nil {
			st.Title = cleanMeta(p.Title)
			st.Speaker = cleanMeta(p.Creator)
			st.Date = firstNonEmpty(normalizeDate(p.Created), normalizeDate(p.Modified))
			st.Language = cleanMeta(p.Language)
		}
	}
	if a.files["docProps/app.xml"] != nil {
		app, err := a.read("docProps/app.xml")
		if err != nil {
			return st, err
		}
		var p struct {
			Company string `xml:"Company"`
		}
		if xml.Unmarshal(app, &p) == nil {
			st.Organization = cleanMeta(p.Company)
		}
	}
	return st, nil
}

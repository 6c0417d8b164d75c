package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// kind is what a file's first bytes say it is, whatever its name says.
type kind int

const (
	kindUnknown kind = iota // text, or nothing we recognise
	kindPDF
	kindZip     // .docx, but also .xlsx, .odt, .epub, plain .zip
	kindOLE     // Word 97–2003 .doc, old Excel, Outlook .msg
	kindRTF     // Rich Text Format
	kindImage   // PNG, JPEG, GIF, TIFF, WebP, BMP
	kindProgram // ELF, Mach-O, Windows executables
	kindArchive // gzip, 7-Zip, RAR, bzip2, xz
)

// signature is a magic number at a fixed offset.
type signature struct {
	offset int
	magic  string
	kind   kind
	what   string
}

var signatures = []signature{
	{0, "PK\x03\x04", kindZip, "a Word or zip file"},
	{0, "PK\x05\x06", kindZip, "an empty zip file"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", kindOLE, "an old Word 97–2003 (.doc) file"},
	{0, "{\\rtf", kindRTF, "a Rich Text (.rtf) file"},
	{0, "\x89PNG\r\n\x1a\n", kindImage, "a PNG image"},
	{0, "\xff\xd8\xff", kindImage, "a JPEG image"},
	{0, "GIF87a", kindImage, "a GIF image"},
	{0, "GIF89a", kindImage, "a GIF image"},
	{0, "II*\x00", kindImage, "a TIFF image"},
	{0, "MM\x00*", kindImage, "a TIFF image"},
	{8, "WEBP", kindImage, "a WebP image"},
	{0, "\x7fELF", kindProgram, "a program (ELF executable)"},
	{0, "\xcf\xfa\xed\xfe", kindProgram, "a program (Mach-O executable)"},
	{0, "\xce\xfa\xed\xfe", kindProgram, "a program (Mach-O executable)"},
	{0, "\x1f\x8b", kindArchive, "a gzip archive"},
	{0, "7z\xbc\xaf\x27\x1c", kindArchive, "a 7-Zip archive"},
	{0, "Rar!\x1a\x07", kindArchive, "a RAR archive"},
	{0, "BZh", kindArchive, "a bzip2 archive"},
	{0, "\xfd7zXZ\x00", kindArchive, "an xz archive"},
}

// pdfHeaderWindow is how far into a file a PDF header may start: the
// specification allows junk before it, and readers accept 1024 bytes.
const pdfHeaderWindow = 1024

// sniff says what data is by its first bytes.
func sniff(data []byte) (kind, string) {
	if i := bytes.Index(head(data, pdfHeaderWindow), []byte("%PDF-")); i >= 0 {
		return kindPDF, "a PDF file"
	}
	for _, s := range signatures {
		if len(data) >= s.offset+len(s.magic) && string(data[s.offset:s.offset+len(s.magic)]) == s.magic {
			if s.kind == kindImage && s.magic == "WEBP" && !bytes.HasPrefix(data, []byte("RIFF")) {
				continue
			}
			return s.kind, s.what
		}
	}
	return kindUnknown, ""
}

func head(data []byte, n int) []byte {
	if len(data) > n {
		return data[:n]
	}
	return data
}

// checkKind refuses a file whose content contradicts its name — a PDF
// saved as .txt would otherwise come out as pages of garbage.
func checkKind(name string, data []byte) error {
	k, what := sniff(data)
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case contains(PDFExtensions, ext):
		if k != kindPDF {
			return notA(name, "a PDF file", data, k, what)
		}
	case contains(DOCXExtensions, ext):
		if k != kindZip {
			return notA(name, "a Word (.docx) file", data, k, what)
		}
	default: // text and web pages
		if k != kindUnknown {
			return fmt.Errorf("%s: looks like %s (a binary file), not text; %s", name, what, advice(k))
		}
	}
	return nil
}

// notA explains a file that should be of one kind but is another.
func notA(name, want string, data []byte, k kind, what string) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return emptyError(name, "the file is empty", "choose the file that holds the statement")
	}
	if k == kindUnknown {
		return fmt.Errorf("%s: does not look like %s (it starts with %q); open it in the program that made it and save it again", name, want, printable(head(data, 12)))
	}
	return fmt.Errorf("%s: looks like %s, not %s; %s", name, what, want, advice(k))
}

// advice says what to do with a file of kind k.
func advice(k kind) string {
	switch k {
	case kindPDF:
		return "rename it to end in .pdf"
	case kindZip:
		return "if it is a Word document, rename it to end in .docx"
	case kindOLE:
		return "open it in Word and save it as .docx"
	case kindRTF:
		return "open it in a word processor and save it as .docx or plain text"
	case kindImage:
		return "Parley reads text, not pictures: run OCR on it first or copy the text out"
	case kindProgram:
		return "choose the statement file instead"
	case kindArchive:
		return "unpack it first and choose the statement inside"
	}
	return "save it as plain text"
}

// printable shows the first bytes of a file for an error message.
func printable(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			sb.WriteByte(c)
		} else {
			sb.WriteString(".")
		}
	}
	return sb.String()
}

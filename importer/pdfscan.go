package importer

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
)

// Limits checked by scanPDF before the PDF library reads a file. The
// library inflates streams without limit and parses nested arrays and
// dictionaries by recursion, so a few kilobytes of crafted input could
// exhaust memory or the stack (a stack overflow cannot be recovered).
const (
	maxPDFInflated = 256 << 20 // all compressed streams that hold text or structure, unpacked
	maxPDFNesting  = 10000     // arrays and dictionaries inside each other (real files: under 10)
)

// scanPDF walks the raw file once: it measures the nesting of arrays and
// dictionaries, and inflates every Flate stream that is not an image or
// an embedded font (those the library never parses) to measure it too and
// to count its unpacked size. Encrypted streams cannot be inflated here
// and are left to the library.
func scanPDF(name string, data []byte) error {
	if err := checkXrefCounts(data); err != nil {
		return fmt.Errorf("%s: %v; print it to a new PDF and import that", name, err)
	}
	s := pdfScanner{budget: maxPDFInflated}
	if err := s.scan(data, true); err != nil {
		return fmt.Errorf("%s: %v; Parley refuses it to protect your computer — print it to a new PDF and import that", name, err)
	}
	return nil
}

type pdfScanner struct {
	budget int64
}

// scan tokenises just enough PDF syntax to count nesting: strings and
// comments are skipped (brackets inside them do not count), and so are
// inline images. With streams true, stream bodies are skipped and, when
// compressed, inflated and scanned in turn.
func (s *pdfScanner) scan(data []byte, streams bool) error {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '%':
			i = skipLine(data, i)
		case '(':
			i = skipLiteral(data, i)
		case '[':
			depth++
		case ']':
			depth = max(depth-1, 0)
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				depth++
				i++
			} else {
				i = skipUntil(data, i, '>')
			}
		case '>':
			if i+1 < len(data) && data[i+1] == '>' {
				depth = max(depth-1, 0)
				i++
			}
		case 's':
			if streams && keywordAt(data, i, "stream") {
				next, err := s.stream(data, i)
				if err != nil {
					return err
				}
				i = next
			}
		case 'I':
			if !streams && keywordAt(data, i, "ID") {
				i = skipInlineImage(data, i)
			}
		}
		if depth > maxPDFNesting {
			return fmt.Errorf("nests arrays or dictionaries more than %d deep, which no real PDF does", maxPDFNesting)
		}
	}
	return nil
}

// keywordAt reports whether word starts at i as a whole PDF token.
func keywordAt(data []byte, i int, word string) bool {
	if !bytes.HasPrefix(data[i:], []byte(word)) {
		return false
	}
	if i > 0 && !isPDFDelim(data[i-1]) {
		return false
	}
	end := i + len(word)
	return end == len(data) || isPDFDelim(data[end])
}

func isPDFDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func skipLine(data []byte, i int) int {
	for i < len(data) && data[i] != '\n' && data[i] != '\r' {
		i++
	}
	return i
}

func skipUntil(data []byte, i int, end byte) int {
	if j := bytes.IndexByte(data[i:], end); j >= 0 {
		return i + j
	}
	return len(data)
}

// skipLiteral skips a (string) with nested parentheses and escapes.
func skipLiteral(data []byte, i int) int {
	nest := 0
	for ; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '(':
			nest++
		case ')':
			if nest--; nest == 0 {
				return i
			}
		}
	}
	return i
}

// skipInlineImage skips binary image data from "ID" to its "EI".
func skipInlineImage(data []byte, i int) int {
	for j := i + 2; j+2 <= len(data); j++ {
		if data[j] == 'E' && data[j+1] == 'I' && isPDFDelim(data[j-1]) && (j+2 == len(data) || isPDFDelim(data[j+2])) {
			return j + 1
		}
	}
	return len(data)
}

// stream handles the stream body starting after the keyword at i and
// returns the index at which scanning goes on.
func (s *pdfScanner) stream(data []byte, i int) (int, error) {
	body := i + len("stream")
	end := bytes.Index(data[body:], []byte("endstream"))
	if end < 0 {
		end = len(data) - body
	}
	dict := streamDict(data, i)
	parsed := !bytes.Contains(dict, []byte("/Image")) && !isFontProgram(dict)
	switch {
	case !parsed:
	case bytes.Contains(dict, []byte("/FlateDecode")):
		if err := s.inflate(data[body:body+end], !bytes.Contains(dict, []byte("/XRef"))); err != nil {
			return 0, err
		}
	case !bytes.Contains(dict, []byte("/Filter")):
		if err := s.scan(data[body:body+end], false); err != nil {
			return 0, err
		}
	}
	return body + end, nil
}

// streamDict returns the dictionary text before a stream keyword: back to
// the "obj" keyword, at most 4 KB.
func streamDict(data []byte, i int) []byte {
	from := max(i-4096, 0)
	window := data[from:i]
	if j := bytes.LastIndex(window, []byte("obj")); j >= 0 {
		return window[j:]
	}
	return window
}

// isFontProgram recognises embedded font files by their length keys.
func isFontProgram(dict []byte) bool {
	for _, k := range []string{"/Length1", "/Length2", "/Type1C", "/CIDFontType0C", "/OpenType"} {
		if bytes.Contains(dict, []byte(k)) {
			return true
		}
	}
	return false
}

// inflate unpacks one stream within the budget and scans its nesting.
// Streams that do not inflate (encrypted, damaged) are skipped: judging
// them is the library's job.
func (s *pdfScanner) inflate(raw []byte, scanNesting bool) error {
	raw = bytes.TrimLeft(raw, "\r\n")
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	defer zr.Close()
	out, _ := io.ReadAll(io.LimitReader(zr, s.budget+1))
	if int64(len(out)) > s.budget {
		return fmt.Errorf("unpacks to more than %d MB (a decompression bomb?)", maxPDFInflated>>20)
	}
	s.budget -= int64(len(out))
	if !scanNesting {
		return nil
	}
	return s.scan(out, false)
}

// checkXrefCounts refuses a cross-reference table whose subsections claim
// more objects than the file has bytes: the PDF library allocates a table
// as long as the highest object number claimed, and a claim of billions ran
// the process out of memory (make fuzz-long found two: a count, and a
// start run into the first entry's line).
func checkXrefCounts(data []byte) error {
	for at := 0; ; {
		i := bytes.Index(data[at:], []byte("xref"))
		if i < 0 {
			return nil
		}
		at += i + len("xref")
		if claim := xrefClaim(data[at:]); claim > int64(len(data)) {
			return fmt.Errorf("its cross-reference table claims %d objects in a file of %d bytes", claim, len(data))
		}
	}
}

// xrefClaim walks an xref table's subsections as the PDF library reads them
// — tokens apart from line breaks: a header "start count", count entries
// of three tokens, and so on up to "trailer" or a token that is not a
// number where a header should be — and returns the highest object number
// a subsection with entries claims.
func xrefClaim(b []byte) int64 {
	var claim int64
	next := pdfTokens(b)
	for {
		first, ok := next()
		if !ok || first == "trailer" {
			return claim
		}
		second, _ := next()
		start, ok1 := xrefNumber(first)
		count, ok2 := xrefNumber(second)
		if !ok1 || !ok2 {
			return claim
		}
		if count > 0 {
			claim = max(claim, start+count)
		}
		for range min(3*count, int64(len(b))) {
			if _, ok := next(); !ok {
				return claim
			}
		}
	}
}

// xrefNumber reads a non-negative integer token; one too large for 64 bits
// counts as past any file.
func xrefNumber(tok string) (int64, bool) {
	n, err := strconv.ParseInt(tok, 10, 64)
	switch {
	case errors.Is(err, strconv.ErrRange):
		return math.MaxInt32, true
	case err != nil || n < 0:
		return 0, false
	}
	return min(n, math.MaxInt32), true
}

// pdfTokens returns an iterator over the runs of b between PDF white space.
func pdfTokens(b []byte) func() (string, bool) {
	isSpace := func(c byte) bool { return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' }
	return func() (string, bool) {
		for len(b) > 0 && isSpace(b[0]) {
			b = b[1:]
		}
		if len(b) == 0 {
			return "", false
		}
		end := 1
		for end < len(b) && !isSpace(b[end]) {
			end++
		}
		tok := string(b[:end])
		b = b[end:]
		return tok, true
	}
}

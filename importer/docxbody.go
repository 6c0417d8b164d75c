package importer

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// isWordNS reports the WordprocessingML namespace, transitional or strict.
func isWordNS(space string) bool {
	return strings.HasSuffix(space, "wordprocessingml/2006/main") || strings.HasSuffix(space, "wordprocessingml/main")
}

const markupCompatNS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

// docxWalker follows document.xml's elements; the counters are depths,
// because these elements can nest (a text box's paragraphs sit inside a
// run of the paragraph that anchors it).
type docxWalker struct {
	paras    []string
	open     []*strings.Builder // paragraphs being read, innermost last
	deleted  int                // inside w:del or w:moveFrom: tracked deletions
	fallback int                // inside mc:Fallback: a copy of mc:Choice for old readers
	run      int                // inside w:r
	runProps int                // inside a run's w:rPr
	hidden   bool               // the current run is hidden text (w:vanish)
	inText   int                // inside w:t
}

// docxParagraphs returns the text of every w:p in document order: runs'
// w:t text, w:tab as a tab and w:br as a line break. Tracked deletions,
// hidden text and compatibility fallbacks (which repeat their content)
// are skipped; tracked insertions are kept, as Word shows them.
func docxParagraphs(doc []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var w docxWalker
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			w.start(t)
		case xml.EndElement:
			w.end(t)
		case xml.CharData:
			if w.inText > 0 {
				w.write(string(t))
			}
		}
	}
	for len(w.open) > 0 { // a truncated document: keep what was read
		w.closeParagraph()
	}
	return w.paras, nil
}

func (w *docxWalker) start(t xml.StartElement) {
	if t.Name.Space == markupCompatNS && t.Name.Local == "Fallback" {
		w.fallback++
		return
	}
	if !isWordNS(t.Name.Space) {
		return
	}
	switch t.Name.Local {
	case "p":
		w.open = append(w.open, &strings.Builder{})
	case "del", "moveFrom":
		w.deleted++
	case "r":
		w.run++
		w.hidden = false
	case "rPr":
		if w.run > 0 {
			w.runProps++
		}
	case "vanish":
		if w.runProps > 0 && !isOff(t) {
			w.hidden = true
		}
	case "t":
		w.inText++
	case "tab":
		w.inRun("\t")
	case "br", "cr":
		w.inRun("\n")
	case "noBreakHyphen":
		w.inRun("-")
	}
}

func (w *docxWalker) end(t xml.EndElement) {
	if t.Name.Space == markupCompatNS && t.Name.Local == "Fallback" {
		w.fallback--
		return
	}
	if !isWordNS(t.Name.Space) {
		return
	}
	switch t.Name.Local {
	case "p":
		w.closeParagraph()
	case "del", "moveFrom":
		w.deleted--
	case "r":
		w.run--
		w.hidden = false
	case "rPr":
		if w.runProps > 0 {
			w.runProps--
		}
	case "t":
		w.inText--
	}
}

// isOff reads a toggle property's w:val ("false", "0", "off").
func isOff(t xml.StartElement) bool {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			v := strings.ToLower(a.Value)
			return v == "false" || v == "0" || v == "off"
		}
	}
	return false
}

// inRun writes s for a run-level element; a w:tab in paragraph
// properties is a tab stop, not a tab.
func (w *docxWalker) inRun(s string) {
	if w.run > 0 && w.runProps == 0 {
		w.write(s)
	}
}

func (w *docxWalker) write(s string) {
	if len(w.open) == 0 || w.deleted > 0 || w.fallback > 0 || w.hidden {
		return
	}
	w.open[len(w.open)-1].WriteString(s)
}

func (w *docxWalker) closeParagraph() {
	if len(w.open) == 0 {
		return
	}
	p := w.open[len(w.open)-1]
	w.open = w.open[:len(w.open)-1]
	if text := strings.TrimSpace(p.String()); text != "" {
		w.paras = append(w.paras, text)
	}
}

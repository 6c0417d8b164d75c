package report

import (
	"fmt"
	"io"
	"strings"
)

// Format is the kind of file a report is written as.
type Format string

// The formats. One model of the report — its sections, headings,
// paragraphs of styled spans and tables, as the section code makes them —
// is drawn on PDF pages, or handed block by block to a flow that writes a
// document an analyst can edit: one self-contained HTML file, or DOCX.
const (
	FormatPDF  Format = "pdf"
	FormatHTML Format = "html"
	FormatDOCX Format = "docx"
)

// ParseFormat reads a format; "" is PDF.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case "":
		return FormatPDF, nil
	case FormatPDF, FormatHTML, FormatDOCX:
		return f, nil
	}
	return "", fmt.Errorf("unknown report format %q: use pdf, html or docx", s)
}

// Extension is the file name extension of a format, with its dot.
func (f Format) Extension() string { return "." + string(f) }

// flow receives a report's blocks in order when it is not drawn on PDF
// pages. Page geometry (keeping a table with its heading, spacing, page
// breaks inside a section) means nothing to it.
type flow interface {
	section(title string)
	heading(p para, level int)
	paragraph(p para, indent float64)
	listItem(spans []span)
	table(t table)
	write(w io.Writer, meta docMeta) error
}

// docMeta is what a document says about itself.
type docMeta struct {
	title, author, subject, creator string
}

// newFlow makes the flow of a format; nil for PDF, which doc draws itself.
func newFlow(f Format) flow {
	switch f {
	case FormatHTML:
		return &htmlFlow{}
	case FormatDOCX:
		return newDocxFlow()
	}
	return nil
}

// hex is a colour as CSS and WordprocessingML write it, without "#".
func (c rgb) hex() string { return fmt.Sprintf("%02x%02x%02x", c.r, c.g, c.b) }

// columnShares are a table's column widths as fractions of the whole.
func columnShares(t table) []float64 {
	sum := 0.0
	for _, w := range t.widths {
		sum += w
	}
	out := make([]float64, len(t.widths))
	for i, w := range t.widths {
		if sum > 0 {
			out[i] = w / sum
		}
	}
	return out
}

// noteCitations records the sentences spans cite, as drawing them on PDF
// pages does, so that a shortened report's appendix quotes them.
func (d *doc) noteCitations(spans []span) {
	for _, s := range spans {
		if s.st.link != "" {
			if _, ok := d.links[s.st.link]; !ok {
				d.links[s.st.link] = 0
			}
		}
	}
}

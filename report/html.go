package report

import (
	"fmt"
	"html"
	"io"
	"strings"
)

// htmlFlow writes the report as one self-contained HTML file: its styles
// inline, no script, font or image fetched from anywhere, so it opens
// offline and in any editor that reads HTML. Citations are links to the
// numbered sentences; a statement's web address opens it.
type htmlFlow struct {
	body     strings.Builder
	sections int
}

func (h *htmlFlow) section(title string) {
	if h.sections > 0 {
		h.body.WriteString("</section>\n")
	}
	h.sections++
	fmt.Fprintf(&h.body, "<section id=\"section-%d\">\n<h1>%s</h1>\n", h.sections, html.EscapeString(title))
}

func (h *htmlFlow) heading(p para, level int) {
	tag := "h2"
	if level == 0 && len(p.spans) > 0 && p.spans[0].st.size < sizeH2 {
		tag = "h3"
	}
	fmt.Fprintf(&h.body, "<%s%s>%s</%s>\n", tag, dirAttr(p.dir), spansHTML(p.spans, false), tag)
}

func (h *htmlFlow) paragraph(p para, indent float64) {
	h.body.WriteString(paraHTML(p, indent))
}

func (h *htmlFlow) listItem(spans []span) {
	fmt.Fprintf(&h.body, "<p class=\"item\"><span class=\"bullet\">•</span> %s</p>\n", spansHTML(spans, true))
}

func (h *htmlFlow) table(t table) {
	if len(t.rows) == 0 {
		return
	}
	h.body.WriteString("<table>\n<colgroup>")
	for _, s := range columnShares(t) {
		fmt.Fprintf(&h.body, "<col style=\"width:%.1f%%\">", 100*s)
	}
	h.body.WriteString("</colgroup>\n")
	if t.header != nil {
		h.body.WriteString("<thead>")
		h.row(t.header, "th")
		h.body.WriteString("</thead>\n")
	}
	h.body.WriteString("<tbody>\n")
	for _, r := range t.rows {
		h.row(r, "td")
	}
	h.body.WriteString("</tbody>\n</table>\n")
}

func (h *htmlFlow) row(cells []cell, tag string) {
	h.body.WriteString("<tr>")
	for _, c := range cells {
		style := ""
		if c.hasFill {
			style = fmt.Sprintf(" style=\"background:#%s\"", c.fill.hex())
		}
		fmt.Fprintf(&h.body, "<%s%s>", tag, style)
		for _, p := range c.paras {
			h.body.WriteString(paraHTML(p, 0))
		}
		fmt.Fprintf(&h.body, "</%s>", tag)
	}
	h.body.WriteString("</tr>\n")
}

func (h *htmlFlow) write(w io.Writer, meta docMeta) error {
	if h.sections > 0 {
		h.body.WriteString("</section>\n")
	}
	_, err := fmt.Fprintf(w, `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="%s">
<meta name="author" content="%s">
<meta name="description" content="%s">
<title>%s</title>
<style>%s</style>
</head>
<body>
%s</body>
</html>
`, html.EscapeString(meta.creator), html.EscapeString(meta.author), html.EscapeString(meta.subject),
		html.EscapeString(meta.title), htmlStyle, h.body.String())
	return err
}

// htmlStyle is the document's whole style sheet: system fonts, the PDF's
// colours.
const htmlStyle = `
body { font: 10.5pt/1.45 "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #212121; max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
h1 { color: #1f4e79; font-size: 18pt; margin: 2.2em 0 .4em; border-top: 1px solid #d8dee6; padding-top: .8em; }
section:first-of-type h1 { border-top: none; }
h2 { color: #1f4e79; font-size: 13pt; margin: 1.4em 0 .3em; }
h3 { font-size: 11pt; margin: 1.2em 0 .3em; }
p { margin: .25em 0 .45em; }
p.item { padding-left: 1.1em; text-indent: -1.1em; }
.bullet { color: #696969; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; table-layout: fixed; }
th, td { border: 1px solid #c8d0da; padding: .3em .45em; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
th { background: #e8eef4; }
a { color: #1f4e79; }
del { text-decoration-thickness: 1px; }
@media print { h1 { break-before: page; border-top: none; } }
`

// paraHTML is a paragraph as HTML.
func paraHTML(p para, indent float64) string {
	attrs := dirAttr(p.dir)
	var style []string
	if indent > 0 {
		style = append(style, fmt.Sprintf("margin-left:%.0fpt", indent))
	}
	if p.center {
		style = append(style, "text-align:center")
	}
	if len(style) > 0 {
		attrs += " style=\"" + strings.Join(style, ";") + "\""
	}
	return fmt.Sprintf("<p%s>%s</p>\n", attrs, spansHTML(p.spans, true))
}

func dirAttr(d direction) string {
	switch d {
	case dirLTR:
		return " dir=\"ltr\""
	case dirRTL:
		return " dir=\"rtl\""
	}
	return " dir=\"auto\""
}

// spansHTML renders styled spans: weight, colour, background, deletion
// and insertion marks, citations, anchors and web links; sized relative
// to the body text when sized (a heading's own size rules inside it).
func spansHTML(spans []span, sized bool) string {
	var b strings.Builder
	for _, s := range spans {
		if s.st.anchor != "" {
			fmt.Fprintf(&b, "<a id=\"%s\"></a>", html.EscapeString(anchorID(s.st.anchor)))
		}
		t := strings.ReplaceAll(html.EscapeString(s.text), "\n", "<br>")
		var css []string
		if s.st.color != ink && s.st.color != (rgb{}) {
			css = append(css, "color:#"+s.st.color.hex())
		}
		if s.st.hasBg {
			css = append(css, "background:#"+s.st.bg.hex())
		}
		if sized && s.st.size > 0 && s.st.size != sizeBody {
			css = append(css, fmt.Sprintf("font-size:%.0f%%", 100*s.st.size/sizeBody))
		}
		if len(css) > 0 {
			t = fmt.Sprintf("<span style=\"%s\">%s</span>", strings.Join(css, ";"), t)
		}
		if s.st.bold {
			t = "<b>" + t + "</b>"
		}
		switch {
		case s.st.strike:
			t = "<del>" + t + "</del>"
		case s.st.underline && s.st.url == "":
			t = "<ins>" + t + "</ins>"
		}
		switch {
		case s.st.link != "":
			t = fmt.Sprintf("<a href=\"#%s\">%s</a>", html.EscapeString(anchorID(s.st.link)), t)
		case s.st.url != "":
			t = fmt.Sprintf("<a href=\"%s\">%s</a>", html.EscapeString(s.st.url), t)
		}
		b.WriteString(t)
	}
	return b.String()
}

// anchorID makes a sentence id ("1-white-house:s3") a fragment identifier.
func anchorID(sentence string) string {
	return "s-" + strings.NewReplacer(":", "-", " ", "-").Replace(sentence)
}

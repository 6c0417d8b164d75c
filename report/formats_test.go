package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The HTML report: one file that needs nothing from the network, every
// citation a link to an anchor in the same file, the findings in it.
func TestHTMLReport(t *testing.T) {
	sts, a := demo(t)
	sts[0].Source = "https://www.example.org/briefing-room/statement"
	a = analyze(t, sts)
	opt := demoOptions()
	opt.Format = FormatHTML
	out, _ := written(t, a, sts, opt)
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	ids, hrefs := map[string]bool{}, []string{}
	var textOf strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "link", "img", "iframe", "object":
				t.Errorf("the report has a <%s>", n.Data)
			}
			for _, at := range n.Attr {
				switch at.Key {
				case "id":
					ids[at.Val] = true
				case "href":
					hrefs = append(hrefs, at.Val)
				case "src":
					t.Errorf("the report loads %q", at.Val)
				}
			}
		}
		if n.Type == html.TextNode {
			textOf.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	external := 0
	for _, h := range hrefs {
		switch {
		case strings.HasPrefix(h, "#"):
			if !ids[h[1:]] {
				t.Errorf("link %q has no target", h)
			}
		case h == "https://www.example.org/briefing-room/statement":
			external++
		default:
			t.Errorf("unexpected link %q", h)
		}
	}
	if external != 1 || len(hrefs) < 20 {
		t.Errorf("%d links, %d to the source", len(hrefs), external)
	}
	txt := strings.Join(strings.Fields(textOf.String()), " ")
	for _, want := range []string{secFindings, "Omission. Senior Biden administration officials", a.Findings[0].Text[:40], "Method"} {
		if !strings.Contains(txt, want) {
			t.Errorf("%q not in the HTML report", want)
		}
	}
}

// The DOCX report: every part well-formed XML, every citation a link to a
// bookmark that exists; opened by LibreOffice, it holds the findings.
func TestDOCXReport(t *testing.T) {
	sts, a := demo(t)
	opt := demoOptions()
	opt.Format = FormatDOCX
	out, _ := written(t, a, sts, opt)
	z, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	var document string
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
		if f.Name == "word/document.xml" {
			document = string(data)
		}
	}
	names := map[string]bool{}
	for _, m := range regexp.MustCompile(`w:bookmarkStart w:id="\d+" w:name="([^"]+)"`).FindAllStringSubmatch(document, -1) {
		if names[m[1]] {
			t.Errorf("bookmark %s placed twice", m[1])
		}
		names[m[1]] = true
	}
	links := regexp.MustCompile(`w:hyperlink w:anchor="([^"]+)"`).FindAllStringSubmatch(document, -1)
	for _, m := range links {
		if !names[m[1]] {
			t.Errorf("citation to %s, which no sentence carries", m[1])
		}
	}
	if len(links) < 20 {
		t.Errorf("%d citations", len(links))
	}
	// LibreOffice reads it (CI installs it: scripts/deps.sh --with-tools).
	dir := t.TempDir()
	file := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	tool(t, "soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, file)
	txt := pdfText(t, filepath.Join(dir, "report.pdf"))
	for _, want := range []string{secFindings, "Omission. Senior Biden administration officials", "Method"} {
		if !strings.Contains(txt, want) {
			t.Errorf("%q not in the DOCX as LibreOffice reads it", want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": FormatPDF, "HTML": FormatHTML, "docx": FormatDOCX} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("odt"); err == nil {
		t.Error("an unknown format is accepted")
	}
}

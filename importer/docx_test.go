package importer

import (
	"archive/zip"
	"bytes"
	"io"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-app/parley/internal/testfiles"
)

// makeDOCX writes a zip archive with the given parts, in name order.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(parts) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, parts[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// docXML wraps body XML in a WordprocessingML document.
func docXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
		body + `</w:body></w:document>`
}

const coreXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
<dc:title>Joint Statement</dc:title><dc:creator>Office of the Spokesperson</dc:creator>
<dcterms:created>2024-04-14T09:30:00Z</dcterms:created><dcterms:modified>2024-04-15T10:00:00Z</dcterms:modified>
<dc:language>en-GB</dc:language></cp:coreProperties>`

const appXML = `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Foreign Office</Company></Properties>`

const relsXML = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>`

func TestReadDOCXFixture(t *testing.T) {
	st, err := Read("communique.docx", bytes.NewReader(fixture(t, "communique.docx")))
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "G7 Apulia Leaders’ Communiqué (excerpt)" || st.Speaker != "G7 Leaders" || st.Date != "2024-06-14" || st.Language != "en-US" {
		t.Errorf("metadata: %+v", st)
	}
	if !strings.HasPrefix(st.Text, "G7 Apulia Leaders’ Communiqué\n\nConflict in Gaza\n\nWe reiterate our strongest condemnation") {
		t.Errorf("text starts %q", st.Text[:min(200, len(st.Text))])
	}
	for _, in := range []string{"\n\nan immediate ceasefire in Gaza;\n\nthe release of all hostages.\n\n", "\n\nResolution\n\n2735\n\n", "two-state solution"} {
		if !strings.Contains(st.Text, in) {
			t.Errorf("text lacks %q", in)
		}
	}
	if strings.Contains(st.Text, "Page 1") || strings.Contains(st.Text, "— Apulia") {
		t.Error("header or footer in the text")
	}
}

// TestReadDOCXStructure covers what Word writes: tracked changes, tabs
// and breaks, tables, hidden text, text boxes with their compatibility
// fallback, and a main part found through the package relationships.
func TestReadDOCXStructure(t *testing.T) {
	body := `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Joint Statement</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">We </w:t></w:r><w:del w:author="A"><w:r><w:delText>strongly </w:delText></w:r></w:del><w:ins w:author="A"><w:r><w:t xml:space="preserve">firmly </w:t></w:r></w:ins><w:r><w:t>condemn</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> (hidden note)</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Role</w:t><w:br/><w:t>Second line</w:t></w:r></w:p>
<w:p></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p><w:p><w:r><w:t>Cell two, again</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Anchor paragraph</w:t></w:r></w:p>
<w:p><w:r><w:t>Well</w:t></w:r><w:r><w:noBreakHyphen/><w:t>being</w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t> shown</w:t></w:r></w:p>`
	data := makeDOCX(t, map[string]string{
		"_rels/.rels":       relsXML,
		"word/main.xml":     docXML(body),
		"docProps/core.xml": coreXML,
		"docProps/app.xml":  appXML,
	})
	st, err := Read("statement.docx", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := "Joint Statement\n\nWe firmly condemn.\n\nName\tRole\nSecond line\n\nCell one\n\nCell two\n\nCell two, again\n\nBox text\n\nAnchor paragraph\n\nWell-being shown"
	if st.Text != want {
		t.Errorf("text:\n%q\nwant:\n%q", st.Text, want)
	}
	if st.Title != "Joint Statement" || st.Speaker != "Office of the Spokesperson" || st.Date != "2024-04-14" ||
		st.Language != "en-GB" || st.Organization != "Foreign Office" {
		t.Errorf("metadata: %+v", st)
	}
}

func TestReadDOCXOtherZips(t *testing.T) {
	for _, tt := range []struct {
		parts map[string]string
		want  string
	}{
		{map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "OpenDocument"},
		{map[string]string{"xl/workbook.xml": "<x/>"}, "Excel workbook"},
		{map[string]string{"readme.txt": "hi"}, "without a Word document inside"},
		{map[string]string{"word/document.xml": "<w:document"}, "damaged"},
		{map[string]string{"word/document.xml": docXML("<w:p></w:p>")}, "has no text"},
	} {
		_, err := Read("x.docx", bytes.NewReader(makeDOCX(t, tt.parts)))
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "x.docx: ") {
			t.Errorf("%v: got %v, want %q", tt.parts, err, tt.want)
		}
	}
}

// zipBomb is testfiles.ZipBomb, failing the test on error.
func zipBomb(t testing.TB, lie bool) []byte {
	t.Helper()
	data, err := testfiles.ZipBomb(lie)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestDOCXZipBomb(t *testing.T) {
	_, err := Read("bomb.docx", bytes.NewReader(zipBomb(t, false)))
	if err == nil || !strings.Contains(err.Error(), "bomb.docx: word/document.xml unpacks to more than the limit of 100 MB (a zip bomb?)") {
		t.Errorf("got %v", err)
	}
	// A directory that understates the size: archive/zip stops at the
	// stated size, and the bytes are counted besides.
	_, err = Read("bomb.docx", bytes.NewReader(zipBomb(t, true)))
	if err == nil || !strings.Contains(err.Error(), "bomb.docx: the Word file is damaged") {
		t.Errorf("lying directory: got %v", err)
	}
}

// FuzzReadDOCX: any bytes give a statement or an error naming the file.
func FuzzReadDOCX(f *testing.F) {
	f.Add(fixture(f, "communique.docx"))
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": docXML(`<w:p><w:r><w:t>Hi</w:t><w:tab/></w:r></w:p>`), "docProps/core.xml": coreXML}))
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := readDOCX("f.docx", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.docx: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if strings.TrimSpace(st.Text) == "" || !utf8.ValidString(st.Text) {
			t.Fatalf("bad statement %+v", st)
		}
	})
}

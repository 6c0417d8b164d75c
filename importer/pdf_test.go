package importer

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// communique.pdf is the Apulia G7 excerpt set by LibreOffice: 4 pages,
// justified and hyphenated, a running header and "Page N" footer, a
// list, a table and headings.
func TestReadPDFFixture(t *testing.T) {
	st, err := Read("communique.pdf", bytes.NewReader(fixture(t, "communique.pdf")))
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "G7 Apulia Leaders’ Communiqué (excerpt)" || st.Speaker != "G7 Leaders" || st.Language != "en-US" || len(st.Date) != 10 {
		t.Errorf("metadata: %+v", st)
	}
	for _, in := range []string{
		"G7 Apulia Leaders’ Communiqué\n\nConflict in Gaza\n\nWe reiterate our strongest condemnation of the brutal terrorist attacks",
		"our unwavering commitment",                // "unwaver-" / "ing"
		"including international humanitarian law", // "humanitar-" / "ian"
		"the comprehensive deal",                   // "com-" / "prehensive"
		"Securing full, rapid",                     // "Secur-" / "ing", capital first
		"the Government of Israel",                 // "Govern-" / "ment"
		"the two-state solution",                   // real hyphen mid-line
		"de-escalation",
		"Israeli-Palestinian peace",
		"We welcome Israel’s acceptance of the proposal", // a paragraph across a page break
		"protect civilian lives.\n\nWe fully endorse",
		"\n\nFreedom of Navigation in the Red Sea", // a two-line heading
	} {
		if !strings.Contains(st.Text, in) {
			t.Errorf("text lacks %q", in)
		}
	}
	for _, out := range []string{"Page 1", "Page 2", "— Apulia", "escal-", "unwaver-", "  "} {
		if strings.Contains(st.Text, out) {
			t.Errorf("text contains %q", out)
		}
	}
}

// simple.pdf is hand-made (Helvetica without widths, uncompressed): a
// running header and page numbers, and line-end hyphens of every kind.
func TestReadPDFHyphensAndRunningLines(t *testing.T) {
	st, err := Read("simple.pdf", bytes.NewReader(fixture(t, "simple.pdf")))
	if err != nil {
		t.Fatal(err)
	}
	want := "Statement on Regional Security\n\n" +
		"The United States is deeply concerned by the risk of escalation in the region and calls on all parties to show restraint.\n\n" +
		"We remain committed to a two-state solution and to Israel's security.\n\n" +
		"We welcome the de-escalation measures agreed this week.\n\n" +
		"The Secretary will travel to the region to consult with partners. Israeli-Palestinian talks must resume."
	if st.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", st.Text, want)
	}
	if st.Title != "Statement on Regional Security" || st.Speaker != "Office of the Spokesperson" || st.Date != "2024-04-15" || st.Language != "en-US" {
		t.Errorf("metadata: %+v", st)
	}
}

// An owner password (restrictions, no password to open) is no obstacle.
func TestReadPDFOwnerPasswordOnly(t *testing.T) {
	st, err := Read("owner-only.pdf", bytes.NewReader(fixture(t, "owner-only.pdf")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(st.Text, "We reiterate our strongest condemnation") {
		t.Errorf("text: %.200s", st.Text)
	}
}

func TestDehyphenate(t *testing.T) {
	words := map[string]bool{"cease-fire": true, "escalation": true}
	for _, tt := range []struct {
		left, right string
		join        bool
	}{
		{"escal", "ation", true},    // the document spells "escalation"
		{"cease", "fire", false},    // the document spells "cease-fire"
		{"unwaver", "ing", true},    // suffix
		{"com", "prehensive", true}, // default
		{"two", "state", false},     // compound-forming word
		{"de", "escalation", false}, // doubled vowel
		{"Secur", "ing", true},      // capital at a sentence start
		{"Israeli", "Palestinian", false},
		{"UN", "led", false},
		{"13", "14", false},
	} {
		if got := dehyphenate(tt.left, tt.right, words); got != tt.join {
			t.Errorf("dehyphenate(%q, %q) = %v", tt.left, tt.right, got)
		}
	}
}

func TestPDFDate(t *testing.T) {
	for in, want := range map[string]string{
		"D:20240415093000-04'00'": "2024-04-15",
		"D:20240415":              "2024-04-15",
		"D:2024":                  "2024-01-01",
		"20241301":                "",
		"":                        "",
	} {
		if got := pdfDate(in); got != want {
			t.Errorf("pdfDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// minimalPDF builds an uncompressed one-page PDF around a content stream
// and extra objects (numbered from 5), with correct offsets.
func minimalPDF(content string, pagesDict string, extra ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		pagesDict,
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	objs = append(objs, extra...)
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

const onePage = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"

// TestHostilePDFs: crafted structures that would hang or crash a naive
// reader finish quickly with an error or with the text they hold.
func TestHostilePDFs(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		want string // in the error; "" means the file reads
	}{
		{"plain", minimalPDF("BT /F1 12 Tf 72 700 Td (Hello world.) Tj ET", onePage), ""},
		{"pdf-2.0", bytes.Replace(minimalPDF("BT /F1 12 Tf 72 700 Td (Hello world.) Tj ET", onePage), []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1), ""},
		{"deep arrays", minimalPDF("BT /F1 12 Tf "+strings.Repeat("[", 20000)+" ET", onePage), "more than 10000 deep"},
		{"cyclic page tree", minimalPDF("BT (x) Tj ET", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"), "damaged"},
		{"page is its own parent", minimalPDF("BT (x) Tj ET", "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 5 0 R /Contents 4 0 R >>"), "damaged"},
		{"form draws itself", minimalPDF("BT /F1 12 Tf 72 700 Td (Outer text.) Tj ET /X1 Do", onePage), ""},
		{"unbalanced q/Q", minimalPDF("Q Q Q BT /F1 12 Tf (After.) Tj ET", onePage), ""},
		{"huge count", minimalPDF("BT /F1 12 Tf (Text.) Tj ET", "<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>"), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st, err := Read("x.pdf", bytes.NewReader(tt.data))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v (%q), want error with %q", err, st.Text, tt.want)
			}
		})
	}
}

// TestPDFFormXObjects: text inside a Form XObject is read, and a form that
// draws itself stops at the nesting limit.
func TestPDFFormXObjects(t *testing.T) {
	content := "BT /F1 12 Tf 72 600 Td (In form.) Tj ET /X1 Do"
	form := fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /XObject << /X1 5 0 R >> "+
		"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Length %d >>\nstream\n%s\nendstream", len(content), content)
	data := minimalPDF("/X1 Do", onePage, form)
	data = bytes.Replace(data, []byte("/Resources << /Font"), []byte("/Resources << /XObject << /X1 5 0 R >> /Font"), 1)
	st, err := Read("form.pdf", bytes.NewReader(fixPDFOffsets(data)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(st.Text, "In form.") || strings.Count(st.Text, "In form.") != maxPDFFormDepth {
		t.Errorf("text %q", st.Text)
	}
}

// fixPDFOffsets rebuilds the xref table of a minimalPDF after an edit.
func fixPDFOffsets(data []byte) []byte {
	body := data[:bytes.Index(data, []byte("xref\n"))]
	var offsets []int
	for i := 1; ; i++ {
		j := bytes.Index(body, []byte(fmt.Sprintf("\n%d 0 obj\n", i)))
		if j < 0 {
			break
		}
		offsets = append(offsets, j+1)
	}
	var b bytes.Buffer
	b.Write(body)
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, len(body))
	return b.Bytes()
}

// FuzzReadPDF: any bytes give a statement with valid UTF-8 text or an
// error naming the file; nothing panics, hangs or overflows the stack.
func FuzzReadPDF(f *testing.F) {
	f.Add(fixture(f, "simple.pdf"))
	f.Add(fixture(f, "scanned.pdf"))
	f.Add(minimalPDF("BT /F1 12 Tf 72 700 Td [(Hel) -20 (lo)] TJ T* (next) ' ET", onePage))
	f.Add(fixture(f, "communique.pdf"))
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := readPDF("f.pdf", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.pdf: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if strings.TrimSpace(st.Text) == "" || !utf8.ValidString(st.Text) || !utf8.ValidString(st.Title) {
			t.Fatalf("bad statement %+v", st)
		}
	})
}

// TestHexStringAtEnd: a content stream that ends inside a hex string is
// told apart from one whose hex strings and dictionaries close.
func TestHexStringAtEnd(t *testing.T) {
	for _, c := range []struct {
		data string
		want bool
	}{
		{"BT /F1 12 Tf <48656c6c6f> Tj ET", false},
		{"BT /F1 12 Tf <4865", true},
		{"BT /F1 12 Tf <48 65 \n", true},
		{"BT /F1 12 Tf <", true},
		{"BT <</MCID 0>> BDC (a<b) Tj EMC ET", false},
		{"BT (x) Tj <4z> Tj", false}, // the lexer stops at the z
		{"", false},
	} {
		if got := hexStringAtEnd([]byte(c.data)); got != c.want {
			t.Errorf("hexStringAtEnd(%q) = %v, want %v", c.data, got, c.want)
		}
	}
}

// TestXrefCounts: a cross-reference table claiming more objects than the
// file has bytes is refused before the PDF library allocates for it.
func TestXrefCounts(t *testing.T) {
	good := minimalPDF("BT /F1 12 Tf 72 700 Td (Hello) Tj ET", onePage)
	if err := checkXrefCounts(good); err != nil {
		t.Errorf("a well-formed PDF: %v", err)
	}
	for _, bad := range []string{"xref\n0 1000000000\n", "xref\n99999999999999999999 2\n", "xref\r\n5000000 3\r\n",
		"xref\n022222222222 01 200000000 65535 f \n",                         // the header run into the first entry's line
		"xref\n0 1\n0000000000 65535 f \n900000000 2\n0000000009 00000 n \n", // a second subsection
	} {
		if err := checkXrefCounts([]byte("%PDF-1.4\n" + bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

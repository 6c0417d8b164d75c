package importer

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func TestReadHTMLFixture(t *testing.T) {
	st, err := Read("statement.html", bytes.NewReader(fixture(t, "statement.html")))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Title":        "Statement from NSC Spokesperson John Kirby on Iran’s Attack Against Israel",
		"Speaker":      "John Kirby",
		"Organization": "The White House",
		"Date":         "2024-04-13",
		"Source":       "https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/13/statement-kirby/",
		"Language":     "en-US",
	}
	got := map[string]string{"Title": st.Title, "Speaker": st.Speaker, "Organization": st.Organization,
		"Date": st.Date, "Source": st.Source, "Language": st.Language}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	for _, in := range []string{
		"Statement from NSC Spokesperson John Kirby on Iran’s Attack Against Israel\n\n",
		"\n\nPresident Biden is meeting with his national security team to receive regular updates on Iran’s attacks against Israel.\n\nThis attack",
		"security is ironclad. The United States",
		"\n\nCommitments\n\nWe will support Israel’s defense.\n\nWe will coordinate with our allies and partners.\n\n“We do not seek conflict with Iran.”",
		"Line one of an address\nline two of the address",
	} {
		if !strings.Contains(st.Text, in) {
			t.Errorf("text lacks %q:\n%s", in, st.Text)
		}
	}
	for _, out := range []string{"Skip to content", "Home", "Briefing Room", "Search", "tracking", "analytics",
		"font-family", "Share on", "Hidden text", "Also hidden", "John Kirby at the podium", "Related:",
		"Filed under", "More news", "Netanyahu", "Pennsylvania", "Privacy", "cookies", "Accept"} {
		if strings.Contains(st.Text, out) {
			t.Errorf("text contains page furniture %q:\n%s", out, st.Text)
		}
	}
}

// TestReadHTMLWithoutMarkup: with no <article> or <main>, the container
// with the most paragraph text wins over menus and sidebars.
func TestReadHTMLWithoutMarkup(t *testing.T) {
	page := `<html><head><title>Readout of the Call | Ministry of Foreign Affairs</title>
<meta name="date" content="April 14, 2024"></head><body>
<div id="top"><div class="menu-bar"><a href="/">Home</a> | <a href="/news">News</a></div></div>
<div id="left"><p><a href="/1">Previous readout of a different call</a></p><p><a href="/2">Another earlier statement</a></p></div>
<div id="content">
  <h1>Readout of the Call</h1>
  <p>The Minister spoke today with his counterpart about the situation in the region and the risk of escalation.</p>
  <p>Both sides agreed that restraint is essential, and that humanitarian access must be expanded without delay.</p>
  <div>Contact: press office</div>
</div>
<div id="bottom"><p>Copyright 2024 the Ministry. All rights reserved. Terms of use apply.</p></div>
</body></html>`
	st, err := Read("readout.htm", strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "Readout of the Call" || st.Date != "2024-04-14" {
		t.Errorf("metadata: %+v", st)
	}
	want := "Readout of the Call\n\nThe Minister spoke today with his counterpart about the situation in the region and the risk of escalation.\n\n" +
		"Both sides agreed that restraint is essential, and that humanitarian access must be expanded without delay.\n\nContact: press office"
	if st.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", st.Text, want)
	}
}

func TestReadHTMLCharsets(t *testing.T) {
	body := "<html><head><meta charset=\"%s\"><title>Déclaration</title></head><body><p>Nous saluons l’accord de cessez-le-feu à Gaza.</p></body></html>"
	latin, _ := charmap.Windows1252.NewEncoder().String(strings.Replace(body, "%s", "windows-1252", 1))
	cyr, err := charmap.ISO8859_5.NewEncoder().String("<html><head><meta charset=\"iso-8859-5\"><title>Заявление</title></head>" +
		"<body><p>Мы приветствуем соглашение о прекращении огня (cessez-le-feu a Gaza).</p></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	for name, page := range map[string]string{"latin.html": latin, "cyrillic.html": cyr} {
		st, err := Read(name, strings.NewReader(page))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(st.Text, "cessez-le-feu") || !utf8.ValidString(st.Title) {
			t.Errorf("%s: %+v", name, st)
		}
	}
	st, _ := Read("cyrillic.html", strings.NewReader(cyr))
	if st.Title != "Заявление" || !strings.HasPrefix(st.Text, "Мы приветствуем") {
		t.Errorf("title %q", st.Title)
	}
}

// TestDeepHTMLIsBounded: 10,000 nested elements (the parser refuses more
// than 512) and 100,000 unclosed tables, a pathological case for the HTML
// algorithms, finish quickly.
func TestDeepHTMLIsBounded(t *testing.T) {
	for _, page := range []string{
		strings.Repeat("<div>", 10000) + "text",
		strings.Repeat("<b>", 100000) + "text",
		strings.Repeat("<table>", 100000) + "text", // tables do not nest: read
		// 500 nested candidates with junk class names over 5 MB of text:
		// measured in one pass, not once per level.
		strings.Repeat(`<article class="share"><main class="related">`, 250) + "<p>" + strings.Repeat("word ", 1<<20),
	} {
		_, err := Read("deep.html", strings.NewReader(page))
		if err == nil && strings.HasPrefix(page, "<div>") {
			t.Error("deep page accepted")
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-04-13T22:10:00-04:00":     "2024-04-13",
		"2024-04-13":                    "2024-04-13",
		"April 13, 2024":                "2024-04-13",
		"13 April 2024":                 "2024-04-13",
		"2024-04-13T22:10:00.000+0000":  "2024-04-13",
		"Sat, 13 Apr 2024 22:10:00 GMT": "2024-04-13",
		"yesterday":                     "",
		"":                              "",
	} {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzReadHTML: any bytes give a statement with valid UTF-8 text or an
// error naming the file; nothing panics.
func FuzzReadHTML(f *testing.F) {
	f.Add(fixture(f, "statement.html"))
	f.Add([]byte("<p>Text</p>"))
	f.Add([]byte("<article><p>a<br><br>b</p><table><tr><td>x<td>y</table></article>"))
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := readHTML("f.html", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.html: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if strings.TrimSpace(st.Text) == "" || !utf8.ValidString(st.Text) || !utf8.ValidString(st.Title) {
			t.Fatalf("bad statement %+v", st)
		}
	})
}

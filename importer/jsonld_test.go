package importer

import "testing"

// A page whose only metadata is JSON-LD (schema.org NewsArticle or
// GovernmentService, alone, in a list or in an @graph) gives the statement
// its title, date, speaker and organisation; a broken block changes nothing.
func TestJSONLDMetadata(t *testing.T) {
	body := `<main><p>The ministry welcomes the ceasefire agreed in Geneva and calls on both parties to respect it.</p></main>`
	for name, c := range map[string]struct{ ld, title, date, speaker, org string }{
		"news article": {`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers welcome the ceasefire",
			"datePublished":"2026-03-16T08:00:00+01:00","author":{"@type":"Person","name":"Ana Rivera"},
			"publisher":{"@type":"Organization","name":"Velm Press Agency"}}`,
			"Ministers welcome the ceasefire", "2026-03-16", "Ana Rivera", "Velm Press Agency"},
		"graph": {`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ministry"},
			{"@type":["GovernmentService","WebPage"],"name":"Statement on the ceasefire","dateCreated":"2026-03-17",
			"provider":"Ministry of Foreign Affairs of Velm"}]}`,
			"Statement on the ceasefire", "2026-03-17", "", "Ministry of Foreign Affairs of Velm"},
		"list, authors": {`[{"@type":"Article","headline":"A","datePublished":"2026-01-02","author":[{"name":"B. One"},{"name":"C. Two"}]}]`,
			"A", "2026-01-02", "B. One", ""},
		"broken": {`{"@type":"NewsArticle", "headline": `, "page", "", "", ""},
	} {
		page := `<html><head><script type="application/ld+json">` + c.ld + `</script></head><body>` + body + `</body></html>`
		st, err := readHTML("page.html", []byte(page))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		st = finish("page.html", st)
		if st.Title != c.title || st.Date != c.date || st.Speaker != c.speaker || st.Organization != c.org {
			t.Errorf("%s: title %q, date %q, speaker %q, organization %q", name, st.Title, st.Date, st.Speaker, st.Organization)
		}
	}
}

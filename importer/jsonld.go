package importer

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldTypes are the schema.org types whose JSON-LD says who published what
// when: a government page (GovernmentService, WebPage) or a news item.
var ldTypes = map[string]bool{"NewsArticle": true, "Article": true, "ReportageNewsArticle": true, "Report": true,
	"GovernmentService": true, "WebPage": true, "BlogPosting": true, "PressRelease": true}

// addJSONLD reads a <script type="application/ld+json"> block into the
// meta map under "ld:" keys (title, date, author, publisher), the first
// value of each kept. A block that is no JSON is passed over.
func (m *htmlMeta) addJSONLD(n *html.Node) {
	if n.DataAtom != atom.Script || !strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") || n.FirstChild == nil {
		return
	}
	var doc any
	if err := json.Unmarshal([]byte(n.FirstChild.Data), &doc); err != nil {
		return
	}
	for _, obj := range ldObjects(doc, 0) {
		if !ldTypes[ldType(obj)] {
			continue
		}
		m.setOnce("ld:title", ldString(obj["headline"]), ldString(obj["name"]))
		m.setOnce("ld:date", ldString(obj["datePublished"]), ldString(obj["dateCreated"]))
		m.setOnce("ld:author", ldName(obj["author"]))
		m.setOnce("ld:publisher", ldName(obj["publisher"]), ldName(obj["provider"]))
	}
}

func (m *htmlMeta) setOnce(key string, values ...string) {
	if _, ok := m.meta[key]; ok {
		return
	}
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			m.meta[key] = v
			return
		}
	}
}

// ldObjects lists the objects of a JSON-LD document: the top one, those of
// an array and of an @graph, a few levels deep at most.
func ldObjects(v any, depth int) []map[string]any {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case map[string]any:
		out := []map[string]any{t}
		if g, ok := t["@graph"]; ok {
			out = append(out, ldObjects(g, depth+1)...)
		}
		return out
	case []any:
		var out []map[string]any
		for _, e := range t {
			out = append(out, ldObjects(e, depth+1)...)
		}
		return out
	}
	return nil
}

// ldType is an object's @type, the first when it lists several.
func ldType(obj map[string]any) string {
	switch t := obj["@type"].(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			s, _ := t[0].(string)
			return s
		}
	}
	return ""
}

func ldString(v any) string {
	s, _ := v.(string)
	return s
}

// ldName is a person's or an organisation's name: a string, an object with
// a name, or the first of a list.
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return notURL(t)
	case map[string]any:
		return ldString(t["name"])
	case []any:
		if len(t) > 0 {
			return ldName(t[0])
		}
	}
	return ""
}

package statement

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Statement files are UTF-8 text, optionally opened by a YAML block between
// two "---" lines. These are the keys Parley interprets; any other key is
// kept in Statement.Extra and written back unchanged.
var knownKeys = []string{"title", "speaker", "organization", "date", "source", "language",
	"translation", "translation_of"}

// ErrEmptyStatement is returned for a file with no text besides its header.
var ErrEmptyStatement = errors.New("no statement text")

// ParseStatement reads a statement file. name is used in error messages and,
// when the file has no title, as the fallback title and ID.
func ParseStatement(name string, data []byte) (Statement, error) {
	return ParseStatementText(name, string(data))
}

// ParseStatementText is ParseStatement for a file already read as a string
// (decoded from another encoding, say), without copying it again.
func ParseStatementText(name, data string) (Statement, error) {
	if strings.IndexByte(data, 0) >= 0 {
		return Statement{}, fmt.Errorf("%s: contains NUL bytes; this looks like a binary file, not text", name)
	}
	if !utf8.ValidString(data) {
		return Statement{}, fmt.Errorf("%s: not valid UTF-8 text (convert it to UTF-8 first)", name)
	}
	text := normalizeNewlines(strings.TrimPrefix(data, "\ufeff"))
	header, body, headerLines, err := splitFrontMatter(text)
	if err != nil {
		return Statement{}, fmt.Errorf("%s: %w", name, err)
	}
	st := Statement{Text: strings.TrimSpace(body)}
	if header != "" {
		if err := st.applyHeader(header, headerLines); err != nil {
			return Statement{}, fmt.Errorf("%s: %w", name, err)
		}
	}
	if st.Text == "" {
		return Statement{}, fmt.Errorf("%s: %w", name, ErrEmptyStatement)
	}
	if st.Title == "" {
		st.Title = baseName(name)
	}
	return st, nil
}

func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// splitFrontMatter separates the YAML header from the body. firstLine is the
// 1-based line of the header's first YAML line, for error messages.
func splitFrontMatter(text string) (header, body string, firstLine int, err error) {
	if !strings.HasPrefix(text, "---\n") && strings.TrimRight(text, " \t") != "---" {
		return "", text, 0, nil
	}
	rest := strings.TrimPrefix(text, "---")
	rest = strings.TrimPrefix(rest, "\n")
	lines := strings.SplitAfter(rest, "\n")
	offset := 0
	for _, line := range lines {
		trimmed := strings.TrimRight(line, " \t\n")
		if trimmed == "---" || trimmed == "..." {
			return rest[:offset], rest[offset+len(line):], 2, nil
		}
		offset += len(line)
	}
	return "", "", 0, errors.New(`front matter opened with "---" on line 1 is never closed by a "---" line`)
}

func (st *Statement) applyHeader(header string, firstLine int) error {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(header), &doc); err != nil {
		// Many real headers are plain "key: value" lines that are not strict
		// YAML ("title: FACT SHEET: ..."); read those literally.
		if pairs, ok := plainHeader(header); ok {
			for _, kv := range pairs {
				st.set(strings.ToLower(kv[0]), kv[0], kv[1])
			}
			return nil
		}
		return fmt.Errorf("front matter is not valid YAML: %s", shiftYAMLLine(err.Error(), firstLine-1))
	}
	if len(doc.Content) == 0 {
		return nil // an empty header is allowed
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return fmt.Errorf("front matter on line %d must be \"key: value\" lines", firstLine)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := m.Content[i], m.Content[i+1]
		value, err := scalarText(val)
		if err != nil {
			return fmt.Errorf("front matter line %d: %s", key.Line+firstLine-1, err)
		}
		st.set(strings.ToLower(strings.TrimSpace(key.Value)), key.Value, value)
	}
	return nil
}

// plainHeader reads a header of flat "key: value" lines, each value taken
// as written (surrounding quotes, and spaces inside them, removed). ok is
// false when any line has another form, so that a malformed header is
// still reported.
func plainHeader(header string) (pairs [][2]string, ok bool) {
	for _, line := range strings.Split(header, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		key, value, found := strings.Cut(line, ":")
		if !found || !isHeaderKey(key) {
			return nil, false
		}
		value = strings.TrimSpace(value)
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			// Trimmed again, as scalarText trims a quoted YAML value, so
			// that the value reads back the same once written as YAML.
			value = strings.TrimSpace(value[1 : len(value)-1])
		}
		pairs = append(pairs, [2]string{key, value})
	}
	return pairs, true
}

func isHeaderKey(k string) bool {
	if k == "" {
		return false
	}
	for i, r := range k {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '-')) {
			return false
		}
	}
	return true
}

// scalarText returns a value as written; lists and maps of unknown keys are
// kept as flow-style YAML so nothing the author wrote is lost.
func scalarText(n *yaml.Node) (string, error) {
	if n.Kind == yaml.ScalarNode {
		if n.Tag == "!!null" {
			return "", nil
		}
		return strings.TrimSpace(n.Value), nil
	}
	n.Style = yaml.FlowStyle
	out, err := yaml.Marshal(n)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

func (st *Statement) set(key, rawKey, value string) {
	switch key {
	case "title":
		st.Title = value
	case "speaker":
		st.Speaker = value
	case "organization", "organisation":
		st.Organization = value
	case "date":
		st.Date = value
	case "source":
		st.Source = value
	case "language", "lang":
		st.Language = value
	case "translation":
		st.Translation = value
	case "translation_of":
		st.TranslationOf = value
	default:
		if st.Extra == nil {
			st.Extra = map[string]string{}
		}
		st.Extra[rawKey] = value
	}
}

// shiftYAMLLine rewrites yaml.v3's "line N" so it counts from the file's top.
func shiftYAMLLine(msg string, by int) string {
	var line int
	idx := strings.Index(msg, "line ")
	if idx < 0 {
		return msg
	}
	if _, err := fmt.Sscanf(msg[idx:], "line %d", &line); err != nil {
		return msg
	}
	return strings.Replace(msg, fmt.Sprintf("line %d", line), fmt.Sprintf("line %d", line+by), 1)
}

func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	return name
}

// FormatStatement writes a statement in the file format ParseStatement reads.
func FormatStatement(st Statement) []byte {
	var b strings.Builder
	values := map[string]string{
		"title": st.Title, "speaker": st.Speaker, "organization": st.Organization,
		"date": st.Date, "source": st.Source, "language": st.Language,
		"translation": st.Translation, "translation_of": st.TranslationOf,
	}
	b.WriteString("---\n")
	for _, k := range knownKeys {
		if values[k] != "" {
			writeYAMLPair(&b, k, values[k])
		}
	}
	extra := make([]string, 0, len(st.Extra))
	for k := range st.Extra {
		extra = append(extra, k)
	}
	sort.Strings(extra)
	for _, k := range extra {
		writeYAMLPair(&b, k, st.Extra[k])
	}
	b.WriteString("---\n")
	b.WriteString(st.Text)
	b.WriteString("\n")
	return []byte(b.String())
}

func writeYAMLPair(b *strings.Builder, key, value string) {
	out, err := yaml.Marshal(map[string]string{key: value})
	if err != nil { // cannot happen for a string map; keep the value anyway
		fmt.Fprintf(b, "%s: %q\n", key, value)
		return
	}
	b.Write(out)
}

package quotes

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-app/parley/statement"
)

// Statements turns each speaker into a statement ready to load: title ("<Name>: quotes from <source title>"), speaker, organization, the article's date/source passed in meta, Extra["note"] saying it was extracted from the article, text = the speaker's quotes in article order, one paragraph each.
//
// When the article relayed a speaker's words through someone (Quote.Via),
// the statement's source says so: "via R, in <source>" when all of them
// came through R, "<source>; via R for 1 of 3 statements" when some did;
// Extra["via"] lists the relayers ("; " between), so a reader can weigh
// second-hand words apart.
func Statements(r Result, meta statement.Statement) []statement.Statement {
	source := sourceTitle(meta)
	out := make([]statement.Statement, 0, len(r.Speakers))
	for _, sp := range r.Speakers {
		st := statement.Statement{
			ID:           statement.Slug(sp.Name),
			Title:        sp.Name + ": quotes from " + source,
			Speaker:      speakerLine(sp),
			Organization: sp.Organization,
			Date:         meta.Date,
			Source:       meta.Source,
			Language:     meta.Language,
			Extra:        maps.Clone(meta.Extra),
			Text:         statementText(sp.Quotes),
		}
		if st.Source == "" {
			st.Source = meta.Title
		}
		vias := relayers(sp.Quotes)
		st.Source = viaSource(st.Source, vias, len(sp.Quotes))
		if st.Extra == nil {
			st.Extra = make(map[string]string)
		}
		st.Extra["note"] = note(sp, source)
		if len(vias) > 0 {
			names := make([]string, len(vias))
			for i, v := range vias {
				names[i] = v.name
			}
			st.Extra["via"] = strings.Join(names, "; ")
		}
		if sp.Kind != "" {
			st.Extra["speaker_kind"] = sp.Kind
		}
		out = append(out, st)
	}
	statement.UniqueIDs(out)
	return out
}

// relayer is one Via of a speaker's quotes and how many came through it.
type relayer struct {
	name string
	n    int
}

// relayers lists the vias of a speaker's quotes in order of first use.
func relayers(qs []Quote) []relayer {
	var out []relayer
next:
	for _, q := range qs {
		if q.Via == "" {
			continue
		}
		for i := range out {
			if out[i].name == q.Via {
				out[i].n++
				continue next
			}
		}
		out = append(out, relayer{q.Via, 1})
	}
	return out
}

// viaSource is a statement's source with who relayed its words.
func viaSource(source string, vias []relayer, total int) string {
	if len(vias) == 0 {
		return source
	}
	in := ""
	if source != "" {
		in = ", in " + source
	}
	if len(vias) == 1 && vias[0].n == total {
		return "via " + vias[0].name + in
	}
	parts := make([]string, 0, len(vias)+1)
	if source != "" {
		parts = append(parts, source)
	}
	for _, v := range vias {
		parts = append(parts, fmt.Sprintf("via %s for %d of %d statements", v.name, v.n, total))
	}
	return strings.Join(parts, "; ")
}

// sourceTitle names the article in titles and notes.
func sourceTitle(meta statement.Statement) string {
	for _, s := range []string{meta.Title, meta.Source} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return "the article"
}

// speakerLine is the statement's speaker field: "John Kirby, national
// security spokesperson", as the demo statements write it.
func speakerLine(sp Speaker) string {
	if sp.Role == "" {
		return sp.Name
	}
	return sp.Name + ", " + sp.Role
}

// note tells a reader of the statement file where its words come from and
// that a program, not a person, split them.
func note(sp Speaker, source string) string {
	direct := 0
	for _, q := range sp.Quotes {
		if q.Direct {
			direct++
		}
	}
	what := fmt.Sprintf("%d quoted and %d reported statements", direct, len(sp.Quotes)-direct)
	if sp.Kind == KindUnknown {
		return fmt.Sprintf("Quotations in %s that Parley could not attribute (%s), in the article's order; extracted automatically — check against the article before citing.", source, what)
	}
	return fmt.Sprintf("Extracted automatically from %s by Parley: %s attributed to %s, in the article's order; direct quotations in quotation marks, reported ones as the article words them — check against the article before citing.", source, what, sp.Name)
}

// statementText is one paragraph per quote: direct quotations inside
// quotation marks, reported clauses as sentences.
func statementText(qs []Quote) string {
	paras := make([]string, 0, len(qs))
	for _, q := range qs {
		if p := paragraph(q); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// paragraph writes one quote as a paragraph. A quotation that stopped at a
// comma ("We are not seeking …," Israel informed) ends with a full stop.
func paragraph(q Quote) string {
	t := strings.TrimSpace(q.Text)
	if t == "" {
		return ""
	}
	if q.Direct {
		if strings.HasSuffix(t, ",") {
			t = strings.TrimSuffix(t, ",") + "."
		}
		return "“" + t + "”"
	}
	t = capitalizeFirst(t)
	if !endsSentence(t) {
		t = strings.TrimRight(t, ",;:") + "."
	}
	return t
}

func capitalizeFirst(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[w:]
}

// WriteSplit writes one statement file per speaker into dir (created when
// missing) and returns their paths in speaker order. File names are the slug
// of the speaker's name (".md"), made unique. Each file is written to a
// temporary file in dir and renamed into place, so a reader never sees half
// a statement. It backs `parley quotes --split DIR`.
func WriteSplit(dir string, r Result, meta statement.Statement) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("quotes: split into %s: %w", dir, err)
	}
	sts := Statements(r, meta)
	paths := make([]string, 0, len(sts))
	for _, st := range sts {
		path := filepath.Join(dir, fileName(st.ID))
		if err := writeAtomic(path, statement.FormatStatement(st)); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// fileName is a statement's file name: its unique ID, never empty.
func fileName(id string) string {
	if id == "" {
		id = "speaker"
	}
	return id + ".md"
}

// writeAtomic writes data to path through a temporary file in the same
// directory and a rename.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("quotes: write %s: %w", path, err)
	}
	name := tmp.Name()
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		os.Remove(name)
		return fmt.Errorf("quotes: write %s: %w", path, werr)
	}
	return nil
}

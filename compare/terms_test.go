package compare

import (
	"reflect"
	"testing"

	"github.com/parley-app/parley/compare/lang"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text  string
		norms []string
		stems []string
	}{
		{"We condemn the attacks.", []string{"we", "condemn", "the", "attacks"}, []string{"we", "condemn", "the", "attack"}},
		{"Israel’s “military superiority”", []string{"israel", "military", "superiority"}, []string{"israel", "militari", "superior"}},
		{"a two-state solution", []string{"a", "two-state", "solution"}, []string{"a", "two-state", "solut"}},
		{"the U.S. and the US, the UN", []string{"the", "u.s", "and", "the", "u.s", "the", "u.n"}, nil},
		{"Iran—Israel", []string{"iran", "israel"}, nil},
		{"G7 in 2024", []string{"g7", "in", "2024"}, []string{"g7", "in", "2024"}},
		{"ما پاسخ خواهیم داد", []string{"ما", "پاسخ", "خواهیم", "داد"}, []string{"ما", "پاسخ", "خواهیم", "داد"}},
		{"it's ‑ done", []string{"it", "done"}, nil},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text, lang.NewStemmer(), english)
		var norms, stems []string
		for _, tok := range toks {
			norms = append(norms, tok.Norm)
			stems = append(stems, tok.Stem)
			if tok.Start < 0 || tok.End > len(tt.text) || tok.Start >= tok.End {
				t.Errorf("%q: bad offsets %d..%d", tt.text, tok.Start, tok.End)
			}
		}
		if !reflect.DeepEqual(norms, tt.norms) {
			t.Errorf("Tokenize(%q) norms = %q, want %q", tt.text, norms, tt.norms)
		}
		if tt.stems != nil && !reflect.DeepEqual(stems, tt.stems) {
			t.Errorf("Tokenize(%q) stems = %q, want %q", tt.text, stems, tt.stems)
		}
	}
}

// A statement's own language's stop words are marked, so its topics and
// vocabulary are never its function words.
func TestTokenizeMarksTheLanguagesStopWords(t *testing.T) {
	toks := Tokenize("ما به حمله پاسخ خواهیم داد", lang.NewStemmer(), lang.Stopwords("fa"))
	var content []string
	for _, tok := range toks {
		if !tok.Stop {
			content = append(content, tok.Norm)
		}
	}
	if !reflect.DeepEqual(content, []string{"حمله", "پاسخ"}) {
		t.Errorf("Persian content words %q, want حمله پاسخ", content)
	}
}

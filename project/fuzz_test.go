package project

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzUnmarshal: any bytes either load as a project or give an error naming
// the file — never a panic, never half a project; a loaded project saved
// again loads to the same bytes.
func FuzzUnmarshal(f *testing.F) {
	p, _ := Demo()
	good, _ := p.Marshal()
	f.Add(good)
	for _, cut := range []int{1, 10, 100, len(good) / 2, len(good) - 1} {
		f.Add(good[:cut])
	}
	for _, seed := range []string{
		"", "{}", "null", "[]", `{"format":"parley-project","format_version":1}`,
		`{"format":"parley-project","format_version":1,"statements":null,"settings":{"notes":[{"on":"a"}]}}`,
		`{"format":"parley-project","format_version":2,"statements":[]}`,
		`{"format":"parley-project","format_version":1,"statements":[{"id":"a","text":"\ud800","extra":{}}]}`,
		`{"format":"parley-project","format_version":1e400}`,
		`{"format":"parley-project","format_version":1,"statements":[{"id":"a","included":"yes"}]}`,
		`{"format":"parley-project","format_version":1,"settings":{"overrides":[{"action":"pair","a":"x:s1","b":"x:s1"}]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Unmarshal("in.parley", data)
		if err != nil {
			if p != nil {
				t.Fatal("a project was returned with an error")
			}
			if !strings.HasPrefix(err.Error(), "in.parley: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		out, err := p.Marshal()
		if err != nil {
			t.Fatalf("a loaded project does not save: %v", err)
		}
		again, err := Unmarshal("in.parley", out)
		if err != nil {
			t.Fatalf("a saved project does not load: %v\n%s", err, out)
		}
		out2, _ := again.Marshal()
		if !bytes.Equal(out, out2) {
			t.Fatalf("save, load, save changed the file:\n%s\n%s", out, out2)
		}
		c := p.Clone()
		c.Add(again.Included()...) // ids made unique whatever was loaded
		seen := map[string]bool{}
		for _, e := range c.Statements {
			if seen[e.ID] || e.ID == "" {
				t.Fatalf("Add left id %q not unique", e.ID)
			}
			seen[e.ID] = true
		}
	})
}

package quotes

import (
	"slices"
	"testing"
)

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the words inside each top-level quotation
	}{
		{"curly", `He said “yes” and “no.”`, []string{"yes", "no."}},
		{"straight", `He said "yes" and "no."`, []string{"yes", "no."}},
		{"angled", `Il a dit «oui».`, []string{"oui"}},
		{"nested single in curly", `“They said ‘never,’ twice.”`, []string{"They said ‘never,’ twice."}},
		{"nested curly in curly", `“He called it “a trap” then.”`, []string{"He called it “a trap” then."}},
		{"nested straight in curly", `“He said "no" then.”`, []string{`He said "no" then.`}},
		{"apostrophes are not marks", `Iran’s “leaders’ summit” isn’t over.`, []string{"leaders’ summit"}},
		{"inch mark", `A 5'10" man said "hi".`, []string{"hi"}},
		{"empty quotation", `He said "" and left.`, nil},
		{"over two sentences", `“One. Two.” Done.`, []string{"One. Two."}},
		{"continued paragraph, curly", "“One.\n\n“Two.” Done.", []string{"One.\n\n“Two."}},
		{"continued paragraph, straight", "\"One.\n\n\"Two.\" Done.", []string{"One.\n\n\"Two."}},
		{"continued line", "“One.\n“Two.” Done.", []string{"One.\n“Two."}},
		{"hard wrap", "“One and\ntwo.” Done.", []string{"One and\ntwo."}},
		{"unclosed ends at paragraph", "“One, he said.\n\nNext paragraph.", []string{"One, he said."}},
		{"unclosed at text end", "He said “one", []string{"one"}},
		{"stray closing mark", "He said” nothing.", nil},
		{"invalid UTF-8", "\xff“a\xfe”\xff", []string{"a\xfe"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range findQuotes(tc.text) {
				if q.open >= q.inStart || q.inStart > q.inEnd || q.inEnd > q.end || q.end > len(tc.text) {
					t.Fatalf("bad span %+v", q)
				}
				got = append(got, tc.text[q.inStart:q.inEnd])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

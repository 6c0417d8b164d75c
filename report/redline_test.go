package report

import (
	"strings"
	"testing"

	"github.com/parley-app/parley/compare/worddiff"
)

// flat renders spans as text with the marks a reader sees: [-deleted-],
// {+inserted+}, <moved>.
func flat(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		switch {
		case s.st == deleteStyle:
			b.WriteString("[-" + s.text + "-]")
		case s.st == insertStyle:
			b.WriteString("{+" + s.text + "+}")
		case s.st.color == moveInk && (s.st.strike || s.st.underline):
			b.WriteString("<" + s.text + ">")
		default:
			b.WriteString(s.text)
		}
	}
	return b.String()
}

func TestRedlineWords(t *testing.T) {
	cases := []struct{ a, b, want string }{
		{"We will respond.", "We shall respond.", "We [-will-] {+shall+} respond."},
		{"Israel has the last say.", "Tehran would respond.", "[-Israel has the last say-] {+Tehran would respond+}."},
		{"We condemn the attack", "We condemn the attack, strongly.", "We condemn the attack{+, strongly.+}"},
	}
	for _, c := range cases {
		got := flat(redlineSpans(worddiff.Words(c.a, c.b, worddiff.Options{}), c.a, c.b))
		if got != c.want {
			t.Errorf("redline %q → %q:\n got %s\nwant %s", c.a, c.b, got, c.want)
		}
	}
}

func TestRedlineMovesAndParagraphs(t *testing.T) {
	moved := "This paragraph about the ceasefire talks will move to the end of the text."
	a := moved + "\n\nThe second paragraph stays where it is in both versions.\n\nA closing line."
	b := "The second paragraph stays where it is in both versions.\n\nA closing line.\n\n" +
		strings.Replace(moved, "ceasefire talks", "truce talks", 1)
	spans := redlineSpans(worddiff.Versions(a, b, worddiff.Options{}).Ops, a, b)
	got := flat(spans)
	if strings.Count(got, "[move 1] ") != 2 {
		t.Errorf("want the move labelled where it was and where it went:\n%s", got)
	}
	for _, want := range []string{"[-ceasefire-]", "{+truce+}", "<This paragraph about the", "\n\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q not in the redline:\n%s", want, got)
		}
	}
}

package report

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/parley-app/parley/statement"
)

const (
	hebrewQuote  = "אנחנו לא מחפשים הסלמה משמעותית עם איראן."
	persianQuote = "ما فوراً پاسخ خواهیم داد اگر اسرائیل تلافی کند."
)

// rtlStatements are a Hebrew and a Persian statement, each with a Latin
// word and a number, the cases that test reordering.
func rtlStatements() []statement.Statement {
	return []statement.Statement{
		{ID: "gallant", Title: "גלנט על התגובה", Speaker: "Yoav Gallant", Language: "he", Date: "2024-04-14",
			Text: hebrewQuote + " העימות עם איראן (IRGC) עוד לא הסתיים, אמר ב-14 באפריל.\n\nישראל תגן על עצמה."},
		{ID: "salami", Title: "سلامی درباره معادله جدید", Speaker: "Hossein Salami", Language: "fa", Date: "2024-04-14",
			Text: persianQuote + " یک «معادله جدید» ایجاد شده است (IRGC) در ۱۴ آوریل.\n\nلا إله و گل و چای."},
		{ID: "salami-rev", Title: "سلامی، نسخه دوم", Speaker: "Hossein Salami", Language: "fa", Date: "2024-04-15",
			Text: "ما فوراً و قاطعانه پاسخ خواهیم داد اگر اسرائیل حمله کند. یک «معادله جدید» ایجاد شده است (IRGC) در ۱۴ آوریل."},
	}
}

// rtlOptions diff the revised Persian statement against the first.
func rtlOptions() Options {
	return Options{Title: "Hebrew and Persian", Version: "1.2.3", Date: fixedDate, Baseline: "salami", Detail: DetailFull}
}

func allFaces(t *testing.T) fontSet {
	t.Helper()
	faces, err := faceTable()
	if err != nil {
		t.Fatal(err)
	}
	return fontSet{faces}
}

func TestBreakLines(t *testing.T) {
	fs := allFaces(t)
	p := para{spans: []span{text("one two three four five six seven eight nine ten", 10)}}
	ls := fs.layout(p, 60)
	if len(ls) < 3 {
		t.Fatalf("%d lines, want the text wrapped", len(ls))
	}
	for _, l := range ls {
		if l.width > 60 {
			t.Errorf("line %q is %.1f wide, more than 60", l.segs[0].text, l.width)
		}
	}
	long := fs.layout(para{spans: []span{text(strings.Repeat("ab12", 40), 10)}}, 50)
	if len(long) < 5 {
		t.Errorf("a 160-letter word gave %d lines; want it cut", len(long))
	}
	rtl := fs.layout(para{spans: []span{text(hebrewQuote, 10)}}, 1000)
	var drawn strings.Builder
	for _, s := range rtl[0].segs {
		drawn.WriteString(s.text)
	}
	if len(rtl) != 1 || !rtl[0].rtl || drawn.String() != reverse(hebrewQuote) {
		t.Errorf("Hebrew line: rtl=%v, drawn %q", rtl[0].rtl, drawn.String())
	}
}

func TestRTLReport(t *testing.T) {
	sts := rtlStatements()
	a := analyze(t, sts)
	file := render(t, a, sts, rtlOptions())
	txt := plain(pdfText(t, file))
	words := strings.Fields(plain(strings.Trim(hebrewQuote, ".") + " " + strings.Trim(persianQuote, ".")))
	for _, w := range words {
		if !strings.Contains(txt, w) && !strings.Contains(txt, reverse(w)) {
			t.Errorf("word %q is not in the extracted text", w)
		}
	}
	// Viewers rebuild reading order from the visual order of the glyphs;
	// poppler does it per right-to-left run, so each quote comes back whole.
	for _, sentence := range []string{plain(strings.Trim(hebrewQuote, ".")), plain(strings.Trim(persianQuote, "."))} {
		if !strings.Contains(txt, sentence) {
			t.Errorf("the quote %q is not extracted in reading order", sentence)
		}
	}
	// Each statement's language is named, with what Parley cannot read in it.
	flat := strings.Join(strings.Fields(txt), " ")
	for _, w := range []string{"Hebrew", "Persian", "Yoav Gallant: Hebrew: Parley reads topics and commitments in English only",
		": Persian: Parley reads topics and commitments in English only"} {
		if !strings.Contains(flat, w) {
			t.Errorf("%q is not in the report", w)
		}
	}
	for _, w := range []string{"قاطعانه", "حمله", "تلافی", "Version diff:"} { // the revision's redline
		if !strings.Contains(txt, w) {
			t.Errorf("%q is not in the extracted text", w)
		}
	}
}

// plain folds text for comparison: presentation forms back to letters
// (NFKC), without combining marks, which extractors may put before or
// after their letter, and without bidi controls.
func plain(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) || r >= 0x202A && r <= 0x202E || r == 0x200E || r == 0x200F {
			return -1
		}
		return r
	}, norm.NFKC.String(s))
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

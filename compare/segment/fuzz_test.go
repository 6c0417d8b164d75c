package segment

import (
	"os"
	"testing"
)

// FuzzSentences checks the invariants of Sentences and Paragraphs on any
// input, invalid UTF-8 included. Its seeds include every text of the
// Golden Rules and of officialCases, whose table tests check the same
// invariants (checkInvariants).
func FuzzSentences(f *testing.F) {
	for _, seed := range []string{
		"", " ", "\n\n", "We act. Then we rest.", "Mr. Smith met the U.S. The end.",
		"56. We reiterate.\n- item\n(a) item", "It ended… Then. “Are we safe?” he asked.",
		"אנחנו לא מחפשים הסלמה. זה לא נגמר.", "ما پاسخ خواهیم داد. این پایان نیست؟ بله.",
		"我们会帮助。」然后离开。", "A.\r\n\u00a0\r\nB.\u2029C.", "\xff\xe2\x80 \xc2\xa0.\xe3\x80\x82",
		"« Oui. » Non.", "(((( )))) .... ??? ...", "J. R. R. Tolkien, e.g. the U.K.\nDr. Who",
	} {
		f.Add(seed)
	}
	rules, extra := loadGoldenRules(f)
	for _, r := range append(rules, extra...) {
		f.Add(r.Text)
	}
	for _, tc := range officialCases {
		f.Add(tc.text)
	}
	data, err := os.ReadFile(hiroshimaExcerpt)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text)
	})
}

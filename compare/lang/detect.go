package lang

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// Language is the language a statement is read in.
type Language struct {
	Code   string `json:"code"`   // ISO 639-1 ("en", "fa", "he", "ar"), or "und" when unknown
	Name   string `json:"name"`   // in English: "Persian"
	Source string `json:"source"` // "front matter" or "detected"
}

// Analysed reports whether Parley reads this language as deeply as
// English: topics by their cue words and commitments by their modals. In
// any other language sentences align by shared names, numbers and wording
// only.
func (l Language) Analysed() bool { return l.Code == "en" }

// names are the languages Parley names itself; whatlanggo names the rest.
var names = map[string]string{"en": "English", "fa": "Persian", "he": "Hebrew", "ar": "Arabic", "und": "Unknown language"}

// aliases map what front matter may say to a code.
var aliases = map[string]string{
	"english": "en", "eng": "en", "persian": "fa", "farsi": "fa", "fas": "fa", "pes": "fa",
	"hebrew": "he", "heb": "he", "iw": "he", "arabic": "ar", "ara": "ar", "arb": "ar",
}

// detectSample is how much text detection reads: plenty for a trigram
// model, and a 20,000-word communiqué costs no more than a paragraph.
const detectSample = 1500

// Detect is the language of a statement: the one its front matter
// declares, else the one its text is written in (whatlanggo's trigram
// model, with the script deciding where the text is too short for it:
// Hebrew letters are Hebrew; Arabic letters with پ چ ژ گ are Persian).
func Detect(text, declared string) Language {
	if code := normalizeCode(declared); code != "" {
		return Language{Code: code, Name: nameOf(code), Source: "front matter"}
	}
	sample := text
	if len(sample) > detectSample {
		sample = sample[:detectSample]
	}
	code := ""
	if plainlyEnglish(sample) {
		code = "en"
	} else if info := whatlanggo.Detect(sample); info.IsReliable() {
		code = normalizeCode(info.Lang.Iso6393())
		if c := info.Lang.Iso6391(); c != "" {
			code = c
		}
	}
	if code == "" {
		code = byScript(sample)
	}
	return Language{Code: code, Name: nameOf(code), Source: "detected"}
}

// normalizeCode turns "fa-IR", "Persian" or "pes" into "fa"; "" stays "".
func normalizeCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return ""
	}
	if c, ok := aliases[s]; ok {
		return c
	}
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if c, ok := aliases[s]; ok {
		return c
	}
	return s
}

func nameOf(code string) string {
	if n, ok := names[code]; ok {
		return n
	}
	for l, name := range whatlanggo.Langs { // a language Parley does not name itself
		if l.Iso6391() == code || l.Iso6393() == code {
			return name
		}
	}
	return code
}

// englishMarkers are function words of English that no other language
// written in Latin letters uses as a common word ("in", "on", "to", "is",
// "we" and "as" are left out: Dutch, German, Polish, French or Portuguese
// use them too).
var englishMarkers = map[string]bool{
	"the": true, "and": true, "of": true, "that": true, "with": true, "for": true, "are": true,
	"will": true, "this": true, "have": true, "has": true, "from": true, "which": true,
	"were": true, "was": true, "would": true, "their": true, "our": true, "its": true, "been": true,
}

// plainlyEnglish: at least one word in eight of a sample of twenty words
// or more is an English marker — about one in five is in English prose, and
// almost none in another language, where a quoted English phrase or name
// stays far below one in eight. Such a text is English without the trigram
// model's look at every language it knows, which costs milliseconds a
// statement, the most of a month of statements' reading.
func plainlyEnglish(sample string) bool {
	words, markers := 0, 0
	for w := range strings.FieldsFuncSeq(sample, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		if len(w) <= 5 && englishMarkers[strings.ToLower(w)] {
			markers++
		}
	}
	return words >= 20 && markers*8 >= words
}

// byScript names the language of a text too short for the trigram model
// by the letters it is written in; Latin letters are read as English, the
// language of the analysis.
func byScript(text string) string {
	var latin, hebrew, arabic, persian int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case strings.ContainsRune("پچژگ", r):
			persian++
			arabic++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case hebrew > latin && hebrew >= arabic:
		return "he"
	case arabic > latin && persian > 0:
		return "fa"
	case arabic > latin:
		return "ar"
	case latin > 0:
		return "en"
	}
	return "und"
}

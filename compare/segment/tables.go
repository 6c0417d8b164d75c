package segment

import (
	"strings"
	"sync"
)

// abbreviations maps abbreviations (without the period) to their class. Each
// is also known in capitals ("DR. BIDEN" in guest lists) and, if listed in
// lowercase, capitalised at the start of a sentence ("Approx. 40"). Like
// every table of this file it is built on first use, not when a program
// that never segments (a diff) starts.
var abbreviations = sync.OnceValue(func() map[string]wordClass {
	return buildAbbreviations(abbreviationLists)
})

var abbreviationLists = map[wordClass]string{
	// Titles stand before names and never end a sentence.
	abbrTitle: `Mr Mrs Ms Mx Messrs Mmes Mme Mlle Dr Drs Prof Profs
		Gen Lt Col Maj Capt Cmdr Cdr Adm Brig Sgt Cpl Pvt Pfc Cmdt
		Sen Sens Rep Reps Gov Govs Pres Amb Sec Secs Rev Hon Rt Supt Insp Det Atty Fr
		vs cf viz`,
	// These stand before numbers; elsewhere they may end a sentence.
	abbrNumber: `No Nos Art Arts Para Paras Vol Vols Fig Figs Ch Chap Pt Pp Res Doc Ref Tab
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		no nos art arts para paras vol vols fig figs ch pp approx ca est tel ext
		n° nº`,
	// These end a sentence often; only a sentence starter shows it.
	abbrStarter: `Jr Sr St Mt Ft Inc Ltd Corp Co Cos Bros Dept Univ Assn Ave Blvd Rd
		Esq Intl Natl Cie etc al`,
	// Times of day end a sentence before a title too ("at 6 P.M. Mr.
	// Smith…").
	abbrTime: `a.m p.m`,
}

func buildAbbreviations(lists map[wordClass]string) map[string]wordClass {
	m := make(map[string]wordClass)
	for class, list := range lists {
		for _, w := range strings.Fields(list) {
			m[w] = class
			m[strings.ToUpper(w)] = class
			if w[0] >= 'a' && w[0] <= 'z' {
				m[strings.ToUpper(w[:1])+w[1:]] = class
			}
		}
	}
	return m
}

// starters are capitalised words that typically open a sentence and are
// rarely names: after "U.S." or "Inc." they show that the sentence ended.
var starters = sync.OnceValue(func() map[string]bool {
	return wordSet(true, `The A An We I You He She It They Our Their His Her Its My Your
	This That These Those There Here In On At By For From To With Without Within As
	After Before During Since Until Under Over Through Throughout Among Despite
	Following Given Regarding But And Or Nor Yet So Still However Moreover Furthermore
	Meanwhile Nevertheless Nonetheless Therefore Thus Hence Accordingly Consequently
	Additionally Also Indeed Instead Finally First Firstly Second Secondly Third Lastly
	Next Then Now Today Tonight Yesterday Tomorrow Earlier Later Together Overall
	Similarly Likewise Both Each Every All Some Many Most Several Such No Not None One
	If When While Whether Although Though Because Once Where What Which Who Why How
	Let Please Again Only Even Specifically Notably Importantly Separately Previously
	Currently Recently`)
})

// continuationWords are lowercase function words that do not end a line of
// their own: a line ending in one is hard-wrapped prose, not a heading.
var continuationWords = sync.OnceValue(func() map[string]bool {
	return wordSet(false, `a an the and or nor but of to in on at by for from
	with without within into onto upon as than that which who whom whose whether if
	because while where when including such between among against about above below
	over under after before during through toward towards via per is are was were be
	been being has have had will would shall should can could may might must do does
	did not its their our his her my your this these those both either neither each
	every all any some no more most very also so`)
})

// wordSet returns the set of the words in list; withCaps adds each in
// capitals ("THE").
func wordSet(withCaps bool, list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
		if withCaps && len(w) > 1 {
			m[strings.ToUpper(w)] = true
		}
	}
	return m
}

// timePrepositions open a sentence with a time ("At 5 a.m. Mr. Smith
// went…"): such an opening is not a sentence of its own.
var timePrepositions = sync.OnceValue(func() map[string]bool {
	return wordSet(true, `At By Before After Until Till From Since Around Between On`)
})

// numberWords are words after which "2." or "(b)" is a number or a
// reference, not the next item of an inline list ("on May 2. The talks…",
// "in paragraph (b)"); compared in lowercase.
var numberWords = sync.OnceValue(func() map[string]bool {
	return wordSet(false, `january february march april may june july august september
	october november december article articles section sections paragraph paragraphs para
	part chapter annex resolution page pages phase step title rule number version level
	subparagraph subparagraphs see cf`)
})

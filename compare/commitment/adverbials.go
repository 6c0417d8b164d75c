package commitment

// A news article dates what it reports, and puts the day between a verb and
// its complement: "agreed on Monday to impose", "threatened on Sunday to
// suspend", "called on Thursday for". The day is an adjunct: the verb's
// complement is read after it.

// dayAfter is the number of tokens of a day adjunct starting at i: "on
// Monday", "on Monday night", "yesterday", "today", "last week", "this
// week", "earlier this week"; 0 when none.
func (x *extraction) dayAfter(i int) int {
	w := x.word(i)
	switch {
	case w == "on" && weekdays[x.word(i+1)]:
		if dayParts[x.word(i+2)] {
			return 3
		}
		return 2
	case w == "yesterday" || w == "today" || w == "overnight":
		return 1
	case (w == "last" || w == "this") && periodNouns[x.word(i+1)]:
		return 2
	case w == "earlier" && (x.word(i+1) == "this" || x.word(i+1) == "last") && periodNouns[x.word(i+2)]:
		return 3
	}
	return 0
}

var (
	dayParts    = set("morning afternoon evening night")
	periodNouns = set("week month year morning weekend")
)

// afterDayVerbs are the speech acts whose complement speechActAfterDay
// reads past a day; the others read as they do without it.
var afterDayVerbs = set("pledge vow promise commit agree decide resolve threaten call press urge encourage")

// speechActAfterDay reads the speech act at k whose complement follows a
// day adjunct of d tokens: the verbs whose complement starts with a
// particle or an addressee ("agree to", "threaten to", "call for", "urge X
// to"). The cue ends at the verb; the
// action starts after the day.
func (x *extraction) speechActAfterDay(p *pred, k int, lemma string, d int) (int, bool) {
	n := k + d // the last token of the day
	next := x.word(n + 1)
	switch lemma {
	case "pledge", "vow", "promise", "commit", "agree", "decide", "resolve", "threaten":
		if next != "to" {
			return 0, false
		}
		p.lex, p.actStart = lexPledge, n+2
		if lemma == "commit" {
			p.strength = High
		}
		return k, true
	case "call":
		if next == "for" {
			p.lex, p.actStart = lexDemand, n+2
			return k, true
		}
		return 0, false
	case "press", "urge", "encourage":
		p.lex = lexDemand
		if next == "that" {
			p.actStart = n + 2
			return k, true
		}
		if _, ok := x.addressee(p, k, n); ok {
			return k, true
		}
		return 0, false
	}
	return 0, false
}

// frequencyNouns after "once a" make it a frequency ("once a week", "once
// in a while"), not a condition ("once a ceasefire holds").
var frequencyNouns = set("day week month year hour decade century while fortnight quarter lifetime generation")

// Package quotes finds the quoted and reported statements of a news article and who made them.
//
// An analyst's article quotes several officials in one text; Parley compares
// statements one voice at a time. Extract reads the article once and returns
// each voice with its words: direct quotations (“…” and "…", over sentences
// and paragraphs, with ‘…’ nested inside) and reported statements ("X said
// that …", "according to X, …", "…, X said."), attributed to a named person,
// an anonymous source or a body, and, when the text names one, to the
// source that relayed them (Quote.Via: "according to R, S told …").
//
// The pipeline, one file per stage:
//
//	marks.go        quotation spans (straight and curly marks, nesting, paragraphs)
//	tokens.go       sentences joined into frames no quotation crosses; words and quotations as tokens
//	cues.go         attribution cues: "said", "told", "according to", "issued a statement" …
//	attribution.go  the cues of a frame and the speaker phrase of each
//	subjects.go     speakers set off from their verb ("X, who …, said"), sentence subjects
//	phrases.go      noun phrases read left and right of a cue
//	clauses.go      the words each cue attributes
//	relays.go       nested sources: who said the words, and who relayed them
//	speakers.go     speaker phrases read as persons, anonymous sources or bodies; one record per voice
//	voices.go       persons, anonymous sources and bodies, and when two mentions are one
//	names.go        word-level tests on names and roles
//	coref.go        later mentions ("Kirby", "he", "the official", "it") to earlier voices
//	gender.go       "he" and "she": the most recent person of that gender
//	lexicon.go      the word lists all of these read
//	statements.go   the voices as Parley statements and statement files
//
// Rules the results follow:
//
//   - The unit is the complement of a cue. When it is exactly one quotation
//     the Quote is direct and its text is the words inside the marks;
//     otherwise it is reported and keeps the marks of quotations inside it
//     ("the US determined there was “no significant damage …”").
//   - A saying verb whose subject opens the words another cue attributes
//     is a nested source: in "officials said that Biden informed his
//     counterparts that C" the unit is C, its speaker Biden, its Via the
//     officials (relays.go). Any other cue inside those words is not a
//     second speaker.
//   - What follows the verb of an attribution that trails its words ("“…,”
//     Ivens said at a news conference in Lund.") is not the speaker's.
//   - A quotation no cue attributes continues the voice of the sentence
//     before it in the same paragraph ("“…,” Morel told reporters. “…”",
//     even a short sentence: "“Not one.”"), or of the paragraph before
//     when it is a paragraph of its own after that voice's quotation, or
//     is attributed by "X said." alone after it. Otherwise a quotation that
//     reads as a statement (a capital, a lower-case content word) goes to a
//     speaker named "unattributed" of kind "unknown"; scare quotes and titles
//     (“State of the Union,” “tense moments”) are dropped.
//   - Sentences in the first person outside quotation marks are speech that
//     lost its marks (news narration never says "we"): they go to the
//     speaker of the next attribution in the same paragraph.
//
// How mentions become speakers is documented in speakers.go and coref.go.
package quotes

import (
	"sort"
	"strings"
)

// Quote is one quoted or reported statement.
type Quote struct {
	Text   string `json:"text"`   // the quoted words (direct: inside the quote marks; reported: the reported clause)
	Direct bool   `json:"direct"` // inside quotation marks
	Start  int    `json:"start"`  // byte offsets of Text in the article
	End    int    `json:"end"`
	Cue    string `json:"cue"` // the attribution cue as written: "said", "according to", "told", "warned", "informed"…
	// Via names who relayed the words when the text says so ("according
	// to R, S told …", "R quoted S as saying …"): the speaker is S, Via is
	// R. Empty when the speaker told the journalist, or an audience or a
	// channel ("told state radio") is all the text names.
	Via string `json:"via,omitempty"`
}

// Speaker is one voice of the article and its statements in article order.
type Speaker struct {
	Name         string  `json:"name"`         // "John Kirby", "a senior administration official", "G7 joint statement"
	Role         string  `json:"role"`         // "national security spokesperson"
	Organization string  `json:"organization"` // "White House"
	Kind         string  `json:"kind"`         // "person", "anonymous", "body", or "unknown" for unattributed quotations
	Quotes       []Quote `json:"quotes"`
}

// Result is what Extract found.
type Result struct {
	Speakers []Speaker `json:"speakers"` // in order of first appearance
}

// Speaker kinds.
const (
	KindPerson    = "person"
	KindAnonymous = "anonymous"
	KindBody      = "body"
	KindUnknown   = "unknown"
)

// Extract finds the quotes of an article and groups them by speaker. Deterministic; never panics; linear-ish time.
func Extract(article string) (r Result) {
	defer func() {
		// A bug must not take the desktop app down with it; the fuzz test
		// calls extract directly, so such a bug still fails the tests.
		if recover() != nil {
			r = Result{}
		}
	}()
	return extract(article)
}

// extract is Extract without the safety net.
func extract(article string) Result {
	x := newExtractor(article)
	var buf []token
	qi := 0
	for _, f := range buildFrames(article, x.quotes) {
		var toks []token
		toks, qi = tokenize(article, f, x.quotes, qi, buf)
		x.frame(f, toks)
		buf = toks[:0]
	}
	x.flush()
	return x.result()
}

// unit is one found statement before grouping.
type unit struct {
	speaker int
	via     int // the relayer's speaker index, -1 for none
	q       Quote
}

// extractor carries what one pass over the article knows so far.
type extractor struct {
	article string
	quotes  []quoteSpan
	blank   bool // paragraphs are separated by blank lines (else by line breaks)
	reg     registry
	people  personIndex
	units   []unit
	scratch frameAnalysis // tables reused from frame to frame
	claimed map[int]bool  // quotations of the current frame a cue took

	// Cross-frame state, for quotations and first-person speech whose
	// attribution is in a neighbouring frame.
	prevEnd       int   // end of the previous frame
	last          voice // the voice of the previous frame's last statement
	pendingQuotes []int // statement-like quotations of the previous frame no cue took
	pendingFirst  span  // byte range of first-person frames waiting for a speaker
	hasFirst      bool
	exclude       string // a person a pronoun cannot name: the speaker a relay relays (gender.go)
}

// voice is a speaker with the cue that last gave it words, and who
// relayed them.
type voice struct {
	speaker int // -1 for none
	cue     string
	via     int // -1 for none
}

var noVoice = voice{speaker: -1, via: -1}

func newExtractor(article string) *extractor {
	return &extractor{
		article: article,
		quotes:  findQuotes(article),
		blank:   hasBlankLine(article),
		reg:     newRegistry(),
		people:  newPersonIndex(),
		claimed: make(map[int]bool),
		last:    noVoice,
	}
}

// frame processes one frame: what it tells coreference, its attributions,
// then the quotations and first-person speech they left.
func (x *extractor) frame(f frame, toks []token) {
	carry := noVoice
	if x.paragraphBreak(x.prevEnd, f.start) {
		carry = x.quotedVoice()
		x.flush()
	}
	x.people.learn(toks)
	x.noteSubject(toks) // before the cues: a cue's own speaker, resolved next, is more recent
	atts := analyzeFrame(&x.scratch, toks)
	clear(x.claimed)
	if carry.speaker >= 0 && len(atts) == 0 && onlyQuotation(toks) {
		x.last = carry // a paragraph of quotation alone goes on with the one before
	}
	v := x.attribute(atts, toks)
	x.flushPending()
	if c := x.leftovers(f, toks, len(atts) > 0); c.speaker >= 0 {
		v = c
	}
	switch {
	case v.speaker >= 0:
		x.last = v
	case len(x.pendingQuotes) == 0 && !x.hasFirst:
		x.last = noVoice // narration in between: the voice before does not go on
	}
	x.prevEnd = f.end
}

// attribute records what each attribution of the frame says and returns
// the voice of the last one. Speakers are resolved first, in order, so a
// unit can name the relay after it as its via.
func (x *extractor) attribute(atts []attribution, toks []token) voice {
	v := noVoice
	speakers := make([]int, len(atts))
	own := -1 // the speaker of the last attribution that is not a relay
	for k := range atts {
		a := &atts[k]
		spk := -1
		if a.relay && k > 0 && atts[k-1].via == 1 && speakers[k-1] >= 0 {
			x.exclude = x.reg.recs[speakers[k-1]].Name // "Benet had told them, she said, …"
		}
		switch {
		case a.alias.s >= 0:
			spk = x.aliasSpeaker(toks, a)
		case !a.shares:
			spk = x.resolve(toks, a)
		default:
			spk = own // "…, adding that", "…, who warned that"
		}
		x.exclude = ""
		speakers[k] = spk
		if !a.relay {
			own = spk
		}
		if spk >= 0 && !a.shares {
			x.learnGender(spk, toks, a)
		}
	}
	for k := range atts {
		a := &atts[k]
		spk, via := speakers[k], -1
		if a.relay {
			continue
		}
		if j := k + a.via; a.via != 0 && j >= 0 && j < len(atts) {
			via = speakers[j]
		}
		if spk < 0 && a.via < 0 {
			spk, via = via, -1 // "R said S had told him …" with S no voice: R's report
		}
		if spk < 0 || spk == via {
			via = -1
		}
		if spk < 0 {
			continue
		}
		cueText := x.article[toks[a.from].start:toks[a.last].end]
		if k == 0 {
			x.claimFirstPerson(a, spk, cueText)
		}
		if a.lookback {
			x.claimPending(spk, cueText)
		} else {
			x.addContent(spk, via, cueText, toks, a.content)
		}
		v = voice{spk, cueText, via}
	}
	return v
}

// addContent records the words of an attribution as one Quote.
func (x *extractor) addContent(spk, via int, cueText string, toks []token, c span) {
	if c.empty() {
		return
	}
	for i := c.s; i < c.e; i++ {
		if toks[i].kind == tQuote {
			x.claimed[toks[i].q] = true
		}
	}
	if c.e-c.s == 1 && toks[c.s].kind == tQuote {
		x.addDirect(spk, via, cueText, toks[c.s].q)
		return
	}
	start, end := toks[c.s].start, toks[c.e-1].end
	x.add(spk, via, Quote{Text: x.article[start:end], Start: start, End: end, Cue: cueText})
}

// addDirect records quotation q as a direct Quote: the words inside its marks.
func (x *extractor) addDirect(spk, via int, cueText string, q int) {
	start, end := trimSpan(x.article, x.quotes[q].inStart, x.quotes[q].inEnd)
	if end <= start {
		return
	}
	x.add(spk, via, Quote{Text: x.article[start:end], Direct: true, Start: start, End: end, Cue: cueText})
}

func (x *extractor) add(spk, via int, q Quote) {
	x.units = append(x.units, unit{speaker: spk, via: via, q: q})
}

// claimFirstPerson gives first-person frames waiting in this paragraph to
// the first attribution of the frame after them.
func (x *extractor) claimFirstPerson(a *attribution, spk int, cueText string) {
	if !x.hasFirst || a.anchor > 2 {
		return
	}
	p := x.pendingFirst
	x.add(spk, -1, Quote{Text: x.article[p.s:p.e], Start: p.s, End: p.e, Cue: cueText})
	x.hasFirst = false
}

// claimPending gives the previous frame's quotations to "X said." after them.
func (x *extractor) claimPending(spk int, cueText string) {
	for _, q := range x.pendingQuotes {
		x.addDirect(spk, -1, cueText, q)
	}
	x.pendingQuotes = x.pendingQuotes[:0]
}

// leftovers handles the quotations no cue of the frame took, and notes
// first-person speech that waits for the next frame's attribution. It
// returns the voice a quotation continued, if any.
func (x *extractor) leftovers(f frame, toks []token, attributed bool) voice {
	v, quoted := noVoice, false
	for i, t := range toks {
		if t.kind != tQuote {
			continue
		}
		quoted = true
		goesOn := i == 0 && !attributed && x.last.speaker >= 0
		if x.claimed[t.q] || !x.statementLike(t.q) && !(goesOn && x.isSentence(t.q)) {
			continue
		}
		switch {
		case goesOn:
			x.addDirect(x.last.speaker, x.last.via, x.last.cue, t.q) // the voice of the sentence before goes on
			v = x.last
		case !attributed:
			x.pendingQuotes = append(x.pendingQuotes, t.q)
		default:
			x.addDirect(x.reg.unattributed(), -1, "", t.q)
		}
	}
	if attributed || quoted || !isFirstPerson(toks) {
		x.hasFirst = false
		return v
	}
	if x.hasFirst {
		x.pendingFirst.e = f.end
	} else {
		x.pendingFirst, x.hasFirst = span{f.start, f.end}, true
	}
	return v
}

// flushPending files the quotations that waited a frame for "X said." and
// did not get it.
func (x *extractor) flushPending() {
	for _, q := range x.pendingQuotes {
		x.addDirect(x.reg.unattributed(), -1, "", q)
	}
	x.pendingQuotes = x.pendingQuotes[:0]
}

// quotedVoice returns the voice of the paragraph ending now when its last
// statement was a direct quotation: “…,” Danz told reporters.¶ “That may
// mean more pain …” — a paragraph that is a quotation alone goes on with
// it. Otherwise noVoice.
func (x *extractor) quotedVoice() voice {
	if n := len(x.units); n > 0 && x.last.speaker >= 0 {
		if u := x.units[n-1]; u.q.Direct && u.speaker == x.last.speaker {
			return x.last
		}
	}
	return noVoice
}

// onlyQuotation reports whether a frame is one quotation, maybe with
// punctuation after it.
func onlyQuotation(toks []token) bool {
	if len(toks) == 0 || toks[0].kind != tQuote {
		return false
	}
	for _, t := range toks[1:] {
		if t.kind != tPunct {
			return false
		}
	}
	return true
}

// flush ends a paragraph: nothing waits across it.
func (x *extractor) flush() {
	x.flushPending()
	x.hasFirst = false
	x.last = noVoice
}

// result groups the units by speaker, speakers in order of their first
// statement and statements in article order.
func (x *extractor) result() Result {
	sort.SliceStable(x.units, func(i, j int) bool { return x.units[i].q.Start < x.units[j].q.Start })
	index := make(map[int]int)
	var out []Speaker
	for _, u := range x.units {
		k, ok := index[u.speaker]
		if !ok {
			k = len(out)
			index[u.speaker] = k
			out = append(out, x.reg.public(u.speaker))
		}
		qs := out[k].Quotes
		if n := len(qs); n > 0 && qs[n-1].Start == u.q.Start && qs[n-1].End == u.q.End {
			continue // one span found twice
		}
		if u.via >= 0 {
			u.q.Via = x.reg.recs[u.via].Name
		}
		out[k].Quotes = append(qs, u.q)
	}
	return Result{Speakers: out}
}

// statementLike reports whether a quotation reads as someone's statement
// rather than a title or a scare quote: it starts with a capital or digit,
// has three words or more (two when it ends a sentence: “Nobody
// answered.”), and a lower-case word of four letters or more that is not a
// function word ("State of the Union" has none).
func (x *extractor) statementLike(q int) bool {
	s, e := trimSpan(x.article, x.quotes[q].inStart, x.quotes[q].inEnd)
	text := x.article[s:e]
	words := strings.Fields(text)
	minWords := 3
	if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") {
		minWords = 2
	}
	if len(words) < minWords || !startsUpper(text) {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ".,;:!?“”\"‘’'()")
		if len(w) >= 4 && w == strings.ToLower(w) && !functionWords[w] {
			return true
		}
	}
	return false
}

// isSentence reports whether a quotation is a whole sentence, however
// short (“Not one.”): after a speaker's quotation it is more of their words.
func (x *extractor) isSentence(q int) bool {
	s, e := trimSpan(x.article, x.quotes[q].inStart, x.quotes[q].inEnd)
	text := x.article[s:e]
	return startsUpper(text) && strings.ContainsAny(text, " ") && endsSentence(text)
}

// functionWords never make a phrase a sentence on their own.
var functionWords = set("with from into onto upon than that this these those their there where when what which about over under")

// isFirstPerson reports whether a frame has a first-person word.
func isFirstPerson(toks []token) bool {
	for i, t := range toks {
		if t.kind != tWord {
			continue
		}
		if firstPerson[t.lower] && (t.lower != "us" || t.text == "us") { // "US" is the country
			return true
		}
		if t.text == "I" && i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].capitalized() {
			return true
		}
	}
	return false
}

// paragraphBreak reports whether a paragraph ends between byte a and b.
func (x *extractor) paragraphBreak(a, b int) bool {
	if a >= b {
		return false
	}
	gap := x.article[a:b]
	if !x.blank {
		return strings.Contains(gap, "\n")
	}
	return hasBlankLine(gap)
}

// hasBlankLine reports whether s holds a line of white space only between
// two line breaks.
func hasBlankLine(s string) bool {
	seen := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			if seen {
				return true
			}
			seen = true
		case ' ', '\t', '\r':
		default:
			seen = false
		}
	}
	return false
}

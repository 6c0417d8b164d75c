package compare

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/parley-app/parley/compare/commitment"
	"github.com/parley-app/parley/compare/lang"
	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/compare/worddiff"
	"github.com/parley-app/parley/statement"
)

// Analysis is everything Parley derives from a set of statements. Views,
// the report and the CLI read it; they never recompute it. Its JSON form is
// the output of `parley analyze --json`.
type Analysis struct {
	Statements []StatementAnalysis    `json:"statements"`
	Topics     []Topic                `json:"topics"`
	Pairs      []Pair                 `json:"pairs"`
	Terms      map[string][]TermScore `json:"terms"`
	// Commitments in the order of the statements and their sentences.
	Commitments    []Commitment   `json:"commitments"`
	CommitmentGrid CommitmentGrid `json:"commitment_grid"`
	// CommitmentGaps are the aligned pairs whose commitments differ, widest
	// gap first; Silences the topics on which only some actors commit.
	CommitmentGaps []CommitmentGap `json:"commitment_gaps"`
	Silences       []Silence       `json:"silences"`
	// CommitmentShifts say how each actor's commitments changed from one of
	// its statements to the next.
	CommitmentShifts []CommitmentShift `json:"commitment_shifts"`
	// Findings say in plain sentences what the comparison shows, each with
	// its evidence: the report's first page.
	Findings []Finding `json:"findings"`
	// Timeline follows the statements in date order: topics and subjects
	// statement by statement, and the formulas that recur.
	Timeline Timeline `json:"timeline"`
	// Baseline is the statement the others are compared with as versions;
	// Versions its diff against each statement that is a version of it.
	Baseline   string        `json:"baseline,omitempty"`
	Versions   []VersionDiff `json:"versions,omitempty"`
	TotalWords int           `json:"total_words"`
	Thresholds Thresholds    `json:"thresholds"`
	// Warnings name overrides that no longer apply (their sentences changed).
	Warnings  []string               `json:"warnings,omitempty"`
	sentences map[string]SentenceRef // sentence id → where it is
	versions  *versionCache          // version diffs, computed on first use
	pairDiffs *pairDiffs             // pair diffs, computed on first use
	names     *statementNames        // the statements' distinct names, made on first use
}

// StatementAnalysis is a statement's metadata with its sentences.
type StatementAnalysis struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Speaker      string `json:"speaker"`
	Organization string `json:"organization"`
	Date         string `json:"date"`
	Source       string `json:"source"`
	// A statement opened from its web address keeps where and when it was
	// fetched, and the SHA-256 of the bytes received (importer/web).
	SourceURL  string     `json:"source_url,omitempty"`
	FinalURL   string     `json:"final_url,omitempty"` // after redirects, when it differs
	Retrieved  string     `json:"retrieved,omitempty"` // RFC 3339
	SHA256     string     `json:"sha256,omitempty"`    // of the fetched bytes, hex
	Words      int        `json:"words"`
	Paragraphs int        `json:"paragraphs"`
	Sentences  []Sentence `json:"sentences"`
	// Language is what the statement is written in (its front matter's
	// language, else detected); Notice says, for a language Parley reads
	// less deeply than English, what that means for this statement.
	Language lang.Language `json:"language"`
	Notice   string        `json:"notice,omitempty"`
	// Original is the statement this one translates, when both were
	// analysed: this statement is then the column the original is read
	// through (see Columns), and Original keeps the original's sentences,
	// linked to this one's.
	Original *OriginalText `json:"original,omitempty"`
}

// Sentence is a sentence with its byte offsets into its statement's text
// and the topics it belongs to, each with the cue words that say why.
type Sentence struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Paragraph int    `json:"paragraph"`
	// Topic is the one topic a view colours the sentence by: the topic of
	// its strongest alignment, else its strongest topic.
	Topic  string       `json:"topic"`
	Topics []TopicCause `json:"topics,omitempty"`
	// Changed marks a sentence whose wording the baseline lacks (for the
	// baseline: that the other versions lack); only versions of one text
	// have changed sentences.
	Changed bool `json:"changed,omitempty"`
	// Original holds, for a sentence of a translation, the ids of the
	// original's sentences it renders (StatementAnalysis.Original;
	// Analysis.OriginalOf returns them); empty for any other sentence.
	Original []string `json:"original,omitempty"`
}

// TopicCause says which topic a sentence is on and why.
type TopicCause struct {
	Topic  string   `json:"topic"`
	Score  float64  `json:"score,omitempty"` // sum of cue weights; 0 for emergent topics
	Cues   []string `json:"cues,omitempty"`
	Via    string   `json:"via,omitempty"`    // inherited from this near-identical sentence of another statement
	Manual bool     `json:"manual,omitempty"` // put there by the analyst
}

// Topic is a row of the alignment table: the passages of each statement on
// it. A statement absent from Passages does not address the topic.
type Topic struct {
	ID          string              `json:"id"`
	Label       string              `json:"label"`
	Description string              `json:"description,omitempty"`
	Emergent    bool                `json:"emergent"`
	Terms       []string            `json:"terms"`
	Passages    map[string][]string `json:"passages"`
}

// Pair is two passages on one topic from two statements, with why they
// were matched and how their wording differs.
type Pair struct {
	Topic string  `json:"topic"`
	A     string  `json:"a"`
	B     string  `json:"b"`
	Score float64 `json:"score"`
	// Belief is the pair model's belief that the two correspond (0–1),
	// weighing the score with the rest of the evidence; a manual pair has 1.
	Belief      float64  `json:"belief"`
	SharedTerms []string `json:"shared_terms"`
	SharedCues  []string `json:"shared_cues,omitempty"`
	// Kind says how the passages relate: KindVersion, KindParaphrase or
	// KindRelated; Why gives the evidence; Phrases the runs of words both
	// use, where each stands in its sentence.
	Kind    string         `json:"kind"`
	Why     Why            `json:"why"`
	Phrases []SharedPhrase `json:"phrases"`
	// Diff is the word diff from A to B: Analysis.PairDiff computes it
	// when first asked; the JSON form has it for every pair.
	Diff []worddiff.Op `json:"diff"`
	// Commitments spells out how the two passages' commitments differ;
	// empty when neither commits to anything.
	Commitments string `json:"commitments,omitempty"`
	Manual      bool   `json:"manual,omitempty"` // made or confirmed by the analyst
}

// SentenceRef locates a sentence: its statement and position.
type SentenceRef struct {
	Statement int // index into Analysis.Statements
	Sentence  int // index into that statement's Sentences
}

// Options shape an analysis; the zero value uses the built-in topics and
// default thresholds.
type Options struct {
	Topics     *TopicScheme
	Thresholds Thresholds
	Actors     *commitment.Gazetteer // actor names and aliases; nil: the built-in list
	Overrides  []statement.Override  // the analyst's corrections of the alignment
	// Baseline is the statement the analyst compares the others with ("":
	// none picked); BaselineRule chooses one when none is picked.
	Baseline     string
	BaselineRule BaselineRule
}

// defaultActors is the built-in gazetteer, built once and shared: a
// gazetteer is only read during an analysis.
var defaultActors = sync.OnceValue(commitment.DefaultGazetteer)

// Progress receives the fraction of work done, from 0 to 1.
type Progress func(done float64)

// Analyze segments the statements, assigns topics, aligns passages, diffs
// each aligned pair, finds the commitments and where they differ, and
// diffs the baseline against each statement that is a version of it. An
// original whose translation is among statements is read through its
// translation (Columns), sentence by sentence. It
// returns ctx.Err() early when ctx is cancelled. The same input always
// gives the same output.
func Analyze(ctx context.Context, statements []statement.Statement, opt Options, progress Progress) (*Analysis, error) {
	if err := CheckLimits(statements); err != nil {
		return nil, err
	}
	if err := checkIDs(statements); err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(float64) {}
	}
	if opt.Topics == nil {
		opt.Topics = DefaultTopics()
	}
	if opt.Thresholds == (Thresholds{}) {
		opt.Thresholds = DefaultThresholds
	}
	if opt.Actors == nil {
		opt.Actors = defaultActors()
	}
	// An original whose translation is here is read through it: the
	// translation is the column, and the original is kept beside it.
	cols := Columns(statements)
	statements = make([]statement.Statement, len(cols))
	for i, c := range cols {
		statements[i] = c.Statement
		if c.Original != nil && opt.Baseline == c.Original.ID {
			opt.Baseline = c.ID
		}
	}
	sents, languages, display, err := readStatements(ctx, statements, opt.Topics, func(f float64) { progress(0.5 * f) })
	if err != nil {
		return nil, err
	}
	commitments := readCommitments(ctx, statements, sents, languages, opt.Actors, opt.Topics)
	ids := make([]string, len(statements))
	for i, st := range statements {
		ids[i] = st.ID
	}
	linkNames(sents)
	timeline := readTimeline(sents, statements)
	weighTerms(sents)
	a := &Analysis{Thresholds: opt.Thresholds, Terms: distinctiveTerms(ids, sents, display)}
	applyMoves(sents, opt.Topics, opt.Overrides, func(w string) { a.Warnings = append(a.Warnings, w) })
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	al := align(sents, opt.Topics, opt.Thresholds, display)
	progress(0.8)

	a.addStatements(statements, languages, sents, al.rows)
	for i, c := range cols {
		if c.Original != nil {
			a.addOriginal(i, *c.Original, c.Statement)
		}
	}
	for _, row := range al.rows {
		a.Topics = append(a.Topics, row.result(ids))
	}
	a.Pairs = al.pairs(opt.Thresholds, display)
	labelEmergent(a.Topics, a.Pairs, func(id string) string { return a.Sentence(id).Text })
	a.applyPairOverrides(opt.Overrides, sentencesByID(sents), opt.Thresholds, display)
	a.pairDiffs = &pairDiffs{diffs: map[[2]string][]worddiff.Op{}}
	a.names = &statementNames{}
	a.choosePrimaryTopics()
	a.setCommitments(commitments)
	a.buildGrid()
	a.compareCommitments()
	a.rankCommitmentGaps()
	a.findSilences()
	a.findShifts()
	a.versions = newVersionCache(statements)
	a.Baseline = ChooseBaseline(statements, opt.Baseline, opt.BaselineRule)
	if err := a.compareWithBaseline(ctx); err != nil {
		return nil, err
	}
	a.buildTimeline(timeline)
	a.findFindings()
	progress(1)
	return a, nil
}

func (a *Analysis) addStatements(statements []statement.Statement, languages []lang.Language, sents []*sentence, rows []*topicRow) {
	emergentOf := map[*sentence]string{}
	for _, r := range rows {
		if r.topic.Emergent {
			for _, s := range r.members {
				emergentOf[s] = r.topic.ID
			}
		}
	}
	a.sentences = map[string]SentenceRef{}
	a.Statements = make([]StatementAnalysis, len(statements))
	for i, st := range statements {
		a.Statements[i] = StatementAnalysis{ID: st.ID, Title: st.Title, Speaker: st.Speaker, Organization: st.Organization,
			Date: st.Date, Source: st.Source, Words: st.WordCount(), Paragraphs: len(segment.Paragraphs(st.Text)), Sentences: []Sentence{},
			Language: languages[i], Notice: depthNotice(languages[i])}
		a.Statements[i].setProvenance(st)
		a.TotalWords += a.Statements[i].Words
	}
	for _, s := range sents {
		st := &a.Statements[s.statement]
		out := Sentence{ID: s.id, Text: statements[s.statement].Text[s.span.Start:s.span.End],
			Start: s.span.Start, End: s.span.End, Paragraph: s.span.Paragraph}
		for _, m := range s.topics {
			out.Topics = append(out.Topics, TopicCause{Topic: rowsID(rows, m.Topic), Score: m.Score, Cues: m.Cues, Via: m.Via, Manual: m.Manual})
		}
		if id, ok := emergentOf[s]; ok {
			out.Topics = append(out.Topics, TopicCause{Topic: id})
		}
		a.sentences[s.id] = SentenceRef{Statement: s.statement, Sentence: len(st.Sentences)}
		st.Sentences = append(st.Sentences, out)
	}
}

func rowsID(rows []*topicRow, i int) string { return rows[i].topic.ID }

func sentencesByID(sents []*sentence) map[string]*sentence {
	m := make(map[string]*sentence, len(sents))
	for _, s := range sents {
		m[s.id] = s
	}
	return m
}

// result turns a row into its output form: passages by statement, in
// statement order; statements that say nothing on it are absent.
func (r *topicRow) result(ids []string) Topic {
	t := r.topic
	t.Passages = map[string][]string{}
	if t.Terms == nil {
		t.Terms = []string{}
	}
	members := append([]*sentence(nil), r.members...)
	sort.SliceStable(members, func(i, j int) bool {
		if members[i].statement != members[j].statement {
			return members[i].statement < members[j].statement
		}
		return members[i].span.Start < members[j].span.Start
	})
	for _, s := range members {
		id := ids[s.statement]
		t.Passages[id] = append(t.Passages[id], s.id)
	}
	return t
}

func (a *Analysis) choosePrimaryTopics() {
	best := map[string]float64{}
	for _, p := range a.Pairs {
		for _, id := range []string{p.A, p.B} {
			if p.Score > best[id] {
				best[id] = p.Score
				ref, _ := a.Locate(id)
				a.Statements[ref.Statement].Sentences[ref.Sentence].Topic = p.Topic
			}
		}
	}
	for i := range a.Statements {
		for j := range a.Statements[i].Sentences {
			s := &a.Statements[i].Sentences[j]
			if s.Topic == "" && len(s.Topics) > 0 {
				s.Topic = s.Topics[0].Topic
			}
		}
	}
}

// Sentence returns the sentence with the given id, or a zero Sentence.
func (a *Analysis) Sentence(id string) Sentence {
	ref, ok := a.Locate(id)
	if !ok {
		return Sentence{}
	}
	return a.Statements[ref.Statement].Sentences[ref.Sentence]
}

// Locate returns where a sentence is, and whether it exists.
func (a *Analysis) Locate(id string) (SentenceRef, bool) {
	if a.sentences == nil { // an Analysis decoded from JSON
		a.sentences = map[string]SentenceRef{}
		for i, st := range a.Statements {
			for j, s := range st.Sentences {
				a.sentences[s.ID] = SentenceRef{Statement: i, Sentence: j}
			}
		}
	}
	ref, ok := a.sentences[id]
	return ref, ok
}

// Counterparts returns the ids of the sentences paired with id, in the
// order of the pairs.
func (a *Analysis) Counterparts(id string) []string {
	var out []string
	for _, p := range a.Pairs {
		switch id {
		case p.A:
			out = append(out, p.B)
		case p.B:
			out = append(out, p.A)
		}
	}
	return out
}

// Reason lists the shared terms and then the shared cue words not already
// among them: why the two passages stand side by side.
func (p Pair) Reason() string {
	seen := map[string]bool{}
	var out []string
	for _, t := range append(append([]string(nil), p.SharedTerms...), p.SharedCues...) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return strings.Join(out, ", ")
}

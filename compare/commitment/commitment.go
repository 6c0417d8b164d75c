package commitment

// Kind is what a commitment does.
type Kind string

// The kinds of commitment, see the package documentation for how each is chosen.
const (
	Pledge        Kind = "pledge"        // we will / shall / are committed to / will not hesitate to
	Refusal       Kind = "refusal"       // we will not / refuse to / have no interest in / are not seeking / cannot accept
	Demand        Kind = "demand"        // call on / urge / demand / must (addressed to others)
	Conditional   Kind = "conditional"   // a commitment or threat holding only if a condition is met
	Condemnation  Kind = "condemnation"  // condemn / denounce / deplore (by the speaker)
	Support       Kind = "support"       // solidarity, backing, stand with, support
	Hedge         Kind = "hedge"         // may, could, likely, seek to, hope to
	Reaffirmation Kind = "reaffirmation" // reaffirm, reiterate, remain committed
)

// Strength on Halliday's modal scale (value of modality): high > median > low.
// The package documentation lists which cues carry which value.
type Strength string

// The three values of modality.
const (
	High   Strength = "high"
	Median Strength = "median"
	Low    Strength = "low"
)

// Polarity says whether the committed or demanded action is negated
// ("will not take part", "call on Iran not to interfere").
type Polarity string

// The two polarities.
const (
	Positive Polarity = "positive"
	Negative Polarity = "negative"
)

// Speaker says who is speaking the sentence, to resolve "we", "I", "our".
type Speaker struct {
	Name         string // e.g. "John Kirby, national security spokesperson" or "G7 Leaders (joint statement)"
	Organization string // e.g. "The White House (United States)", "Group of Seven", "Islamic Republic of Iran"
}

// Commitment is one commitment found in a sentence. Start/End are byte offsets into the sentence text passed to Extract (the caller adds the sentence's own offset).
type Commitment struct {
	Actor     string   `json:"actor"`               // canonical actor name from the gazetteer or the speaker's name when unknown
	Kind      Kind     `json:"kind"`                //
	Polarity  Polarity `json:"polarity"`            //
	Strength  Strength `json:"strength"`            //
	Action    string   `json:"action"`              // the verb phrase, as written, e.g. "take part in offensive actions against Iran"
	Target    string   `json:"target,omitempty"`    // toward whom, e.g. "Israel", "Iran"
	Condition string   `json:"condition,omitempty"` // the if/unless/should clause as written
	Time      string   `json:"time,omitempty"`      // "tomorrow", "in the coming days", "immediately"
	Cues      []string `json:"cues"`                // the cue words that triggered it, as written ("will not", "shall", "if")
	Reported  bool     `json:"reported,omitempty"`  // recounted, not performed by this sentence: a quote, reported speech, a description of a statement
	Source    string   `json:"source,omitempty"`    // for a reported commitment: who is reported as saying it (its quoted speaker, the reporter, the statement's issuer)
	Start     int      `json:"start"`               // span of the commitment clause in the sentence
	End       int      `json:"end"`
}

package lang

import (
	"fmt"
	"strings"
	"sync"

	"github.com/parley-app/parley/assets"
)

// Frame is what an attribution cue takes after it (quote attribution).
type Frame string

// The frames of assets/lang/reporting-verbs.txt.
const (
	FrameNone   Frame = "-"
	FrameClause Frame = "clause" // "said (that) …", a quotation
	FrameTell   Frame = "tell"   // "told reporters (that) …"
	FrameObject Frame = "object" // "emphasized the need …"
)

// ReportingVerb is one written form of a verb that attributes words to a
// speaker, with what quote attribution and the commitment reader make of
// it (assets/lang/reporting-verbs.txt explains the columns).
type ReportingVerb struct {
	Form       string
	Frame      Frame
	NeedsThat  bool // an attribution cue only when "that" follows
	AfterComma bool // an attribution cue only as a participle after a comma
	// Reports: what follows is reported speech for the commitment reader;
	// ReportsWithThat: only before "that".
	Reports, ReportsWithThat bool
}

// ReportingVerbs is the one list of reporting verbs both readers use.
var ReportingVerbs = sync.OnceValue(func() []ReportingVerb {
	data, err := assets.Lang.ReadFile("lang/reporting-verbs.txt")
	if err != nil {
		panic(err)
	}
	verbs, err := parseReportingVerbs(ReadWordList(data))
	if err != nil {
		panic(err) // the embedded file is checked by a test
	}
	return verbs
})

func parseReportingVerbs(lines []string) ([]ReportingVerb, error) {
	out := make([]ReportingVerb, 0, len(lines))
	for _, line := range lines {
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("reporting verbs: %q: want a form, a frame and a report column", line)
		}
		v := ReportingVerb{Form: f[0]}
		frame, flags, _ := strings.Cut(f[1], "+")
		switch Frame(frame) {
		case FrameNone, FrameClause, FrameTell, FrameObject:
			v.Frame = Frame(frame)
		default:
			return nil, fmt.Errorf("reporting verbs: %q: unknown frame %q", line, frame)
		}
		for _, flag := range strings.Split(flags, "+") {
			switch flag {
			case "":
			case "that":
				v.NeedsThat = true
			case "comma":
				v.AfterComma = true
			default:
				return nil, fmt.Errorf("reporting verbs: %q: unknown flag %q", line, flag)
			}
		}
		switch f[2] {
		case "reports":
			v.Reports = true
		case "reports-with-that":
			v.ReportsWithThat = true
		case "-":
		default:
			return nil, fmt.Errorf("reporting verbs: %q: unknown report column %q", line, f[2])
		}
		out = append(out, v)
	}
	return out, nil
}

// CognitiveVerbs name a state of mind ("we must remember"): a modal before
// them obliges nobody to act.
var CognitiveVerbs = embedded("cognitive-verbs.txt")

// EpistemicVerbs introduce belief or prediction ("we anticipate that our
// allies will …"): what follows is a forecast, not a commitment.
var EpistemicVerbs = embedded("epistemic-verbs.txt")

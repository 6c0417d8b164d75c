package report

import (
	"strings"

	"github.com/parley-app/parley/compare"
)

// secFindings is the report's first section after the cover.
const secFindings = "Key findings"

// findingLabels name each kind of finding in the margin of its line.
var findingLabels = map[string]string{
	compare.FindingAgreement: "Agreement", compare.FindingOmission: "Omission", compare.FindingCommitment: "Commitment",
	compare.FindingDifference: "Difference", compare.FindingChange: "Change", compare.FindingReported: "Reported",
}

// findings draws section 1: the analysis's key findings in plain
// sentences, each followed by the passages it rests on, linked to them in
// the appendix.
func (d *doc) findings() {
	d.startSection(secFindings)
	if len(d.a.Findings) == 0 {
		d.explain("The analysis found nothing to report as a key finding: no topic, commitment or change that sets these statements apart.")
		return
	}
	d.explain("What the analysis shows, in sentences made from it by fixed rules. The references after each point to the " +
		"sentences it rests on, numbered in the appendix; check each against its passage.")
	for _, f := range d.a.Findings {
		spans := []span{bold(findingLabels[f.Kind]+". ", sizeBody), text(f.Text+" ", sizeBody)}
		for i, ref := range d.evidenceSentences(f.Evidence) {
			if i > 0 {
				spans = append(spans, tinted(", ", sizeSmall, muted))
			}
			spans = append(spans, cite(ref, sizeSmall))
		}
		d.paragraph(para{spans: spans}, 0, 7)
	}
}

// evidenceSentences turns a finding's evidence into sentence ids to cite:
// a commitment stands for its sentence; a statement id (a version diff's)
// is not a passage and is not cited. Each sentence once, in order.
func (d *doc) evidenceSentences(evidence []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range evidence {
		if !strings.Contains(id, ":") {
			id = d.commitmentSentence(id)
		}
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func (d *doc) commitmentSentence(id string) string {
	for _, c := range d.a.Commitments {
		if c.ID == id {
			return c.Sentence
		}
	}
	return ""
}

package compare

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

func TestOverrides(t *testing.T) {
	sts := demoStatements(t)
	base := analyze(t, sts)
	wh := find(t, base, "white-house", "will not take part")
	kirby := find(t, base, "kirby", "need not spark")
	knew := find(t, base, "kirby", "knew exactly")
	equation := find(t, base, "iran", "new equation")
	believe := find(t, base, "kirby", "We don’t believe")
	if paired(base, wh.ID, kirby.ID) == nil || paired(base, knew.ID, equation.ID) != nil {
		t.Fatal("the demo's machine alignment changed; update this test")
	}

	a, err := Analyze(context.Background(), sts, Options{Overrides: []statement.Override{
		{Action: statement.OverrideUnpair, A: kirby.ID, B: wh.ID},
		{Action: statement.OverridePair, A: equation.ID, B: knew.ID},
		{Action: statement.OverrideMove, A: believe.ID, Topic: "escalation"},
		{Action: statement.OverridePair, A: "kirby:s99", B: wh.ID},
	}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if paired(a, wh.ID, kirby.ID) != nil {
		t.Error("an unpaired alignment is still there")
	}
	p := paired(a, knew.ID, equation.ID)
	if p == nil || !p.Manual || p.A != knew.ID || len(a.PairDiff(*p)) == 0 {
		t.Fatalf("manual pair missing, unmarked, not in statement order or without a diff: %+v", p)
	}
	if !hasTopic(a.Sentence(knew.ID), p.Topic) || !hasTopic(a.Sentence(equation.ID), p.Topic) {
		t.Errorf("both sentences of a manual pair must be on its topic %q", p.Topic)
	}
	moved := a.Sentence(believe.ID)
	if len(moved.Topics) != 1 || moved.Topics[0].Topic != "escalation" || !moved.Topics[0].Manual {
		t.Errorf("moved sentence topics %+v", moved.Topics)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "kirby:s99") {
		t.Errorf("warnings %v: want one about the vanished sentence", a.Warnings)
	}
	if a.ManualPairs() != 1 {
		t.Errorf("%d manual pairs, want 1", a.ManualPairs())
	}
}

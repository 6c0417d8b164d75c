package compare

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

func TestAnalyzeRefusesPastTheLimits(t *testing.T) {
	many := make([]statement.Statement, MaxStatements+1)
	for i := range many {
		many[i] = statement.Statement{ID: "s" + strings.Repeat("x", i%3) + string(rune('a'+i%26)), Text: "We act."}
	}
	_, err := Analyze(context.Background(), many, Options{}, nil)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "501 statements") {
		t.Errorf("%d statements: %v", len(many), err)
	}
	big := []statement.Statement{{ID: "a", Text: strings.Repeat("We act. ", MaxTextBytes/8+1)}}
	_, err = Analyze(context.Background(), big, Options{}, nil)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "at most 10 MB") {
		t.Errorf("10 MB of text: %v", err)
	}
	if err := CheckLimits(many[:MaxStatements]); err != nil {
		t.Errorf("%d statements refused: %v", MaxStatements, err)
	}
}

// TestAnalyzeNeedsAnIDEach: statements without an id, or sharing one, are
// refused with an error (their passages would be mixed up: a month of
// statements analysed under one empty id panicked).
func TestAnalyzeNeedsAnIDEach(t *testing.T) {
	a := statement.Statement{ID: "a", Title: "A", Text: "We condemn the attack on the port."}
	b := statement.Statement{ID: "b", Title: "B", Text: "We condemn the attack on the harbour."}
	for _, c := range []struct {
		name string
		sts  []statement.Statement
		want string
	}{
		{"no id", []statement.Statement{a, {Title: "B", Text: b.Text}}, `statement 2 ("B") has no id`},
		{"one id twice", []statement.Statement{a, {ID: "a", Title: "B", Text: b.Text}}, `statements 1 and 2 have the same id "a"`},
	} {
		_, err := Analyze(context.Background(), c.sts, Options{}, nil)
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := Analyze(context.Background(), []statement.Statement{a, b}, Options{}, nil); err != nil {
		t.Errorf("two statements with their own ids: %v", err)
	}
}

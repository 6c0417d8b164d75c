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

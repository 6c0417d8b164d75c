package report

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

func TestWriteRefusesTooManyStatements(t *testing.T) {
	sts := make([]statement.Statement, MaxStatements+1)
	for i := range sts {
		sts[i] = statement.Statement{ID: fmt.Sprintf("s%d", i), Title: "T", Text: "We act."}
	}
	a, err := compare.Analyze(context.Background(), sts, compare.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = Write(&buf, a, sts, Options{})
	if err == nil || !strings.Contains(err.Error(), "51 statements are too many for one report (at most 50") {
		t.Errorf("got %v", err)
	}
	if buf.Len() != 0 {
		t.Error("a refused report wrote bytes")
	}
}

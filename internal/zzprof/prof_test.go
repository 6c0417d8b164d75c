package prof

import (
	"context"
	"os"
	"testing"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/importer"
)

func TestProf(t *testing.T) {
	path := os.Getenv("PROF_FILE")
	st, err := importer.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = compare.Analyze(context.Background(), []compare.Statement{st}, compare.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
}

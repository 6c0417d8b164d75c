package compare

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"One.", []string{"One."}},
		{"One.\nStill one.\n\nTwo.", []string{"One.\nStill one.", "Two."}},
		{"\n\n  A.  \n \t\n\nB.\n\n", []string{"A.", "B."}},
		{"Heading\n\n\n\nBody text.", []string{"Heading", "Body text."}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Paragraphs(tt.text) {
			got = append(got, tt.text[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAnalyze(t *testing.T) {
	sts := []Statement{{ID: "a", Text: "We shall not waver.\n\nWe will help."}, {ID: "b", Text: "No."}}
	var progress []float64
	a, err := Analyze(context.Background(), sts, func(f float64) { progress = append(progress, f) })
	if err != nil {
		t.Fatal(err)
	}
	want := []StatementStats{{ID: "a", Words: 7, Paragraphs: 2}, {ID: "b", Words: 1, Paragraphs: 1}}
	if !reflect.DeepEqual(a.Stats, want) || a.TotalWords != 8 {
		t.Errorf("got %+v", a)
	}
	if !reflect.DeepEqual(progress, []float64{0.5, 1}) {
		t.Errorf("progress %v", progress)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Analyze(ctx, sts, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled analysis returned %v", err)
	}
}

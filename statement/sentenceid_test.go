package statement

import "testing"

func TestSentenceIDRoundTrip(t *testing.T) {
	tests := []struct {
		text string
		want SentenceID
	}{
		{"kirby:s3", SentenceID{"kirby", 3}},
		{"g7-2024:s120", SentenceID{"g7-2024", 120}},
		{"a:b:s1", SentenceID{"a:b", 1}},
		{"white-house-2:s10", SentenceID{"white-house-2", 10}},
	}
	for _, tt := range tests {
		got, err := ParseSentenceID(tt.text)
		if err != nil || got != tt.want {
			t.Errorf("ParseSentenceID(%q) = %+v, %v; want %+v", tt.text, got, err, tt.want)
		}
		if got.String() != tt.text {
			t.Errorf("%+v.String() = %q, want %q", got, got.String(), tt.text)
		}
	}
}

func TestStatementOf(t *testing.T) {
	for in, want := range map[string]string{"kirby:s3": "kirby", "a:b:s12": "a:b", "kirby": "kirby", "": ""} {
		if got := StatementOf(in); got != want {
			t.Errorf("StatementOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseSentenceIDRejects(t *testing.T) {
	for _, s := range []string{"", "kirby", "kirby:", "kirby:s", "kirby:s0", "kirby:sx", ":s3", "kirby:3", "kirby:s-2"} {
		if id, err := ParseSentenceID(s); err == nil {
			t.Errorf("ParseSentenceID(%q) = %+v, want an error", s, id)
		}
	}
}

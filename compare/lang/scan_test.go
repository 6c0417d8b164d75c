package lang

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the U.S.-Israel relationship", []string{"the", "U.S.-Israel", "relationship"}},
		{"a two-state solution", []string{"a", "two-state", "solution"}},
		{"Israel’s security, don't", []string{"Israel’s", "security", ",", "don't"}},
		{"the U.S. and 1,000 (3.5%) at 10:30.", []string{"the", "U.S", ".", "and", "1,000", "(", "3.5", "%", ")", "at", "10:30", "."}},
		{"“Peace”—now…", []string{"“", "Peace", "”", "—", "now", "…"}},
		{"2023–2024 well‑known", []string{"2023–2024", "well‑known"}},
		{"می‌کنیم צה״ל", []string{"می‌کنیم", "צה״ל"}},
		{"bad\xffbyte", []string{"bad", "\xff", "byte"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range Tokenize(tc.in) {
			got = append(got, tc.in[tk.Start:tk.End])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

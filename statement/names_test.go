package statement

import "testing"

func TestDistinctTitle(t *testing.T) {
	sts := []Statement{
		{ID: "a", Title: "Readout", Date: "2023-03-19"},
		{ID: "b", Title: "Readout", Date: "2023-03-19"},
		{ID: "c", Title: "Readout", Date: "2023-03-20"},
		{ID: "d", Title: "Statement"},
		{ID: "e", Speaker: "Kirby"},
		{ID: "f", Speaker: "Kirby"},
		{ID: "g"},
	}
	want := map[string]string{
		"a": "Readout (2023-03-19, 1 of 2)",
		"b": "Readout (2023-03-19, 2 of 2)",
		"c": "Readout (2023-03-20)",
		"d": "Statement",
		"e": "Kirby (1 of 2)",
		"f": "Kirby (2 of 2)",
		"g": "g",
	}
	got := DistinctTitles(sts)
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: got %q, want %q", id, got[id], w)
		}
	}
}

func TestSamePlace(t *testing.T) {
	sts := []Statement{{ID: "a", Title: "R", Date: "d"}, {ID: "b", Title: "R", Date: "d"}, {ID: "c", Title: "R", Date: "e"}}
	for i, want := range [][2]int{{1, 2}, {2, 2}, {1, 1}} {
		if k, n := SamePlace(sts, i); k != want[0] || n != want[1] {
			t.Errorf("%s: %d of %d, want %v", sts[i].ID, k, n, want)
		}
	}
}

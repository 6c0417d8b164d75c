package statement

import (
	"fmt"
)

// DistinctTitle names sts[i] for a reader so that no two of sts read the
// same: its display title, with its date when another statement has the
// same title, and its place among them ("2 of 2") when the date does not
// tell them apart either (a readout and its revision).
func DistinctTitle(sts []Statement, i int) string {
	st := sts[i]
	title := st.DisplayTitle()
	same, sameDate, place, placeDate := 0, 0, 0, 0
	for j, o := range sts {
		if o.DisplayTitle() != title {
			continue
		}
		same++
		if j <= i {
			place++
		}
		if o.Date == st.Date {
			sameDate++
			if j <= i {
				placeDate++
			}
		}
	}
	switch {
	case same == 1:
		return title
	case st.Date == "":
		return fmt.Sprintf("%s (%d of %d)", title, place, same)
	case sameDate == 1:
		return title + " (" + st.Date + ")"
	}
	return fmt.Sprintf("%s (%s, %d of %d)", title, st.Date, placeDate, sameDate)
}

// DistinctTitles names each of sts as DistinctTitle does, keyed by id.
func DistinctTitles(sts []Statement) map[string]string {
	names := make(map[string]string, len(sts))
	for i, st := range sts {
		names[st.ID] = DistinctTitle(sts, i)
	}
	return names
}

// SamePlace is sts[i]'s place among the statements with its display title
// and date (k of n): a readout and its revision both dated the day of the
// call are told apart only by it. n is 1 for a statement alone.
func SamePlace(sts []Statement, i int) (k, n int) {
	title := sts[i].DisplayTitle()
	for j, o := range sts {
		if o.Date == sts[i].Date && o.DisplayTitle() == title {
			n++
			if j <= i {
				k++
			}
		}
	}
	return k, n
}

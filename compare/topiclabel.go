package compare

import "fmt"

// TopicLabel names topic id for a reader: its label, or the id itself when
// the analysis has no such topic (or it has no label).
func (a *Analysis) TopicLabel(id string) string {
	for _, t := range a.Topics {
		if t.ID == id && t.Label != "" {
			return t.Label
		}
	}
	return id
}

// Name names a topic or a statement for a reader: a topic's label, a
// statement's title — with its date when another statement has the same
// title, and its place among them ("2 of 2") when the date does not tell
// them apart either (a readout and its revision) — else id itself.
func (a *Analysis) Name(id string) string {
	for _, t := range a.Topics {
		if t.ID == id && t.Label != "" {
			return t.Label
		}
	}
	i := a.statementIndex(id)
	if i < 0 || a.Statements[i].Title == "" {
		return id
	}
	st := a.Statements[i]
	same, sameDate, place, placeDate := 0, 0, 0, 0
	for j, o := range a.Statements {
		if o.Title != st.Title {
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
		return st.Title
	case st.Date == "":
		return fmt.Sprintf("%s (%d of %d)", st.Title, place, same)
	case sameDate == 1:
		return st.Title + " (" + st.Date + ")"
	}
	return fmt.Sprintf("%s (%s, %d of %d)", st.Title, st.Date, placeDate, sameDate)
}

package compare

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
// statement's title (with its date when another statement has the same
// title), else id itself.
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
	for j, o := range a.Statements {
		if j != i && o.Title == st.Title && st.Date != "" {
			return st.Title + " (" + st.Date + ")"
		}
	}
	return st.Title
}

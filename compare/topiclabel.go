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

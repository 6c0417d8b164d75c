package compare

import (
	"strings"

	"github.com/parley-app/parley/statement"
)

// setProvenance copies where a fetched statement came from out of its
// front matter (importer/web writes retrieved, final_url and sha256 there),
// so that the JSON, the window and the report cite it alike.
func (s *StatementAnalysis) setProvenance(st statement.Statement) {
	if statement.IsWebAddress(st.Source) {
		s.SourceURL = st.Source
	}
	s.Retrieved = strings.TrimSpace(st.Extra["retrieved"])
	s.SHA256 = strings.TrimSpace(st.Extra["sha256"])
	if final := strings.TrimSpace(st.Extra["final_url"]); final != "" && final != st.Source {
		s.FinalURL = final
	}
}

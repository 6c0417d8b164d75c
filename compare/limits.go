package compare

import (
	"fmt"

	"github.com/parley-app/parley/statement"
)

// Limits of one analysis. Beyond them Analyze refuses with a message
// instead of running for minutes and taking gigabytes: the analysis pairs
// every passage with its best counterpart in every other statement, so its
// cost grows with the square of the number of statements, and its memory
// with the text (about 90 bytes per byte of text). 447 statements of
// 4.4 MB take 18 s and 330 MB.
const (
	// MaxStatements is the most statements analysed together: 500 is three
	// times a month of White House statements (149); 10,000 would take
	// minutes and print gigabytes of pairs.
	MaxStatements = 500
	// MaxTextBytes is the most text analysed together (statement.MaxTextBytes).
	MaxTextBytes = statement.MaxTextBytes
)

// ErrTooLarge is wrapped by the error Analyze returns past a limit.
var ErrTooLarge = fmt.Errorf("too much to analyse at once")

// CheckLimits says whether statements fit the limits of one analysis.
func CheckLimits(statements []statement.Statement) error {
	if n := len(statements); n > MaxStatements {
		return fmt.Errorf("%w: %d statements, and Parley compares at most %d; exclude some or split the comparison", ErrTooLarge, n, MaxStatements)
	}
	total := 0
	for _, st := range statements {
		total += len(st.Text)
	}
	if total > MaxTextBytes {
		return fmt.Errorf("%w: the statements hold %.1f MB of text, and Parley analyses at most %d MB (about 1.6 million words) at a time; exclude some statements or split long ones", ErrTooLarge, float64(total)/(1<<20), MaxTextBytes>>20)
	}
	return nil
}

// checkIDs: every statement has an id of its own. Passages are named by
// their statement's id, so two statements under one id (or none) would
// mix their sentences up.
func checkIDs(statements []statement.Statement) error {
	seen := make(map[string]int, len(statements))
	for i, st := range statements {
		if st.ID == "" {
			return fmt.Errorf("statement %d (%q) has no id", i+1, st.DisplayTitle())
		}
		if j, ok := seen[st.ID]; ok {
			return fmt.Errorf("statements %d and %d have the same id %q", j+1, i+1, st.ID)
		}
		seen[st.ID] = i
	}
	return nil
}

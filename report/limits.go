package report

import "fmt"

// MaxStatements is the most statements one report compares. The report
// sets every statement beside every other, so it grows with the square of
// their number: 20 White House statements make a 1.7 MB report in 82 MB of
// memory, 50 make 21 MB in 530 MB, and all 149 of April 2024 a 104 MB PDF
// that takes 2.3 GB and over a minute and a half to write.
const MaxStatements = 50

// CheckStatements says whether statements fit in one report.
func CheckStatements(statements int) error {
	if statements > MaxStatements {
		return fmt.Errorf("%d statements are too many for one report (at most %d: it sets each beside every other); exclude some or report on a smaller selection", statements, MaxStatements)
	}
	return nil
}

package ui

// counted is n with the noun that fits it: "1 change", "2 changes",
// "1,204 words". Every count the window shows goes through it, so no label
// reads "1 changes" or "quote(s)".
func counted(n int, one, many string) string {
	if n == 1 || n == -1 {
		return thousands(n) + " " + one
	}
	return thousands(n) + " " + many
}

// Package fonts embeds the TrueType fonts of the PDF report: Noto Sans for
// Latin, Greek and Cyrillic, Noto Sans Hebrew, Noto Naskh Arabic (Arabic and
// Persian), and two small subsets: Noto Sans Symbols 2 for check marks and
// Noto Sans Math for arrows and relations, which Noto Sans lacks.
// All are under the SIL Open Font License 1.1 (OFL.txt beside this file).
package fonts

import _ "embed"

// Regular and Bold are Noto Sans: Latin, Greek, Cyrillic and punctuation.
var (
	//go:embed NotoSans-Regular.ttf
	Regular []byte
	//go:embed NotoSans-Bold.ttf
	Bold []byte
)

// Hebrew is Noto Sans Hebrew.
//
//go:embed NotoSansHebrew-Regular.ttf
var Hebrew []byte

// Arabic is Noto Naskh Arabic; it maps the Arabic presentation forms
// (U+FB50–U+FDFF, U+FE70–U+FEFF), which the report's shaper emits.
//
//go:embed NotoNaskhArabic-Regular.ttf
var Arabic []byte

// Symbols holds ✓ (U+2713), ✔ (U+2714) and ✗ (U+2717) only.
//
//go:embed NotoSansSymbols2-Subset.ttf
var Symbols []byte

// Math holds the arrows ← ↑ → ↓ ↔ ↕ ⇒ ⇔ and − ≈ ≠ ≡ ≤ ≥ only.
//
//go:embed NotoSansMath-Subset.ttf
var Math []byte

// License is the SIL Open Font License text that covers every font here.
//
//go:embed OFL.txt
var License string

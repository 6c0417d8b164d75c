package textview

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/parley-app/parley/internal/rtl"
)

func TestScratch(t *testing.T) {
	test.NewTempApp(t)
	for _, s := range []string{"2024-04-14 · משרד החוץ", "משרד החוץ · 2024-04-14", "The White House · 2024-04-14 · משרד", "وی افزود: «ما آماده‌ایم بررسی کنیم.»", "“ישראל תגן על עצמה.”", "הוא אמר: \"ישראל תגן.\"", "He said “ישראל תגן.” today"} {
		f := NewFlowText(Run{Text: s})
		f.Resize(fyne.NewSize(2000, 100))
		rs := []rune(s)
		_, lv := rtl.VisualOrder(rs, rtl.MostlyRTL(s))
		fmt.Printf("%q levels %v\n", s, lv)
		for _, p := range f.lines[0].pieces {
			fmt.Printf("   %q x=%.1f w=%.1f font=%v\n", p.text, p.x, p.w, p.font != nil)
		}
	}
}

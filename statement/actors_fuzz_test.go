package statement

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzActorsRoundTrip: any bytes either read as actors that pass
// CheckActors, or give an error naming the file; the actors read, written
// with FormatActors, read back as exactly the same list.
func FuzzActorsRoundTrip(f *testing.F) {
	for _, seed := range []string{
		"", "\n", "#", "Kestria", "Kestria: Kestrian government; Velgrad\nVelgria\n",
		"\ufeffKestria:\r\nKESTRIA: the Velgrad;velgrad\r\n", "Kestria: Velgrad;", ": x", "K;L: a: b; #c",
		"K: a\nL: A", "the K: x\nK: y", "K\x00", "K\xff", "  # c\n\t\tK \u00a0 L : \u2028 a ",
		"G#7: G-7; Group of Seven\n#G8: x", "Кестрия: Вельград; 凯斯特里亚", "K: " + strings.Repeat("alias; ", 150),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		actors, err := ParseActors("in.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "in.txt:") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if err := CheckActors(actors); err != nil {
			t.Fatalf("ParseActors read %#v, which CheckActors refuses: %v", actors, err)
		}
		out := FormatActors(actors)
		back, err := ParseActors("out.txt", out)
		if err != nil {
			t.Fatalf("FormatActors wrote what ParseActors refuses: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(back, actors) {
			t.Fatalf("round trip changed the actors:\n%#v\n%#v\nvia:\n%s", actors, back, out)
		}
		if again := FormatActors(back); string(again) != string(out) {
			t.Fatalf("FormatActors is not stable:\n%s\n%s", out, again)
		}
	})
}

package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/parley-app/parley/statement"

	xunicode "golang.org/x/text/encoding/unicode"
)

// readText reads Parley's statement format — text or Markdown with
// optional front matter — in any encoding decodeText understands.
func readText(name string, data []byte) (statement.Statement, error) {
	text, err := decodeText(name, data)
	if err != nil {
		return statement.Statement{}, err
	}
	if strings.TrimSpace(text) == "" {
		if len(data) == 0 {
			return statement.Statement{}, emptyError(name, "the file is empty", "choose the file that holds the statement")
		}
		return statement.Statement{}, emptyError(name, "the file holds only blank space", "choose the file that holds the statement")
	}
	return statement.ParseStatementText(filepath.Base(name), text)
}

// Byte-order marks, longest first: UTF-32 LE starts with UTF-16 LE's mark.
var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
	bomUTF32LE = []byte{0xff, 0xfe, 0, 0}
	bomUTF32BE = []byte{0, 0, 0xfe, 0xff}
)

// decodeText returns data as UTF-8 text. It accepts UTF-8 (with or without
// a byte-order mark), UTF-16 and UTF-32 with a mark, UTF-16 without one
// when its NUL bytes give it away, and Windows-1252 (what Windows editors
// long saved as "ANSI"; it contains Latin-1). Anything else — binary data,
// or text that mixes encodings — is an error, because a guess would put
// wrong characters into a quotation.
func decodeText(name string, data []byte) (string, error) {
	var text string
	var err error
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		text, err = decodeUTF8(name, data[len(bomUTF8):])
	case bytes.HasPrefix(data, bomUTF32LE):
		text, err = decodeWith(name, data, utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), "UTF-32")
	case bytes.HasPrefix(data, bomUTF32BE):
		text, err = decodeWith(name, data, utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), "UTF-32")
	case bytes.HasPrefix(data, bomUTF16LE):
		text, err = decodeWith(name, data, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), "UTF-16")
	case bytes.HasPrefix(data, bomUTF16BE):
		text, err = decodeWith(name, data, xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), "UTF-16")
	case bytes.IndexByte(data, 0) >= 0:
		text, err = decodeNUL(name, data)
	default:
		text, err = decodeUTF8(name, data)
	}
	if err != nil {
		return "", err
	}
	return dropControls(name, text)
}

// decodeUTF8 accepts valid UTF-8 and falls back to Windows-1252.
func decodeUTF8(name string, data []byte) (string, error) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	bad := firstInvalidUTF8(data)
	if hasMultibyteUTF8(data) {
		return "", fmt.Errorf("%s: not valid UTF-8: it mixes UTF-8 with another encoding, or is damaged (first bad byte 0x%02x at offset %d); open it in a text editor and save it as UTF-8", name, data[bad], bad)
	}
	if looksCP1252(data) {
		return decodeWith(name, data, charmap.Windows1252, "Windows-1252")
	}
	return "", fmt.Errorf("%s: not valid UTF-8, nor Windows-1252 text (byte 0x%02x at offset %d); open it in a text editor and save it as UTF-8", name, data[bad], bad)
}

func decodeWith(name string, data []byte, enc encoding.Encoding, label string) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%s: cannot be read as %s (%v); save it as UTF-8", name, label, err)
	}
	return string(out), nil
}

// decodeNUL handles text with NUL bytes: UTF-16 without a byte-order mark
// puts a NUL beside every ASCII character, always on the same side; any
// other NUL pattern means binary data.
func decodeNUL(name string, data []byte) (string, error) {
	switch guessUTF16(data) {
	case "LE":
		return decodeWith(name, data, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "UTF-16")
	case "BE":
		return decodeWith(name, data, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "UTF-16")
	}
	return "", fmt.Errorf("%s: contains NUL bytes and is not UTF-16 text, so it looks like a binary file; save it as plain text", name)
}

// guessUTF16 returns "LE", "BE" or "" from where the NUL bytes fall: in
// UTF-16 text at least one character in ten is ASCII (spaces, digits,
// punctuation), whose high byte is NUL, and the low byte never is.
func guessUTF16(data []byte) string {
	if len(data) < 2 || len(data)%2 != 0 {
		return ""
	}
	var even, odd int
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := len(data) / 2
	switch {
	case odd*10 >= pairs && even*20 <= odd:
		return "LE"
	case even*10 >= pairs && odd*20 <= even:
		return "BE"
	}
	return ""
}

// hasMultibyteUTF8 reports whether data holds at least one well-formed
// multi-byte UTF-8 sequence: a file with both those and invalid bytes
// mixes encodings, and converting it either way would corrupt half of it.
func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && size > 1 {
			return true
		}
		i += size
	}
	return false
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}

// looksCP1252 reports whether data reads as Windows-1252 prose: no byte
// that code page leaves undefined, no control characters besides
// whitespace, and mostly ASCII — Western text is; random binary is not.
func looksCP1252(data []byte) bool {
	high := 0
	for _, c := range data {
		switch {
		case c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d:
			return false
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			return false
		case c >= 0x80:
			high++
		}
	}
	return high*3 <= len(data)
}

// dropControls removes the odd stray control character (a DOS end-of-file
// mark, a pasted escape) but refuses text that is full of them: that is
// binary data that happened to decode.
func dropControls(name string, text string) (string, error) {
	if !hasStrayControl(text) {
		return text, nil // the common case, checked byte by byte
	}
	controls, total := 0, 0
	for _, r := range text {
		total++
		if isStrayControl(r) {
			controls++
		}
	}
	if controls == 0 {
		return text, nil
	}
	if controls*100 > total && controls > 3 {
		return "", fmt.Errorf("%s: is full of control characters, so it looks like a binary file; save it as plain text", name)
	}
	return stripControls(text), nil
}

func stripControls(text string) string {
	b := make([]rune, 0, len(text))
	for _, r := range text {
		if !isStrayControl(r) {
			b = append(b, r)
		}
	}
	return string(b)
}

// hasStrayControl reports whether valid UTF-8 text holds a rune
// isStrayControl accepts. Control characters are C0 (bytes below 0x20 and
// 0x7f, one byte each) and C1 (U+0080–U+009F: 0xC2 then 0x80–0x9F); a
// byte-order mark is EF BB BF. No other encoded rune contains these bytes
// in these positions, so the scan needs no decoding.
func hasStrayControl(text string) bool {
	for i := 0; i < len(text); i++ {
		if !controlLead[text[i]] {
			continue
		}
		switch c := text[i]; {
		case c < 0x20 || c == 0x7f:
			return true
		case c == 0xc2:
			if i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0x9f {
				return true
			}
		case c == 0xef:
			if i+2 < len(text) && text[i+1] == 0xbb && text[i+2] == 0xbf {
				return true
			}
		}
	}
	return false
}

// controlLead marks the bytes that can start a stray control character:
// C0 controls other than white space, DEL, and the lead bytes of C1
// controls (0xC2) and of the byte-order mark (0xEF).
var controlLead = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c < '\t' || c > '\r'
	}
	t[0x7f], t[0xc2], t[0xef] = true, true, true
	return t
}()

// isStrayControl is a control character that is not whitespace; U+FEFF
// (a byte-order mark left in the middle of joined files) counts too.
func isStrayControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v':
		return false
	case '\ufeff':
		return true
	}
	return unicode.IsControl(r)
}

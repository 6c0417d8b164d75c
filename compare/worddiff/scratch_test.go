package worddiff

import (
	"testing"
	"time"
)

func TestScratchHang(t *testing.T) {
	a := "\xfa\xaaÒ\v\xcd܆\xd2?Q\x93\\\xa6\x9a7\xa4\xfc\x15\xa1\vM\xc7bR\xf7\xd1C\x9fH\x01n\x9b\x83^2\xce\x1e\"\x8c\xa1dB\xf6\x94$\x94\x99\x18\xf7^\x14g&\x91[\xdf\x05>|\xd9W\xc7\x1c1`?\xfbR\x00\x89]\xdf\xc4I^l\xb8\xc0\xa4\xf1̘\xba1\xc3\xf7!\xfa#\x90\xd4`\xe5w|\x99"
	start := time.Now()
	done := make(chan bool)
	go func() { Words(a, "\x10", Options{}); close(done) }()
	select {
	case <-done:
		t.Log(time.Since(start))
	case <-time.After(3 * time.Second):
		panic("hang")
	}
}

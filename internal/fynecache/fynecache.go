// Package fynecache shortens how long Fyne keeps what it has drawn and
// laid out for objects no longer on screen (FYNE_CACHE, one minute by
// default) to 15 seconds, unless FYNE_CACHE is set.
//
// Fyne keeps a texture for every line of text it has painted until the
// line has been off screen for that long: reading through two 20,000-word
// communiqués paints thousands of lines, and the window's memory grew by
// tens of megabytes a minute while the analyst scrolled and clicked.
//
// Fyne reads FYNE_CACHE in an init function. As with internal/quietlocale,
// this package needs only the standard library, so importing it from main
// runs its init before Fyne's cache package, which waits for the standard
// library's vendored packages (sorted after this module's paths).
package fynecache

import (
	"os"
	"time"
)

// Duration is the time Parley lets Fyne keep an unused texture or renderer.
const Duration = "15s"

// Expiry is how long Fyne keeps them in this process: FYNE_CACHE (set to
// Duration unless the user set it), or Fyne's own minute when Fyne cannot
// read it either.
var Expiry = time.Minute

func init() {
	if os.Getenv("FYNE_CACHE") == "" {
		os.Setenv("FYNE_CACHE", Duration)
	}
	if d, err := time.ParseDuration(os.Getenv("FYNE_CACHE")); err == nil {
		Expiry = d
	}
}

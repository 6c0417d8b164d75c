// Package docs holds Parley's documentation files: screenshots, the sample
// report and THIRD_PARTY.md, the licences of everything compiled or embedded
// into the two binaries. It has no Go code: its test keeps THIRD_PARTY.md
// equal to what go list says the binaries link (go test ./docs -update
// rewrites it).
package docs

// Package docs holds Parley's documentation files and the tests that keep
// them true: ARCHITECTURE.md, whose house rules architecture_test.go checks
// (import rules, package comments, file sizes, tests reading only the
// repository), and THIRD_PARTY.md, the licences of everything compiled or
// embedded into the two binaries, which thirdparty_test.go keeps equal to
// what go list says the binaries link (go test ./docs -update rewrites it).
// It has no Go code of its own; screenshots and the sample report live here too.
package docs

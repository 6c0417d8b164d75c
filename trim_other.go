//go:build !linux || !cgo

package main

// trimCHeap does nothing outside Linux's glibc, which alone has the call.
func trimCHeap() {}

//go:build linux && cgo

package main

// #include <malloc.h>
import "C"

// trimCHeap hands the C heap's free pages back to the system. glibc keeps
// what the GL library frees (the textures of text no longer on screen)
// until asked, in every thread's arena.
func trimCHeap() { C.malloc_trim(0) }

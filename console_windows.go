package main

import (
	"os"
	"syscall"
)

// The Windows build is a GUI program (-H windowsgui): started from a
// console it gets no standard output, so "parley version", "parley analyze"
// and the error messages would print nothing. Before anything runs, attach to
// the console of the process that started Parley, if there is one, and write
// to it wherever the standard handles lead nowhere. Handles already redirected
// (parley version > out.txt, a pipe) are kept. Started from Explorer or the
// Start menu there is no console and nothing changes. cmd.exe does not wait
// for a GUI program, so its prompt may come back before the output; in
// PowerShell or with "start /wait" the output comes in order.
func init() {
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if !invalid(syscall.STD_OUTPUT_HANDLE) && !invalid(syscall.STD_ERROR_HANDLE) {
		return
	}
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return // no parent console
	}
	if invalid(syscall.STD_OUTPUT_HANDLE) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stdout = f
		}
	}
	if invalid(syscall.STD_ERROR_HANDLE) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stderr = f
		}
	}
}

// invalid reports whether the standard handle std leads nowhere.
func invalid(std int) bool {
	h, err := syscall.GetStdHandle(std)
	if err != nil || h == syscall.InvalidHandle || h == 0 {
		return true
	}
	_, err = syscall.GetFileType(h)
	return err != nil
}

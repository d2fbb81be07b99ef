//go:build windows

package cli

import (
	"os"
	"syscall"
)

// AttachConsole connects a GUI-subsystem vanthu.exe to the console of the
// cmd or PowerShell that started it, so CLI output is seen there. When the
// streams are already redirected (to a file or pipe) they are left alone.
func AttachConsole() {
	const attachParentProcess = ^uint32(0) // ATTACH_PARENT_PROCESS = (DWORD)-1
	kernel32 := syscall.NewLazyDLL("kernel32.dll")
	attach := kernel32.NewProc("AttachConsole")
	if r, _, _ := attach.Call(uintptr(attachParentProcess)); r == 0 {
		return
	}
	reopen := func(cur **os.File, name string, flag int) {
		if fi, err := (*cur).Stat(); err == nil && fi.Mode().IsRegular() {
			return
		}
		if (*cur).Fd() != uintptr(syscall.InvalidHandle) && (*cur).Fd() != 0 {
			if _, err := (*cur).Stat(); err == nil {
				return
			}
		}
		if f, err := os.OpenFile(name, flag, 0); err == nil {
			*cur = f
		}
	}
	reopen(&os.Stdout, "CONOUT$", os.O_WRONLY)
	reopen(&os.Stderr, "CONOUT$", os.O_WRONLY)
	reopen(&os.Stdin, "CONIN$", os.O_RDONLY)
	// Keep the code page in UTF-8 so Vietnamese prints correctly.
	kernel32.NewProc("SetConsoleOutputCP").Call(65001)
}

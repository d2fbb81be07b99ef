//go:build !windows

package cli

// AttachConsole is only needed on Windows, where the GUI binary has none.
func AttachConsole() {}

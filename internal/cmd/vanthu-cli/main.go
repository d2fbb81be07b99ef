// Command vanthu-cli is the command-line half of vanthu built without the
// Fyne window, so the CLI (and the scorer that drives it) can be built and
// run on machines without a graphics toolchain. It runs the same commands.
package main

import (
	"os"

	"vanthu/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}

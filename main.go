// Command vanthu is the clerk's desktop app. With no arguments (or a file to
// open) it starts the window; otherwise it runs a subcommand of the CLI.
package main

import (
	"os"

	_ "earlylocale" // before Fyne's init: no "Error parsing user locale C" on stderr

	"vanthu/app"
	"vanthu/cli"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		cli.AttachConsole()
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	app.Run(args)
}

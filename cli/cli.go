// Package cli holds the subcommands of the vanthu binary. Each command lives
// in its own file and registers itself here; every command is a thin wrapper
// over a plain Go API in docs/ or index/.
package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"vanthu/internal/safely"
)

// Exit codes shared by every command.
const (
	ExitOK       = 0 // done
	ExitBadInput = 1 // a file could not be read, a document not found, ...
	ExitUsage    = 2 // wrong usage
)

// Env is what a command gets: its arguments and where to write.
type Env struct {
	Args   []string
	Stdout io.Writer
	Stderr io.Writer
}

// Command is one subcommand.
type Command struct {
	Name    string
	Usage   string // one line: "read [--json] FILE..."
	Summary string // one line, Vietnamese
	Run     func(env *Env) int
}

var commands = map[string]*Command{}

// register adds a command; each command file calls it from init.
func register(c *Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: duplicate command " + c.Name)
	}
	commands[c.Name] = c
}

// Run executes the command named by args[0] and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printHelp(stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help":
		printHelp(stdout)
		return ExitOK
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "vanthu: không có lệnh %q. Gõ \"vanthu help\" để xem các lệnh.\n", name)
		return ExitUsage
	}
	safely.LogStdTo() // bleve's English log lines go to vanthu.log, not the clerk's terminal
	return runSafely(c, &Env{Args: args[1:], Stdout: stdout, Stderr: stderr})
}

// runSafely runs a command so that a panic becomes a Vietnamese message
// and a log line (see safely), never a stack trace on the clerk's screen.
func runSafely(c *Command, env *Env) (code int) {
	err := safely.Run("lệnh "+c.Name, func() error {
		code = c.Run(env)
		return nil
	})
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu %s: %v\n", c.Name, err)
		return ExitBadInput
	}
	return code
}

// IsCommand reports whether name is a subcommand, so main can tell a command
// line from a file opened by double-click.
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok || name == "help" || name == "-h" || name == "--help"
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "vanthu — quản lý, tra cứu và soạn thảo văn bản hành chính.")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Cách dùng:")
	fmt.Fprintf(w, "  vanthu %-40s %s\n", "[--library DIR] [FILE...]", "mở cửa sổ ứng dụng (trên thư viện DIR, mở sẵn FILE)")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  vanthu %-40s %s\n", c.Usage, c.Summary)
	}
	fmt.Fprintln(w, "  vanthu help                                     hiện hướng dẫn này")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Mã thoát: 0 xong, 1 dữ liệu vào có lỗi, 2 sai cách dùng.")
}

// usageError prints a usage message for c and returns ExitUsage.
func usageError(env *Env, c *Command, msg string) int {
	if msg != "" {
		fmt.Fprintf(env.Stderr, "vanthu %s: %s\n", c.Name, msg)
	}
	fmt.Fprintf(env.Stderr, "Cách dùng: vanthu %s\n", c.Usage)
	return ExitUsage
}

// fileArgs reads the arguments of a command that takes "[--json] FILE...".
// On wrong usage it prints the message and reports ok=false.
func fileArgs(env *Env, c *Command, missing string) (asJSON bool, files []string, ok bool) {
	for _, a := range env.Args {
		switch {
		case a == "--json":
			asJSON = true
		case a == "--":
		case strings.HasPrefix(a, "-") && a != "-":
			usageError(env, c, fmt.Sprintf("không có tùy chọn %q", a))
			return false, nil, false
		default:
			files = append(files, a)
		}
	}
	if len(files) == 0 {
		usageError(env, c, missing)
		return false, nil, false
	}
	return asJSON, files, true
}

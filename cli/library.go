package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"vanthu/docs/vndate"
	"vanthu/index/library"
	"vanthu/internal/vnerr"
)

// Flag handling shared by the library commands: every one of them takes
// --library DIR (else $VANTHU_LIBRARY, else the default folder), and flags
// may come before or after the other arguments.

// flagSet is the parsed command line of one command.
type flagSet struct {
	values map[string]string // --name VALUE / --name=VALUE
	set    map[string]bool   // --name (boolean)
	args   []string          // everything else, in order
}

// parseFlags reads args given the names of the flags that take a value and
// of the boolean ones (without "--"). "--library" is always accepted.
func parseFlags(args []string, valued, boolean []string) (*flagSet, error) {
	fs := &flagSet{values: map[string]string{}, set: map[string]bool{}}
	takesValue := map[string]bool{"library": true}
	for _, n := range valued {
		takesValue[n] = true
	}
	isBool := map[string]bool{}
	for _, n := range boolean {
		isBool[n] = true
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			fs.args = append(fs.args, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			fs.args = append(fs.args, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case takesValue[name] && hasValue:
			fs.values[name] = value
		case takesValue[name]:
			if i+1 >= len(args) {
				return nil, fmt.Errorf("tùy chọn --%s cần một giá trị", name)
			}
			i++
			fs.values[name] = args[i]
		case isBool[name] && !hasValue:
			fs.set[name] = true
		default:
			return nil, fmt.Errorf("không có tùy chọn %q", a)
		}
	}
	return fs, nil
}

// libraryDir is the folder the command works on.
func (fs *flagSet) libraryDir() (string, error) {
	if d := fs.values["library"]; d != "" {
		return d, nil
	}
	d, err := library.DefaultDir()
	if err != nil {
		return "", fmt.Errorf("không xác định được thư mục thư viện (hãy dùng --library THƯ_MỤC): %w", err)
	}
	return d, nil
}

// openLibrary opens the library for a command, printing what went wrong
// or what Open repaired. ok is false when the command must stop.
func openLibrary(ctx context.Context, env *Env, name string, fs *flagSet, opts library.Options) (*library.Library, bool) {
	dir, err := fs.libraryDir()
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu %s: %v\n", name, err)
		return nil, false
	}
	opts.MustExist = !createsLibrary[name]
	lib, err := library.Open(ctx, dir, opts)
	if err != nil {
		printErr(env, name, err)
		return nil, false
	}
	printNotices(env.Stderr, name, lib.Notices())
	return lib, true
}

// createsLibrary names the commands that make a new library where none
// is; every other command refuses a folder without one, so a mistyped
// --library is an error instead of a new, empty library.
var createsLibrary = map[string]bool{"import": true}

// printErr prints a command's error with low-level causes (SQLite, zip,
// a cancelled context) said in Vietnamese.
func printErr(env *Env, name string, err error) {
	msg := vnerr.Message(err)
	if vnerr.DatabaseDamaged(err) && !strings.Contains(msg, library.DatabaseRepair) {
		msg += "; " + library.DatabaseRepair
	}
	fmt.Fprintf(env.Stderr, "vanthu %s: %s\n", name, msg)
}

func printNotices(w io.Writer, name string, notices []string) {
	for _, n := range notices {
		fmt.Fprintf(w, "vanthu %s: %s\n", name, n)
	}
}

// interruptible returns a context cancelled by Ctrl-C, so a long import
// stops between documents instead of being killed mid-way.
func interruptible() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt)
}

// parseDateArg reads a date given on the command line: YYYY-MM-DD or
// DD/MM/YYYY.
func parseDateArg(s string) (time.Time, error) {
	if d, err := vndate.ParseISO(s); err == nil {
		return d.Time(), nil
	}
	if t, err := time.Parse("2/1/2006", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("ngày %q không hợp lệ (viết YYYY-MM-DD hoặc DD/MM/YYYY)", s)
}

// isTerminal tells whether w is a terminal, where a progress bar makes sense.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// writeJSON prints v indented, without HTML escaping (Vietnamese and <mark>
// stay readable).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// notFound tells a missing document from other failures.
func notFound(err error) bool { return errors.Is(err, library.ErrNotFound) }

// parseID reads a document or task id as the lists print it: "12" or "#12".
func parseID(s string) (int64, bool) {
	id, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(s), "#"), 10, 64)
	return id, err == nil && id > 0
}

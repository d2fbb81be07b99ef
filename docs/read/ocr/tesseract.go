package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// EnvTesseract names the environment variable that points to a Tesseract
// program (or the folder holding it) chosen by the clerk or the installer.
const EnvTesseract = "VANTHU_TESSERACT"

// Lang is the Tesseract language vanthu reads with.
const Lang = "vie"

// MsgMissing tells the clerk exactly what to install when no Tesseract
// with the Vietnamese language can be found.
const MsgMissing = "chưa có chương trình nhận dạng chữ Tesseract với tiếng Việt nên chưa đọc được bản quét; " +
	"trên Windows: chép thư mục «tesseract» (có tesseract.exe và tessdata\\vie.traineddata) vào cạnh vanthu.exe, " +
	"hoặc đặt biến môi trường " + EnvTesseract + " trỏ tới tesseract.exe đã cài; " +
	"trên Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-vie"

// ErrMissing marks the absence of a usable Tesseract.
var ErrMissing = errors.New("ocr: tesseract with the vie language not found")

// Tesseract is a Tesseract program found on this machine.
type Tesseract struct {
	Path     string // the executable
	Tessdata string // its tessdata folder when it is not the built-in one
	Version  string // "5.3.0"
	// Reads names the image formats its Leptonica can open besides PNM
	// and BMP: png, jpg, tif, gif, from the libraries --version lists. A
	// Tesseract built without them (the Windows bundle) gets PGM pages.
	Reads map[string]bool
}

var (
	findMu    sync.Mutex
	found     *Tesseract
	foundTime time.Time
)

// Find locates Tesseract: the program named by VANTHU_TESSERACT, then a
// tesseract folder beside the vanthu executable (the Windows bundle), then
// the PATH. It checks that the Vietnamese language is there. A success is
// remembered; a failure is tried again after a few seconds, so installing
// Tesseract while the app runs is noticed.
func Find() (*Tesseract, error) {
	findMu.Lock()
	defer findMu.Unlock()
	if found != nil {
		return found, nil
	}
	if time.Since(foundTime) < 5*time.Second {
		return nil, ErrMissing
	}
	foundTime = time.Now()
	for _, t := range candidates() {
		if t.usable() {
			found = t
			return t, nil
		}
	}
	return nil, ErrMissing
}

func exeName() string {
	if runtime.GOOS == "windows" {
		return "tesseract.exe"
	}
	return "tesseract"
}

// candidates lists the places Tesseract may be, in order of preference.
func candidates() []*Tesseract {
	var out []*Tesseract
	add := func(dir string) {
		exe := filepath.Join(dir, exeName())
		if fi, err := os.Stat(exe); err == nil && !fi.IsDir() {
			t := &Tesseract{Path: exe}
			if td := filepath.Join(dir, "tessdata"); isDir(td) {
				t.Tessdata = td
			}
			out = append(out, t)
		}
	}
	if v := os.Getenv(EnvTesseract); v != "" {
		if isDir(v) {
			add(v)
		} else {
			t := &Tesseract{Path: v}
			if td := filepath.Join(filepath.Dir(v), "tessdata"); isDir(td) {
				t.Tessdata = td
			}
			out = append(out, t)
		}
	}
	if exe, err := os.Executable(); err == nil {
		add(filepath.Join(filepath.Dir(exe), "tesseract"))
	}
	if p, err := exec.LookPath("tesseract"); err == nil {
		out = append(out, &Tesseract{Path: p})
	}
	return out
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// usable runs the program once to read its version and languages.
func (t *Tesseract) usable() bool {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := t.command(ctx, "--list-langs").Output()
	if err != nil {
		return false
	}
	hasLang := false
	for _, l := range strings.Split(string(out), "\n") {
		if strings.TrimSpace(l) == Lang {
			hasLang = true
		}
	}
	if !hasLang {
		return false
	}
	if v, err := t.command(ctx, "--version").CombinedOutput(); err == nil {
		first, _, _ := strings.Cut(string(v), "\n")
		t.Version = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(first), "tesseract"))
		t.Reads = readsFormats(string(v))
	}
	return true
}

// command prepares a run of the program with the tessdata folder and one
// thread: OpenMP's default threading doubles the CPU time for nothing on a
// two-core office PC, and the importer already reads files in parallel.
func (t *Tesseract) command(ctx context.Context, args ...string) *exec.Cmd {
	if t.Tessdata != "" {
		args = append([]string{"--tessdata-dir", t.Tessdata}, args...)
	}
	cmd := exec.CommandContext(ctx, t.Path, args...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.WaitDelay = 2 * time.Second
	hideWindow(cmd)
	return cmd
}

// ErrTimeout marks a page that took longer than its time limit.
var ErrTimeout = errors.New("ocr: tesseract took too long")

// run recognises the image file at path (any page count) and returns
// Tesseract's TSV. dpi is the image's resolution when known (0 otherwise).
// Tesseract runs as its own process so that a crash or a hang cannot take
// the app down; it is killed when ctx ends or after limit.
// onPage, when given, is called as the rows of each page start coming out.
func (t *Tesseract) run(ctx context.Context, path string, dpi int, limit time.Duration, onPage func(page int)) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	args := []string{path, "stdout", "-l", Lang, "--psm", "6"}
	if dpi > 0 {
		args = append(args, "--dpi", fmt.Sprint(dpi))
	}
	// TSV asked for by its variable, not by the "tsv" config file: a
	// Tesseract whose tessdata holds only the language (the Windows bundle,
	// a copied install) has no configs folder, and would write plain text.
	args = append(args, "-c", "tessedit_create_tsv=1")
	cmd := t.command(ctx, args...)
	var stdout pageWatcher
	var stderr bytes.Buffer
	stdout.onPage = onPage
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, ErrTimeout
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case err != nil:
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 300 {
			msg = msg[:300]
		}
		return nil, fmt.Errorf("tesseract: %v: %s", err, msg)
	}
	return stdout.buf.Bytes(), nil
}

// pageWatcher collects Tesseract's TSV and notices each page's first row
// (level 1) as it arrives.
type pageWatcher struct {
	buf     bytes.Buffer
	scanned int // bytes of buf already looked at for page rows
	onPage  func(page int)
}

func (w *pageWatcher) Write(p []byte) (int, error) {
	w.buf.Write(p)
	if w.onPage == nil {
		return len(p), nil
	}
	for {
		rest := w.buf.Bytes()[w.scanned:]
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			break
		}
		line := rest[:i]
		w.scanned += i + 1
		if f := bytes.SplitN(line, []byte("\t"), 3); len(f) == 3 && string(f[0]) == "1" {
			if n, err := strconv.Atoi(string(f[1])); err == nil {
				w.onPage(n)
			}
		}
	}
	return len(p), nil
}

// readsFormats reads the image libraries Tesseract's --version lists
// ("libgif 5.2.1 : libjpeg 6b : libpng 1.6.39 : libtiff 4.5.0 ...").
func readsFormats(version string) map[string]bool {
	libs := map[string]string{"libpng": "png", "libjpeg": "jpg", "libtiff": "tif", "libgif": "gif"}
	out := map[string]bool{"bmp": true}
	for lib, f := range libs {
		if strings.Contains(version, lib) {
			out[f] = true
		}
	}
	return out
}

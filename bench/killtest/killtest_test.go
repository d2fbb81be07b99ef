// Package killtest proves that a library survives being killed mid-import.
//
// It builds the CLI, starts a bulk import of about 60 files into a fresh
// library and kills it with SIGKILL at random moments (seeded). After each
// kill `vanthu check` must report no problem: documents stored but not yet
// indexed are counted as pending, not as errors (the next open indexes
// them), and an original written just before the kill without its row is a
// harmless leftover. At the end a plain re-import must complete the set:
// every file present exactly once and nothing pending.
//
// The normal test run kills 5 times; the full run kills 20:
//
//	VANTHU_KILLTEST_KILLS=20 VANTHU_KILLTEST_SEED=7 go test ./bench/killtest/ -v
package killtest

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

const corpusFiles = 60

type report struct {
	Documents int      `json:"documents"`
	Indexed   int      `json:"indexed"`
	Pending   int      `json:"pending"`
	Leftover  int      `json:"leftover_originals"`
	Problems  []string `json:"problems"`
}

func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the CLI and runs imports")
	}
	kills := envInt(t, "VANTHU_KILLTEST_KILLS", 5)
	seed := envInt(t, "VANTHU_KILLTEST_SEED", 1)
	rng := rand.New(rand.NewPCG(uint64(seed), 0))

	bin := buildCLI(t)
	src, unique := corpus(t)
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		cmd.Env = append(os.Environ(), "VANTHU_LIBRARY=")
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errOut.String(), code
	}
	check := func(lib string) report {
		if _, err := os.Stat(filepath.Join(lib, "vanthu.db")); errors.Is(err, os.ErrNotExist) {
			return report{} // killed before the library was made: check refuses a folder without one
		}
		out, errOut, code := run("check", "--json", "--library", lib)
		var r report
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("check output %q (%s): %v", out, errOut, err)
		}
		if code != 0 || len(r.Problems) > 0 {
			t.Fatalf("check exit %d, problems %q", code, r.Problems)
		}
		if errOut != "" {
			t.Logf("check said: %s", strings.TrimSpace(errOut)) // e.g. a broken index moved aside
		}
		return r
	}

	// How long an uninterrupted import takes sets the range of kill times.
	calib := filepath.Join(t.TempDir(), "calibration")
	start := time.Now()
	if _, errOut, code := run("import", "--library", calib, src); code != 0 {
		t.Fatalf("calibration import exit %d: %s", code, errOut)
	}
	full := time.Since(start)
	t.Logf("uninterrupted import of %d files: %v", unique, full)

	// Kill imports into a library; once a library is complete (an import
	// outran its kill), the next kills go to a fresh one so that every
	// kill lands on real work.
	var libs []string
	for i := range kills {
		if len(libs) == 0 || complete(check(libs[len(libs)-1]), unique) {
			libs = append(libs, filepath.Join(t.TempDir(), fmt.Sprintf("lib%d", len(libs)+1)))
		}
		lib := libs[len(libs)-1]
		delay := time.Duration(rng.Int64N(int64(full)))
		cmd := exec.Command(bin, "import", "--library", lib, src)
		cmd.Env = append(os.Environ(), "VANTHU_LIBRARY=")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Kill() // SIGKILL on Unix: no cleanup runs
		cmd.Wait()
		r := check(lib)
		t.Logf("kill %d (%s) after %v: %d documents, %d indexed, %d pending, %d leftover originals",
			i+1, filepath.Base(lib), delay.Round(time.Millisecond), r.Documents, r.Indexed, r.Pending, r.Leftover)
	}

	for _, lib := range libs {
		if _, errOut, code := run("import", "--library", lib, src); code != 0 {
			t.Fatalf("final import into %s: exit %d: %s", lib, code, errOut)
		}
		if r := check(lib); !complete(r, unique) {
			t.Fatalf("after the final import into %s: %+v, want %d documents all indexed", lib, r, unique)
		}
	}
}

// complete tells whether a library holds every file exactly once, indexed.
func complete(r report, unique int) bool {
	return r.Documents == unique && r.Pending == 0 && r.Indexed == unique
}

// buildCLI builds the window-free vanthu binary.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "vanthu-cli")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(goTool, "build", "-o", bin, "vanthu/internal/cmd/vanthu-cli")
	cmd.Dir = moduleRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// corpus copies about 60 real texts (the dev letters and the smaller
// legal texts) into a folder, or writes synthetic letters when the shared
// corpus is not beside the checkout. It returns the folder and the number
// of distinct contents.
func corpus(t *testing.T) (string, int) {
	t.Helper()
	dir := t.TempDir()
	shared := filepath.Join(moduleRoot(t), "..", "shared", "corpus")
	dev, _ := filepath.Glob(filepath.Join(shared, "dev", "*.txt"))
	legal, _ := filepath.Glob(filepath.Join(shared, "legal", "*.txt"))
	sort.Slice(legal, func(i, j int) bool { return size(legal[i]) < size(legal[j]) })
	files := append(dev, legal...)
	seen := map[[32]byte]bool{}
	for _, f := range files {
		if len(seen) == corpusFiles {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seen[sha256.Sum256(data)] = true
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644)
	}
	for i := len(seen); i < corpusFiles; i++ {
		data := []byte(fmt.Sprintf("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: %d/KH-UBND\nKon Tum, ngày 05 tháng 3 năm 2021\n"+
			"KẾ HOẠCH\nTriển khai nhiệm vụ số %d\nSở Nội vụ báo cáo kết quả trước ngày 30/6/2021.\n", i+1, i+1))
		seen[sha256.Sum256(data)] = true
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("kh-%02d.txt", i+1)), data, 0o644)
	}
	return dir, len(seen)
}

func size(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q is not a count", name, s)
	}
	return n
}

func moduleRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Dir(file)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("module root not found")
		}
		dir = parent
	}
}

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestMain lets the tests run this binary as the program itself.
func TestMain(m *testing.M) {
	if os.Getenv("VANTHU_TEST_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestCLIIsQuiet: a CLI command prints nothing on stderr under the C.UTF-8
// locale of Debian terminals (Fyne used to log "Error parsing user locale C").
func TestCLIIsQuiet(t *testing.T) {
	txt := filepath.Join(t.TempDir(), "công văn.txt")
	if err := os.WriteFile(txt, []byte("ỦY BAN NHÂN DÂN\nSố: 12/UBND-VP\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, loc := range []string{"C.UTF-8", "C", "POSIX.UTF-8", "en_US.UTF-8", "vi_VN.UTF-8"} {
		for _, args := range [][]string{{"help"}, {"read", txt}} {
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), "VANTHU_TEST_RUN_MAIN=1", "LANG="+loc, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			cmd.Stdout = new(bytes.Buffer)
			if err := cmd.Run(); err != nil {
				t.Errorf("LANG=%s vanthu %v: %v", loc, args, err)
			}
			if stderr.Len() > 0 {
				t.Errorf("LANG=%s vanthu %v wrote on stderr:\n%s", loc, args, stderr.String())
			}
		}
	}
}

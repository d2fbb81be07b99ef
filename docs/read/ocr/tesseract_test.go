package ocr

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeTesseract makes dir/tesseract(.exe) and dir/tessdata.
func fakeTesseract(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "tessdata"), 0o755); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, exeName())
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return exe
}

// TestCandidates checks where Tesseract is looked for, in order: the
// environment variable (a folder or the program), the tesseract folder
// beside the running program (the Windows bundle), the PATH.
func TestCandidates(t *testing.T) {
	envDir := t.TempDir()
	envExe := fakeTesseract(t, envDir)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	beside := filepath.Join(filepath.Dir(self), "tesseract")
	besideExe := fakeTesseract(t, beside)
	t.Cleanup(func() { os.RemoveAll(beside) })

	for _, env := range []string{envDir, envExe} {
		t.Setenv(EnvTesseract, env)
		c := candidates()
		if len(c) < 2 || c[0].Path != envExe || c[0].Tessdata != filepath.Join(envDir, "tessdata") {
			t.Fatalf("%s=%s: first candidate %+v", EnvTesseract, env, c[0])
		}
		if c[1].Path != besideExe || c[1].Tessdata != filepath.Join(beside, "tessdata") {
			t.Errorf("second candidate %+v, want the folder beside the program", c[1])
		}
	}
	t.Setenv(EnvTesseract, "")
	if c := candidates(); len(c) == 0 || c[0].Path != besideExe {
		t.Errorf("without %s: %+v", EnvTesseract, c)
	}
	// A fake program is found but not usable: it lists no languages.
	if (&Tesseract{Path: besideExe}).usable() {
		t.Error("a program that lists no vie model was taken")
	}
}

// TestTessdataWithoutConfigs runs Tesseract with a tessdata folder that
// holds only the Vietnamese model, as the Windows bundle does: the words
// must still come out as TSV (no "tsv" config file to rely on).
func TestTessdataWithoutConfigs(t *testing.T) {
	tess := needTesseract(t)
	out, err := tess.command(context.Background(), "--list-langs").Output()
	if err != nil {
		t.Fatal(err)
	}
	// "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):"
	first, _, _ := strings.Cut(string(out), "\n")
	_, dir, ok := strings.Cut(first, `"`)
	dir, _, ok2 := strings.Cut(dir, `"`)
	if !ok || !ok2 {
		t.Fatalf("no tessdata folder in %q", first)
	}
	model, err := os.ReadFile(filepath.Join(dir, Lang+".traineddata"))
	if err != nil {
		t.Fatal(err)
	}
	bare := t.TempDir()
	if err := os.WriteFile(filepath.Join(bare, Lang+".traineddata"), model, 0o644); err != nil {
		t.Fatal(err)
	}
	b := *tess
	b.Tessdata = bare
	tsv, err := b.run(context.Background(), "testdata/letterhead-2014-syt.png", 300, time.Minute, nil)
	if err != nil {
		t.Fatal(err)
	}
	pages := parseTSV(tsv)
	if len(pages) != 1 || len(pages[0].Words) < 20 {
		t.Fatalf("no TSV words from a tessdata without configs: %.200q", tsv)
	}
}

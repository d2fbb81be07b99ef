// Package readertest is the test scaffolding the .docx and .odt readers
// share: zips built from parts, the cross-format fixtures, the fuzz target
// and the benchmark. Only tests import it.
package readertest

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

// Reader is a format's Read.
type Reader func([]byte) (*model.Document, error)

// Zip builds a zip holding the given parts, in name order.
func Zip(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Fixtures reads the files matching pattern (the cross-format letters of
// docs/read/testdata) by base name; it fails the test when there are none.
func Fixtures(t testing.TB, pattern string) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob(pattern)
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = data
	}
	if len(out) == 0 {
		t.Fatalf("no %s fixtures", pattern)
	}
	return out
}

// Fuzz checks that any input either reads or fails with a readerr.Error
// carrying a clerk's message; it never panics. The seeds start the corpus.
func Fuzz(f *testing.F, read Reader, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := read(data)
		if err != nil {
			var re *readerr.Error
			if !errors.As(err, &re) || re.Msg == "" {
				t.Fatalf("error without a clerk message: %v", err)
			}
			return
		}
		if doc == nil {
			t.Fatal("nil document without error")
		}
	})
}

// Bench reads data once per iteration.
func Bench(b *testing.B, read Reader, data []byte) {
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := read(data); err != nil {
			b.Fatal(err)
		}
	}
}

// Refusal is a file a reader must refuse with a clerk's message containing
// Msg.
type Refusal struct {
	Name string
	Data []byte
	Msg  string
}

// Refuses checks each refusal as a subtest.
func Refuses(t *testing.T, read Reader, cases []Refusal) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			_, err := read(tc.Data)
			var re *readerr.Error
			if !errors.As(err, &re) || !strings.Contains(re.Msg, tc.Msg) {
				t.Fatalf("got %v, want a readerr.Error containing %q", err, tc.Msg)
			}
		})
	}
}

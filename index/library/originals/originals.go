// Package originals keeps the files a clerk imported, byte for byte,
// content-addressed by SHA-256: originals/ab/abcdef….ext. A file is written
// to a temporary name, synced and renamed into place, so a path that exists
// always holds the complete original; one left behind by a crash before its
// database row is harmless and reused by the next import of the same file.
package originals

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Dir is the originals folder of a library.
type Dir struct {
	root string
}

// New returns the originals folder at root, creating it.
func New(root string) (*Dir, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, err
	}
	return &Dir{root: root}, nil
}

// At returns the originals folder at root without creating it (to look at
// a library that may not be whole).
func At(root string) *Dir { return &Dir{root: root} }

// Root is the folder.
func (d *Dir) Root() string { return d.root }

// Hash returns the hex SHA-256 of data.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// HashReader returns the hex SHA-256 of everything r yields.
func HashReader(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Path is where the original with that hash and format lives.
func (d *Dir) Path(sha, format string) string {
	name := sha
	if format != "" {
		name += "." + format
	}
	prefix := "00"
	if len(sha) >= 2 {
		prefix = sha[:2]
	}
	return filepath.Join(d.root, prefix, name)
}

// Put stores data under its hash (which the caller computed with Hash) and
// returns the path. An existing file with the right content is kept; a
// damaged one is replaced.
func (d *Dir) Put(sha, format string, data []byte) (string, error) {
	if !validHash(sha) {
		return "", fmt.Errorf("originals: bad hash %q", sha)
	}
	path := d.Path(sha, format)
	if p, err := d.Verify(sha, format); err == nil && p == OK {
		return path, nil // left by an earlier import, complete and intact
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	syncDir(dir)
	return path, nil
}

// Problem is an original that does not match the record.
type Problem int

const (
	OK Problem = iota
	Missing
	WrongHash
)

// Verify re-hashes the original with that hash and format.
func (d *Dir) Verify(sha, format string) (Problem, error) {
	f, err := os.Open(d.Path(sha, format))
	if errors.Is(err, os.ErrNotExist) {
		return Missing, nil
	}
	if err != nil {
		return OK, err
	}
	defer f.Close()
	got, err := HashReader(f)
	if err != nil {
		return OK, err
	}
	if got != sha {
		return WrongHash, nil
	}
	return OK, nil
}

// Walk calls fn with the hash and path of every stored original. Leftover
// temporary files are skipped.
func (d *Dir) Walk(fn func(sha, path string) error) error {
	return filepath.WalkDir(d.root, func(path string, e os.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil
			}
			return err
		}
		if e.IsDir() || strings.HasPrefix(e.Name(), ".tmp-") {
			return nil
		}
		sha, _, _ := strings.Cut(e.Name(), ".")
		return fn(sha, path)
	})
}

func validHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

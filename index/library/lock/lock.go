// Package lock makes one process the owner of a library folder: an
// exclusive, non-blocking operating-system lock on a file. The lock goes
// away with the process, so a crash or kill -9 never leaves it stale.
package lock

import (
	"errors"
	"os"
)

// ErrHeld is returned when another process (or another open in this
// process) holds the lock.
var ErrHeld = errors.New("lock: held by another process")

// Lock is a held lock.
type Lock struct {
	f *os.File
}

// Acquire takes the lock on path, creating the file if needed. It never
// waits: a held lock yields ErrHeld at once.
func Acquire(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, err
	}
	return &Lock{f: f}, nil
}

// Release drops the lock. The file stays: removing it would race with a
// process that just opened it.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	unlockFile(l.f)
	err := l.f.Close()
	l.f = nil
	return err
}

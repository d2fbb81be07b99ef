//go:build !windows

package originals

import "os"

// syncDir makes a rename durable: on Unix the directory entry lives in the
// directory's own data, which needs its own fsync.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}

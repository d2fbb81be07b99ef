//go:build windows

package originals

// syncDir is not needed on Windows: NTFS journals the rename, and a
// directory cannot be opened for flushing with os.Open.
func syncDir(dir string) {}

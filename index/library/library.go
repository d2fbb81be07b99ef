// Package library is a vanthu library folder and everything done with it:
// opening it (one process at a time), importing files, searching, editing,
// rebuilding the index, checking, backing up and restoring. The window and
// the command line both use this plain Go API.
//
// Layout of the folder:
//
//	vanthu.db            the store of record (SQLite)
//	originals/ab/ab….ext the imported files, byte for byte, by SHA-256
//	index/               the search index, derived, rebuilt when needed
//	lock                 held by the process that has the library open
package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"vanthu/docs/vndate"
	"vanthu/index/library/lock"
	"vanthu/index/library/originals"
	"vanthu/index/search"
	"vanthu/index/settings"
	"vanthu/index/store"
)

// File and folder names inside a library.
const (
	dbName        = "vanthu.db"
	originalsName = "originals"
	indexName     = "index"
	lockName      = "lock"
)

// EnvDir names the environment variable that overrides the default folder.
const EnvDir = "VANTHU_LIBRARY"

// DefaultDir is the library folder when none is given: $VANTHU_LIBRARY, or
// %AppData%\vanthu on Windows, $XDG_DATA_HOME/vanthu or
// ~/.local/share/vanthu elsewhere (macOS: ~/Library/Application Support).
func DefaultDir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		return d, nil
	}
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		base, err := os.UserConfigDir() // %AppData% on Windows
		if err != nil {
			return "", err
		}
		return filepath.Join(base, "vanthu"), nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "vanthu"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "vanthu"), nil
}

// BusyError is returned by Open when another vanthu has the library open.
type BusyError struct{ Dir string }

func (e *BusyError) Error() string {
	return fmt.Sprintf("Thư viện %s đang được một cửa sổ/lệnh vanthu khác sử dụng; hãy đóng cửa sổ hoặc chờ lệnh kia chạy xong rồi thử lại", e.Dir)
}

// Library is an open library folder.
type Library struct {
	dir       string
	lock      *lock.Lock
	store     *store.Store
	originals *originals.Dir
	index     *search.Index
	notices   []string
	today     func() vndate.Date
}

// Options changes how Open behaves.
type Options struct {
	// SkipCatchUp leaves documents not yet indexed as they are (a check
	// that wants to see the state a crash left uses it).
	SkipCatchUp bool
	// CatchUpProgress, when set, is told how the indexing of pending
	// documents goes (the window shows it while opening).
	CatchUpProgress func(done, total int)
}

// Open opens the library in dir, creating it if needed. It takes the
// library's lock, migrates the database, opens the search index (moving a
// broken one aside and rebuilding it) and indexes what a crash left
// unindexed. What it had to repair is in Notices.
func Open(ctx context.Context, dir string, opts Options) (*Library, error) {
	abs, err := filepath.Abs(dir)
	if err == nil {
		dir = abs
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("không tạo được thư mục thư viện %s: %w", dir, err)
	}
	lk, err := lock.Acquire(filepath.Join(dir, lockName))
	if errors.Is(err, lock.ErrHeld) {
		return nil, &BusyError{Dir: dir}
	}
	if err != nil {
		return nil, fmt.Errorf("không khóa được thư viện %s: %w", dir, err)
	}
	lib := &Library{dir: dir, lock: lk, today: todayFunc}
	if err := lib.open(ctx, opts); err != nil {
		lib.Close()
		return nil, err
	}
	return lib, nil
}

func (l *Library) open(ctx context.Context, opts Options) error {
	st, err := store.Open(filepath.Join(l.dir, dbName))
	if errors.Is(err, store.ErrTooNew) {
		return fmt.Errorf("thư viện %s được tạo bởi phiên bản vanthu mới hơn; hãy cập nhật vanthu", l.dir)
	}
	if err != nil {
		return fmt.Errorf("không mở được cơ sở dữ liệu của thư viện %s: %w", l.dir, err)
	}
	l.store = st
	if l.originals, err = originals.New(filepath.Join(l.dir, originalsName)); err != nil {
		return fmt.Errorf("không tạo được thư mục bản gốc: %w", err)
	}
	if err := l.openIndex(ctx); err != nil {
		return err
	}
	if opts.SkipCatchUp {
		return nil
	}
	if _, err := l.store.MarkStaleOverdue(ctx, l.today()); err != nil {
		return err
	}
	n, err := l.catchUp(ctx, opts.CatchUpProgress)
	if err != nil {
		return fmt.Errorf("không cập nhật được chỉ mục tìm kiếm: %w", err)
	}
	if n > 0 {
		l.notices = append(l.notices, fmt.Sprintf("đã cập nhật chỉ mục tìm kiếm cho %d văn bản", n))
	}
	return nil
}

// openIndex opens the search index. A missing index makes every document
// pending; a broken one is moved aside to index.broken-<time> and rebuilt.
func (l *Library) openIndex(ctx context.Context) error {
	path := filepath.Join(l.dir, indexName)
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	ix, err := search.Open(path)
	if errors.Is(err, search.ErrCorrupt) {
		aside := fmt.Sprintf("%s.broken-%s", path, time.Now().Format("20060102-150405"))
		if rerr := os.Rename(path, aside); rerr != nil {
			return fmt.Errorf("chỉ mục tìm kiếm bị hỏng và không dời đi được: %w", rerr)
		}
		l.notices = append(l.notices, fmt.Sprintf(
			"chỉ mục tìm kiếm bị hỏng; đã chuyển sang %s và lập lại từ dữ liệu gốc", filepath.Base(aside)))
		fresh = true
		ix, err = search.Open(path)
	}
	if errors.Is(err, search.ErrInUse) {
		return &BusyError{Dir: l.dir}
	}
	if err != nil {
		return fmt.Errorf("không mở được chỉ mục tìm kiếm: %w", err)
	}
	l.index = ix
	if fresh {
		return l.store.MarkAllPending(ctx)
	}
	return nil
}

// Close releases everything; the library may then be opened elsewhere.
func (l *Library) Close() error {
	var errs []error
	if l.index != nil {
		errs = append(errs, l.index.Close())
		l.index = nil
	}
	if l.store != nil {
		errs = append(errs, l.store.Close())
		l.store = nil
	}
	errs = append(errs, l.lock.Release())
	return errors.Join(errs...)
}

// errNoIndex is what index users get after a rebuild failed half-way.
var errNoIndex = errors.New("chỉ mục tìm kiếm chưa mở được; hãy chạy \"vanthu reindex\"")

// searchIndex is the open search index, or errNoIndex.
func (l *Library) searchIndex() (*search.Index, error) {
	if l.index == nil {
		return nil, errNoIndex
	}
	return l.index, nil
}

// Dir is the library folder.
func (l *Library) Dir() string { return l.dir }

// Notices are the repairs Open made, in Vietnamese, for the clerk.
func (l *Library) Notices() []string { return l.notices }

// Store gives direct access to the store of record.
func (l *Library) Store() *store.Store { return l.store }

// OriginalPath is where a document's original file is kept.
func (l *Library) OriginalPath(d *store.Document) string {
	return l.originals.Path(d.SHA256, d.Format)
}

func todayFunc() vndate.Date { return vndate.FromTime(time.Now()) }

// who names the person making a change, for the audit trail.
// Clerk is who the audit trail records: the clerk's name from the library's
// settings, else the user of the computer.
func (l *Library) Clerk(ctx context.Context) string {
	if s, err := settings.Load(ctx, l.store); err == nil && strings.TrimSpace(s.ClerkName) != "" {
		return s.ClerkName
	}
	return who()
}

func who() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, v := range []string{"USER", "USERNAME"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "?"
}

// isEmptyDir reports whether dir is missing or holds nothing but files a
// fresh library would have created itself.
func isEmptyDir(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	for _, e := range entries {
		if e.Name() != lockName && !strings.HasPrefix(e.Name(), ".") {
			return false, nil
		}
	}
	return true, nil
}

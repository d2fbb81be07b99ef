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
	"sync"
	"time"

	"vanthu/docs/vndate"
	"vanthu/index/library/lock"
	"vanthu/index/library/originals"
	"vanthu/index/search"
	"vanthu/index/settings"
	"vanthu/index/store"
	"vanthu/internal/vnerr"
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
	indexMu   sync.Mutex // guards index, which a search may replace when it finds it broken
	statusMu  sync.Mutex // one recount of follow-up's counts at a time (refreshStatus)
	index     *search.Index
	notices   []string
	// indexRepair says what replaceBrokenIndex did, for Check to report.
	indexRepair string
	today       func() vndate.Date
	restoring   bool // opened by Restore, which handles *.before-restore itself
	rebuilding  bool // opened by RebuildFromOriginals, which makes a new database
}

// Options changes how Open behaves.
type Options struct {
	// SkipCatchUp leaves documents not yet indexed as they are (a check
	// that wants to see the state a crash left uses it).
	SkipCatchUp bool
	// CatchUpProgress, when set, is told how the indexing of pending
	// documents goes (the window shows it while opening).
	CatchUpProgress func(done, total int)
	// MustExist refuses a folder that holds no library instead of creating
	// one: every command but import (and restore, and the window) sets it,
	// so a mistyped --library is an error, not a new empty library.
	MustExist bool
}

// NotLibraryError is returned by Open with MustExist for a folder that
// holds no library.
type NotLibraryError struct {
	Dir    string
	Reason string // Vietnamese: "thư mục không tồn tại"
}

func (e *NotLibraryError) Error() string {
	return fmt.Sprintf("không có thư viện vanthu ở %s (%s); hãy kiểm tra lại --library, "+
		"hoặc nhập văn bản (vanthu import --library %s TỆP) để tạo thư viện mới ở đó", e.Dir, e.Reason, e.Dir)
}

// NoDatabaseError is returned by Open when the database is gone (deleted,
// emptied) but originals are still there: a new empty database would
// silently hide them, so the clerk is told the way out instead.
type NoDatabaseError struct {
	Dir       string
	Originals int
}

func (e *NoDatabaseError) Error() string {
	return fmt.Sprintf("thư viện %s mất cơ sở dữ liệu %s (tệp bị xóa hoặc rỗng) nhưng còn %d bản gốc; "+
		"hãy khôi phục từ bản sao lưu (vanthu restore --force TỆP.zip), hoặc lập lại cơ sở dữ liệu từ bản gốc: "+
		"vanthu reindex --from-originals --library %s (các chỉnh sửa tay và trạng thái nhiệm vụ sẽ không còn)",
		e.Dir, dbName, e.Originals, e.Dir)
}

// lockDir takes the library's lock: one process at a time.
func lockDir(dir string) (*lock.Lock, error) {
	lk, err := lock.Acquire(filepath.Join(dir, lockName))
	if errors.Is(err, lock.ErrHeld) {
		return nil, &BusyError{Dir: dir}
	}
	if err != nil {
		return nil, fmt.Errorf("không khóa được thư viện %s: %w", dir, vnerr.Explain(err))
	}
	return lk, nil
}

// checkExists is Open's MustExist test.
func checkExists(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return &NotLibraryError{Dir: dir, Reason: "thư mục không tồn tại"}
	case err != nil:
		return fmt.Errorf("không mở được thư mục thư viện %s: %w", dir, vnerr.Explain(err))
	case !fi.IsDir():
		return &NotLibraryError{Dir: dir, Reason: "đây là một tệp, không phải thư mục"}
	}
	for _, name := range []string{dbName, originalsName, dbName + beforeRestore} {
		if exists(filepath.Join(dir, name)) {
			return nil // a library, whole or needing the repairs open does
		}
	}
	return &NotLibraryError{Dir: dir, Reason: "thư mục không có tệp " + dbName}
}

// countOriginals counts the files under originals/.
func countOriginals(dir string) int {
	n := 0
	originals.At(filepath.Join(dir, originalsName)).Walk(func(string, string) error { n++; return nil })
	return n
}

// checkDatabase refuses to start a new database beside originals: a
// missing or empty vanthu.db there means the store of record was lost.
func (l *Library) checkDatabase() error {
	path := filepath.Join(l.dir, dbName)
	fi, err := os.Stat(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("không mở được cơ sở dữ liệu của thư viện %s: %w", l.dir, vnerr.Explain(err))
	}
	if err == nil && fi.Size() > 0 {
		// A file without the schema (emptied by a tool, made by another
		// program) is as lost as a missing one; one that is not a database
		// at all is left for store.Open to report.
		if v, err := store.PeekVersion(path); err != nil || v > 0 {
			return nil
		}
	}
	if n := countOriginals(l.dir); n > 0 {
		return &NoDatabaseError{Dir: l.dir, Originals: n}
	}
	return nil
}

// Open opens the library in dir, creating it if needed (unless
// opts.MustExist). It takes the library's lock, undoes a restore cut off
// mid-swap, refuses a lost database beside originals (NoDatabaseError),
// migrates the database, opens the search index (moving a broken one aside
// and rebuilding it) and indexes what a crash left unindexed. What it had
// to repair is in Notices.
func Open(ctx context.Context, dir string, opts Options) (*Library, error) {
	abs, err := filepath.Abs(dir)
	if err == nil {
		dir = abs
	}
	if opts.MustExist {
		if err := checkExists(dir); err != nil {
			return nil, err
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("không tạo được thư mục thư viện %s: %w", dir, vnerr.Explain(err))
	}
	lk, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	lib := &Library{dir: dir, lock: lk, today: todayFunc}
	if err := lib.open(ctx, opts); err != nil {
		lib.Close()
		return nil, err
	}
	return lib, nil
}

func (l *Library) open(ctx context.Context, opts Options) error {
	if err := l.finishInterruptedRestore(); err != nil {
		return err
	}
	if !l.rebuilding {
		if err := l.checkDatabase(); err != nil {
			return err
		}
	}
	st, err := store.Open(filepath.Join(l.dir, dbName))
	if errors.Is(err, store.ErrTooNew) {
		return fmt.Errorf("thư viện %s được tạo bởi phiên bản vanthu mới hơn; hãy cập nhật vanthu", l.dir)
	}
	if err != nil {
		return fmt.Errorf("không mở được cơ sở dữ liệu của thư viện %s: %w; %s", l.dir, vnerr.Explain(err), DatabaseRepair)
	}
	l.store = st
	if st.Created() {
		// A new store: an index left from a lost one would show documents
		// the store does not have. It is derived data: start it afresh.
		if err := os.RemoveAll(filepath.Join(l.dir, indexName)); err != nil {
			return fmt.Errorf("không xóa được chỉ mục cũ: %w", vnerr.Explain(err))
		}
	}
	if l.originals, err = originals.New(filepath.Join(l.dir, originalsName)); err != nil {
		return fmt.Errorf("không tạo được thư mục bản gốc: %w", err)
	}
	if err := l.openIndex(ctx); err != nil {
		return err
	}
	if opts.SkipCatchUp {
		return nil
	}
	n, err := l.catchUp(ctx, opts.CatchUpProgress)
	if err != nil {
		return fmt.Errorf("không cập nhật được chỉ mục tìm kiếm: %w", err)
	}
	if n > 0 && !l.restoring {
		l.notices = append(l.notices, fmt.Sprintf("đã cập nhật chỉ mục tìm kiếm cho %d văn bản", n))
	}
	return nil
}

// openIndex opens the search index. A missing index makes every document
// pending; a broken one (it does not open, a segment file fails its
// checksum, or it holds fewer documents than the store says were indexed)
// is moved aside to index.broken-<time> and rebuilt.
func (l *Library) openIndex(ctx context.Context) error {
	path := filepath.Join(l.dir, indexName)
	fresh := !exists(path)
	ix, err := search.Open(path)
	if errors.Is(err, search.ErrInUse) {
		return &BusyError{Dir: l.dir}
	}
	if err == nil && !fresh {
		if lost := l.indexLostDocuments(ctx, ix); lost != "" {
			ix.Close()
			err = fmt.Errorf("%w: %s", search.ErrCorrupt, lost)
		}
	}
	if errors.Is(err, search.ErrCorrupt) {
		return l.replaceBrokenIndex(ctx, nil, err)
	}
	if err != nil {
		return fmt.Errorf("không mở được chỉ mục tìm kiếm: %w", vnerr.Explain(err))
	}
	l.setIndex(ix)
	if fresh {
		return l.store.MarkAllPending(ctx)
	}
	return nil
}

// Close releases everything; the library may then be opened elsewhere.
func (l *Library) Close() error {
	err := l.closeData()
	return errors.Join(err, l.lock.Release())
}

// closeData closes the index and the store but keeps the lock.
func (l *Library) closeData() error {
	var errs []error
	if ix := l.setIndex(nil); ix != nil {
		errs = append(errs, ix.Close())
	}
	if l.store != nil {
		errs = append(errs, l.store.Close())
		l.store = nil
	}
	return errors.Join(errs...)
}

// errNoIndex is what index users get after a rebuild failed half-way.
var errNoIndex = errors.New("chỉ mục tìm kiếm chưa mở được; hãy chạy \"vanthu reindex\"")

// searchIndex is the open search index, or errNoIndex.
func (l *Library) searchIndex() (*search.Index, error) {
	l.indexMu.Lock()
	defer l.indexMu.Unlock()
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

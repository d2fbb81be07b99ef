// Package engine runs PDFium compiled to WebAssembly (go-pdfium on wazero,
// no cgo) and shares one running engine across the whole process.
//
// Compiling the 5 MB PDFium module to machine code costs several seconds, so
// the compiled code is kept in wazero's on-disk compilation cache: only the
// very first start on a machine pays for it. The app can call Warm early so
// that even that start overlaps with the clerk's first clicks.
package engine

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// CacheDirEnv overrides the vanthu cache folder; the compiled engine goes
// into its "wazero" subfolder.
const CacheDirEnv = "VANTHU_CACHE_DIR"

// Workers is how many PDFium instances may run at once. The target machines
// have two cores and the rest of the app needs one.
const Workers = 1

// MemoryLimit caps the WebAssembly memory of one PDFium instance. A hostile
// file that gets past the stream check (see package pdf) makes PDFium's
// allocations fail at this size, which ends the call with an error, instead
// of growing to the 4 GB a 32-bit module can address (wazero copies the
// memory when it grows, so that was 9–10 GB of the machine's memory). With
// this cap a bomb that reaches PDFium peaks under 900 MB and fails in 1.5 s.
const MemoryLimit = 256 << 20

const wasmPage = 64 << 10

// Engine is a started PDFium pool.
type Engine struct {
	pool  pdfium.Pool
	cache wazero.CompilationCache // nil when the cache folder is unusable
}

// CacheDir is where the compiled engine is kept: $VANTHU_CACHE_DIR/wazero, or
// the user cache folder's vanthu/wazero.
func CacheDir() (string, error) {
	if dir := os.Getenv(CacheDirEnv); dir != "" {
		return filepath.Join(dir, "wazero"), nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "vanthu", "wazero"), nil
}

// Start compiles (or loads from cacheDir) and starts a PDFium pool. An empty
// cacheDir or one that cannot be created means compiling in memory only.
func Start(cacheDir string) (*Engine, error) {
	e := &Engine{}
	if cacheDir != "" {
		if err := os.MkdirAll(cacheDir, 0o755); err == nil {
			if c, err := wazero.NewCompilationCacheWithDir(cacheDir); err == nil {
				e.cache = c
			}
		}
	}
	// The bundled PDFium lowers setjmp/longjmp to wasm exception handling, so
	// that feature must be on, as in go-pdfium's own default config.
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithMemoryLimitPages(MemoryLimit / wasmPage)
	if e.cache != nil {
		rc = rc.WithCompilationCache(e.cache)
	}
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle:       1,
		MaxIdle:       Workers,
		MaxTotal:      Workers,
		RuntimeConfig: rc,
		// PDFium reads the document from memory only: mount no folder.
		FSConfig: wazero.NewFSConfig(),
		Stdout:   io.Discard,
		Stderr:   io.Discard,
		// An instance is reused across documents; a failed one is thrown
		// away and replaced (see Do).
		ReuseWorkers: true,
	})
	if err != nil {
		e.closeCache()
		return nil, fmt.Errorf("khởi động PDFium: %w", err)
	}
	e.pool = pool
	return e, nil
}

// Close stops the pool and releases the compiled code.
func (e *Engine) Close() error {
	err := e.pool.Close()
	e.closeCache()
	return err
}

func (e *Engine) closeCache() {
	if e.cache != nil {
		e.cache.Close(context.Background())
		e.cache = nil
	}
}

// Do runs fn on one PDFium instance, waiting for a free one. A panic in fn
// or a wasm trap is turned into an error, and an instance that failed is
// thrown away rather than reused, so one hostile file cannot poison later
// reads (a fresh instance costs about 10 ms).
//
// wazero's WithCloseOnContextDone would allow stopping a runaway call, but it
// starts a goroutine per wasm call and made reading five times slower, so a
// call is not interrupted; PDFium bounds its own work on broken files.
func (e *Engine) Do(fn func(pdfium.Pdfium) error) (err error) {
	inst, err := e.pool.GetInstanceWithContext(context.Background())
	if err != nil {
		return fmt.Errorf("lấy PDFium: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("PDFium gặp lỗi: %v", r)
		}
		if err != nil {
			inst.Kill()
		} else {
			inst.Close()
		}
	}()
	return fn(inst)
}

package engine

import "sync"

// The process-wide engine. It is started at most once at a time; a failed
// start is forgotten so that the next call tries again.
var (
	sharedMu sync.Mutex
	shared   *starting
)

type starting struct {
	done chan struct{}
	eng  *Engine
	err  error
}

func begin() *starting {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if shared != nil {
		return shared
	}
	s := &starting{done: make(chan struct{})}
	shared = s
	go func() {
		defer close(s.done)
		dir, err := CacheDir()
		if err != nil {
			dir = "" // no cache folder: compile in memory
		}
		s.eng, s.err = Start(dir)
		if s.err != nil {
			sharedMu.Lock()
			if shared == s {
				shared = nil
			}
			sharedMu.Unlock()
		}
	}()
	return s
}

// Warm starts the shared engine in the background and returns at once.
func Warm() { begin() }

// Shared returns the shared engine, starting it if needed and waiting until
// it runs.
func Shared() (*Engine, error) {
	s := begin()
	<-s.done
	return s.eng, s.err
}

// Close stops the shared engine, waiting for a start under way. A later
// Shared starts a new one.
func Close() error {
	sharedMu.Lock()
	s := shared
	shared = nil
	sharedMu.Unlock()
	if s == nil {
		return nil
	}
	<-s.done
	if s.eng == nil {
		return nil
	}
	return s.eng.Close()
}

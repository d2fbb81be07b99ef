package app

import (
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Fyne's test driver runs the function given to fyne.Do at once, on the
// caller's goroutine. A background refresh and a test's fyne.DoAndWait then
// touch the same widgets at the same time — a race the real driver, which runs
// them one at a time on the main goroutine, never has (it made a table panic
// in CI once). newTestApp gives the tests the real driver's order: one UI
// goroutine runs every fyne.Do and fyne.DoAndWait, in the order they came.
func newTestApp(t testing.TB) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	d := &serialDriver{Driver: a.Driver(), done: make(chan struct{})}
	d.wake = sync.NewCond(&d.mu)
	go d.loop()
	t.Cleanup(d.stop)
	s := &serialApp{App: a, driver: d}
	fyne.SetCurrentApp(s)
	return s
}

type serialApp struct {
	fyne.App
	driver *serialDriver
}

func (a *serialApp) Driver() fyne.Driver { return a.driver }

type serialDriver struct {
	fyne.Driver
	mu      sync.Mutex
	wake    *sync.Cond
	queue   []func()
	stopped bool
	done    chan struct{} // closed when loop has returned
}

// DoFromGoroutine queues f for the UI goroutine; with wait it returns once f
// has run. Once the test has ended, work still arriving from its background
// goroutines is dropped (its window is gone, and running it would race with
// the next test on Fyne's shared caches); a wait runs at once.
func (d *serialDriver) DoFromGoroutine(f func(), wait bool) {
	done := make(chan struct{})
	run := func() {
		defer close(done)
		f()
	}
	d.mu.Lock()
	if d.stopped {
		d.mu.Unlock()
		if wait {
			run()
		}
		return
	}
	d.queue = append(d.queue, run)
	d.wake.Signal()
	d.mu.Unlock()
	if wait {
		<-done
	}
}

func (d *serialDriver) loop() {
	defer close(d.done)
	for {
		d.mu.Lock()
		for len(d.queue) == 0 && !d.stopped {
			d.wake.Wait()
		}
		if len(d.queue) == 0 {
			d.mu.Unlock()
			return
		}
		f := d.queue[0]
		d.queue = d.queue[1:]
		d.mu.Unlock()
		f()
	}
}

// stop lets the queue drain and waits for the UI goroutine to end, so that
// nothing of this test still runs when the next one starts.
func (d *serialDriver) stop() {
	d.mu.Lock()
	d.stopped = true
	d.wake.Signal()
	d.mu.Unlock()
	<-d.done
}

// startUI builds the main UI on the UI goroutine, as the real app does (setup,
// if given, runs there before the content is shown), and closes it there when
// the test ends.
func startUI(tb testing.TB, w fyne.Window, opts Options, setup func(*mainUI)) *mainUI {
	tb.Helper()
	var ui *mainUI
	fyne.DoAndWait(func() {
		ui = newMainUI(w, opts)
		if setup != nil {
			setup(ui)
		}
		w.SetContent(ui.content())
	})
	tb.Cleanup(func() { fyne.DoAndWait(func() { ui.close(); w.Close() }) })
	return ui
}

//go:build unix

package importbench

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time the process has used, which a busy
// machine disturbs less than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

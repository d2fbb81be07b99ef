//go:build !unix

package importbench

import "time"

// cpuTime is not measured here; the metric is then left out.
func cpuTime() time.Duration { return 0 }

package search

import zap "github.com/blevesearch/zapx/v17"

// mergeFloorFileSize is the first merge tier's segment size in bytes:
// smaller segments count as this big when scorch plans merges (see Open).
const mergeFloorFileSize = 4 << 20

func init() {
	// zap sizes the buffer of a new segment from the previous one: bytes
	// per document times (documents + NewSegmentBufferNumResultsBump). The
	// bump of 100 assumes short documents; for a batch of three laws that
	// came to 100+ MB allocated and zeroed per batch, most of an import's
	// allocations and of its peak memory. Without the bump the estimate is
	// the batch itself; the buffer still grows when it is short.
	zap.NewSegmentBufferNumResultsBump = 0
}

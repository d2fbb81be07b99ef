package search

import (
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// fakeSegment is a persisted segment as the merge planner sees it.
type fakeSegment struct {
	id         uint64
	docs, size int64
}

func (s fakeSegment) Id() uint64          { return s.id }
func (s fakeSegment) FullSize() int64     { return s.docs }
func (s fakeSegment) LiveSize() int64     { return s.docs }
func (s fakeSegment) HasVector() bool     { return false }
func (s fakeSegment) FileSize() int64     { return s.size }
func (s fakeSegment) LiveFileSize() int64 { return s.size }

// TestMergeFloor checks the reason for mergeFloorFileSize: segments of a
// few long documents each are left alone until there are many of them,
// where scorch's document-count default merges as soon as there are two.
func TestMergeFloor(t *testing.T) {
	ours := mergeplan.DefaultMergePlanOptions
	ours.FloorSegmentFileSize = mergeFloorFileSize
	for _, tc := range []struct {
		name      string
		opts      mergeplan.MergePlanOptions
		segments  int
		wantMerge bool
	}{
		{"default, two segments", mergeplan.DefaultMergePlanOptions, 2, true},
		{"floor, two segments", ours, 2, false},
		{"floor, ten segments", ours, 10, false},
		{"floor, forty segments", ours, 40, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var segs []mergeplan.Segment
			for i := range tc.segments {
				segs = append(segs, fakeSegment{id: uint64(i + 1), docs: 3, size: 4 << 20})
			}
			plan, err := mergeplan.Plan(segs, &tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(plan.Tasks) > 0; got != tc.wantMerge {
				t.Errorf("merge planned = %v, want %v (%d tasks)", got, tc.wantMerge, len(plan.Tasks))
			}
		})
	}
}

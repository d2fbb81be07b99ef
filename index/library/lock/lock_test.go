package lock

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestAcquire(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	first, err := Acquire(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		release bool
		want    error
	}{
		{"held", false, ErrHeld},
		{"released", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.release {
				if err := first.Release(); err != nil {
					t.Fatal(err)
				}
			}
			second, err := Acquire(path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Acquire = %v, want %v", err, tt.want)
			}
			second.Release()
		})
	}
}

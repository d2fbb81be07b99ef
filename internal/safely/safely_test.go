package safely

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	logFile := filepath.Join(t.TempDir(), "sub", "vanthu.log")
	t.Setenv(LogEnv, logFile)
	plain := errors.New("thường")
	tests := []struct {
		name    string
		fn      func() error
		wantErr error
		panics  bool
	}{
		{"ok", func() error { return nil }, nil, false},
		{"error passes through", func() error { return plain }, plain, false},
		{"index out of range", func() error { var a []int; _ = a[3]; return nil }, nil, true},
		{"panic with a value", func() error { panic("hỏng") }, nil, true},
	}
	for _, tt := range tests {
		err := Run("lệnh thử", tt.fn)
		var pe *PanicError
		if errors.As(err, &pe) != tt.panics {
			t.Errorf("%s: err %v, panic expected %v", tt.name, err, tt.panics)
			continue
		}
		if !tt.panics {
			if err != tt.wantErr {
				t.Errorf("%s: err %v, want %v", tt.name, err, tt.wantErr)
			}
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "lỗi ngoài dự kiến khi chạy lệnh thử") || !strings.Contains(msg, logFile) {
			t.Errorf("%s: message %q", tt.name, msg)
		}
	}
	log, err := os.ReadFile(logFile)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(log), "panic in lệnh thử"); n != 2 {
		t.Errorf("log has %d entries, want 2:\n%s", n, log)
	}
	if !strings.Contains(string(log), "safely_test.go") {
		t.Error("log has no stack")
	}
}

func TestCall(t *testing.T) {
	t.Setenv(LogEnv, filepath.Join(t.TempDir(), "vanthu.log"))
	if v, err := Call("x", func() (int, error) { return 7, nil }); v != 7 || err != nil {
		t.Errorf("Call = %d, %v", v, err)
	}
	v, err := Call("mở thư viện", func() (*int, error) { var p *int; _ = *p; return p, nil })
	var pe *PanicError
	if v != nil || !errors.As(err, &pe) || pe.What != "mở thư viện" {
		t.Errorf("Call of a panic = %v, %v", v, err)
	}
}

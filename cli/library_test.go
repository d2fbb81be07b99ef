package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args    []string
		values  map[string]string
		set     []string
		rest    []string
		wantErr bool
	}{
		{[]string{"--json", "hạn", "--type", "KH", "nộp"}, map[string]string{"type": "KH"}, []string{"json"}, []string{"hạn", "nộp"}, false},
		{[]string{"--library=/x", "a"}, map[string]string{"library": "/x"}, nil, []string{"a"}, false},
		{[]string{"--", "--json"}, map[string]string{}, nil, []string{"--json"}, false},
		{[]string{"--type"}, nil, nil, nil, true},
		{[]string{"--bogus"}, nil, nil, nil, true},
		{[]string{"--json=1"}, nil, nil, nil, true},
	}
	for _, tt := range tests {
		fs, err := parseFlags(tt.args, []string{"type"}, []string{"json"})
		if (err != nil) != tt.wantErr {
			t.Errorf("%q: err %v", tt.args, err)
			continue
		}
		if err != nil {
			continue
		}
		for k, v := range tt.values {
			if fs.values[k] != v {
				t.Errorf("%q: --%s = %q, want %q", tt.args, k, fs.values[k], v)
			}
		}
		for _, k := range tt.set {
			if !fs.set[k] {
				t.Errorf("%q: --%s not set", tt.args, k)
			}
		}
		if strings.Join(fs.args, "|") != strings.Join(tt.rest, "|") {
			t.Errorf("%q: args %q, want %q", tt.args, fs.args, tt.rest)
		}
	}
}

func TestParseDateArg(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for an error
	}{
		{"2021-03-05", "2021-03-05"},
		{"05/03/2021", "2021-03-05"},
		{"5/3/2021", "2021-03-05"},
		{"31/02/2021", ""},
		{"hôm qua", ""},
	}
	for _, tt := range tests {
		got, err := parseDateArg(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("%q: accepted as %v", tt.in, got)
			}
			continue
		}
		if err != nil || got.Format(time.DateOnly) != tt.want {
			t.Errorf("%q = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

// TestLibraryCommands runs the commands one after another on a temporary
// library, as a clerk would.
func TestLibraryCommands(t *testing.T) {
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "kh.txt"), []byte("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 12/KH-UBND\n"+
		"Kon Tum, ngày 05 tháng 3 năm 2021\nKẾ HOẠCH\nCải cách hành chính năm 2021\n"), 0o644)
	os.WriteFile(filepath.Join(src, "rong.txt"), nil, 0o644)
	lib := filepath.Join(t.TempDir(), "lib")
	archive := filepath.Join(t.TempDir(), "sao-luu.zip")
	restored := filepath.Join(t.TempDir(), "restored")

	tests := []struct {
		args     []string
		wantCode int
		wantOut  string // fragment of stdout (or stderr when the code is not 0)
	}{
		{[]string{"import", "--library", lib, src}, ExitBadInput, "rỗng"},
		{[]string{"import", "--library", lib, filepath.Join(src, "kh.txt")}, ExitOK, "đã có"},
		{[]string{"search", "--library", lib, "cai cach"}, ExitOK, "[1]"},
		{[]string{"search", "--library", lib, "--from", "hôm qua", "x"}, ExitUsage, "không hợp lệ"},
		{[]string{"show", "--library", lib, "1"}, ExitOK, "kh.txt"},
		{[]string{"show", "--library", lib, "99"}, ExitBadInput, "không có văn bản mã 99"},
		{[]string{"check", "--library", lib}, ExitOK, "Không có lỗi"},
		{[]string{"reindex", "--library", lib}, ExitOK, "1 văn bản"},
		{[]string{"backup", "--library", lib, archive}, ExitOK, "Đã sao lưu 1"},
		{[]string{"restore", "--library", restored, archive}, ExitOK, "Đã khôi phục 1"},
		{[]string{"restore", "--library", restored, archive}, ExitBadInput, "--force"},
		{[]string{"show", "--library", restored, "--json", "1"}, ExitOK, `"file_name": "kh.txt"`},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := Run(tt.args, &out, &errOut)
		text := out.String()
		if code != ExitOK {
			text = errOut.String() + text
		}
		if code != tt.wantCode || !strings.Contains(text, tt.wantOut) {
			t.Errorf("%q: exit %d, want %d with %q\nstdout: %s\nstderr: %s", tt.args, code, tt.wantCode,
				tt.wantOut, out.String(), errOut.String())
		}
	}

	var out bytes.Buffer
	Run([]string{"check", "--json", "--library", restored}, &out, &out)
	var r struct{ Documents, Indexed int }
	if err := json.Unmarshal(out.Bytes(), &r); err != nil || r.Documents != 1 || r.Indexed != 1 {
		t.Errorf("check --json after restore = %s (%v)", out.String(), err)
	}
}

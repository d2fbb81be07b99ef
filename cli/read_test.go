package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "cv.txt")
	os.WriteFile(good, []byte("ỦY BAN NHÂN DÂN TỈNH\nSố: 12/UBND-VX\n1. Sở Nội vụ có trách nhiệm:\n"), 0o644)
	empty := filepath.Join(dir, "rong.docx")
	os.WriteFile(empty, nil, 0o644)
	png := filepath.Join(dir, "anh.docx")
	os.WriteFile(png, append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...), 0o644)

	cases := []struct {
		name     string
		args     []string
		code     int
		stdout   string // substring
		stderr   string // substring
		jsonPars int    // paragraphs expected in --json output, -1 to skip
	}{
		{"text", []string{"read", good}, ExitOK, "Sở Nội vụ", "", -1},
		{"json", []string{"read", "--json", good}, ExitOK, `"paragraphs"`, "", 3},
		{"empty", []string{"read", empty}, ExitBadInput, "", "rỗng", -1},
		{"image", []string{"read", png}, ExitBadInput, "", "ảnh", -1},
		{"missing", []string{"read", filepath.Join(dir, "khong-co.pdf")}, ExitBadInput, "", "không tìm thấy", -1},
		{"no file", []string{"read"}, ExitUsage, "", "Cách dùng", -1},
		{"bad flag", []string{"read", "--xyz", good}, ExitUsage, "", "không có tùy chọn", -1},
		{"unknown command", []string{"khong-co"}, ExitUsage, "", "không có lệnh", -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := Run(c.args, &out, &errb)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, errb.String())
			}
			if !strings.Contains(out.String(), c.stdout) || !strings.Contains(errb.String(), c.stderr) {
				t.Errorf("stdout %q stderr %q; want %q / %q", out.String(), errb.String(), c.stdout, c.stderr)
			}
			if c.jsonPars >= 0 {
				var v struct{ Paragraphs []string }
				if err := json.Unmarshal(out.Bytes(), &v); err != nil {
					t.Fatal(err)
				}
				if len(v.Paragraphs) != c.jsonPars {
					t.Errorf("paragraphs = %q", v.Paragraphs)
				}
			}
		})
	}
}

func TestHelpListsCommands(t *testing.T) {
	var out bytes.Buffer
	if code := Run([]string{"help"}, &out, &out); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, name := range []string{"read", "extract"} {
		if !strings.Contains(out.String(), "vanthu "+name) {
			t.Errorf("help does not list %s:\n%s", name, out.String())
		}
	}
}

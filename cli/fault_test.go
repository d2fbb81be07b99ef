package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/internal/safely"
)

// runAll runs one command line and returns its exit code and what it wrote
// (stdout and stderr together).
func runAll(args ...string) (int, string) {
	var out bytes.Buffer
	code := Run(args, &out, &out)
	return code, out.String()
}

// faultLibrary imports three letters into a new library and backs it up.
func faultLibrary(t *testing.T) (lib, src, archive string) {
	t.Helper()
	src = t.TempDir()
	letters := map[string]string{
		"kh.txt": "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 12/KH-UBND\nKon Tum, ngày 05 tháng 3 năm 2021\nKẾ HOẠCH\n" +
			"Cải cách hành chính năm 2021\nSở Nội vụ chủ trì báo cáo kết quả trước ngày 30/6/2021.\n",
		"cv.txt": "BỘ Y TẾ\nSố: 345/BYT-KCB\nHà Nội, ngày 10 tháng 4 năm 2021\nV/v khám chữa bệnh bảo hiểm y tế\n" +
			"Kính gửi: Sở Y tế các tỉnh\nBộ Y tế đề nghị các đơn vị thực hiện khám chữa bệnh theo quy định.\n",
		"tb.txt": "VĂN PHÒNG UBND TỈNH\nSố: 7/TB-VP\nKon Tum, ngày 02 tháng 5 năm 2021\nTHÔNG BÁO\n" +
			"Kết luận của Chủ tịch về phòng chống thiên tai, tìm kiếm cứu nạn.\n",
	}
	for name, text := range letters {
		os.WriteFile(filepath.Join(src, name), []byte(text), 0o644)
	}
	lib = filepath.Join(t.TempDir(), "lib")
	archive = filepath.Join(t.TempDir(), "sao-luu.zip")
	for _, args := range [][]string{{"import", "--library", lib, src}, {"backup", "--library", lib, archive}} {
		if code, out := runAll(args...); code != ExitOK {
			t.Fatalf("%q: exit %d\n%s", args, code, out)
		}
	}
	return lib, src, archive
}

// flipMiddle flips n bytes in the middle of a file.
func flipMiddle(t *testing.T, path string, n int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := max(0, len(data)/2-n/2)
	for i := start; i < min(len(data), start+n); i++ {
		data[i] ^= 0x5a
	}
	os.WriteFile(path, data, 0o644)
}

// damageTables overwrites pages 2 and 3 of the database, where its tables
// start; the header (page 1) stays, so SQLite opens it and finds the rest.
func damageTables(t *testing.T, lib, src string) {
	db := filepath.Join(lib, "vanthu.db")
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	for i := 4096; i < min(len(data), 3*4096); i++ {
		data[i] = 0x5a
	}
	os.WriteFile(db, data, 0o644)
}

func biggestFile(t *testing.T, pattern string) string {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	best, size := "", int64(-1)
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil && fi.Size() > size {
			best, size = f, fi.Size()
		}
	}
	if best == "" {
		t.Fatalf("nothing matches %s", pattern)
	}
	return best
}

// TestFaults damages the index, the database and an original in turn:
// check finds each (exit 1, a Vietnamese line naming it and the way out),
// and the repair the README documents makes check clean again.
func TestFaults(t *testing.T) {
	type step struct {
		args     []string
		wantCode int
		want     string // in the output
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, lib, src string)
		steps  func(lib, src, archive string) []step
	}{
		{"index segment, 2 KB", func(t *testing.T, lib, src string) {
			flipMiddle(t, biggestFile(t, filepath.Join(lib, "index", "store", "*.zap")), 2048)
		}, func(lib, src, archive string) []step {
			return []step{
				{[]string{"check", "--library", lib}, ExitBadInput, "chỉ mục tìm kiếm bị hỏng"},
				{[]string{"reindex", "--library", lib}, ExitOK, "Đã lập lại chỉ mục cho 3 văn bản"},
			}
		}},
		{"index segment, bit rot found by --deep", func(t *testing.T, lib, src string) {
			zap := biggestFile(t, filepath.Join(lib, "index", "store", "*.zap"))
			fi, _ := os.Stat(zap)
			flipMiddle(t, zap, 2048)
			os.Chtimes(zap, fi.ModTime(), fi.ModTime())
		}, func(lib, src, archive string) []step {
			return []step{
				{[]string{"check", "--deep", "--library", lib}, ExitBadInput, "chỉ mục"},
				{[]string{"reindex", "--library", lib}, ExitOK, "3 văn bản"},
			}
		}},
		{"database page", damageTables, func(lib, src, archive string) []step {
			return []step{
				{[]string{"check", "--library", lib}, ExitBadInput, "cơ sở dữ liệu"},
				{[]string{"restore", "--force", "--library", lib, archive}, ExitOK, "Đã khôi phục 3 văn bản"},
			}
		}},
		{"database page, rebuilt from the originals", damageTables, func(lib, src, archive string) []step {
			return []step{
				{[]string{"check", "--library", lib}, ExitBadInput, "vanthu reindex --from-originals"},
				{[]string{"reindex", "--from-originals", "--library", lib}, ExitOK, "từ 3 bản gốc"},
			}
		}},
		{"database deleted", func(t *testing.T, lib, src string) {
			os.Remove(filepath.Join(lib, "vanthu.db"))
		}, func(lib, src, archive string) []step {
			return []step{
				{[]string{"check", "--library", lib}, ExitBadInput, "vanthu reindex --from-originals"},
				{[]string{"search", "--library", lib, "cải cách"}, ExitBadInput, "mất cơ sở dữ liệu"},
				{[]string{"reindex", "--from-originals", "--library", lib}, ExitOK, "từ 3 bản gốc"},
			}
		}},
		{"an original changed", func(t *testing.T, lib, src string) {
			flipMiddle(t, biggestFile(t, filepath.Join(lib, "originals", "*", "*")), 16)
		}, func(lib, src, archive string) []step {
			return []step{
				{[]string{"check", "--library", lib}, ExitBadInput, "đã bị thay đổi"},
				{[]string{"backup", "--library", lib, archive + ".2"}, ExitBadInput, "bị hỏng"},
				{[]string{"import", "--library", lib, src}, ExitOK, "đã khôi phục từ tệp này"},
			}
		}},
		{"an original deleted", func(t *testing.T, lib, src string) {
			os.Remove(biggestFile(t, filepath.Join(lib, "originals", "*", "*")))
		}, func(lib, src, archive string) []step {
			return []step{
				{[]string{"check", "--library", lib}, ExitBadInput, "thiếu bản gốc"},
				{[]string{"import", "--library", lib, src}, ExitOK, "bản gốc trong thư viện bị thiếu, đã khôi phục"},
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib, src, archive := faultLibrary(t)
			tt.damage(t, lib, src)
			steps := append(tt.steps(lib, src, archive),
				step{[]string{"check", "--deep", "--library", lib}, ExitOK, "Không có lỗi"},
				step{[]string{"search", "--library", lib, "cai cach hanh chinh"}, ExitOK, "12/KH-UBND"})
			for _, s := range steps {
				code, out := runAll(s.args...)
				if code != s.wantCode || !strings.Contains(out, s.want) {
					t.Fatalf("%q: exit %d, want %d with %q\n%s", s.args, code, s.wantCode, s.want, out)
				}
				if strings.Contains(out, "goroutine ") || strings.Contains(out, "panic:") {
					t.Errorf("%q: a stack trace reached the clerk:\n%s", s.args, out)
				}
			}
		})
	}
}

// TestNoLibraryWhereNoneIs: a mistyped --library is an error for every
// command that does not create a library, and nothing is created.
func TestNoLibraryWhereNoneIs(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "thu-vien-go-sai")
	empty := t.TempDir()
	for _, dir := range []string{missing, empty} {
		for _, args := range [][]string{
			{"check"}, {"check", "--deep"}, {"search", "cải cách"}, {"show", "1"}, {"reindex"},
			{"backup", filepath.Join(t.TempDir(), "b.zip")},
		} {
			args = append(args, "--library", dir)
			code, out := runAll(args...)
			if code != ExitBadInput || !strings.Contains(out, "không có thư viện vanthu ở") {
				t.Errorf("%q: exit %d\n%s", args, code, out)
			}
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("%s: created %d entries", dir, len(entries))
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a mistyped library folder was created")
	}
}

// TestPanicBecomesMessage: a command that panics gives a Vietnamese line
// and exit 1; the stack goes to the log file.
func TestPanicBecomesMessage(t *testing.T) {
	logFile := filepath.Join(t.TempDir(), "vanthu.log")
	t.Setenv(safely.LogEnv, logFile)
	register(&Command{Name: "thu-panic", Usage: "thu-panic", Summary: "thử", Run: func(*Env) int {
		var m map[string]int
		m["x"]++ // a nil map: a bug
		return ExitOK
	}})
	defer delete(commands, "thu-panic")
	code, out := runAll("thu-panic")
	if code != ExitBadInput || !strings.HasPrefix(out, "vanthu thu-panic: lỗi ngoài dự kiến khi chạy lệnh thu-panic") ||
		strings.Contains(out, "goroutine ") || !strings.Contains(out, logFile) {
		t.Errorf("exit %d\n%s", code, out)
	}
	if log, _ := os.ReadFile(logFile); !strings.Contains(string(log), "fault_test.go") {
		t.Errorf("log without the stack:\n%s", log)
	}
}

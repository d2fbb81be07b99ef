package cli

import (
	"fmt"

	"vanthu/index/library"
)

func init() {
	register(&Command{
		Name:    "check",
		Usage:   "check [--library DIR] [--deep] [--json]",
		Summary: "kiểm tra thư viện: bản gốc, cơ sở dữ liệu, chỉ mục tìm kiếm; --deep đọc lại cả chỉ mục (mã thoát 1 nếu có lỗi)",
		Run:     runCheck,
	})
}

func runCheck(env *Env) int {
	c := commands["check"]
	fs, err := parseFlags(env.Args, nil, []string{"json", "deep"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 0 {
		return usageError(env, c, "lệnh này không nhận tham số")
	}
	ctx, stop := interruptible()
	defer stop()
	// A check looks at the library as it is: it does not index what a
	// crash left pending first (it counts it).
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{SkipCatchUp: true})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	check := lib.Check
	if fs.set["deep"] {
		check = lib.CheckDeep
	}
	r, err := check(ctx)
	if err != nil {
		printErr(env, c.Name, err)
		return ExitBadInput
	}
	if fs.set["json"] {
		writeJSON(env.Stdout, r)
	} else {
		fmt.Fprintf(env.Stdout, "Thư viện %s\n", lib.Dir())
		fmt.Fprintf(env.Stdout, "Văn bản: %d (đã vào chỉ mục %d, chờ vào chỉ mục %d)\n", r.Documents, r.Indexed, r.Pending)
		fmt.Fprintf(env.Stdout, "Phiên bản lược đồ: %d\n", r.SchemaVersion)
		if r.Deep {
			fmt.Fprintf(env.Stdout, "Đọc lại chỉ mục: %d văn bản, tra thử %d từ\n", r.IndexDocuments, r.SampledWords)
		}
		if r.LeftoverOriginals > 0 {
			fmt.Fprintf(env.Stdout, "Bản gốc thừa (từ lần nhập bị ngắt, vô hại): %d\n", r.LeftoverOriginals)
		}
		for _, p := range r.Problems {
			fmt.Fprintf(env.Stdout, "LỖI: %s\n", p)
		}
		if r.OK() {
			fmt.Fprintln(env.Stdout, "Không có lỗi.")
		} else {
			fmt.Fprintf(env.Stdout, "Có %d lỗi.\n", len(r.Problems))
		}
	}
	if !r.OK() {
		return ExitBadInput
	}
	return ExitOK
}

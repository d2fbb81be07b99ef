package cli

import (
	"fmt"
	"strings"

	"vanthu/index/library"
	"vanthu/index/settings"
)

func init() {
	register(&Command{
		Name:    "settings",
		Usage:   "settings [--library DIR] [--json] [KHÓA=GIÁ-TRỊ ...]",
		Summary: "xem hoặc sửa cài đặt của thư viện (đơn vị, người ký, thời hạn xử lý, ngày nghỉ lễ…), như thẻ «Cài đặt»",
		Run:     runSettings,
	})
}

// runSettings prints every setting, or sets the KEY=VALUE pairs given (all
// or none: one bad value and nothing is written), audited in the clerk's name.
func runSettings(env *Env) int {
	c := commands["settings"]
	fs, err := parseFlags(env.Args, nil, []string{"json"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	ctx, stop := interruptible()
	defer stop()
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	s, err := settings.Load(ctx, lib.Store())
	if err != nil {
		printErr(env, c.Name, err)
		return ExitBadInput
	}
	if len(fs.args) > 0 {
		for _, a := range fs.args {
			key, value, found := strings.Cut(a, "=")
			if !found {
				return usageError(env, c, fmt.Sprintf("%q: viết KHÓA=GIÁ-TRỊ, ví dụ unit=\"Sở Y tế\"", a))
			}
			if err := s.Set(strings.TrimSpace(key), value); err != nil {
				fmt.Fprintf(env.Stderr, "vanthu settings: %s: %v\n", strings.TrimSpace(key), err)
				return ExitUsage
			}
		}
		if err := settings.Save(ctx, lib.Store(), s, lib.Clerk(ctx)); err != nil {
			printErr(env, c.Name, err)
			return ExitBadInput
		}
	}
	if fs.set["json"] {
		out := map[string]string{}
		for _, f := range settings.Fields() {
			out[f.Key], _ = s.Text(f.Key)
		}
		if err := writeJSON(env.Stdout, out); err != nil {
			return ExitBadInput
		}
		return ExitOK
	}
	for _, f := range settings.Fields() {
		v, _ := s.Text(f.Key)
		if v == "" {
			v = map[string]string{"follow_up_start": "(ngày nhập văn bản đầu tiên)", "holidays": "(lịch nghỉ lễ có sẵn)"}[f.Key]
		}
		fmt.Fprintf(env.Stdout, "%-17s %-31s %s\n", f.Key, f.Label, strings.ReplaceAll(v, "\n", ", "))
	}
	return ExitOK
}

package cli

import (
	"fmt"
	"slices"
	"strings"

	"vanthu/docs/vndate"
	"vanthu/index/library"
	"vanthu/index/store"
)

func init() {
	register(&Command{
		Name:    "edit",
		Usage:   "edit [--library DIR] [--confirm] ID [TRƯỜNG=GIÁ-TRỊ ...]",
		Summary: "sửa thông tin một văn bản (date=15/03/2024, issuer=\"Sở Y tế\"…) hoặc xác nhận là đúng (--confirm); in những thông tin còn cần kiểm tra",
		Run:     runEdit,
	})
}

// runEdit corrects metadata fields as «Sửa thông tin…» does, or with
// --confirm records that the fields the extractor was unsure of are right,
// as «Đúng, đã kiểm tra» does; every change is audited in the clerk's
// name. It then lists what is still to check.
func runEdit(env *Env) int {
	c := commands["edit"]
	fs, err := parseFlags(env.Args, nil, []string{"confirm"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) == 0 {
		return usageError(env, c, "cần mã văn bản")
	}
	id, ok := parseID(fs.args[0])
	if !ok {
		return usageError(env, c, fmt.Sprintf("mã văn bản %q không hợp lệ (là một số, như trong kết quả tìm kiếm)", fs.args[0]))
	}
	type change struct{ field, value string }
	var changes []change
	for _, a := range fs.args[1:] {
		field, value, found := strings.Cut(a, "=")
		field = strings.TrimSpace(field)
		if !found || !slices.Contains(store.EditableFields, field) {
			return usageError(env, c, fmt.Sprintf("%q: viết TRƯỜNG=GIÁ-TRỊ, TRƯỜNG là một trong %s", a, strings.Join(store.EditableFields, ", ")))
		}
		if field == "date" && strings.TrimSpace(value) != "" {
			// Checked before anything is written, so one bad date writes nothing.
			if _, err := vndate.ParseTyped(value); err != nil {
				fmt.Fprintf(env.Stderr, "vanthu edit: date: %v\n", err)
				return ExitUsage
			}
		}
		changes = append(changes, change{field, value})
	}
	ctx, stop := interruptible()
	defer stop()
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	if _, err := lib.Document(ctx, id); err != nil {
		if notFound(err) {
			fmt.Fprintf(env.Stderr, "vanthu edit: thư viện không có văn bản mã %d\n", id)
		} else {
			printErr(env, c.Name, err)
		}
		return ExitBadInput
	}
	for _, ch := range changes {
		if err := lib.UpdateField(ctx, id, ch.field, ch.value); err != nil {
			printErr(env, c.Name, err)
			return ExitBadInput
		}
	}
	if fs.set["confirm"] {
		if err := lib.Confirm(ctx, id); err != nil {
			printErr(env, c.Name, err)
			return ExitBadInput
		}
	}
	v, err := lib.Document(ctx, id)
	if err != nil {
		printErr(env, c.Name, err)
		return ExitBadInput
	}
	if len(v.ToConfirm) == 0 {
		fmt.Fprintln(env.Stdout, "Không còn thông tin nào cần kiểm tra.")
		return ExitOK
	}
	fmt.Fprintln(env.Stdout, "Cần kiểm tra (sửa bằng TRƯỜNG=GIÁ-TRỊ hoặc xác nhận bằng --confirm):")
	for _, t := range v.ToConfirm {
		fmt.Fprintf(env.Stdout, "  %s (%s): %s\n", t.Label, t.Field, t.Reason)
	}
	return ExitOK
}

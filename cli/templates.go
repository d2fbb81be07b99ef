package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"vanthu/docs/draft/catalog"
	"vanthu/docs/draft/template"
	"vanthu/docs/draft/templatize"
	"vanthu/index/drafting"
)

func init() {
	register(&Command{
		Name:    "templates",
		Usage:   "templates [--library DIR] [--json] [--from-letter FILE.docx --name NAME]",
		Summary: "liệt kê các mẫu soạn thảo với các chỗ điền; --from-letter biến một văn bản đã hoàn chỉnh thành mẫu riêng",
		Run:     runTemplates,
	})
}

func runTemplates(env *Env) int {
	c := commands["templates"]
	fs, err := parseFlags(env.Args, []string{"from-letter", "name"}, []string{"json", "force"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) > 0 {
		return usageError(env, c, fmt.Sprintf("thừa tham số %q", fs.args[0]))
	}
	dir := ""
	if d, err := fs.libraryDir(); err == nil {
		dir = drafting.TemplateDir(d)
	}
	if letter := fs.values["from-letter"]; letter != "" {
		return makeTemplate(env, c, dir, letter, fs.values["name"], fs.set["force"])
	}
	list, err := catalog.List(dir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu templates: %v\n", err)
		return ExitBadInput
	}
	if fs.set["json"] {
		return jsonOr(env, list)
	}
	for _, e := range list {
		where := "có sẵn"
		if e.Path != "" {
			where = e.Path
		}
		fmt.Fprintf(env.Stdout, "%s — %s (%s)\n", e.Name, e.Title, where)
		if e.Problem != "" {
			fmt.Fprintf(env.Stdout, "  không dùng được: %s\n", e.Problem)
			continue
		}
		var text, lists, opts []string
		listFields := map[string][]string{}
		for _, f := range e.Fields {
			switch f.Kind {
			case template.KindOptional:
				opts = append(opts, f.Name)
			case template.KindListField:
				if listFields[f.List] == nil {
					lists = append(lists, f.List)
				}
				listFields[f.List] = append(listFields[f.List], strings.TrimPrefix(f.Name, f.List+"."))
			default:
				text = append(text, f.Name)
			}
		}
		fmt.Fprintf(env.Stdout, "  chỗ điền: %s\n", strings.Join(text, ", "))
		for _, l := range lists {
			fmt.Fprintf(env.Stdout, "  danh sách %s: %s\n", l, strings.Join(listFields[l], ", "))
		}
		if len(opts) > 0 {
			fmt.Fprintf(env.Stdout, "  khối tùy chọn: %s\n", strings.Join(opts, ", "))
		}
	}
	fmt.Fprintf(env.Stdout, "Thư mục mẫu của thư viện: %s (thả tệp .docx có {{chỗ_điền}} vào đây)\n", dir)
	return ExitOK
}

// makeTemplate turns a finished letter into a template in the library's
// template folder.
func makeTemplate(env *Env, c *Command, dir, letter, name string, force bool) int {
	if name == "" {
		return usageError(env, c, "thiếu --name TÊN_MẪU")
	}
	if strings.ContainsAny(name, `/\:*?"<>|`) {
		return usageError(env, c, fmt.Sprintf("tên mẫu %q có ký tự không dùng được trong tên tệp", name))
	}
	data, err := os.ReadFile(letter)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu templates: %s: không đọc được (%v)\n", letter, err)
		return ExitBadInput
	}
	out, fields, err := templatize.FromLetter(data)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu templates: %s: %v\n", letter, err)
		return ExitBadInput
	}
	dest := filepath.Join(dir, name+".docx")
	if _, err := os.Stat(dest); err == nil && !force {
		fmt.Fprintf(env.Stderr, "vanthu templates: mẫu %s đã có; không ghi đè (thêm --force nếu muốn thay)\n", dest)
		return ExitBadInput
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(env.Stderr, "vanthu templates: không tạo được thư mục mẫu %s (%v)\n", dir, err)
		return ExitBadInput
	}
	if err := drafting.WriteFile(dest, out); err != nil {
		fmt.Fprintf(env.Stderr, "vanthu templates: không ghi được %s (%v)\n", dest, err)
		return ExitBadInput
	}
	fmt.Fprintf(env.Stdout, "Đã tạo mẫu %s từ %s (bản gốc không đổi). Các chỗ điền nhận ra:\n", dest, letter)
	for _, f := range fields {
		fmt.Fprintf(env.Stdout, "  {{%s}}  ← «%s» (đoạn %d)\n", f.Name, f.Original, f.Para+1)
	}
	return ExitOK
}

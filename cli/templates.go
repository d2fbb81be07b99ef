package cli

import (
	"fmt"
	"strings"

	"vanthu/docs/draft/catalog"
	"vanthu/docs/draft/template"
	"vanthu/index/drafting"
)

func init() {
	register(&Command{
		Name:    "templates",
		Usage:   "templates [--library DIR] [--json]",
		Summary: "liệt kê các mẫu soạn thảo (có sẵn và trong thư mục mẫu của thư viện) với các chỗ điền",
		Run:     runTemplates,
	})
}

func runTemplates(env *Env) int {
	c := commands["templates"]
	fs, err := parseFlags(env.Args, nil, []string{"json"})
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

package cli

import (
	"fmt"

	"vanthu/docs/model"
	"vanthu/docs/read"
)

func init() {
	register(&Command{
		Name:    "read",
		Usage:   "read [--json] FILE...",
		Summary: "đọc văn bản (.docx, .doc, .odt, .pdf, .txt; bản quét và ảnh bằng OCR) ra chữ có cấu trúc",
		Run:     runRead,
	})
}

// readOutput is the JSON of one file: the structured text, plus its
// paragraphs in reading order, which is what the formats are compared on.
type readOutput struct {
	File       string   `json:"file"`
	Paragraphs []string `json:"paragraphs"`
	*model.Document
}

func runRead(env *Env) int {
	c := commands["read"]
	asJSON, files, ok := fileArgs(env, c, "thiếu tệp cần đọc")
	if !ok {
		return ExitUsage
	}
	code := ExitOK
	var outs []readOutput
	for _, f := range files {
		doc, err := read.File(f)
		if err != nil {
			fmt.Fprintf(env.Stderr, "vanthu read: %v\n", err)
			code = ExitBadInput
			continue
		}
		if asJSON {
			outs = append(outs, readOutput{File: f, Paragraphs: doc.Paragraphs(), Document: doc})
			continue
		}
		if len(files) > 1 {
			fmt.Fprintf(env.Stdout, "== %s ==\n", f)
		}
		for _, w := range doc.Info.Warnings {
			fmt.Fprintf(env.Stderr, "vanthu read: %s: cảnh báo: %s\n", f, w)
		}
		fmt.Fprint(env.Stdout, doc.PlainText())
	}
	if asJSON && len(outs) > 0 {
		var v any = outs
		if len(files) == 1 {
			v = outs[0]
		}
		if err := writeJSON(env.Stdout, v); err != nil {
			fmt.Fprintf(env.Stderr, "vanthu read: %v\n", err)
			return ExitBadInput
		}
	}
	return code
}

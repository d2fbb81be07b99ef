// Package extract pulls out of a Vietnamese official document its metadata
// (Decree 30), the documents it cites, and the tasks it assigns.
package extract

import (
	"context"

	"vanthu/docs/extract/tasks"
	"vanthu/docs/model"
	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

// Span is a byte range of the text a field came from.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Signer is the signature block.
type Signer struct {
	Name      string `json:"name"`
	Title     string `json:"title"`
	Authority string `json:"authority"` // "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", ...
}

// Reference is a document the text cites.
type Reference struct {
	Type   string      `json:"type,omitempty"` // type word as written: "Công văn", "Nghị quyết"
	Number string      `json:"number"`         // "1585/KH-UBND"
	Date   vndate.Date `json:"date"`
	Issuer string      `json:"issuer,omitempty"`
	Start  int         `json:"start"`
	End    int         `json:"end"`
}

// Result is everything extracted from one document. Its JSON is what
// `vanthu extract --json` prints and ../shared/eval/score.py reads.
type Result struct {
	Type         string          `json:"type"`   // Appendix III code, "CV" for a công văn
	Number       string          `json:"number"` // "1585/KH-UBND", "/UBND-KTTH"
	Issuer       string          `json:"issuer"`
	ParentIssuer string          `json:"parent_issuer,omitempty"`
	Date         vndate.Date     `json:"date"`
	Place        string          `json:"place"`
	Subject      string          `json:"subject"`
	Signer       Signer          `json:"signer"`
	Recipients   []string        `json:"recipients"`
	NoiNhan      []string        `json:"noi_nhan"`
	Urgency      string          `json:"urgency,omitempty"` // Hỏa tốc, Thượng khẩn, Khẩn
	Secrecy      string          `json:"secrecy,omitempty"` // Mật, Tối mật, Tuyệt mật
	References   []Reference     `json:"references"`
	Tasks        []tasks.Task    `json:"tasks"`
	Spans        map[string]Span `json:"spans,omitempty"` // field name → where it stands in Text
	Text         string          `json:"-"`               // the text the offsets refer to
}

// FromText extracts from plain text. Offsets refer to Result.Text, the
// text in NFC. A fault in one of the rules never takes the caller down:
// the fields found so far are returned.
func FromText(text string) *Result {
	r, _ := FromTextContext(context.Background(), text)
	return r
}

// MaxText bounds the text the rules read: about four times the longest law
// (the Civil Code is 1 MB of text). A longer text is kept and indexed
// whole, but only its first MaxText bytes are searched for metadata,
// citations and tasks, so time and memory stay bounded (callers warn when
// len(Result.Text) > MaxText).
const MaxText = 4 << 20

// FromTextContext is FromText stopped between stages when ctx is done; it
// then returns ctx's error and what was found so far.
func FromTextContext(ctx context.Context, text string) (*Result, error) {
	r := newResult(vn.NFC(text))
	err := extractStages(ctx, r)
	return r, err
}

func newResult(text string) *Result {
	return &Result{
		Text:       text,
		Recipients: []string{},
		NoiNhan:    []string{},
		References: []Reference{},
		Tasks:      []tasks.Task{},
		Spans:      map[string]Span{},
	}
}

// extractInto runs every rule over r.Text. Each stage is guarded on its
// own, so a fault in one (a bug meeting an odd layout) loses only what
// that stage would have found, never the tasks or the other fields.
func extractInto(r *Result) { _ = extractStages(context.Background(), r) }

// extractStages is extractInto checking ctx before each stage.
func extractStages(ctx context.Context, r *Result) error {
	text := vn.Prefix(r.Text, MaxText)
	d := &doc{text: text, signText: text, lines: splitLines(text), noiNhanAt: -1, noiNhanEnd: -1}
	for _, stage := range []func(){
		func() { d.header(r) },
		func() { d.recipients(r) },
		func() { d.noiNhan(r) },
		func() { d.signer(r) },
		func() { r.References = findReferences(text, r.Number) },
		func() {
			if ts := tasks.Find(text, tasks.Context{DocDate: r.Date}); ts != nil {
				r.Tasks = ts
			}
		},
	} {
		if err := ctx.Err(); err != nil {
			return err
		}
		guard(stage)
	}
	return ctx.Err()
}

// guard runs one extraction stage, recovering from a panic in it.
func guard(stage func()) {
	defer func() { _ = recover() }()
	stage()
}

// FromDocument extracts from a reader's structured text.
func FromDocument(d *model.Document) *Result {
	return FromText(d.PlainText())
}

// FromDocumentContext is FromDocument stopped between stages when ctx is
// done.
func FromDocumentContext(ctx context.Context, d *model.Document) (*Result, error) {
	return FromTextContext(ctx, d.PlainText())
}

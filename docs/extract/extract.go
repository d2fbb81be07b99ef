// Package extract pulls out of a Vietnamese official document its metadata
// (Decree 30), the documents it cites, and the tasks it assigns.
package extract

import (
	"context"
	"encoding/json"
	"fmt"

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
	// Unsure names the fields a clerk should confirm, each with the reason
	// in Vietnamese ("date" → "dòng ngày tháng để trống").
	Unsure map[string]string `json:"unsure,omitempty"`
	// Warnings are faults met while extracting: a stage that failed on an
	// odd layout is reported here, with what it would have found missing.
	Warnings []string `json:"warnings,omitempty"`
	Text     string   `json:"-"` // the text the offsets refer to
}

// MarshalJSON writes a field the text does not give — no place line (a Công
// báo copy), no number, no signature, a copy with no header at all — as
// null, as the date is, rather than as "": "not found" is not "found empty".
func (r Result) MarshalJSON() ([]byte, error) {
	type plain Result
	type signer struct {
		Name      *string `json:"name"`
		Title     *string `json:"title"`
		Authority *string `json:"authority"`
	}
	return json.Marshal(struct {
		plain
		Type    *string `json:"type"`
		Number  *string `json:"number"`
		Issuer  *string `json:"issuer"`
		Place   *string `json:"place"`
		Subject *string `json:"subject"`
		Signer  signer  `json:"signer"`
	}{plain(r), orNull(r.Type), orNull(r.Number), orNull(r.Issuer), orNull(r.Place), orNull(r.Subject),
		signer{orNull(r.Signer.Name), orNull(r.Signer.Title), orNull(r.Signer.Authority)}})
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
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
	r := newResult(repairGlyphs(vn.NFC(text)))
	err := extractStages(ctx, r, guarded)
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

// runStage runs one extraction stage. FromText guards each stage on its
// own, so a fault in one (a bug meeting an odd layout) loses only what that
// stage would have found; the fuzz target runs them bare, so that it sees
// every panic.
type runStage func(r *Result, name string, stage func())

// guarded recovers a panic in a stage and records it as a warning, so the
// clerk (and support) learn that a part of the document was not read.
func guarded(r *Result, name string, stage func()) {
	defer func() {
		if p := recover(); p != nil {
			r.Warnings = append(r.Warnings, fmt.Sprintf("lỗi khi trích xuất %s, phần này có thể thiếu (%v)", stageNames[name], p))
		}
	}()
	stage()
}

// bare runs a stage without recovering.
func bare(_ *Result, _ string, stage func()) { stage() }

// stageNames are the stages as a clerk reads them in a warning.
var stageNames = map[string]string{
	"header":     "phần đầu văn bản (số, ngày, cơ quan, trích yếu)",
	"recipients": "phần Kính gửi",
	"noi_nhan":   "phần Nơi nhận",
	"signer":     "phần chữ ký",
	"references": "các văn bản được dẫn",
	"tasks":      "nhiệm vụ và thời hạn",
	"unsure":     "mức tin cậy của các trường",
}

// extractInto runs every rule over r.Text, each stage through run.
func extractInto(r *Result, run runStage) { _ = extractStages(context.Background(), r, run) }

// extractStages is extractInto checking ctx before each stage. The rules
// read at most MaxText bytes of the text.
func extractStages(ctx context.Context, r *Result, run runStage) error {
	text := vn.Prefix(r.Text, MaxText)
	d := newDoc(text)
	for _, s := range []struct {
		name  string
		stage func()
	}{
		{"header", func() { d.header(r) }},
		{"recipients", func() { d.recipients(r) }},
		{"noi_nhan", func() { d.noiNhan(r) }},
		{"signer", func() { d.signer(r) }},
		{"references", func() { r.References = findReferences(text, r.Number) }},
		{"tasks", func() {
			if ts := tasks.Find(text, tasks.Context{DocDate: r.Date, Normative: normative(r)}); ts != nil {
				r.Tasks = ts
			}
		}},
		{"unsure", func() { d.unsure(r) }},
	} {
		if err := ctx.Err(); err != nil {
			return err
		}
		run(r, s.name, s.stage)
	}
	return ctx.Err()
}

// newDoc prepares text for the rules: its lines, nothing found yet.
func newDoc(text string) *doc {
	return &doc{text: text, signText: text, lines: splitLines(text), noiNhanAt: -1, noiNhanEnd: -1}
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

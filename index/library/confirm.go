package library

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"vanthu/index/store"
)

// ToConfirm is a metadata field the extractor was unsure of and the clerk
// has neither corrected nor confirmed yet.
type ToConfirm struct {
	Field  string `json:"field"`  // a store.EditableFields name
	Label  string `json:"label"`  // the field's name in Vietnamese
	Reason string `json:"reason"` // why it is unsure, in Vietnamese
}

// unsureFields maps the extractor's names of header fields (its Unsure
// keys) to the store's columns. Task fields are confirmed in follow-up.
var unsureFields = map[string]string{
	"type": "type", "number": "number", "date": "date", "place": "place",
	"issuer": "issuer", "subject": "subject", "signer": "signer_name", "signer.title": "signer_title",
}

// fieldLabels are the store's editable fields as the window names them.
var fieldLabels = map[string]string{
	"type": "Loại", "number": "Số, ký hiệu", "issuer": "Cơ quan ban hành", "parent_issuer": "Cơ quan cấp trên",
	"date": "Ngày", "place": "Địa danh", "subject": "Trích yếu", "signer_name": "Người ký",
	"signer_title": "Chức vụ người ký", "signer_authority": "Thẩm quyền ký", "urgency": "Độ khẩn", "secrecy": "Độ mật",
}

// FieldLabel names an editable field in Vietnamese ("date" → "Ngày").
func FieldLabel(field string) string {
	if l, ok := fieldLabels[field]; ok {
		return l
	}
	return field
}

// toConfirm lists the fields of d still to confirm, in the order of the
// form: what the extractor marked unsure (kept with the document as its
// extraction result) less what the audit trail shows the clerk checked.
func (l *Library) toConfirm(ctx context.Context, d *store.Document) ([]ToConfirm, error) {
	if len(d.Extraction) == 0 {
		return nil, nil
	}
	var ex struct {
		Unsure map[string]string `json:"unsure"`
	}
	if err := json.Unmarshal(d.Extraction, &ex); err != nil || len(ex.Unsure) == 0 {
		return nil, nil // an old or damaged result: nothing to ask
	}
	checked, err := l.store.CheckedFields(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	var out []ToConfirm
	for key, reason := range ex.Unsure {
		f, ok := unsureFields[key]
		if !ok || checked[f] {
			continue
		}
		out = append(out, ToConfirm{Field: f, Label: FieldLabel(f), Reason: reason})
	}
	sort.Slice(out, func(i, j int) bool { return formOrder(out[i].Field) < formOrder(out[j].Field) })
	return out, nil
}

func formOrder(field string) int {
	for i, f := range store.EditableFields {
		if f == field {
			return i
		}
	}
	return len(store.EditableFields)
}

// Confirm records that the clerk checked these fields of a document and
// found them right (all those still to confirm when none is named), in
// the audit trail under the clerk's name.
func (l *Library) Confirm(ctx context.Context, docID int64, fields ...string) error {
	if len(fields) == 0 {
		d, err := l.store.Get(ctx, docID)
		if err != nil {
			return err
		}
		tc, err := l.toConfirm(ctx, d)
		if err != nil {
			return err
		}
		for _, c := range tc {
			fields = append(fields, c.Field)
		}
	}
	who := l.Clerk(ctx)
	for _, f := range fields {
		if err := l.store.ConfirmField(ctx, docID, f, who); err != nil {
			return fmt.Errorf("xác nhận %s: %w", FieldLabel(f), err)
		}
	}
	return nil
}

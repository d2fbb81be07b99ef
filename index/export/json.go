package export

import (
	"context"
	"encoding/json"
	"io"
	"strings"

	"vanthu/docs/vndate"
	"vanthu/index/registers"
	"vanthu/index/store"
	"vanthu/index/tracking"
)

// Signer is the SignerInfo of Appendix VI.
type Signer struct {
	Position string `json:"Position"`
	FullName string `json:"FullName"`
}

// Record is one document with the metadata names of Decree 30's Appendix
// VI, the vocabulary e-office systems exchange. Dates are YYYY-MM-DD.
type Record struct {
	CodeNumber    string   `json:"CodeNumber"`   // "1585"
	CodeNotation  string   `json:"CodeNotation"` // "KH-UBND"
	IssuedDate    string   `json:"IssuedDate,omitempty"`
	OrganName     string   `json:"OrganName"`
	ParentOrgan   string   `json:"ParentOrganName,omitempty"`
	TypeName      string   `json:"TypeName"`
	Subject       string   `json:"Subject"`
	SignerInfo    Signer   `json:"SignerInfo"`
	ToPlaces      []string `json:"ToPlaces"`
	Priority      string   `json:"Priority,omitempty"`      // Hỏa tốc, Thượng khẩn, Khẩn
	SecurityLevel string   `json:"SecurityLevel,omitempty"` // Mật, Tối mật, Tuyệt mật
	ArrivalDate   string   `json:"ArrivalDate,omitempty"`
	ArrivalNumber int      `json:"ArrivalNumber,omitempty"`
	DueDate       string   `json:"DueDate,omitempty"`
	ReplyNumber   string   `json:"ReplyCodeNumber,omitempty"`
	FileName      string   `json:"FileName"`
	SHA256        string   `json:"SHA256"`
	LibraryID     int64    `json:"LibraryID"`
}

// SplitNumber splits "1585/KH-UBND" into "1585" and "KH-UBND"; a number left
// blank ("/UBND-KTTH") gives "" and the symbol.
func SplitNumber(n string) (number, notation string) {
	n = strings.TrimSpace(n)
	if i := strings.IndexByte(n, '/'); i >= 0 {
		return strings.TrimSpace(n[:i]), strings.TrimSpace(n[i+1:])
	}
	return n, ""
}

// Records gathers every document of the library with its registration and
// the earliest open deadline of its followed-up tasks.
func Records(ctx context.Context, st *store.Store, regs *registers.Registers, tr *tracking.Tracker) ([]Record, error) {
	items, err := tr.List(ctx, tracking.Query{})
	if err != nil {
		return nil, err
	}
	due := map[int64]vndate.Date{}
	for _, it := range items {
		if it.Due.IsZero() || it.Status == tracking.StatusDone || it.Status == tracking.StatusArchive {
			continue
		}
		if d, ok := due[it.DocumentID]; !ok || it.Due.Before(d) {
			due[it.DocumentID] = it.Due
		}
	}
	rows, err := st.DB().QueryContext(ctx, `SELECT d.id, d.sha256, d.file_name, d.type, d.number, d.issuer,
		d.parent_issuer, d.date, d.subject, d.signer_name, d.signer_title, d.recipients, d.urgency, d.secrecy,
		coalesce(r.reply_number, '') FROM documents d LEFT JOIN replies r ON r.doc_sha = d.sha256 ORDER BY d.id`)
	if err != nil {
		return nil, err
	}
	var out []Record
	for rows.Next() {
		var rec Record
		var typ, number, date, title, recipients string
		if err := rows.Scan(&rec.LibraryID, &rec.SHA256, &rec.FileName, &typ, &number, &rec.OrganName, &rec.ParentOrgan,
			&date, &rec.Subject, &rec.SignerInfo.FullName, &title, &recipients, &rec.Priority, &rec.SecurityLevel,
			&rec.ReplyNumber); err != nil {
			rows.Close()
			return nil, err
		}
		rec.CodeNumber, rec.CodeNotation = SplitNumber(number)
		rec.IssuedDate, rec.TypeName, rec.SignerInfo.Position = date, typeName(typ), title
		if json.Unmarshal([]byte(recipients), &rec.ToPlaces) != nil || rec.ToPlaces == nil {
			rec.ToPlaces = []string{}
		}
		if d, ok := due[rec.LibraryID]; ok {
			rec.DueDate = d.String()
		}
		out = append(out, rec)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		e, err := regs.ByDocument(ctx, registers.Incoming, out[i].LibraryID)
		if err != nil {
			return nil, err
		}
		if e != nil {
			out[i].ArrivalDate, out[i].ArrivalNumber = e.EntryDate.String(), e.Number
		}
	}
	return out, nil
}

// WriteJSON writes records as an indented JSON array, Vietnamese unescaped.
func WriteJSON(w io.Writer, recs []Record) error {
	if recs == nil {
		recs = []Record{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(recs)
}

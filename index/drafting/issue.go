package drafting

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"vanthu/docs/draft/prefill"
	"vanthu/docs/vndate"
	"vanthu/index/registers"
)

// OutgoingNumberer shows a draft the next number of its type in the
// library's outgoing register (sổ văn bản đi) without taking it: only Issue
// takes a number.
func OutgoingNumberer(r *registers.Registers) prefill.Numberer { return outgoing{r} }

type outgoing struct{ r *registers.Registers }

func (o outgoing) NextOutgoing(ctx context.Context, year int, docType string, secret bool) (int, error) {
	return o.r.NextNumber(ctx, registers.Outgoing, year, registers.OutgoingSeries(docType, secrecy(secret)))
}

func secrecy(secret bool) string {
	if secret {
		return "Mật"
	}
	return ""
}

// Issue registers the draft in the outgoing register: it takes the next
// number of the draft's type for the year of today (inside one
// transaction, so two clerks never get the same number), links the draft
// to the library document it answers (answers ≠ 0), which closes that
// document's follow-up, and writes the number into edits["so"] so that the
// draft rendered next carries it. edits are the clerk's values; theirs win
// over the prefill's for the symbol, subject and signer.
func Issue(ctx context.Context, regs *registers.Registers, d *Draft, answers int64, edits map[string]string, today vndate.Date) (*registers.Entry, error) {
	value := func(k string) string {
		if v, ok := edits[k]; ok {
			return strings.TrimSpace(v)
		}
		return strings.TrimSpace(d.Prefill.Values.Text[k])
	}
	symbol := value("ky_hieu")
	if symbol == "" {
		return nil, errors.New("chưa có ký hiệu văn bản (ví dụ SYT-VP): khai báo ký hiệu đơn vị trong Cài đặt hoặc điền ô «ky_hieu»")
	}
	typ := d.Entry.Type
	if typ == "" {
		typ = "CV"
	}
	e, err := regs.RegisterOutgoing(ctx, registers.Out{
		Type:         typ,
		Symbol:       symbol,
		Date:         today,
		Subject:      value("trich_yeu"),
		Signer:       value("nguoi_ky"),
		AnswersDocID: answers,
	}, today)
	if err != nil {
		return nil, fmt.Errorf("không vào sổ văn bản đi được: %w", err)
	}
	edits["so"] = fmt.Sprintf("%02d", e.Number)
	return e, nil
}

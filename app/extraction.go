package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/doctype"
	"vanthu/docs/extract"
	"vanthu/docs/vndate"
	"vanthu/index/tracking"
)

// extractionCard shows what was pulled out of the document: the Decree 30
// metadata, the documents it cites and the tasks it assigns.
func extractionCard(r *extract.Result) fyne.CanvasObject {
	if r == nil {
		return widget.NewLabel("")
	}
	form := widget.NewForm()
	add := func(label, value string) { addFormRow(form, label, value) }
	add("Loại", typeName(r.Type))
	add("Số, ký hiệu", r.Number)
	add("Cơ quan ban hành", r.Issuer)
	date := "(để trống)"
	if !r.Date.IsZero() {
		date = r.Date.Vietnamese()
	}
	add("Địa danh, ngày", strings.TrimPrefix(strings.Trim(r.Place+", "+date, ", "), ", "))
	add("Trích yếu", r.Subject)
	add("Người ký", strings.TrimSpace(strings.Join([]string{r.Signer.Authority, r.Signer.Title, r.Signer.Name}, " · ")))
	if r.Urgency != "" || r.Secrecy != "" {
		add("Độ khẩn, mật", strings.Trim(r.Urgency+" "+r.Secrecy, " "))
	}
	add("Kính gửi", strings.Join(r.Recipients, "\n"))
	add("Nơi nhận", strings.Join(r.NoiNhan, "\n"))

	var refs []string
	for _, ref := range r.References {
		s := ref.Number
		if ref.Type != "" {
			s = ref.Type + " " + s
		}
		if !ref.Date.IsZero() {
			s += " (" + ref.Date.Vietnamese() + ")"
		}
		refs = append(refs, s)
	}
	add("Văn bản dẫn chiếu", strings.Join(refs, "\n"))

	tasks := container.NewVBox()
	for i, t := range r.Tasks {
		tasks.Add(taskLabel(i+1, t.Assignee, t.Action, t.Deadline, t.DeadlineText, t.Recurrence))
	}
	if len(r.Tasks) == 0 {
		tasks.Add(widget.NewLabel("Không thấy nhiệm vụ được giao."))
	}
	return container.NewVBox(
		widget.NewCard("Thông tin văn bản", "", form),
		widget.NewCard(fmt.Sprintf("Nhiệm vụ (%d)", len(r.Tasks)), "", tasks),
	)
}

// addFormRow adds a wrapped read-only value to a form, "—" when empty.
func addFormRow(form *widget.Form, label, value string) {
	if strings.TrimSpace(value) == "" {
		value = "—"
	}
	l := widget.NewLabel(value)
	l.Wrapping = fyne.TextWrapWord
	form.Append(label, l)
}

func taskLabel(n int, who, what string, deadline vndate.Date, deadlineText, recurrence string) fyne.CanvasObject {
	var when string
	switch {
	case !deadline.IsZero():
		when = "Hạn: " + shortDate(deadline)
		if deadlineText != "" {
			when += " (" + deadlineText + ")"
		}
	case recurrence != "":
		when = "Định kỳ: " + tracking.RecurrenceName(recurrence)
		if deadlineText != "" {
			when += " (" + deadlineText + ")"
		}
	}
	if n > 0 {
		who = fmt.Sprintf("%d. %s", n, who)
	}
	head := widget.NewLabelWithStyle(who, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	body := widget.NewLabel(strings.TrimSpace(what + "\n" + when))
	body.Wrapping = fyne.TextWrapWord
	return container.NewVBox(head, body)
}

// shortDate writes a day the way clerks write it in registers: 05/01/2020.
func shortDate(d vndate.Date) string { return d.Short() }

// typeName spells out a type code with the code: "Kế hoạch (KH)".
func typeName(code string) string {
	if n, ok := doctype.Name(code); ok {
		return n + " (" + code + ")"
	}
	return code
}

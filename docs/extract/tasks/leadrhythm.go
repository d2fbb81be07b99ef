package tasks

// A lead may open on the rhythm and due day of every duty listed under it:
// "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có
// trách nhiệm: a) Rà soát … b) Có văn bản đề xuất …", "Hằng năm, Quỹ Bảo
// vệ môi trường có trách nhiệm: 1. … 2. …". Each item is a duty of the
// lead's unit done at the lead's time, unless it names a time of its own.
// A one-off deadline in a lead is timedLead's (the lead is then the task).

// leadRhythm returns the rhythm a lead opens with, as a time the items
// under it take when they have none, or nil. text[s.a:s.e] is the lead.
func leadRhythm(text, key string, toks []token, s rng, tc timeCtx) *followUp {
	first, _ := tokenRange(toks, s)
	if first >= len(toks) || !timeFirst(text, toks, first) {
		return nil // "Sở Y tế có trách nhiệm lập kế hoạch hằng năm:" times no item
	}
	w := findWhen(key[s.a:s.e], tc, false)
	if w.recurrence == "" || !w.deadline.IsZero() {
		return nil
	}
	return &followUp{w: w, text: text[s.a:s.e]} // end 0: the item's quote stays its own
}

// leadTime gives the newest task, an item under sc, the lead's rhythm.
func (f *finder) leadTime(sc *scope, before int) {
	if n := len(f.cands); sc.rhythm != nil && n > before && f.cands[n-1].late == nil {
		f.cands[n-1].late = sc.rhythm
	}
}

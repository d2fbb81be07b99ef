package tasks

// A state fund is a body with duties of its own: "Quỹ Đầu tư phát triển
// Thành phố có trách nhiệm báo cáo …", "Hằng năm, Quỹ Bảo vệ môi trường có
// trách nhiệm: …". Only the kinds of fund that are organisations count: a
// wage fund or a land fund ("Quỹ tiền lương", "Quỹ đất dự kiến …") is a sum
// or an area, and does nothing.
var fundHeads = newLexicon(`quỹ đầu tư phát triển|quỹ bảo vệ môi trường|quỹ phát triển đất|quỹ phát triển khoa học và công nghệ|` +
	`quỹ đổi mới công nghệ|quỹ bảo lãnh tín dụng|quỹ hỗ trợ nông dân|quỹ hỗ trợ phát triển hợp tác xã`)

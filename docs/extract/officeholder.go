package extract

import "strings"

// A chairman's own decision ("QĐ-CTUBND") may print the office above the
// body in its header ("CHỦ TỊCH ỦY BAN / NHÂN DÂN / TỈNH NINH BÌNH"); the
// issuing body is still the committee, as Decree 30 names it in the header
// of every text the chairman signs ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" over
// "Số: 52/QĐ-CTUBND"). The President ("CHỦ TỊCH NƯỚC") and the Prime
// Minister ("THỦ TƯỚNG CHÍNH PHỦ") are issuers in their own right.
func bodyOfOfficeHolder(body string) string {
	const office = "CHỦ TỊCH "
	rest := strings.TrimSpace(strings.TrimPrefix(body, office))
	if rest != body && (strings.HasPrefix(rest, "ỦY BAN NHÂN DÂN") || strings.HasPrefix(rest, "UỶ BAN NHÂN DÂN") || strings.HasPrefix(rest, "UBND")) {
		return rest
	}
	return body
}

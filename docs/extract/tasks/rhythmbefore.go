package tasks

import "strings"

// A rhythm may stand between a sentence's grounds and its subject:
// "Căn cứ chức năng, nhiệm vụ … được phê duyệt, hàng năm, Sở Tư pháp xây
// dựng kế hoạch biên chế …". The subject is found after the grounds, and
// the quote must start at the rhythm, or the duty loses its time.

// rhythmBefore returns the token where a rhythm set off by commas just
// before the subject at toks[k] starts, or -1 if there is none. first is
// the sentence's first token; a rhythm opening the sentence is read
// elsewhere.
func rhythmBefore(text string, toks []token, first, k int) int {
	if k < 1 || !strings.Contains(text[toks[k-1].e:toks[k].s], ",") {
		return -1
	}
	for j := k - 1; j > first && j >= k-maxLeadWords; j-- {
		if n := rhythmLeadAt(text, toks, j); n > 0 && j+n == k && strings.Contains(text[toks[j-1].e:toks[j].s], ",") {
			return j
		}
	}
	return -1
}

package tasks

// rhythmThenSubject returns where the subject starts in a sentence that
// opens on a rhythm with no comma after it, "Hàng năm Ủy ban nhân dân các
// xã, phường lồng ghép …", "6. Hàng năm Bộ trưởng, thủ trưởng cơ quan ngang
// bộ …": the capitalised word right after "hằng/hàng/mỗi năm|quý|tháng".
// It returns -1 when the sentence does not open so.
func rhythmThenSubject(toks []token, first, last int) int {
	k := first + 2
	if k >= last {
		return -1
	}
	switch toks[first].w {
	case "hằng", "hàng", "mỗi":
	default:
		return -1
	}
	switch toks[first+1].w {
	case "năm", "quý", "tháng", "tuần":
	default:
		return -1
	}
	if !toks[k].upper {
		return -1
	}
	return k
}

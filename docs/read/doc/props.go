package doc

import (
	"sort"
	"unicode/utf16"
)

// fkpPage is the size of a formatted disk page in the WordDocument stream.
const fkpPage = 512

// run is a stretch of file offsets [start, end) sharing one property set.
type run[T any] struct {
	start, end uint32
	props      T
}

// runs is a sorted list of runs, looked up by file offset.
type runs[T any] []run[T]

func (rs runs[T]) find(fc uint32) (T, bool) {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].end > fc })
	if i < len(rs) && rs[i].start <= fc {
		return rs[i].props, true
	}
	var zero T
	return zero, false
}

// binTable walks a PlcBteChpx/PlcBtePapx: it yields each FKP page of the
// WordDocument stream that the table points to.
func binTable(plc, word []byte, fn func(page []byte)) {
	if len(plc) < 4 {
		return
	}
	n := (len(plc) - 4) / 8
	for i := range n {
		pn, _ := u32(plc, 4*(n+1)+4*i)
		off := int64(pn&0x3FFFFF) * fkpPage
		if off+fkpPage > int64(len(word)) {
			continue
		}
		fn(word[off : off+fkpPage])
	}
}

// characterRuns reads the CHPX FKPs: direct character formatting by file
// offset, each layered on the character style it names.
func characterRuns(plc, word []byte) runs[chp] {
	var out runs[chp]
	binTable(plc, word, func(page []byte) {
		crun := int(page[fkpPage-1])
		if 4*(crun+1)+crun > fkpPage-1 {
			return
		}
		for i := range crun {
			start, _ := u32(page, 4*i)
			end, _ := u32(page, 4*(i+1))
			c := unsetCHP()
			if b := int(page[4*(crun+1)+i]) * 2; b > 0 && b < fkpPage-1 {
				cb := int(page[b])
				if b+1+cb <= fkpPage {
					c.apply(page[b+1:b+1+cb], unsetCHP())
				}
			}
			out = append(out, run[chp]{start, end, c})
		}
	})
	sortRuns(out)
	return out
}

// paragraphRuns reads the PAPX FKPs: style and table flags of the
// paragraph whose mark lies at a file offset.
func paragraphRuns(plc, word []byte) runs[pap] {
	var out runs[pap]
	binTable(plc, word, func(page []byte) {
		cpara := int(page[fkpPage-1])
		if 4*(cpara+1)+13*cpara > fkpPage-1 {
			return
		}
		for i := range cpara {
			start, _ := u32(page, 4*i)
			end, _ := u32(page, 4*(i+1))
			p := pap{jc: -1, ilfo: -1, ilvl: -1}
			if b := int(page[4*(cpara+1)+13*i]) * 2; b > 0 && b < fkpPage-1 {
				size := 2*int(page[b]) - 1
				body := b + 1
				if page[b] == 0 && b+1 < fkpPage {
					size, body = 2*int(page[b+1]), b+2
				}
				if size >= 2 && body+size <= fkpPage {
					istd, _ := u16(page, body)
					p = parsePAP(int(istd), page[body+2:body+size])
				}
			}
			out = append(out, run[pap]{start, end, p})
		}
	})
	sortRuns(out)
	return out
}

func sortRuns[T any](rs runs[T]) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].start < rs[j].start })
}

// style is one entry of the stylesheet, already merged with its bases.
type style struct {
	sti   int // built-in style id: 1..9 are "heading 1".."heading 9"
	chp   chp
	pap   pap // list numbering the style gives (ilfo, ilvl)
	valid bool
}

// stylesheet reads the STSH: for every style its built-in id and the
// character formatting it gives, following istdBase chains. defaultFont and
// defaultFontHi are the document's default ASCII and "other" fonts.
func stylesheet(stsh []byte) (styles []style, defaultFont, defaultFontHi int) {
	defaultFont, defaultFontHi = -1, -1
	cbStshi, ok := u16(stsh, 0)
	if !ok {
		return nil, -1, -1
	}
	cstd, _ := u16(stsh, 2)
	cbBase, _ := u16(stsh, 4)
	if f, ok := u16(stsh, 2+12); ok && cbStshi >= 14 {
		defaultFont = int(f)
	}
	if f, ok := u16(stsh, 2+16); ok && cbStshi >= 18 {
		defaultFontHi = int(f)
	}
	type rawStyle struct {
		sti, stk, base int
		chpx, papx     []byte
		ok             bool
	}
	raws := make([]rawStyle, 0, min(int(cstd), len(stsh)/2))
	pos := 2 + int(cbStshi)
	for i := 0; i < int(cstd); i++ {
		cbStd, ok := u16(stsh, pos)
		if !ok {
			break
		}
		start := pos + 2
		pos = start + int(cbStd)
		if cbStd == 0 || pos > len(stsh) || int(cbBase) < 10 || int(cbBase) > int(cbStd) {
			raws = append(raws, rawStyle{})
			continue
		}
		std := stsh[start:pos]
		w0, _ := u16(std, 0)
		w1, _ := u16(std, 2)
		w2, _ := u16(std, 4)
		r := rawStyle{sti: int(w0 & 0x0FFF), stk: int(w1 & 0xF), base: int(w1 >> 4), ok: true}
		cupx := int(w2 & 0xF)
		// Name (Xstz), then the UPXs, each padded to an even length.
		p := int(cbBase)
		cch, ok := u16(std, p)
		if !ok {
			raws = append(raws, r)
			continue
		}
		p += 2 + 2*int(cch) + 2
		var upx [][]byte
		for range cupx {
			p += p & 1
			cb, ok := u16(std, p)
			if !ok || p+2+int(cb) > len(std) {
				break
			}
			upx = append(upx, std[p+2:p+2+int(cb)])
			p += 2 + int(cb)
		}
		// The character UPX is the last one for paragraph and table
		// styles, the only one for character styles.
		switch r.stk {
		case 1:
			if len(upx) >= 2 {
				r.chpx = upx[1]
			}
			if len(upx) >= 1 && len(upx[0]) >= 2 {
				r.papx = upx[0][2:] // after the istd
			}
		case 2:
			if len(upx) >= 1 {
				r.chpx = upx[0]
			}
		case 3:
			if len(upx) >= 3 {
				r.chpx = upx[2]
			}
		}
		raws = append(raws, r)
	}
	styles = make([]style, len(raws))
	done := make([]bool, len(raws))
	var resolve func(i, depth int) chp
	resolve = func(i, depth int) chp {
		if i < 0 || i >= len(raws) || !raws[i].ok || depth > 16 {
			return unsetCHP()
		}
		if done[i] {
			return styles[i].chp
		}
		base := unsetCHP()
		if raws[i].base != 0x0FFF {
			base = resolve(raws[i].base, depth+1)
		}
		c := unsetCHP()
		c.apply(raws[i].chpx, base)
		c = c.over(base)
		p := parsePAP(i, raws[i].papx)
		if b := raws[i].base; b != 0x0FFF && b < len(raws) && done[b] {
			if p.ilfo < 0 {
				p.ilfo = styles[b].pap.ilfo
			}
			if p.ilvl < 0 {
				p.ilvl = styles[b].pap.ilvl
			}
		}
		styles[i] = style{sti: raws[i].sti, chp: c, pap: p, valid: true}
		done[i] = true
		return c
	}
	for i := range raws {
		resolve(i, 0)
	}
	return styles, defaultFont, defaultFontHi
}

// fontNames reads the SttbfFfn font table: the family name of each font,
// by index.
func fontNames(sttb []byte) []string {
	count, ok := u16(sttb, 0)
	pos := 4
	if count == 0xFFFF { // extended STTB header
		count, ok = u16(sttb, 2)
		pos = 6
	}
	if !ok {
		return nil
	}
	var names []string
	for i := 0; i < int(count) && pos < len(sttb); i++ {
		size := int(sttb[pos]) + 1
		ffn := sttb[pos:min(pos+size, len(sttb))]
		pos += size
		var units []uint16
		for p := 40; p+2 <= len(ffn); p += 2 {
			u, _ := u16(ffn, p)
			if u == 0 {
				break
			}
			units = append(units, u)
		}
		names = append(names, string(utf16.Decode(units)))
	}
	return names
}

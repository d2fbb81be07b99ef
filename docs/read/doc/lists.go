package doc

import (
	"fmt"
	"strings"

	"vanthu/docs/read/listnum"
)

// Word's automatic numbering: a paragraph names a list override (LFO, by
// 1-based ilfo) and a level; the LFO names a list definition (LST, by
// lsid) whose level gives the counter style and the number text, e.g.
// "\x00." for "1." where \x00 stands for the level-0 counter.

const (
	sprmPIlvl      = 0x260A
	sprmPIlfo      = 0x460B
	idxPlfLst      = 73
	idxPlfLfo      = 74
	lstfSize       = 28
	lvlfSize       = 28
	nfcBullet      = 23
	nfcNone        = 255
	nfcLeadingZero = 22
	maxLevels      = 9
)

type listLevel struct {
	start int
	nfc   byte
	legal bool   // every counter printed as decimal ("1.1" under "I.")
	text  []rune // number text; runes 0..8 stand for level counters
}

type listDef struct{ levels []listLevel }

// lists holds the list definitions of a document and the running counters.
type lists struct {
	defs     map[int32]*listDef
	lfoLsid  []int32 // by ilfo-1
	counters map[int32]*[maxLevels]int
}

// parseLists reads the PlfLst (whose LVLs follow it directly in the table
// stream) and the PlfLfo.
func parseLists(f *fib, table []byte) *lists {
	l := &lists{defs: map[int32]*listDef{}, counters: map[int32]*[maxLevels]int{}}
	if idxPlfLfo >= len(f.fcLcb) {
		return l
	}
	lst := f.fcLcb[idxPlfLst]
	if n, ok := u16(table, int(lst.fc)); ok && lst.lcb > 0 {
		cLst := int(int16(n))
		pos := int(lst.fc) + 2
		type lstf struct {
			lsid   int32
			simple bool
		}
		var heads []lstf
		for i := 0; i < cLst && pos+lstfSize <= len(table); i++ {
			lsid, _ := u32(table, pos)
			heads = append(heads, lstf{int32(lsid), table[pos+26]&1 != 0})
			pos += lstfSize
		}
		for _, h := range heads {
			n := maxLevels
			if h.simple {
				n = 1
			}
			def := &listDef{}
			for range n {
				lvl, next, ok := parseLevel(table, pos)
				if !ok {
					break
				}
				def.levels = append(def.levels, lvl)
				pos = next
			}
			l.defs[h.lsid] = def
		}
	}
	lfo := f.table(table, idxPlfLfo)
	if mac, ok := u32(lfo, 0); ok {
		for i := 0; i < int(min(mac, 1<<16)); i++ {
			lsid, ok := u32(lfo, 4+16*i)
			if !ok {
				break
			}
			l.lfoLsid = append(l.lfoLsid, int32(lsid))
		}
	}
	return l
}

// parseLevel reads one LVL at pos: LVLF, paragraph and character grpprls,
// then the number text.
func parseLevel(t []byte, pos int) (listLevel, int, bool) {
	if pos < 0 || pos+lvlfSize+2 > len(t) {
		return listLevel{}, 0, false
	}
	start, _ := u32(t, pos)
	lvl := listLevel{start: int(int32(start)), nfc: t[pos+4], legal: t[pos+5]&0x04 != 0}
	p := pos + lvlfSize + int(t[pos+24]) + int(t[pos+25])
	cch, ok := u16(t, p)
	if !ok || p+2+2*int(cch) > len(t) {
		return listLevel{}, 0, false
	}
	for i := range int(cch) {
		u, _ := u16(t, p+2+2*i)
		lvl.text = append(lvl.text, rune(u))
	}
	return lvl, p + 2 + 2*int(cch), true
}

// label advances the counters for a paragraph at level ilvl of list
// override ilfo and returns its printed label, "" when not numbered.
func (l *lists) label(ilfo, ilvl int) string {
	if l == nil || ilfo < 1 || ilfo > len(l.lfoLsid) || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	lsid := l.lfoLsid[ilfo-1]
	def := l.defs[lsid]
	if def == nil || ilvl >= len(def.levels) {
		return ""
	}
	c := l.counters[lsid]
	if c == nil {
		c = &[maxLevels]int{}
		l.counters[lsid] = c
	}
	lvl := def.levels[ilvl]
	if c[ilvl] == 0 {
		c[ilvl] = lvl.start - 1
	}
	c[ilvl]++
	for k := ilvl + 1; k < maxLevels; k++ {
		c[k] = 0 // deeper levels restart
	}
	if lvl.nfc == nfcBullet {
		return listnum.Bullet(string(lvl.text))
	}
	var sb strings.Builder
	for _, r := range lvl.text {
		if r >= maxLevels {
			sb.WriteRune(r)
			continue
		}
		k := int(r)
		if k >= len(def.levels) {
			continue
		}
		n := c[k]
		if n == 0 {
			n = def.levels[k].start
		}
		nfc := def.levels[k].nfc
		if lvl.legal {
			nfc = 0
		}
		sb.WriteString(renderCounter(nfc, n))
	}
	return strings.TrimSpace(sb.String())
}

// renderCounter writes n in the Word number format nfc.
func renderCounter(nfc byte, n int) string {
	switch nfc {
	case 1:
		return listnum.Render(listnum.UpperRoman, n)
	case 2:
		return listnum.Render(listnum.LowerRoman, n)
	case 3:
		return listnum.Render(listnum.UpperLetter, n)
	case 4:
		return listnum.Render(listnum.LowerLetter, n)
	case nfcLeadingZero:
		return fmt.Sprintf("%02d", n)
	case nfcNone:
		return ""
	}
	return listnum.Render(listnum.Decimal, n)
}

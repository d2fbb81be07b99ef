package doc

import (
	"encoding/binary"
	"errors"
)

// fib is the part of the File Information Block the reader needs
// ([MS-DOC] 2.5.1). Offsets are those of Word 97 and later.
type fib struct {
	nFib       uint16
	complex    bool // fast-saved: text not in one run
	encrypted  bool
	obfuscated bool
	table1     bool // properties live in "1Table", else "0Table"

	// character counts of the sub-documents, in their order in the text
	ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx int

	fcLcb []fcLcb // the FibRgFcLcb pairs, by index
	// Word 6/95 only: where the 8-bit text of a non-complex file lies.
	fcMin, fcMac uint32
}

// fcLcb locates a structure in the table stream: offset and size.
type fcLcb struct{ fc, lcb uint32 }

// Indexes into FibRgFcLcb97.
const (
	idxStshf        = 1
	idxPlcffndRef   = 2
	idxPlcffndTxt   = 3
	idxPlcfHdd      = 11
	idxPlcfBteChpx  = 12
	idxPlcfBtePapx  = 13
	idxSttbfFfn     = 15
	idxClx          = 33
	idxPlcfendRef   = 46
	idxPlcfendTxt   = 47
	wIdentWord      = 0xA5EC
	nFibWord97      = 0x00C0 // Word 97 writes 0xC1; 0xC0 came from its betas
	nFibWord6       = 101
	fibBaseSize     = 32
	maxSubdocLength = 1 << 28 // no sub-document is longer than the file
)

var errFIB = errors.New("FIB too short or not a Word FIB")

func parseFIB(w []byte) (*fib, error) {
	if len(w) < fibBaseSize || binary.LittleEndian.Uint16(w) != wIdentWord {
		return nil, errFIB
	}
	le := binary.LittleEndian
	f := &fib{nFib: le.Uint16(w[2:])}
	flags := le.Uint16(w[0x0A:])
	f.complex = flags&0x0004 != 0
	f.encrypted = flags&0x0100 != 0
	f.table1 = flags&0x0200 != 0
	f.obfuscated = flags&0x8000 != 0
	f.fcMin, f.fcMac = le.Uint32(w[0x18:]), le.Uint32(w[0x1C:])
	if f.nFib < nFibWord97 {
		// Word 6/95: the counts sit straight after the FibBase.
		if len(w) < 0x54 {
			return nil, errFIB
		}
		f.ccpText = ccp(le.Uint32(w[0x34:]))
		return f, nil
	}
	// FibBase, csw + FibRgW97, cslw + FibRgLw97, cbRgFcLcb + FibRgFcLcb.
	pos := fibBaseSize
	csw, ok := u16(w, pos)
	if !ok {
		return nil, errFIB
	}
	pos += 2 + 2*int(csw)
	cslw, ok := u16(w, pos)
	if !ok {
		return nil, errFIB
	}
	lw := pos + 2
	if cslw < 11 || lw+4*11 > len(w) {
		return nil, errFIB
	}
	counts := []*int{&f.ccpText, &f.ccpFtn, &f.ccpHdd, &f.ccpMcr, &f.ccpAtn, &f.ccpEdn, &f.ccpTxbx, &f.ccpHdrTxbx}
	for i, p := range counts {
		*p = ccp(le.Uint32(w[lw+4*(3+i):]))
	}
	pos = lw + 4*int(cslw)
	n, ok := u16(w, pos)
	if !ok {
		return nil, errFIB
	}
	pos += 2
	for i := 0; i < int(n) && pos+8 <= len(w); i++ {
		f.fcLcb = append(f.fcLcb, fcLcb{le.Uint32(w[pos:]), le.Uint32(w[pos+4:])})
		pos += 8
	}
	return f, nil
}

// ccp reads a character count, treating absurd values (corrupt files) as 0.
func ccp(v uint32) int {
	if v > maxSubdocLength {
		return 0
	}
	return int(v)
}

// table returns the bytes of structure idx in the table stream, or nil.
func (f *fib) table(tbl []byte, idx int) []byte {
	if idx >= len(f.fcLcb) {
		return nil
	}
	p := f.fcLcb[idx]
	if p.lcb == 0 || uint64(p.fc)+uint64(p.lcb) > uint64(len(tbl)) {
		return nil
	}
	return tbl[p.fc : p.fc+p.lcb]
}

func u16(b []byte, pos int) (uint16, bool) {
	if pos < 0 || pos+2 > len(b) {
		return 0, false
	}
	return binary.LittleEndian.Uint16(b[pos:]), true
}

func u32(b []byte, pos int) (uint32, bool) {
	if pos < 0 || pos+4 > len(b) {
		return 0, false
	}
	return binary.LittleEndian.Uint32(b[pos:]), true
}

package doc

import (
	"errors"

	"golang.org/x/text/encoding/charmap"
)

// piece is one entry of the piece table: characters [cpStart, cpEnd) are
// stored at file offset fc, as cp1252 bytes when compressed, else UTF-16LE.
type piece struct {
	cpStart, cpEnd int
	fc             uint32
	compressed     bool
	prm            uint16
}

var errCLX = errors.New("piece table (CLX) missing or malformed")

// parseCLX reads the CLX: any number of Prc (property modifiers for
// pieces, kept by index), then the Pcdt holding the piece table.
func parseCLX(clx []byte) (pieces []piece, prcs [][]byte, err error) {
	pos := 0
	for pos < len(clx) && clx[pos] == 0x01 {
		cb, ok := u16(clx, pos+1)
		if !ok || pos+3+int(int16(cb)) > len(clx) || int16(cb) < 0 {
			return nil, nil, errCLX
		}
		prcs = append(prcs, clx[pos+3:pos+3+int(cb)])
		pos += 3 + int(cb)
	}
	if pos >= len(clx) || clx[pos] != 0x02 {
		return nil, nil, errCLX
	}
	lcb, ok := u32(clx, pos+1)
	pos += 5
	if !ok || uint64(pos)+uint64(lcb) > uint64(len(clx)) || lcb < 4 {
		return nil, nil, errCLX
	}
	plc := clx[pos : pos+int(lcb)]
	n := (len(plc) - 4) / 12
	for i := range n {
		cpStart, _ := u32(plc, 4*i)
		cpEnd, _ := u32(plc, 4*(i+1))
		pcd := 4*(n+1) + 8*i
		fc, _ := u32(plc, pcd+2)
		prm, _ := u16(plc, pcd+6)
		if cpEnd < cpStart || cpEnd > maxSubdocLength {
			return nil, nil, errCLX
		}
		p := piece{cpStart: int(cpStart), cpEnd: int(cpEnd), prm: prm}
		p.compressed = fc&0x40000000 != 0
		p.fc = fc &^ 0x40000000
		if p.compressed {
			p.fc /= 2
		}
		pieces = append(pieces, p)
	}
	if len(pieces) == 0 {
		return nil, nil, errCLX
	}
	return pieces, prcs, nil
}

// text is the document's characters by CP, each with the file offset it
// was read from (for looking up formatting) and its piece's extra
// character formatting, if any.
type text struct {
	runes []rune
	fcs   []uint32
	prm   []int32 // index into the Prc list, -1 for none
}

// assemble reads the characters of all pieces, stopping at limit CPs.
// Pieces pointing outside the stream are skipped rather than trusted, and
// since every character takes at least one byte of the stream, no more
// characters than the stream has bytes are read: overlapping pieces in a
// hostile file cannot blow up memory.
func assemble(pieces []piece, word []byte, limit int) *text {
	limit = min(limit, len(word)+1)
	t := &text{}
	for _, p := range pieces {
		if p.cpStart >= limit {
			break
		}
		n := min(p.cpEnd, limit) - p.cpStart
		width := uint64(2)
		if p.compressed {
			width = 1
		}
		if uint64(p.fc)+uint64(n)*width > uint64(len(word)) {
			continue
		}
		prm := int32(-1)
		if p.prm&1 != 0 {
			prm = int32(p.prm >> 1)
		}
		// Keep CP = index: fill a gap before this piece, if any.
		for len(t.runes) < p.cpStart {
			t.add(0, 0, -1)
		}
		for i := range n {
			if p.compressed {
				fc := p.fc + uint32(i)
				r := charmap.Windows1252.DecodeByte(word[fc])
				if r == '\uFFFD' {
					r = rune(word[fc]) // cp1252's holes stay Latin-1
				}
				t.add(r, fc, prm)
				continue
			}
			fc := p.fc + 2*uint32(i)
			r := rune(word[fc]) | rune(word[fc+1])<<8
			if r >= 0xD800 && r < 0xE000 {
				r = combineSurrogate(word, fc, r)
			}
			t.add(r, fc, prm)
		}
	}
	return t
}

// combineSurrogate turns a high surrogate followed by a low one into the
// full rune; the low half then becomes U+200B, which NFC clean-up removes.
func combineSurrogate(word []byte, fc uint32, r rune) rune {
	if r < 0xDC00 && int(fc)+4 <= len(word) {
		lo := rune(word[fc+2]) | rune(word[fc+3])<<8
		if lo >= 0xDC00 && lo < 0xE000 {
			return 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
		}
	}
	if r >= 0xDC00 {
		return '\u200b'
	}
	return '\uFFFD'
}

func (t *text) add(r rune, fc uint32, prm int32) {
	t.runes = append(t.runes, r)
	t.fcs = append(t.fcs, fc)
	t.prm = append(t.prm, prm)
}

package pdf

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/adler32"
	"testing"

	"vanthu/docs/read/readerr"
)

// flateBomb is a zlib stream of n MB of text-operator spaces, built from one
// independently compressed megabyte repeated, so making a 2 GB bomb costs
// milliseconds: each chunk refers to nothing before it, and a sync flush
// ends it on a byte boundary.
func flateBomb(mb int) []byte { return flateBombOf(" ", mb) }

// flateBombOf repeats a content-stream pattern to fill each megabyte.
func flateBombOf(pattern string, mb int) []byte {
	chunk := bytes.Repeat([]byte(pattern), (1<<20)/len(pattern)+1)[:1<<20]
	var one bytes.Buffer
	fw, _ := flate.NewWriter(&one, flate.BestCompression)
	fw.Write(chunk)
	fw.Flush()
	var out bytes.Buffer
	out.Write([]byte{0x78, 0xda})
	for range mb {
		out.Write(one.Bytes())
	}
	var end bytes.Buffer
	fw, _ = flate.NewWriter(&end, flate.BestCompression)
	fw.Close()
	out.Write(end.Bytes())
	h := adler32.New()
	for range mb {
		h.Write(chunk)
	}
	out.Write(h.Sum(nil))
	return out.Bytes()
}

func flateBombPDF(mb int) []byte { return flateBombPDFOf(" ", mb) }

func flateBombPDFOf(pattern string, mb int) []byte {
	z := flateBombOf(pattern, mb)
	content := fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", len(z), z)
	return assemble(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
		content)
}

func TestFlateBombChunksInflate(t *testing.T) {
	// The generator itself: 3 MB out exactly, the checksum right.
	n, err := inflatedSize(flateBomb(3), 1<<30, make([]byte, 32<<10))
	if err != nil || n != 3<<20 {
		t.Fatalf("inflated %d bytes, err %v; want %d, nil", n, err, 3<<20)
	}
}

// TestFlateBomb: a PDF of about 2 MB whose content stream inflates to 2 GB is
// refused with a Vietnamese message before PDFium sees it.
func TestFlateBomb(t *testing.T) {
	bomb := flateBombPDF(2048)
	t.Logf("bomb PDF: %d bytes", len(bomb))
	doc, err := Read(bomb)
	var re *readerr.Error
	if !errors.As(err, &re) || re.Msg != msgBomb || !errors.Is(err, ErrInflateBudget) || doc != nil {
		t.Fatalf("Read(bomb) = %v, %v; want the bomb message", doc, err)
	}
}

func TestCheckStreams(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"letter", nil, nil},
		{"small bomb under the budget", flateBombPDF(8), nil},
		{"bomb over the budget", flateBombPDF(300), ErrInflateBudget},
		{"bomb as an image is not decoded to read text", assemble(fmt.Sprintf("<< /Subtype /Image /Filter /FlateDecode >>\nstream\n%s\nendstream", flateBomb(300))), nil},
		{"abbreviated filter name", assemble(fmt.Sprintf("<< /Filter /Fl >>\nstream\r\n%s\nendstream", flateBomb(300))), ErrInflateBudget},
		{"filter given as an indirect object", assemble(fmt.Sprintf("<< /Filter 2 0 R >>\nstream\n%s\nendstream", flateBomb(300)), "/FlateDecode"), ErrInflateBudget},
		{"damaged stream", assemble("<< /Filter /FlateDecode >>\nstream\n\x78\xda\xff\xff\xff\nendstream"), nil},
		{"stream word without a body", []byte("%PDF-1.4 streamline endstream stream"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data
			if data == nil {
				data = fixture(t, "kontum-cchc.pdf")
			}
			if err := checkStreams(data); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Errorf("checkStreams = %v, want %v", err, tc.want)
			}
		})
	}
}

func BenchmarkCheckStreams(b *testing.B) {
	bomb := flateBombPDF(2048)
	b.SetBytes(int64(len(bomb)))
	for b.Loop() {
		checkStreams(bomb)
	}
}

// TestFlateBombEngineMemoryCap: past the stream check (as a bomb in a form
// the check missed would be), PDFium runs out of its capped WebAssembly
// memory and the read fails with a message instead of taking the machine's.
func TestFlateBombEngineMemoryCap(t *testing.T) {
	doc, err := readEngine(flateBombPDFOf("0 0 1 1 re f\n", 1024))
	var re *readerr.Error
	if !errors.As(err, &re) || (doc != nil && len(doc.Blocks) > 0) {
		t.Fatalf("readEngine(bomb) = %v, %v; want a reader error and no text", doc, err)
	}
	t.Log(err)
	// The engine still reads the next file.
	if _, err := Read(fixture(t, "kontum-cchc.pdf")); err != nil {
		t.Fatalf("after the bomb: %v", err)
	}
}

// FuzzCheckStreams: on any bytes the stream scan neither panics nor fails
// with anything but the budget error.
func FuzzCheckStreams(f *testing.F) {
	f.Add([]byte("1 0 obj\n<< /Filter /FlateDecode >>\nstream\r\nx\x9c\x03\x00\x00\x00\x00\x01\nendstream"))
	f.Add([]byte("stream"))
	f.Add([]byte("endstream stream\n"))
	f.Add(assemble(fmt.Sprintf("<< /Filter /FlateDecode >>\nstream\n%s\nendstream", flateBomb(2))))
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := checkStreams(data); err != nil && !errors.Is(err, ErrInflateBudget) {
			t.Fatalf("checkStreams = %v", err)
		}
	})
}

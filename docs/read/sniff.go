package read

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"vanthu/docs/read/ocr"
	"vanthu/docs/read/txt"
)

// Sniff names the format of data by its content: docx, odt, doc, pdf, txt,
// or an image format (png, jpg, tif, bmp, gif) read by OCR. For content vanthu cannot read it returns "" and a Vietnamese message
// saying what the file really is.
func Sniff(data []byte) (format, msg string) {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")) || bytes.Contains(head(data, 1024), []byte("%PDF-")):
		return "pdf", ""
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return "doc", "" // the doc reader also recognises encrypted OOXML and Excel in OLE
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return "", "tệp RTF chưa được hỗ trợ; hãy mở bằng Word và lưu lại dạng .docx"
	case ocr.ImageFormat(data) != "":
		return ocr.ImageFormat(data), "" // a scan or a photo of a letter: read by OCR
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}),
		bytes.HasPrefix(data, []byte("GIF8")), bytes.HasPrefix(data, []byte("BM")) && len(data) > 14 && !looksText(data),
		bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return "", "đây là tệp ảnh, không phải văn bản; hãy quét thành PDF hoặc nhập văn bản gốc"
	case bytes.HasPrefix(data, []byte("MZ")):
		return "", "đây là tệp chương trình (.exe), không phải văn bản"
	case bytes.HasPrefix(data, []byte("Rar!")), bytes.HasPrefix(data, []byte("7z\xBC\xAF")), bytes.HasPrefix(data, []byte{0x1F, 0x8B}):
		return "", "đây là tệp nén; hãy giải nén rồi nhập từng văn bản"
	}
	if looksText(data) {
		return "txt", ""
	}
	return "", "không nhận ra định dạng tệp (chỉ đọc được .docx, .doc, .odt, .pdf, .txt)"
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func sniffZip(data []byte) (string, string) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return "", "tệp nén bị hỏng hoặc không đầy đủ (có thể tải về chưa xong)"
	}
	var hasWord, hasContent, hasXL, hasPPT bool
	var odfType string
	for _, f := range zr.File {
		// Part names are case-insensitive in both OOXML and ODF packages.
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		switch {
		case strings.HasPrefix(name, "word/"):
			// Any Word part, so that a package missing word/document.xml
			// reaches the docx reader and gets its precise message.
			hasWord = true
		case name == "content.xml":
			hasContent = true
		case name == "mimetype":
			odfType = odfMimetype(f)
		case strings.HasPrefix(name, "xl/"):
			hasXL = true
		case strings.HasPrefix(name, "ppt/"):
			hasPPT = true
		}
	}
	switch {
	case hasWord:
		return "docx", ""
	case strings.Contains(odfType, "opendocument.spreadsheet"):
		return "", "đây là bảng tính (.ods), không phải văn bản"
	case strings.Contains(odfType, "opendocument.presentation"):
		return "", "đây là tệp trình chiếu (.odp), không phải văn bản"
	case hasContent || strings.Contains(odfType, "opendocument.text"):
		return "odt", ""
	case hasXL:
		return "", "đây là bảng tính Excel, không phải văn bản"
	case hasPPT:
		return "", "đây là tệp trình chiếu PowerPoint, không phải văn bản"
	}
	return "", "đây là tệp nén .zip, không phải văn bản Word"
}

// odfMimetype reads the short mimetype entry of an OpenDocument package.
func odfMimetype(f *zip.File) string {
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, 128))
	return string(b)
}

// looksText reports whether data is plausibly text in one of the encodings
// the txt reader knows: no NUL bytes unless it is UTF-16 with a BOM, few
// control characters.
func looksText(data []byte) bool {
	h := head(data, 8192)
	if bytes.HasPrefix(h, []byte{0xFF, 0xFE}) || bytes.HasPrefix(h, []byte{0xFE, 0xFF}) {
		return true
	}
	if _, ok := txt.GuessUTF16(h); ok {
		return true // UTF-16 without a BOM: zeros in every other byte
	}
	ctrl := 0
	for _, c := range h {
		if c == 0 {
			return false
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*50 > len(h) {
		return false
	}
	if utf8.Valid(h) {
		return true
	}
	return true // 8-bit legacy encodings: TCVN3, VNI, Windows-1258
}

func extFits(ext, format string) bool {
	ext = strings.ToLower(strings.TrimPrefix(ext, "."))
	switch format {
	case "docx":
		return ext == "docx" || ext == "docm" || ext == "dotx" || ext == "dotm"
	case "doc":
		return ext == "doc" || ext == "dot"
	case "txt":
		// Word's "web page" saves are often named .doc; the txt reader reads their HTML.
		return ext == "txt" || ext == "text" || ext == "csv" || ext == "md" || ext == "htm" || ext == "html" || ext == "doc"
	}
	if isImage(format) {
		return ext == format || ext == "jpeg" && format == "jpg" || ext == "tiff" && format == "tif"
	}
	return ext == format
}

func isImage(format string) bool {
	switch format {
	case "png", "jpg", "tif", "bmp", "gif":
		return true
	}
	return false
}

package extract

import (
	"encoding/json"
	"testing"
)

// TestJSONNullWhereNotFound: a field the text does not give is null in the
// JSON, as ../shared/eval's gold writes it, never "" ("not found" is not
// "found empty"); a field found is its text.
func TestJSONNullWhereNotFound(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]any // top-level field → value; signer.* for the signer's
	}{
		{"a copy with no header", "Kính gửi: Sở Y tế.\nĐề nghị Sở Y tế báo cáo trước ngày 15/12/2025.\n",
			map[string]any{"number": nil, "issuer": nil, "place": nil, "subject": nil, "date": nil,
				"signer.name": nil, "signer.title": nil, "signer.authority": nil}},
		{"a letter", "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BYT-KCB\nHà Nội, ngày 05 tháng 01 năm 2021\nV/v khám bệnh\nKính gửi: Sở Y tế.\nNội dung.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n",
			map[string]any{"number": "12/BYT-KCB", "issuer": "Bộ Y tế", "place": "Hà Nội", "subject": "V/v khám bệnh",
				"signer.name": "Nguyễn Văn A", "signer.title": "THỨ TRƯỞNG", "signer.authority": "KT. BỘ TRƯỞNG"}},
	}
	for _, tt := range tests {
		b, err := json.Marshal(FromText(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		signer, _ := got["signer"].(map[string]any)
		for k, want := range tt.want {
			var v any
			if len(k) > 7 && k[:7] == "signer." {
				v = signer[k[7:]]
			} else {
				v = got[k]
			}
			if v != want {
				t.Errorf("%s: %s = %#v, want %#v", tt.name, k, v, want)
			}
		}
	}
}

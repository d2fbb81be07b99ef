package doctype

import "testing"

func TestNameAndCode(t *testing.T) {
	tests := []struct {
		code, name string
		known      bool
	}{
		{"KH", "Kế hoạch", true},
		{"QĐ", "Quyết định", true},
		{"QD", "Quyết định", true}, // written without Đ
		{"CĐ", "Công điện", true},
		{"NĐ", "Nghị định", true},
		{"QyĐ", "Quy định", true},
		{"XYZ", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if n, ok := Name(tt.code); n != tt.name || ok != tt.known {
			t.Errorf("Name(%q) = %q, %v; want %q, %v", tt.code, n, ok, tt.name, tt.known)
		}
	}
	for _, name := range []string{"KẾ HOẠCH", "Quyết định", " công văn "} {
		code, ok := Code(name)
		if n, _ := Name(code); !ok || n == "" {
			t.Errorf("Code(%q) = %q, %v", name, code, ok)
		}
	}
	if c, _ := Code("KẾ HOẠCH"); c != "KH" {
		t.Errorf("Code(KẾ HOẠCH) = %q", c)
	}
	// Every canonical name gives back its own code.
	for code, n := range names {
		if c, ok := Code(n); !ok || c != code {
			t.Errorf("Code(%q) = %q, want %q", n, c, code)
		}
	}
}

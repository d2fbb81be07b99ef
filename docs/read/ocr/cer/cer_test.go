package cer

import (
	"math"
	"testing"
)

func TestRate(t *testing.T) {
	tests := []struct {
		ref, hyp string
		want     float64
	}{
		{"", "", 0},
		{"", "x", 1},
		{"Số: 12", "Số: 12", 0},
		{"Số: 12", "Sô: 12", 1.0 / 6},
		{"Độc lập – Tự do", "Độc  lập - Tự\ndo", 0},
		{"tổ chức", "tô chức", 1.0 / 7},
		{"abc", "", 1},
		{"ab", "xaby", 1},
		{"Ho\u0300a", "Hòa", 0}, // NFD against NFC
	}
	for _, tt := range tests {
		if got := Rate(tt.ref, tt.hyp); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Rate(%q, %q) = %v, want %v", tt.ref, tt.hyp, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"kitten", "sitting", 3},
		{"", "abc", 3},
		{"đốc", "đóc", 1},
		{"flaw", "lawn", 2},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Distance(tt.b, tt.a); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

// Package listnum renders list counters the way word processors print them
// (1, a, A, i, I) and the bullet rule the .docx and .odt readers share, so
// that the same letter gets the same labels in either format.
package listnum

import (
	"strconv"
	"strings"
	"unicode"
)

// Format is a counter style.
type Format int

const (
	Decimal Format = iota
	LowerLetter
	UpperLetter
	LowerRoman
	UpperRoman
	NoNumber // the level prints only its fixed text
)

// Render writes n (1-based) in format f. Letters go a..z, aa..zz, aaa.. as
// Word and LibreOffice do; roman numerals above 3999 fall back to decimal.
func Render(f Format, n int) string {
	switch f {
	case LowerLetter, UpperLetter:
		if n < 1 {
			return strconv.Itoa(n)
		}
		c := 'a' + rune((n-1)%26)
		if f == UpperLetter {
			c = unicode.ToUpper(c)
		}
		return strings.Repeat(string(c), (n-1)/26+1)
	case LowerRoman:
		return strings.ToLower(roman(n))
	case UpperRoman:
		return roman(n)
	case NoNumber:
		return ""
	}
	return strconv.Itoa(n)
}

func roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

// Bullet returns the label for a bullet character. Characters a clerk types
// and reads as text ("-", "+", "*") are kept, since Vietnamese letters use
// "+" for sub-items; picture glyphs (•, ▪, private-use symbol-font codes)
// become "-", the dash letters are typed with.
func Bullet(char string) string {
	switch strings.TrimSpace(char) {
	case "+", "*", "-":
		return strings.TrimSpace(char)
	}
	return "-"
}

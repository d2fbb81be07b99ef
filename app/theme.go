package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Preference keys of the look of the window. They belong to the computer
// (Fyne's preferences), not to the library: two clerks sharing a library on
// two PCs may want different sizes.
const (
	prefDark      = "giao_dien_toi"
	prefTextScale = "co_chu"
)

// textScales are the text sizes offered, as multiples of Fyne's.
var textScales = []struct {
	name  string
	scale float64
}{{"Bình thường", 1}, {"Lớn", 1.2}, {"Rất lớn", 1.4}}

// officeTheme is Fyne's default theme held in the variant the clerk chose
// (light by default: office PCs and printed letters are black on white),
// with text as large as the clerk asked.
type officeTheme struct {
	dark  bool
	scale float32
}

// themeFromPreferences reads the clerk's choice of theme and text size.
func themeFromPreferences(p fyne.Preferences) officeTheme {
	scale := p.FloatWithFallback(prefTextScale, 1)
	if scale < 1 || scale > 2 {
		scale = 1
	}
	return officeTheme{dark: p.Bool(prefDark), scale: float32(scale)}
}

func (t officeTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	v := theme.VariantLight
	if t.dark {
		v = theme.VariantDark
	}
	return theme.DefaultTheme().Color(n, v)
}
func (officeTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (officeTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t officeTheme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		if t.scale > 0 {
			return s * t.scale
		}
	}
	return s
}

package assets

import _ "embed"

// FyneVietnamese is the Vietnamese translation of Fyne's own strings (file
// dialogs, "Quit", "Error", buttons, weekdays), in go-i18n JSON with the
// message IDs of Fyne v2.7.1's lang.L/lang.X calls.
//
//go:embed translations/vi.json
var FyneVietnamese []byte

// Package assets embeds the files vanthu ships inside its binary: the icon
// and, later, the .docx templates for drafting. The sample library in
// assets/samples is not embedded; `make run` imports it from disk.
package assets

import _ "embed"

// IconPNG is the application icon (256×256).
//
//go:embed icons/vanthu.png
var IconPNG []byte

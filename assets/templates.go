package assets

import "embed"

// Templates holds the built-in drafting templates (.docx), made by
// `go run ./assets/templates/gen`.
//
//go:embed templates/*.docx
var Templates embed.FS

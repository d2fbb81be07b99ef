package assets

import "embed"

// Samples are the sample documents (assets/samples) a new clerk may import
// on first start to try the app: the same set `make run` imports.
//
//go:embed samples/*.txt samples/*.docx samples/*.pdf samples/*.doc
var Samples embed.FS

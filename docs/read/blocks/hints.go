package blocks

import "vanthu/docs/model"

// Toggle is a character property (bold, italic, hidden) that a style layer
// sets on, sets off or leaves to the layer below.
type Toggle int8

const (
	Unset Toggle = iota
	On
	Off
)

// Over is what a style cascade keeps of one property: top where that layer
// sets it (anything but the zero value: Unset, 0, ""), else below.
func Over[T comparable](below, top T) T {
	var unset T
	if top != unset {
		return top
	}
	return below
}

// Alignment maps a paragraph's alignment value. Both formats name left,
// centre and right alike (or start and end); justify lists the format's own
// words for justified text. Anything else is no alignment.
func Alignment(v string, justify ...string) model.Align {
	switch v {
	case "left", "start":
		return model.AlignLeft
	case "center":
		return model.AlignCenter
	case "right", "end":
		return model.AlignRight
	}
	for _, j := range justify {
		if v == j {
			return model.AlignJustify
		}
	}
	return model.AlignNone
}

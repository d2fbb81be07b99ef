package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"vanthu/docs/read/blocks"
	"vanthu/docs/read/listnum"
	"vanthu/docs/read/ziputil"
)

// maxLevels is the number of list levels Word defines (w:ilvl 0..8).
const maxLevels = 9

// level is one w:lvl: how a list level counts and prints.
type level struct {
	start   int
	format  listnum.Format
	bullet  bool
	text    string // w:lvlText, e.g. "%1.%2."
	restart int    // w:lvlRestart: -1 restart after any shallower level, 0 never, n after level n (1-based)
	pStyle  string // paragraph style linked to this level
	legal   bool   // w:isLgl: print every level's number in decimal
}

type abstractNum struct {
	levels    [maxLevels]*level
	styleLink string // w:numStyleLink: the levels live in another list via a numbering style
}

// num is a w:num instance: an abstract list plus overrides. Instances of one
// abstract list share counters; a w:startOverride restarts them.
type num struct {
	abstractID     string
	startOverrides map[int]int
	levels         map[int]*level // w:lvlOverride/w:lvl redefinitions
}

// numbering is numbering.xml.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*num
}

// counters is the running state of every list in one story (body, header,
// notes).
type counters struct {
	values  map[string]*[maxLevels]int  // by abstract id
	started map[string]*[maxLevels]bool // by abstract id: level counted since its last reset
	used    map[string]bool             // num ids whose overrides are applied
}

func newCounters() *counters {
	return &counters{values: map[string]*[maxLevels]int{}, started: map[string]*[maxLevels]bool{}, used: map[string]bool{}}
}

// resolve finds the abstract list and level definitions behind a num id,
// following a numbering-style link through the style sheet.
func (n *numbering) resolve(numID string, styles *styleSheet) (absID string, nm *num, abs *abstractNum) {
	nm = n.nums[numID]
	if nm == nil {
		return "", nil, nil
	}
	absID = nm.abstractID
	abs = n.abstracts[absID]
	for hops := 0; abs != nil && abs.styleLink != "" && hops < 4; hops++ {
		p, _ := styles.paragraph(paraProps{style: abs.styleLink})
		linked := n.nums[p.numID]
		if linked == nil || n.abstracts[linked.abstractID] == nil {
			break
		}
		absID, abs = linked.abstractID, n.abstracts[linked.abstractID]
	}
	return absID, nm, abs
}

func (nm *num) level(abs *abstractNum, ilvl int) *level {
	if l, ok := nm.levels[ilvl]; ok {
		return l
	}
	return abs.levels[ilvl]
}

// levelForStyle finds the level of a list linked to a paragraph style, for
// styles that give a w:numId without a w:ilvl.
func (n *numbering) levelForStyle(numID, styleID string, styles *styleSheet) (int, bool) {
	_, nm, abs := n.resolve(numID, styles)
	if abs == nil {
		return 0, false
	}
	for i := range maxLevels {
		if l := nm.level(abs, i); l != nil && l.pStyle == styleID && styleID != "" {
			return i, true
		}
	}
	return 0, false
}

// next advances the list numID at level ilvl and returns its label, or ""
// when the paragraph is not numbered after all.
func (n *numbering) next(c *counters, numID string, ilvl int, styles *styleSheet) string {
	absID, nm, abs := n.resolve(numID, styles)
	if abs == nil || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	lvl := nm.level(abs, ilvl)
	if lvl == nil {
		return ""
	}
	vals, started := c.values[absID], c.started[absID]
	if vals == nil {
		vals, started = new([maxLevels]int), new([maxLevels]bool)
		c.values[absID], c.started[absID] = vals, started
	}
	if !c.used[numID] {
		c.used[numID] = true
		for l, v := range nm.startOverrides {
			vals[l], started[l] = v-1, true
		}
	}
	if started[ilvl] {
		vals[ilvl]++
	} else {
		vals[ilvl], started[ilvl] = lvl.start, true
	}
	for d := ilvl + 1; d < maxLevels; d++ {
		if dl := nm.level(abs, d); dl == nil || dl.restart < 0 || (dl.restart > 0 && ilvl < dl.restart) {
			started[d] = false
		}
	}
	if lvl.bullet {
		return listnum.Bullet(lvl.text)
	}
	return strings.TrimSpace(expand(lvl, func(k int) string {
		kl := nm.level(abs, k)
		if kl == nil {
			return ""
		}
		v := kl.start
		if started[k] {
			v = vals[k]
		}
		f := kl.format
		if lvl.legal && f != listnum.NoNumber {
			f = listnum.Decimal
		}
		return listnum.Render(f, v)
	}))
}

// expand replaces %1..%9 in the level text with the numbers of those levels.
func expand(l *level, number func(level int) string) string {
	var sb strings.Builder
	t := l.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			sb.WriteString(number(int(t[i+1] - '1')))
			i++
			continue
		}
		sb.WriteByte(t[i])
	}
	return sb.String()
}

// parseNumbering reads numbering.xml.
func parseNumbering(part *ziputil.Part) (*numbering, error) {
	n := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*num{}}
	err := blocks.Starts(part, func(se xml.StartElement) error {
		switch se.Name.Local {
		case "abstractNum":
			id, _ := ziputil.Attr(se, "abstractNumId")
			a, err := parseAbstract(part)
			if err == nil {
				n.abstracts[id] = a
			}
			return err
		case "num":
			id, _ := ziputil.Attr(se, "numId")
			nm, err := parseNum(part)
			if err == nil {
				n.nums[id] = nm
			}
			return err
		}
		return nil
	})
	return n, err
}

func parseAbstract(part *ziputil.Part) (*abstractNum, error) {
	a := &abstractNum{}
	err := blocks.Children(part, func(t xml.StartElement) error {
		switch t.Name.Local {
		case "lvl":
			i, l, err := parseLevel(part, t)
			if err == nil && i >= 0 && i < maxLevels {
				a.levels[i] = l
			}
			return err
		case "numStyleLink":
			a.styleLink, _ = ziputil.Attr(t, "val")
		}
		return part.Skip()
	})
	return a, err
}

func parseNum(part *ziputil.Part) (*num, error) {
	nm := &num{startOverrides: map[int]int{}, levels: map[int]*level{}}
	override := -1 // the w:lvlOverride being read
	for {
		tok, err := part.Token()
		if err != nil {
			return nm, part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			switch t.Name.Local {
			case "num":
				return nm, nil
			case "lvlOverride":
				override = -1
			}
		case xml.StartElement:
			val, _ := ziputil.Attr(t, "val")
			switch t.Name.Local {
			case "abstractNumId":
				nm.abstractID = val
			case "lvlOverride":
				if n, err := strconv.Atoi(attrOr(t, "ilvl", "")); err == nil && n >= 0 && n < maxLevels {
					override = n
				}
				continue // w:startOverride or w:lvl follow
			case "startOverride":
				if n, err := strconv.Atoi(val); err == nil && override >= 0 {
					nm.startOverrides[override] = n
				}
			case "lvl":
				_, l, err := parseLevel(part, t)
				if err != nil {
					return nm, err
				}
				if override >= 0 {
					nm.levels[override] = l
				}
				continue
			}
			if err := part.Skip(); err != nil {
				return nm, err
			}
		}
	}
}

func parseLevel(part *ziputil.Part, se xml.StartElement) (int, *level, error) {
	i, err := strconv.Atoi(attrOr(se, "ilvl", "-1"))
	if err != nil {
		i = -1
	}
	l := &level{start: 1, restart: -1}
	err = blocks.Children(part, func(t xml.StartElement) error {
		val, _ := ziputil.Attr(t, "val")
		switch t.Name.Local {
		case "start":
			if n, err := strconv.Atoi(val); err == nil {
				l.start = n
			}
		case "numFmt":
			l.format, l.bullet = numFormat(val)
		case "lvlText":
			l.text = val
		case "lvlRestart":
			if n, err := strconv.Atoi(val); err == nil {
				l.restart = n
			}
		case "pStyle":
			l.pStyle = val
		case "isLgl":
			l.legal = toggle(val, val != "") == blocks.On
		}
		return part.Skip()
	})
	return i, l, err
}

// numFormat maps w:numFmt. Formats vanthu does not render (ordinal words,
// Asian counting systems) print as decimal, which keeps the sequence right.
func numFormat(v string) (listnum.Format, bool) {
	switch v {
	case "bullet":
		return listnum.Decimal, true
	case "lowerLetter":
		return listnum.LowerLetter, false
	case "upperLetter":
		return listnum.UpperLetter, false
	case "lowerRoman":
		return listnum.LowerRoman, false
	case "upperRoman":
		return listnum.UpperRoman, false
	case "none":
		return listnum.NoNumber, false
	}
	return listnum.Decimal, false
}

func attrOr(se xml.StartElement, local, def string) string {
	if v, ok := ziputil.Attr(se, local); ok {
		return v
	}
	return def
}

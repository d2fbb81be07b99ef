package odt

import (
	"strconv"
	"strings"

	"vanthu/docs/read/listnum"
)

// maxLevels is the number of list levels ODF defines.
const maxLevels = 10

// listCounters is the numbering state of one list, shared by the nested
// text:list elements inside it and by the lists that continue it.
type listCounters struct {
	values  [maxLevels]int
	started [maxLevels]bool
}

// openList is a text:list being read.
type openList struct {
	style    string // list style in force
	counters *listCounters
	level    int // 0-based nesting level
	// the text:list-item being read: whether its first paragraph has been
	// numbered yet, and its text:start-value
	itemPending bool
	itemStart   int
	header      bool // text:list-header: paragraphs without labels
}

// advance counts the first paragraph of a list item and returns its label.
func (s *styleSheet) advance(l *openList) string {
	levels := s.lists[l.style]
	lvl := levels[l.level]
	if lvl == nil {
		return ""
	}
	c := l.counters
	switch {
	case l.itemStart > 0:
		c.values[l.level] = l.itemStart
	case c.started[l.level]:
		c.values[l.level]++
	default:
		c.values[l.level] = lvl.start
	}
	c.started[l.level] = true
	for d := l.level + 1; d < maxLevels; d++ {
		c.started[d] = false
	}
	if lvl.bullet {
		return listnum.Bullet(lvl.char)
	}
	number := func(k int) string {
		kl := levels[k]
		if kl == nil || kl.bullet {
			return ""
		}
		v := kl.start
		if c.started[k] {
			v = c.values[k]
		}
		return listnum.Render(kl.format, v)
	}
	if lvl.pattern != "" {
		return strings.TrimSpace(expandPattern(lvl.pattern, number))
	}
	var parts []string
	for k := max(0, l.level-lvl.display+1); k <= l.level; k++ {
		parts = append(parts, number(k))
	}
	return strings.TrimSpace(lvl.prefix + strings.Join(parts, ".") + lvl.suffix)
}

// expandPattern fills LibreOffice's loext:num-list-format, where "%2%"
// stands for the number of level 2.
func expandPattern(p string, number func(level int) string) string {
	var sb strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '%' {
			if j := strings.IndexByte(p[i+1:], '%'); j > 0 {
				if n, err := strconv.Atoi(p[i+1 : i+1+j]); err == nil && n >= 1 && n <= maxLevels {
					sb.WriteString(number(n - 1))
					i += j + 1
					continue
				}
			}
		}
		sb.WriteByte(p[i])
	}
	return sb.String()
}

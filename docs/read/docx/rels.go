package docx

import (
	"encoding/xml"
	"path"
	"sort"
	"strings"

	"vanthu/docs/read/blocks"
	"vanthu/docs/read/ziputil"
)

// relationships maps relationship types to part names, in name order.
type relationships map[string][]string

func (rs relationships) first(typ, fallback string) string {
	if names := rs[typ]; len(names) > 0 {
		return names[0]
	}
	return fallback
}

func (rs relationships) all(typ string) []string { return rs[typ] }

// mainPart finds the main document through the package relationships;
// a few generators name it other than word/document.xml.
func (r *reader) mainPart() string {
	if rels := r.readRels("_rels/.rels", ""); len(rels[relOfficeDocument]) > 0 {
		if name := rels[relOfficeDocument][0]; r.a.Has(name) {
			return name
		}
	}
	return "word/document.xml"
}

// relationships reads the relationships of the main part. Without them the
// conventional names are used, headers and footers found by name.
func (r *reader) relationships(mainPart string) relationships {
	dir := path.Dir(mainPart)
	rels := r.readRels(path.Join(dir, "_rels", path.Base(mainPart)+".rels"), dir)
	if rels == nil {
		rels = relationships{}
		for _, name := range r.a.Names() {
			base := path.Base(name)
			if path.Dir(name) != dir || !strings.HasSuffix(base, ".xml") {
				continue
			}
			switch {
			case strings.HasPrefix(base, "header"):
				rels[relHeader] = append(rels[relHeader], name)
			case strings.HasPrefix(base, "footer"):
				rels[relFooter] = append(rels[relFooter], name)
			}
		}
	}
	return rels
}

// readRels reads a .rels part; targets are resolved against dir. It
// returns nil when the part is missing or unreadable.
func (r *reader) readRels(name, dir string) relationships {
	if !r.a.Has(name) {
		return nil
	}
	p, err := r.a.XML(name)
	if err != nil {
		return nil
	}
	defer p.Close()
	rels := relationships{}
	// A damaged part keeps the relationships read before the damage.
	_ = blocks.Starts(p, func(se xml.StartElement) error {
		if se.Name.Local != "Relationship" {
			return nil
		}
		if mode, _ := ziputil.Attr(se, "TargetMode"); strings.EqualFold(mode, "External") {
			return nil
		}
		typ, _ := ziputil.Attr(se, "Type")
		target, _ := ziputil.Attr(se, "Target")
		if target == "" {
			return nil
		}
		typ = typ[strings.LastIndex(typ, "/")+1:]
		if strings.HasPrefix(target, "/") {
			target = strings.TrimPrefix(target, "/")
		} else {
			target = path.Join(dir, target)
		}
		rels[typ] = append(rels[typ], target)
		return nil
	})
	for _, names := range rels {
		sort.Slice(names, func(i, j int) bool { return naturalLess(names[i], names[j]) })
	}
	return rels
}

// naturalLess orders header2.xml before header10.xml.
func naturalLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

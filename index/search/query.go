package search

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"vanthu/docs/vn"
)

// Boosts: an exact (accented) match outranks a folded one, a match in the
// subject/issuer/signer outranks one in the body, and a document whose own
// number is typed comes first of all.
const (
	boostExact     = 2.0
	boostFolded    = 1.0
	boostHead      = 1.5
	boostNumPart   = 3.0
	boostNumber    = 10.0
	minPrefixRunes = 2 // "c*" would expand to thousands of terms
	maxFuzziness   = 2
	// A query is capped so one typed line cannot cost seconds and
	// gigabytes ("lao~2 " a thousand times did): every word is a term
	// lookup in four fields, and a fuzzy or prefix word expands to every
	// index term within reach.
	maxQueryWords = 32
	maxExpanding  = 4 // fuzzy (~) and prefix (*) words together
)

// QueryError is a query refused before it runs; Msg is for the clerk.
type QueryError struct{ Msg string }

func (e *QueryError) Error() string { return e.Msg }

// Blank reports whether text holds no word to search for: nothing, or
// punctuation alone (`"`, `*`, `~`). Such a text is an empty query: with no
// filter it is no search at all, not a search matching every document.
func Blank(text string) bool { return len(parseText(text)) == 0 }

// checkLimits refuses a query over the caps, saying which and what to do.
func checkLimits(parts []part) error {
	words, expanding := 0, 0
	for _, p := range parts {
		words += len(p.words)
		if p.kind == partFuzzy || p.kind == partPrefix {
			expanding++
		}
	}
	if words > maxQueryWords {
		return &QueryError{fmt.Sprintf("câu tìm kiếm quá dài (%d từ); hãy rút gọn còn tối đa %d từ", words, maxQueryWords)}
	}
	if expanding > maxExpanding {
		return &QueryError{fmt.Sprintf("câu tìm kiếm có %d từ tìm gần đúng (~) hoặc theo đầu từ (*); tối đa %d từ như vậy", expanding, maxExpanding)}
	}
	return nil
}

// partKind is what one piece of the clerk's text asks for.
type partKind int

const (
	partWord   partKind = iota // one syllable
	partPhrase                 // "quoted words", or a word with inner punctuation
	partNumber                 // "4541/KH-UBND", "2018/cv-hd"
	partPrefix                 // "cải cá*"
	partFuzzy                  // "hành chinh~", "~2" for two edits
)

type part struct {
	kind      partKind
	words     []string // syllables as typed (NFC)
	raw       string   // the number as typed, for partNumber
	fuzziness int
}

// parseText splits what the clerk typed into parts. It never fails: any
// text gives some (possibly empty) list of parts.
func parseText(s string) []part {
	s = vn.NFC(s)
	var parts []part
	for s != "" {
		open := strings.IndexAny(s, "\"“”")
		if open < 0 {
			parts = append(parts, parseWords(s)...)
			break
		}
		parts = append(parts, parseWords(s[:open])...)
		_, size := utf8.DecodeRuneInString(s[open:])
		s = s[open+size:]
		end := strings.IndexAny(s, "\"“”")
		quoted := s
		if end >= 0 {
			quoted = s[:end]
			_, size = utf8.DecodeRuneInString(s[end:])
			s = s[end+size:]
		} else {
			s = ""
		}
		if ws := words(quoted); len(ws) > 0 {
			parts = append(parts, phraseOrWord(ws))
		}
	}
	return parts
}

func phraseOrWord(ws []string) part {
	if len(ws) == 1 {
		return part{kind: partWord, words: ws}
	}
	return part{kind: partPhrase, words: ws}
}

func parseWords(s string) []part {
	var parts []part
	for _, f := range strings.Fields(s) {
		switch {
		case strings.HasSuffix(f, "*"):
			ws := words(f)
			if len(ws) == 0 {
				continue
			}
			last := ws[len(ws)-1]
			for _, w := range ws[:len(ws)-1] {
				parts = append(parts, part{kind: partWord, words: []string{w}})
			}
			if utf8.RuneCountInString(foldString(last)) < minPrefixRunes {
				parts = append(parts, part{kind: partWord, words: []string{last}})
			} else {
				parts = append(parts, part{kind: partPrefix, words: []string{last}})
			}
		case strings.Contains(f, "~"):
			i := strings.LastIndex(f, "~")
			n, err := strconv.Atoi(f[i+1:])
			if err != nil || n < 1 {
				n = 1
			}
			for _, w := range words(f[:i]) {
				parts = append(parts, part{kind: partFuzzy, words: []string{w}, fuzziness: min(n, maxFuzziness)})
			}
		default:
			ws := words(f)
			switch {
			case len(ws) == 0:
			case len(ws) > 1 && looksLikeNumber(f):
				parts = append(parts, part{kind: partNumber, words: ws, raw: strings.Trim(f, ".,;:()[]")})
			default:
				parts = append(parts, phraseOrWord(ws))
			}
		}
	}
	return parts
}

// looksLikeNumber reports whether a typed word is a document number or
// symbol such as "4541/KH-UBND" or "64/2013/QH13": it has a digit and a
// slash or dash.
func looksLikeNumber(w string) bool {
	return strings.ContainsFunc(w, unicode.IsDigit) && strings.ContainsAny(w, "/-")
}

// textQuery turns the parts into one bleve query (all parts required), or
// nil when there is nothing to search for.
func textQuery(parts []part) query.Query {
	var must []query.Query
	for _, p := range parts {
		if q := partQuery(p); q != nil {
			must = append(must, q)
		}
	}
	switch len(must) {
	case 0:
		return nil
	case 1:
		return must[0]
	}
	return query.NewConjunctionQuery(must)
}

func partQuery(p part) query.Query {
	switch p.kind {
	case partWord:
		return wordQuery(p.words[0])
	case partPhrase:
		return phraseQuery(p.words)
	case partNumber:
		whole := term(fieldNum, foldNumber(p.raw), boostNumber)
		var parts []query.Query
		for _, w := range p.words {
			parts = append(parts, term(fieldNum, foldString(w), 1))
		}
		byParts := query.NewConjunctionQuery(parts)
		byParts.SetBoost(boostNumPart)
		return query.NewDisjunctionQuery([]query.Query{whole, byParts, phraseQuery(p.words)})
	case partPrefix:
		q := query.NewPrefixQuery(foldString(p.words[0]))
		q.SetField(fieldTextF)
		return q
	case partFuzzy:
		q := query.NewFuzzyQuery(foldString(p.words[0]))
		q.SetField(fieldTextF)
		q.SetFuzziness(p.fuzziness)
		return q
	}
	return nil
}

// wordQuery matches one syllable in the exact or folded text, the header
// fields or the number.
func wordQuery(w string) query.Query {
	f := foldString(w)
	return query.NewDisjunctionQuery([]query.Query{
		term(fieldText, exactString(w), boostExact),
		term(fieldTextF, f, boostFolded),
		term(fieldHead, f, boostHead),
		term(fieldNum, f, boostNumPart),
	})
}

// phraseQuery matches the words in order in the folded text; the exact
// words add to the score, so the accented phrase ranks first.
func phraseQuery(ws []string) query.Query {
	exact := make([]query.Query, len(ws))
	for i, w := range ws {
		exact[i] = term(fieldText, exactString(w), boostExact)
	}
	return query.NewBooleanQuery([]query.Query{foldedPhraseQuery(ws)}, []query.Query{query.NewConjunctionQuery(exact)}, nil)
}

// foldedPhraseQuery matches the words in order, accents ignored, through
// the bigram field: "a b c" is the phrase of terms "a_b", "b_c", and a
// two-word phrase is a single term. Its locations span the phrase's words.
func foldedPhraseQuery(ws []string) query.Query {
	if len(ws) == 1 {
		return term(fieldTextF, foldString(ws[0]), boostFolded)
	}
	pairs := make([]string, len(ws)-1)
	prev := foldTerm(nil, []byte(ws[0]))
	for i, w := range ws[1:] {
		cur := foldTerm(nil, []byte(w))
		pairs[i] = string(bigramTerm(nil, prev, cur))
		prev = cur
	}
	if len(pairs) == 1 {
		return term(fieldTextB, pairs[0], boostFolded)
	}
	return query.NewPhraseQuery(pairs, fieldTextB)
}

// markQuery matches what the snippets mark: the parts' words in the folded
// text, whose term locations point at the original words. It is cheaper than
// the full query (no exact, header or number fields) and phrases stay
// phrases, so only their real occurrences are marked.
func markQuery(parts []part) query.Query {
	var qs []query.Query
	for _, p := range parts {
		switch p.kind {
		case partWord:
			qs = append(qs, term(fieldTextF, foldString(p.words[0]), 1))
		case partPhrase, partNumber:
			qs = append(qs, foldedPhraseQuery(p.words))
		case partPrefix, partFuzzy:
			qs = append(qs, partQuery(p))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return query.NewDisjunctionQuery(qs)
}

func term(field, t string, boost float64) *query.TermQuery {
	q := query.NewTermQuery(t)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

// filterQuery is the conjunction of the filters of q, or nil without any.
func filterQuery(q Query) query.Query {
	var fs []query.Query
	if len(q.Types) > 0 {
		var types []query.Query
		for _, t := range q.Types {
			if t = typeCode(t); t != "" {
				types = append(types, term(fieldType, t, 1))
			}
		}
		if len(types) > 0 {
			fs = append(fs, query.NewDisjunctionQuery(types))
		}
	}
	if ws := words(q.Issuer); len(ws) > 0 {
		var issuer []query.Query
		for _, w := range ws {
			issuer = append(issuer, term(fieldIssuerF, foldString(w), 1))
		}
		fs = append(fs, query.NewConjunctionQuery(issuer))
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		var lo, hi *float64
		if !q.From.IsZero() {
			v := float64(dayNumber(q.From))
			lo = &v
		}
		if !q.To.IsZero() {
			v := float64(dayNumber(q.To))
			hi = &v
		}
		inclusive := true
		r := query.NewNumericRangeInclusiveQuery(lo, hi, &inclusive, &inclusive)
		r.SetField(fieldDate)
		fs = append(fs, r)
	}
	if q.Year != 0 {
		fs = append(fs, term(fieldYear, strconv.Itoa(q.Year), 1))
	}
	if q.Only != nil {
		fs = append(fs, query.NewDocIDQuery(q.Only))
	}
	switch len(fs) {
	case 0:
		return nil
	case 1:
		return fs[0]
	}
	return query.NewConjunctionQuery(fs)
}

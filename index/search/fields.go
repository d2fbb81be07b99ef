package search

import (
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"vanthu/docs/vn"
)

// Field names. Text is indexed three times (exact, folded and folded
// bigrams) and stored once, unanalyzed, in fieldBody for snippets. The
// folded and bigram fields keep term vectors: phrases and snippet positions
// need them, the exact field only adds score.
const (
	fieldText    = "text"     // exact analysis, scored
	fieldTextF   = "text_f"   // folded analysis, term vectors
	fieldTextB   = "text_b"   // folded syllable bigrams, term vectors: fast phrases
	fieldBody    = "body"     // stored original text, for snippets
	fieldHead    = "head_f"   // folded subject + issuer + signer: matches here count more
	fieldNum     = "num"      // folded number and its parts: "4541/kh-ubnd", "4541", "kh", "ubnd"
	fieldNumber  = "number"   // stored original number
	fieldNumV    = "num_v"    // the number before the slash, sort
	fieldNumS    = "num_s"    // the folded number, sort after num_v
	fieldType    = "type"     // keyword, facet
	fieldIssuer  = "issuer"   // keyword (original), facet
	fieldIssuerF = "issuer_f" // folded words, filter
	fieldIssuerS = "issuer_s" // vn.SortKey of the issuer: Vietnamese order
	fieldSubject = "subject"  // stored
	fieldDate    = "date"     // yyyymmdd number, sort and range
	fieldYear    = "year"     // keyword, facet
)

const (
	optIndexed   = index.IndexField
	optStored    = index.StoreField
	optVectors   = index.IndexField | index.IncludeTermVectors
	optKeyword   = index.IndexField | index.StoreField | index.DocValues
	optFacetOnly = index.IndexField | index.DocValues
)

// analyzers used when building documents; looked up once.
var (
	exactAnalyzer  analysis.Analyzer = syllableAnalyzer{norm: exactTerm}
	foldedAnalyzer analysis.Analyzer = syllableAnalyzer{norm: foldTerm}
	numberAnalyzer analysis.Analyzer = numberParts{}
)

// numberParts indexes a document number as its whole folded form plus
// each of its parts, so "4541/KH-UBND" is found by "4541/kh-ubnd", "4541"
// or "4541/KH".
type numberParts struct{}

func (numberParts) Analyze(input []byte) analysis.TokenStream {
	whole := foldNumber(string(input))
	if whole == "" {
		return nil
	}
	stream := analysis.TokenStream{{Term: []byte(whole), Start: 0, End: len(input), Position: 1, Type: analysis.AlphaNumeric}}
	for i, sp := range wordSpans(input) {
		stream = append(stream, &analysis.Token{
			Term:     foldTerm(nil, input[sp.start:sp.end]),
			Start:    sp.start,
			End:      sp.end,
			Position: i + 2,
			Type:     analysis.AlphaNumeric,
		})
	}
	return stream
}

// foldNumber is the comparison form of a document number: folded, without
// spaces ("Số 12 / QĐ-UBND" typed loosely still has the same key).
func foldNumber(s string) string {
	return strings.Join(strings.Fields(vn.Fold(s)), "")
}

// newDocument builds the bleve document for d directly: no reflection, and
// every field gets exactly the options it needs.
func newDocument(d Doc) *document.Document {
	bd := document.NewDocument(d.ID)
	// The text is taken as given (callers hold it in NFC already; checking
	// again costs a tenth of the indexing time). The analyzers still
	// normalize decomposed words, and offsets stay valid for snippets.
	text := []byte(d.Text)     // shared by the four text fields, never modified
	words := newDocWords(text) // found and folded once for the three analyzed ones
	bd.AddField(newSharedField(fieldText, words, optIndexed, exactTerm, false, false))
	bd.AddField(newSharedField(fieldTextF, words, optVectors, foldTerm, true, false))
	bd.AddField(newSharedField(fieldTextB, words, optVectors, foldTerm, false, true))
	bd.AddField(document.NewTextFieldCustom(fieldBody, nil, text, optStored, nil))

	subject, issuer, signer := vn.NFC(d.Subject), oneLine(d.Issuer), vn.NFC(d.Signer)
	head := subject + "\n" + issuer + "\n" + signer
	bd.AddField(newSyllableField(fieldHead, []byte(head), optIndexed, foldTerm))
	if subject != "" {
		bd.AddField(document.NewTextFieldCustom(fieldSubject, nil, []byte(subject), optStored, nil))
	}
	if n := vn.NFC(strings.TrimSpace(d.Number)); n != "" {
		bd.AddField(document.NewTextFieldCustom(fieldNumber, nil, []byte(n), optStored, nil))
		bd.AddField(document.NewTextFieldCustom(fieldNum, nil, []byte(n), optIndexed, numberAnalyzer))
		bd.AddField(document.NewTextFieldCustom(fieldNumS, nil, []byte(vn.Fold(n)), optFacetOnly, nil))
		if v, ok := leadingNumber(n); ok {
			bd.AddField(document.NewNumericFieldWithIndexingOptions(fieldNumV, nil, float64(v), optFacetOnly))
		}
	}
	if t := typeCode(d.Type); t != "" {
		bd.AddField(document.NewTextFieldCustom(fieldType, nil, []byte(t), optKeyword, nil))
	}
	if issuer != "" {
		bd.AddField(document.NewTextFieldCustom(fieldIssuer, nil, []byte(issuer), optKeyword, nil))
		bd.AddField(newSyllableField(fieldIssuerF, []byte(issuer), optIndexed, foldTerm))
		bd.AddField(document.NewTextFieldCustom(fieldIssuerS, nil, []byte(vn.SortKey(issuer)), optFacetOnly, nil))
	}
	if !d.Date.IsZero() {
		bd.AddField(document.NewNumericFieldWithIndexingOptions(fieldDate, nil, float64(dayNumber(d.Date)), optKeyword))
		bd.AddField(document.NewTextFieldCustom(fieldYear, nil, []byte(strconv.Itoa(d.Date.Year())), optFacetOnly, nil))
	}
	return bd
}

// oneLine is the display and facet form of an issuer: NFC, spaces collapsed.
func oneLine(s string) string { return strings.Join(strings.Fields(vn.NFC(s)), " ") }

func typeCode(s string) string { return strings.ToUpper(strings.TrimSpace(vn.NFC(s))) }

// dayNumber encodes a calendar day as yyyymmdd: ordered like the dates and
// readable in the index.
// leadingNumber is the number before the slash ("4541" of "4541/KH-UBND"),
// so that 9 sorts before 12 as in the registers.
func leadingNumber(n string) (int, bool) {
	end := 0
	for end < len(n) && end < 9 && n[end] >= '0' && n[end] <= '9' {
		end++
	}
	if end == 0 {
		return 0, false
	}
	v, err := strconv.Atoi(n[:end])
	return v, err == nil
}

func dayNumber(t time.Time) int { return t.Year()*10000 + int(t.Month())*100 + t.Day() }

func dayFromNumber(n int) time.Time {
	return time.Date(n/10000, time.Month(n/100%100), n%100, 0, 0, 0, 0, time.UTC)
}

// indexMapping describes the fields above for bleve (documents are built by
// newDocument; the mapping is what the index on disk records and what makes
// the custom analyzers required to open it).
func indexMapping() (*mapping.IndexMappingImpl, error) {
	text := func(analyzer string, store, vectors, docValues bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer, f.Store, f.IncludeTermVectors, f.DocValues = analyzer, store, vectors, docValues
		f.IncludeInAll = false
		return f
	}
	dm := mapping.NewDocumentStaticMapping()
	add := func(name string, f *mapping.FieldMapping) { dm.AddFieldMappingsAt(name, f) }
	add(fieldText, text(exactAnalyzerName, false, false, false))
	add(fieldTextF, text(foldedAnalyzerName, false, true, false))
	add(fieldTextB, text(bigramAnalyzerName, false, true, false))
	add(fieldHead, text(foldedAnalyzerName, false, false, false))
	add(fieldIssuerF, text(foldedAnalyzerName, false, false, false))
	body := text(keyword.Name, true, false, false)
	body.Index = false
	add(fieldBody, body)
	subject := text(keyword.Name, true, false, false)
	subject.Index = false
	add(fieldSubject, subject)
	add(fieldNumber, subject)
	add(fieldNum, text(numberAnalyzerName, false, false, false))
	add(fieldType, text(keyword.Name, true, false, true))
	add(fieldIssuer, text(keyword.Name, true, false, true))
	add(fieldIssuerS, text(keyword.Name, false, false, true))
	add(fieldNumS, text(keyword.Name, false, false, true))
	numv := mapping.NewNumericFieldMapping()
	numv.Store, numv.DocValues, numv.IncludeInAll = false, true, false
	add(fieldNumV, numv)
	add(fieldYear, text(keyword.Name, false, false, true))
	date := mapping.NewNumericFieldMapping()
	date.Store, date.DocValues, date.IncludeInAll = true, true, false
	add(fieldDate, date)

	im := mapping.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = foldedAnalyzerName
	im.StoreDynamic, im.IndexDynamic, im.DocValuesDynamic = false, false, false
	if err := im.Validate(); err != nil {
		return nil, err
	}
	return im, nil
}

package extract

// A Go port of ../shared/eval/score.py (metadata, references, recipients,
// Nơi nhận and tasks), run over the dev corpus beside the checkout so that a
// regression in any rule fails `go test`. It is skipped where the corpus is
// absent.

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
	"vanthu/docs/extract/tasks"
	"vanthu/docs/vn"
)

// Floors sit just under what the extractor reaches on the dev corpus
// (every figure 1.000, measured by this test and by make score), so that a
// lost rule fails the build.
var scoreFloors = map[string]float64{
	"meta":       0.99,
	"recipients": 0.99,
	"noi_nhan":   0.99,
	"refs":       0.99,
	"ref_date":   0.99,
	"timed":      0.99,
	"tasks":      0.99,
}

func devCorpus(t testing.TB) string {
	t.Helper()
	corpus := devCorpusPath()
	if corpus == "" {
		t.Skip("module root not found")
	}
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("dev corpus absent: ", corpus)
	}
	return corpus
}

var (
	tonePairs = strings.NewReplacer("oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
		"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
		"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy", "\u2019", "'", "\u00a0", " ")
	vvPrefix = regexp.MustCompile(`^(v/v|về việc)\s*`)
	wordRe   = regexp.MustCompile(`[\p{L}\p{N}_]+`)
)

// scoreNorm is score.py's norm().
func scoreNorm(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	s = tonePairs.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.Trim(s, " .;:,")
}

func scoreNormNumber(s string) string {
	return strings.TrimLeft(strings.ReplaceAll(strings.ToUpper(scoreNorm(s)), " ", ""), "/")
}

func scoreNormType(s string) string {
	return strings.ReplaceAll(strings.ToUpper(scoreNorm(s)), "Đ", "D")
}

func scoreTokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRe.FindAllString(vn.Fold(scoreNorm(s)), -1) {
		out[w] = true
	}
	return out
}

func tokenOverlap(a, b string) float64 {
	ta, tb := scoreTokens(a), scoreTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	n := 0
	for w := range ta {
		if tb[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(ta), len(tb)))
}

type goldDoc struct {
	Type       string  `json:"type"`
	Number     *string `json:"number"`
	Issuer     string  `json:"issuer"`
	Date       *string `json:"date"`
	Place      string  `json:"place"`
	Subject    string  `json:"subject"`
	Signer     struct{ Name, Title string }
	Recipients []string `json:"recipients"`
	NoiNhan    []string `json:"noi_nhan"`
	References []struct {
		Number string  `json:"number"`
		Date   *string `json:"date"`
	} `json:"references"`
	ReferencesComplete *bool      `json:"references_complete"`
	TasksComplete      *bool      `json:"tasks_complete"`
	Tasks              []goldTask `json:"tasks"`
}

type goldTask struct {
	Deadline   *string `json:"deadline"`
	Recurrence *string `json:"recurrence"`
	Quote      string  `json:"quote"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// f1Counts accumulates matched, extracted and gold counts.
type f1Counts struct{ tp, np, ng int }

func (c f1Counts) f1() float64 {
	if c.np == 0 && c.ng == 0 {
		return 1
	}
	var p, r float64
	if c.np > 0 {
		p = float64(c.tp) / float64(c.np)
	}
	if c.ng > 0 {
		r = float64(c.tp) / float64(c.ng)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func setCounts(pred, gold []string, key func(string) string) f1Counts {
	ps, gs := map[string]bool{}, map[string]bool{}
	for _, p := range pred {
		if k := key(p); k != "" {
			ps[k] = true
		}
	}
	for _, g := range gold {
		if k := key(g); k != "" {
			gs[k] = true
		}
	}
	tp := 0
	for k := range ps {
		if gs[k] {
			tp++
		}
	}
	return f1Counts{tp, len(ps), len(gs)}
}

func quoteSpan(text, quote string) (int, int, bool) {
	q := scoreNorm(quote)
	if q == "" {
		return 0, 0, false
	}
	i := strings.Index(text, q)
	return i, i + len(q), i >= 0
}

func taskMatches(text string, p tasks.Task, g goldTask) bool {
	gs, ge, gok := quoteSpan(text, g.Quote)
	ps, pe, pok := quoteSpan(text, p.Quote)
	if gok && pok && ps < ge && gs < pe {
		return true
	}
	q := p.Quote
	if q == "" {
		q = p.Action
	}
	return tokenOverlap(q, g.Quote) >= 0.6
}

func sameTime(p tasks.Task, g goldTask) bool {
	return p.Deadline.String() == str(g.Deadline) && p.Recurrence == str(g.Recurrence)
}

func greedyMatches(text string, preds []tasks.Task, golds []goldTask, ok func(tasks.Task, goldTask) bool) int {
	used := map[int]bool{}
	n := 0
	for _, g := range golds {
		for i, p := range preds {
			if !used[i] && taskMatches(text, p, g) && ok(p, g) {
				used[i] = true
				n++
				break
			}
		}
	}
	return n
}

func TestScoreDevCorpus(t *testing.T) {
	checkFloors(t, scoreCorpus(t, devCorpus(t)), scoreFloors)
}

// tuningFloors sit just under what the extractor reaches on
// testdata/tuning/meta (ref dates 0.976, the rest 1.000), the
// first round's held-out set; rules were written against its misses since,
// so it is tuning data now (see ../testdata/tuning).
var tuningFloors = map[string]float64{
	"meta":       0.99,
	"recipients": 0.99,
	"noi_nhan":   0.99,
	"refs":       0.99,
	"ref_date":   0.97,
}

func TestScoreTuning(t *testing.T) {
	checkFloors(t, scoreCorpus(t, "testdata/tuning/meta"), tuningFloors)
}

// laterTuningFloors sit just under what the extractor reaches on the
// tuning documents of rounds two and three (documents of the held-out
// crawl that rules were written against); a lost rule fails the build.
var laterTuningFloors = map[string]map[string]float64{
	// measured: meta 1.000, refs 1.000, timed 1.000, Nơi nhận 1.000 (0.970
	// before the seventh round), all tasks 0.952
	"testdata/tuning/round2": {"meta": 0.99, "refs": 0.99, "timed": 0.99, "noi_nhan": 0.99, "tasks": 0.95},
	// measured (4 documents): meta 1.000, refs 1.000, timed 1.000, Kính gửi
	// 1.000, Nơi nhận 1.000
	"testdata/tuning/round3": {"meta": 0.99, "refs": 0.99, "timed": 0.99, "noi_nhan": 0.99, "recipients": 0.99},
	// header layouts of the fourth round (metadata and references only,
	// 26 documents): meta 1.000 since the fifth round (0.995), the rest 1.000
	"testdata/tuning/meta4": {"meta": 0.99, "refs": 0.99, "ref_date": 0.99, "recipients": 0.99, "noi_nhan": 0.99},
	// round four (7 documents, 51 timed tasks): meta 0.982 (tb-624's signer
	// name is not in its text), refs and Kính gửi 1.000, timed 0.990
	"testdata/tuning/round4": {"meta": 0.98, "refs": 0.99, "recipients": 0.99, "timed": 0.98},
	// the held-out set of rounds two to four (batches 1–3), retired to
	// tuning in the fifth round: meta, refs, Kính gửi 1.000, Nơi nhận 0.978,
	// timed 0.977, all tasks 0.889
	"testdata/tuning/round5": {"meta": 0.99, "refs": 0.99, "recipients": 0.99, "noi_nhan": 0.97, "timed": 0.97, "tasks": 0.88},
	// invitations and training letters (4 documents, 3 without a header,
	// 2 timed tasks): meta 0.969 (0.500 before the seventh round, 0.906
	// before the ninth), refs 1.000, timed 0.667; the event's times must
	// stay no deadline
	"testdata/tuning/invite": {"meta": 0.96, "refs": 0.99, "timed": 0.66},
	// held-out batch 4, retired in the sixth round: meta 0.984, refs 1.000,
	// Nơi nhận 0.969, timed 0.584 when it was last held out; now meta and
	// Nơi nhận 1.000, timed 0.911, 0.935 after the ninth round's rules
	"testdata/tuning/round6": {"meta": 0.99, "refs": 0.99, "noi_nhan": 0.99, "timed": 0.93},
	// held-out batch 5, retired in the seventh round: meta 0.963, refs
	// 1.000, Kính gửi 1.000, Nơi nhận 0.961, reference dates 0.922, timed
	// 0.605 when it was last held out; after the seventh round's rules meta
	// and Nơi nhận 1.000, reference dates 0.929, timed 0.990
	"testdata/tuning/round7": {"meta": 0.99, "recipients": 0.99, "noi_nhan": 0.99, "refs": 0.99, "ref_date": 0.92, "timed": 0.98},
	// held-out batch 6, its part of plans and regulations (8 documents, 38
	// timed tasks) retired in the eighth round: meta 0.984, timed 0.629 when
	// it was retired (the whole batch 6 had scored meta 0.970, timed 0.630),
	// 0.789 after the eighth round's rules, 0.877 after the ninth's; Nơi
	// nhận 0.913, reference dates 1.000
	"testdata/tuning/round8": {"meta": 0.98, "refs": 0.99, "noi_nhan": 0.91, "ref_date": 0.99, "timed": 0.87},
	// held-out batch 7, its half of regulations and resolutions (7A: 14
	// documents, 32 timed tasks) retired in the ninth round: meta 0.973,
	// timed 0.588 when it was retired (the whole batch 7 had scored meta
	// 0.970, timed 0.667); after the ninth round's rules meta 0.982, Nơi
	// nhận 0.964, timed 0.807
	"testdata/tuning/round9": {"meta": 0.98, "refs": 0.99, "noi_nhan": 0.96, "timed": 0.80},
}

func TestScoreLaterTuning(t *testing.T) {
	// In name order, so that two runs print the sets alike.
	for _, dir := range slices.Sorted(maps.Keys(laterTuningFloors)) {
		t.Run(filepath.Base(dir), func(t *testing.T) { checkFloors(t, scoreCorpus(t, dir), laterTuningFloors[dir]) })
	}
}

// heldoutFloors sit just under what the extractor reaches on
// testdata/heldout, documents annotated before any rule was run on them
// and never tuned on: a change that loses ground there fails the build.
// The figures themselves are in the README; they are below the targets.
var heldoutFloors = map[string]float64{
	// the part of batch 6 not retired to tuning/round8 (21 documents, 40
	// timed tasks) and the part of batch 7 not retired to tuning/round9
	// (7B: 15 documents, 20 timed tasks), scored together after the ninth
	// round's first rules and again after its last, the same both times:
	// meta 0.979, Kính gửi 0.968, Nơi nhận 0.992, refs 0.998, reference
	// dates 0.996, timed 0.692; no file lists every task.
	"meta":       0.97,
	"recipients": 0.96,
	"noi_nhan":   0.99,
	"refs":       0.99,
	"ref_date":   0.99,
	"timed":      0.69,
}

func TestScoreHeldout(t *testing.T) {
	checkFloors(t, scoreCorpus(t, "testdata/heldout"), heldoutFloors)
}

func checkFloors(t *testing.T, got, floors map[string]float64) {
	t.Helper()
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s %.3f", k, got[k]) // go test -v prints what the floors stand under
	}
	for k, floor := range floors {
		if got[k] < floor {
			t.Errorf("%s = %.3f, below the floor %.2f", k, got[k], floor)
		}
	}
}

// scoreCorpus scores FromText on every gold file of dir, as score.py does.
func scoreCorpus(t *testing.T, corpus string) map[string]float64 {
	t.Helper()
	golds, _ := filepath.Glob(filepath.Join(corpus, "*.json"))
	if len(golds) == 0 {
		t.Skip("no gold files")
	}
	var metaHit, metaAll, dateHit, dateAll int
	counts := map[string]f1Counts{}
	add := func(k string, c f1Counts) {
		s := counts[k]
		counts[k] = f1Counts{s.tp + c.tp, s.np + c.np, s.ng + c.ng}
	}
	for _, gp := range golds {
		var g goldDoc
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(gp, ".json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		r := FromText(string(raw))
		name := filepath.Base(gp)
		check := func(field string, ok bool, got, want string) {
			metaAll++
			if ok {
				metaHit++
			} else if !strings.Contains(corpus, "heldout") {
				// Held-out misses are never printed: reading them would make
				// the set a tuning set. Its totals are logged by checkFloors.
				t.Logf("%s %s: got %q want %q", name, field, got, want)
			}
		}
		check("type", scoreNormType(r.Type) == scoreNormType(g.Type), r.Type, g.Type)
		check("number", scoreNormNumber(r.Number) == scoreNormNumber(str(g.Number)), r.Number, str(g.Number))
		check("date", r.Date.String() == str(g.Date), r.Date.String(), str(g.Date))
		check("place", scoreNorm(r.Place) == scoreNorm(g.Place), r.Place, g.Place)
		check("issuer", scoreNorm(r.Issuer) == scoreNorm(g.Issuer), r.Issuer, g.Issuer)
		check("subject", vvPrefix.ReplaceAllString(scoreNorm(r.Subject), "") == vvPrefix.ReplaceAllString(scoreNorm(g.Subject), ""), r.Subject, g.Subject)
		check("signer.name", scoreNorm(r.Signer.Name) == scoreNorm(g.Signer.Name), r.Signer.Name, g.Signer.Name)
		check("signer.title", scoreNorm(r.Signer.Title) == scoreNorm(g.Signer.Title), r.Signer.Title, g.Signer.Title)
		add("recipients", setCounts(r.Recipients, g.Recipients, scoreNorm))
		add("noi_nhan", setCounts(r.NoiNhan, g.NoiNhan, scoreNorm))

		var pnums, gnums []string
		for _, ref := range r.References {
			pnums = append(pnums, ref.Number)
		}
		gdates := map[string]string{}
		for _, ref := range g.References {
			gnums = append(gnums, ref.Number)
			gdates[scoreNormNumber(ref.Number)] = str(ref.Date)
		}
		rc := setCounts(pnums, gnums, scoreNormNumber)
		if g.ReferencesComplete != nil && !*g.ReferencesComplete {
			rc.np = rc.tp
		}
		add("refs", rc)
		for _, ref := range r.References {
			if want, ok := gdates[scoreNormNumber(ref.Number)]; ok {
				dateAll++
				if ref.Date.String() == want {
					dateHit++
				}
			}
		}

		text := scoreNorm(r.Text)
		var gt []goldTask
		var pt []tasks.Task
		for _, x := range g.Tasks {
			if str(x.Deadline) != "" || str(x.Recurrence) != "" {
				gt = append(gt, x)
			}
		}
		for _, x := range r.Tasks {
			if !x.Deadline.IsZero() || x.Recurrence != "" {
				pt = append(pt, x)
			}
		}
		add("timed", f1Counts{greedyMatches(text, pt, gt, sameTime), len(pt), len(gt)})
		if g.TasksComplete == nil || *g.TasksComplete {
			add("tasks", f1Counts{greedyMatches(text, r.Tasks, g.Tasks, func(tasks.Task, goldTask) bool { return true }), len(r.Tasks), len(g.Tasks)})
		}
	}
	got := map[string]float64{
		"meta":     float64(metaHit) / float64(metaAll),
		"ref_date": float64(dateHit) / float64(max(dateAll, 1)),
	}
	for k, c := range counts {
		got[k] = c.f1()
	}
	t.Logf("documents %d: meta %.3f recipients %.3f noi_nhan %.3f refs %.3f ref_dates %.3f timed-tasks %.3f tasks %.3f",
		len(golds), got["meta"], got["recipients"], got["noi_nhan"], got["refs"], got["ref_date"], got["timed"], got["tasks"])
	return got
}

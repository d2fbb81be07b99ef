package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"vanthu/index/library"
	"vanthu/index/search"
)

func init() {
	register(&Command{
		Name:  "search",
		Usage: "search [--json] [BỘ LỌC] QUERY",
		Summary: "tìm văn bản trong thư viện; bộ lọc: --type KH, --from/--to NGÀY (YYYY-MM-DD hoặc DD/MM/YYYY), " +
			"--issuer X, --year N, --open, --overdue, --sort date|number|issuer, --limit N",
		Run: runSearch,
	})
}

func runSearch(env *Env) int {
	c := commands["search"]
	fs, err := parseFlags(env.Args, []string{"type", "from", "to", "issuer", "year", "sort", "limit"},
		[]string{"json", "open", "overdue"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	q, err := buildQuery(fs)
	if err != nil {
		return usageError(env, c, err.Error())
	}
	status := library.StatusFilter{Open: fs.set["open"], Overdue: fs.set["overdue"]}
	if search.Blank(q.Text) && len(q.Types) == 0 && q.Issuer == "" && q.From.IsZero() && q.To.IsZero() && q.Year == 0 &&
		!status.Open && !status.Overdue {
		return usageError(env, c, "thiếu nội dung cần tìm")
	}
	ctx, stop := interruptible()
	defer stop()
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	seen := len(lib.Notices())
	res, err := lib.SearchWithStatus(ctx, q, status)       // --open, --overdue: as the tasks tab counts them
	printNotices(env.Stderr, c.Name, lib.Notices()[seen:]) // an index rebuilt while searching
	if err != nil {
		printErr(env, c.Name, fmt.Errorf("không tìm được: %w", err))
		return ExitBadInput
	}
	if fs.set["json"] {
		if err := writeJSON(env.Stdout, res); err != nil {
			return ExitBadInput
		}
		return ExitOK
	}
	printResults(env.Stdout, res, q)
	return ExitOK
}

// buildQuery turns the command line into a search query; the words typed
// are passed as text, never parsed as query syntax.
func buildQuery(fs *flagSet) (search.Query, error) {
	q := search.Query{Text: strings.Join(fs.args, " "), Issuer: fs.values["issuer"]}
	if t := fs.values["type"]; t != "" {
		for _, code := range strings.Split(t, ",") {
			if code = strings.TrimSpace(code); code != "" {
				q.Types = append(q.Types, strings.ToUpper(code))
			}
		}
	}
	var err error
	if s := fs.values["from"]; s != "" {
		if q.From, err = parseDateArg(s); err != nil {
			return q, err
		}
	}
	if s := fs.values["to"]; s != "" {
		if q.To, err = parseDateArg(s); err != nil {
			return q, err
		}
	}
	if s := fs.values["year"]; s != "" {
		if q.Year, err = strconv.Atoi(s); err != nil || q.Year < 1900 || q.Year > 2200 {
			return q, fmt.Errorf("năm %q không hợp lệ", s)
		}
	}
	switch s := fs.values["sort"]; s {
	case "", "relevance":
	case "date":
		q.SortByDate = true
	case "number":
		q.SortByNumber = true
	case "issuer":
		q.SortByIssuer = true
	default:
		return q, fmt.Errorf("--sort nhận \"date\" (mới nhất trước), \"number\" (theo số ký hiệu) hoặc \"issuer\" (theo cơ quan ban hành), không phải %q", s)
	}
	if s := fs.values["limit"]; s != "" {
		if q.Limit, err = strconv.Atoi(s); err != nil || q.Limit < 1 {
			return q, fmt.Errorf("--limit %q không hợp lệ", s)
		}
	}
	return q, nil
}

func printResults(w io.Writer, res *search.Results, q search.Query) {
	if res.Total == 0 {
		fmt.Fprintln(w, "Không tìm thấy văn bản nào.")
		return
	}
	fmt.Fprintf(w, "Tìm thấy %d văn bản", res.Total)
	if int(res.Total) > len(res.Hits) {
		fmt.Fprintf(w, ", hiện %d–%d", q.Offset+1, q.Offset+len(res.Hits))
	}
	fmt.Fprintln(w, ":")
	for _, h := range res.Hits {
		head := []string{"[" + h.ID + "]"}
		for _, s := range []string{h.Type, h.Number} {
			if s != "" {
				head = append(head, s)
			}
		}
		if !h.Date.IsZero() {
			head = append(head, h.Date.Format("02/01/2006"))
		}
		if h.Issuer != "" {
			head = append(head, "— "+h.Issuer)
		}
		fmt.Fprintln(w, strings.Join(head, " "))
		if h.Subject != "" {
			fmt.Fprintf(w, "    %s\n", h.Subject)
		}
		for _, s := range h.Snippets {
			fmt.Fprintf(w, "    %s\n", markToQuotes(s))
		}
	}
}

// markToQuotes shows the <mark> highlights of a snippet as «…» on a
// terminal.
func markToQuotes(s string) string {
	return strings.NewReplacer("<mark>", "«", "</mark>", "»", "\n", " ").Replace(s)
}

package drafting

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"vanthu/docs/vndate"
	"vanthu/index/drafting/draftingtest"
	"vanthu/index/library"
	"vanthu/index/registers"
	"vanthu/index/tracking"
)

// A reply drafted from a library letter shows the next outgoing number,
// takes it when issued, and closes the letter's follow-up with its number.
func TestIssue(t *testing.T) {
	ctx := context.Background()
	dir, src := t.TempDir(), filepath.Join(t.TempDir(), "cv-20.txt")
	os.WriteFile(src, []byte(letter), 0o644)
	draftingtest.Library(t, dir, src)
	lib, err := library.Open(ctx, dir, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	regs := registers.New(lib.Store(), "Lan")
	today := vndate.Date{Year: 2021, Month: 4, Day: 20}

	d, err := Prepare(ctx, Request{Template: "cong-van-tra-loi", Lib: lib, DocID: 1, Today: today, Numberer: OutgoingNumberer(regs)})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Prefill.Values.Text["so"]; got != "01" {
		t.Fatalf("next number shown %q, want 01", got)
	}
	for i, want := range []string{"01/SYT-VP", "02/SYT-VP"} {
		edits := map[string]string{}
		e, err := Issue(ctx, regs, d, 1, edits, today)
		if err != nil {
			t.Fatal(err)
		}
		if e.DocNumber != want || edits["so"] != want[:2] || e.AnswersDoc != 1 {
			t.Fatalf("issue %d: %s, so=%q, answers %d; want %s answering 1", i+1, e.DocNumber, edits["so"], e.AnswersDoc, want)
		}
	}
	tr, err := tracking.New(ctx, lib.Store(), "Lan", today)
	if err != nil {
		t.Fatal(err)
	}
	if reply, err := tr.Reply(ctx, 1); err != nil || reply == "" {
		t.Fatalf("the letter's reply is %q, %v; want the issued number", reply, err)
	}

	// A draft without a symbol cannot be registered, and takes no number.
	d.Prefill.Values.Text["ky_hieu"] = ""
	if _, err := Issue(ctx, regs, d, 0, map[string]string{}, today); err == nil {
		t.Fatal("issued without a symbol")
	}
	if n, _ := regs.NextNumber(ctx, registers.Outgoing, 2021, registers.OutgoingSeries("CV", "")); n != 3 {
		t.Fatalf("next number %d after a refused issue, want 3", n)
	}
}

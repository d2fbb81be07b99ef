#!/usr/bin/env python3
"""List, for the ninth round's survey (docs/extract/testdata/tuning/survey9), every sentence of each text that
carries a time expression, beside the timed tasks the extractor made there, so that each can be judged by hand
(JUDGED.tsv). Dates that only date a cited document ("Quyết định số 12/QĐ-UBND ngày 3/5/2025") are not time
expressions of a duty and are left out before the search.

    go build -o /tmp/vx ./internal/cmd/vanthu-cli
    python3 scripts/survey-sentences.py --cmd "/tmp/vx extract --json" docs/extract/testdata/tuning/survey9 > /tmp/sentences.txt
    python3 scripts/survey-sentences.py --cmd "/tmp/vx extract --json" --score docs/extract/testdata/tuning/survey9
"""
import argparse, glob, json, os, re, shlex, subprocess, sys, unicodedata

TIME = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}|trước ngày|chậm nhất|hạn chót"
    r"|trong (?:tháng|quý|năm|tuần|ngày|vòng)|(?:cuối|đầu|giữa) (?:tháng|quý|năm)|quý\s+[IV\d]+"
    r"|tháng\s+\d{1,2}\s*(?:/|năm)\s*20\d\d|trong năm 20\d\d|định kỳ|[hH][ằà]ng (?:ngày|tuần|tháng|quý|năm)"
    r"|mỗi (?:tuần|tháng|quý|năm)|\d+ (?:tháng|năm) một lần|(?:6|06|sáu) tháng(?: đầu năm| cuối năm)?|thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy) hằng tuần"
    r"|ngày làm việc|kể từ ngày"
    # a plan table's time cell closes its row: "… Bộ Xây dựng 2026" or "… 2026-2027"
    r"|\b20[2-3]\d(?:\s*[-–]\s*20[2-3]\d)?$", re.I)
# A cited document's number and date, or a date that dates a past event named by its document.
CITED = re.compile(r"(?:[Ss]ố|số hiệu)\s*:?\s*[\w./-]*\d[\w./-]*\s*,?\s*(?:ban hành\s*)?ngày\s*\d{1,2}\s*(?:/|-|\s*tháng\s*)"
                   r"\s*\d{1,2}\s*(?:(?:/|-|\s*năm\s*)\s*\d{2,4})?|\b\d+/\d{4}/[A-ZĐ-]+\w*|\b\d+/[A-ZĐ][\w-]*")
UP = "[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]"  # an upper-case letter
BOUND = re.compile(r"(?<=[.;:!?])\s*\n|\n(?=\s*(?:[-–+•]\s|[a-zđ]\)\s|\d+(?:\.\d+)*\.?\s+[A-ZĐ]|[IVX]+\.?\s+[A-ZĐ]{UP}|Điều\s+\d))|(?<=[.;])\s+(?=[A-ZĐ])")


BOUND = re.compile(BOUND.pattern.replace("{UP}", UP))


def sentences(text):
    pos = 0
    for m in BOUND.finditer(text):
        yield pos, text[pos:m.start()]
        pos = m.end()
    yield pos, text[pos:]


def timed(t):
    return bool(t.get("deadline") or t.get("recurrence"))


def run(cmd, path):
    out = subprocess.run(shlex.split(cmd) + [path], capture_output=True, text=True).stdout
    d = json.loads(out)
    return d[0] if isinstance(d, list) else d


def rows(cmd, folder):
    # The texts stand in texts/, out of the tuning/*/*.txt globs of the header tests (they have no gold).
    for path in sorted(glob.glob(os.path.join(folder, "texts", "*.txt"))):
        text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
        raw = text.encode("utf-8")
        tasks = [t for t in run(cmd, path).get("tasks") or [] if timed(t)]
        spans = []
        for t in tasks:
            s = len(raw[:t["start"]].decode("utf-8", "replace"))
            e = len(raw[:t["end"]].decode("utf-8", "replace"))
            spans.append((s, e, t))
        used = set()
        for off, sent in sentences(text):
            flat = re.sub(r"\s+", " ", sent).strip()
            if not flat or flat.startswith("Căn cứ"):
                continue
            if not TIME.search(CITED.sub(" ", flat)):
                continue
            got = []
            for i, (s, e, t) in enumerate(spans):
                if s < off + len(sent) and e > off:
                    got.append(t)
                    used.add(i)
            yield os.path.basename(path), off, flat, got
        for i, (s, e, t) in enumerate(spans):
            if i not in used:
                yield os.path.basename(path), s, "(task outside the listed sentences) " + re.sub(r"\s+", " ", t["quote"]), [t]


def show(t):
    return "%s | %s%s | %s" % (t.get("assignee") or "-", t.get("deadline") or "", (t.get("recurrence") or "") +
                                (" " + t["recurrence_due"] if t.get("recurrence_due") else ""),
                                re.sub(r"\s+", " ", t["quote"])[:60])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--score", action="store_true", help="compare with JUDGED.tsv and print found/missed/extra")
    ap.add_argument("folder")
    a = ap.parse_args()
    if not a.score:
        for f, off, flat, got in rows(a.cmd, a.folder):
            print("%s\t%d\t%s" % (f, off, flat[:400]))
            for t in got:
                print("\t\t=> " + show(t))
        return
    score(a)


def score(a):
    """JUDGED.tsv rows: file, offset, sentence start, truth (the timed task a reader finds there: a YYYY-MM-DD
    deadline, a recurrence, or '-' for none), verdict before the round, class. A sentence is found when the
    extractor makes a task there with the same time, missed when it makes none or another, extra when the truth
    is '-' and it makes one."""
    judged = {}
    for ln in open(os.path.join(a.folder, "JUDGED.tsv"), encoding="utf-8"):
        p = ln.rstrip("\n").split("\t")
        if p[0] == "file" or len(p) < 4:
            continue
        judged[(p[0], int(p[1]))] = [x.strip() for x in p[3].split(",")]
    found = missed = extra = 0
    have = {}
    for f, off, flat, got in rows(a.cmd, a.folder):
        have[(f, off)] = got
    for (f, off), truth in sorted(judged.items()):
        got = have.get((f, off), [])
        times = {t.get("deadline") or (t.get("recurrence") + ("@" + t["recurrence_due"] if t.get("recurrence_due") else "")) for t in got}
        times |= {t.get("recurrence") for t in got if t.get("recurrence")}
        if truth == ["-"]:
            extra += 1 if got else 0
            if got:
                print("extra\t%s\t%d" % (f, off))
            continue
        for want in truth:
            if want in times:
                found += 1
            else:
                missed += 1
                print("missed\t%s\t%d\t%s\t(got %s)" % (f, off, want, ",".join(sorted(x for x in times if x)) or "nothing"))
    # Timed tasks the extractor made on sentences never judged (outside the listing) count as extras too.
    for (f, off), got in have.items():
        if (f, off) not in judged and got:
            extra += 1
            print("extra (unjudged)\t%s\t%d" % (f, off))
    print("judged sentences %d: found %d, missed %d, extra %d" % (len(judged), found, missed, extra))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write docs/extract/testdata/tuning/survey9/JUDGED.tsv: every sentence scripts/survey-sentences.py lists, with
the hand judgement of the ninth round (the dict T: the timed task a reader finds there; NOTE: why an extracted task
is an extra) and the verdict of the extractor given on the command line. Sentences not in T were read and judged to
carry no timed task; their class column is filled by the patterns of none_class (a label, not a judgement).

    python3 scripts/survey-judged.py "/tmp/vx extract --json" > docs/extract/testdata/tuning/survey9/JUDGED.tsv
"""
import sys, re, importlib.util
spec = importlib.util.spec_from_file_location("ss", "scripts/survey-sentences.py"); ss = importlib.util.module_from_spec(spec); spec.loader.exec_module(ss)
folder = "docs/extract/testdata/tuning/survey9"
# Hand judgements: (file, offset) -> (truth, class). Every other listed sentence was read and judged '-' (no timed
# task), its class given by the patterns in NONE below.
T = {
 ("kh-2025-d40513a8.txt", 9366): ("yearly", "yearly report sent on"),
 ("qd-2025-abc00053.txt", 14005): ("yearly", "opening 'Hàng năm' duty"),
 ("qd-2025-adf53d88.txt", 33270): ("yearly@--12-20", "yearly report with due day"),
 ("qd-2025-adf53d88.txt", 17116): ("yearly", "opening 'Hằng năm,' duty, subject after it (cadence: h-cadence)"),
 ("qd-2025-db769f68.txt", 6260): ("yearly", "'hằng năm và đột xuất' after the object (cadence: h-cadence)"),
 ("qd-2025-db769f68.txt", 6433): ("monthly,quarterly,semiannual", "cadence list 'hằng tháng, quý, 6 tháng' (cadence: h-cadence)"),
 ("qd-2025-ec00bd6f.txt", 25276): ("2026-12-31", "plan-table year (row split by the lister)"),
 ("qd-2025-ec00bd6f.txt", 26815): ("-", "plan-table span of the whole period (row split by the lister)"),
 ("qd-2025-ec00bd6f.txt", 27221): ("-", "plan-table span of the whole period (row split by the lister)"),
 ("qd-2025-b527d799.txt", 12961): ("yearly", "function-list duty with trailing 'hằng năm'"),
}
NOTE = {
 ("qd-2025-8180ae11.txt", 6491): "extra: 'trợ cấp hàng tháng' names a monthly allowance, no rhythm of the duty",
 ("qd-2025-8180ae11.txt", 6799): "extra: 'chi trả chế độ trợ cấp hàng tháng' names a monthly allowance",
 ("qd-2025-adf53d88.txt", 38224): "extra: 'ngoài dự toán chi hàng năm đã được phê duyệt' names the yearly budget",
 ("qd-2025-abc00053.txt", 5921): "rule for every account holder; '03 tháng một lần' noted for h-cadence",
 ("qd-2025-db769f68.txt", 5140): "no unit: 'Nội dung phối hợp chung' list",
}
def none_class(flat):
    f = flat.lower()
    for pat, c in [(r"cộng hòa xã hội|cộng hoà xã hội", "header date line"), (r"hiệu lực", "effective date"),
                   (r"hàng ngày|hằng ngày|trong ngày|24/7|24/24", "daily or within the day (no daily recurrence)"),
                   (r"kể từ|ngày làm việc|trong thời hạn|trong vòng", "relative time limit"),
                   (r"định kỳ", "'định kỳ' with no period"),
                   (r"(kinh phí|ngân sách|dự toán|dự trù)[^.;]{0,40}h[àằ]ng năm|h[àằ]ng năm[^.;]{0,10}(kinh phí)", "funding's 'hằng năm'"),
                   (r"kế hoạch[^.;]{0,60}h[àằ]ng năm", "a plan's 'hằng năm'"),
                   (r"quyết định|nghị định|thông tư|luật|kế hoạch số|báo cáo số|tờ trình", "cited document or past event"),
                   (r"đến năm 20|tầm nhìn", "objective year")]:
        if re.search(pat, f):
            return c
    return "no duty in the sentence (fact, forecast, condition, rule for the public)"
rows = list(ss.rows(sys.argv[1], folder))
print("file\toffset\tsentence start\ttruth\tbefore\tclass")
for f, off, flat, got in rows:
    if flat.startswith("(task outside"):
        continue
    key = (f, off)
    have = sorted({t.get("deadline") or (t.get("recurrence") + ("@" + t["recurrence_due"] if t.get("recurrence_due") else "")) for t in got})
    if key in T:
        truth, cls = T[key]
    elif f == "qd-2025-ec00bd6f.txt" and re.search(r"\b20[2-3]\d(?:\s*[-–]\s*20[2-3]\d)?$", flat) and re.match(r"\d+ ", flat):
        ys = re.findall(r"20[2-3]\d", flat[-12:])
        if len(ys) == 2 and int(ys[1]) - int(ys[0]) + 1 > 3:
            # "2026-2030" spans the plan's whole period: no deadline (eval README; round8 kh-179's gold)
            truth, cls = "-", "plan-table span of the whole period"
        else:
            truth, cls = ys[-1] + "-12-31", ("plan-table year span, due at its end" if len(ys) == 2 else "plan-table year")
    else:
        truth, cls = "-", NOTE.get(key) or none_class(flat)
    want = [w for w in truth.split(",") if w != "-"]
    if not want:
        before = "extra" if got else "ok-none"
    else:
        ok = [w for w in want if w in have or w.split("@")[0] in {h.split("@")[0] for h in have if "@" not in w}]
        before = "found" if len(ok) == len(want) else ("partly found" if ok else ("wrong time" if got else "missed"))
    print("\t".join([f, str(off), re.sub(r"\t", " ", flat[:90]), truth, before, cls]))

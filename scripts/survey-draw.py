#!/usr/bin/env python3
"""Draw the ninth round's survey set (issue 10, h-survey): a seeded random sample of official documents of
2023-2025 that assign work, from the crawl github:tnt305/tai_lieu_noi_bo@94c5034a (src/etl/dataset/).

Only files whose name starts with 8, 9, a-f are read (0-7 are the held-out annotators' pool), minus the files
earlier batches used. Each pick is cleaned as batches 4-6 were: markdown emphasis and '#' marks, lines holding
only '|', blank lines and line-edge spaces removed; text NFC.

    python3 scripts/survey-draw.py /tmp/tnt/src/etl/dataset docs/extract/testdata/tuning/survey9 [--seed 9] [--n 60]
"""
import argparse, os, random, re, subprocess, unicodedata

KINDS = [("kh", r"^\s*#*\s*\**\s*KẾ HOẠCH\b"), ("qd", r"^\s*#*\s*\**\s*QUYẾT ĐỊNH\b"),
         ("cd", r"^\s*#*\s*\**\s*CÔNG ĐIỆN\b"), ("ct", r"^\s*#*\s*\**\s*CHỈ THỊ\b"),
         ("tb", r"^\s*#*\s*\**\s*THÔNG BÁO\b"), ("cv", r"\bV/v\b")]
YEAR = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(20\d\d)")


def used_names(repo):
    out = subprocess.run(["git", "grep", "-hoE", r"[0-9a-f]{16}\.md", "--", "docs/extract/testdata",
                          ":(exclude)docs/extract/testdata/tuning/survey9"],  # this draw's own list
                         cwd=repo, capture_output=True, text=True).stdout
    return set(out.split())


def clean(text):
    """Cleaning as batches 4-6: the site's banner, metadata block (Số hiệu … Tình trạng) and the tail (its summary
    line, related documents, notices) left out; markdown emphasis, '#' marks, lines of only '|', blank lines and
    line-edge spaces removed; the document's own line breaks kept."""
    lines = []
    for ln in unicodedata.normalize("NFC", text).splitlines():
        ln = ln.replace("**", "").replace("\\*", "*")
        ln = re.sub(r"^\s*#+\s*", "", ln)
        ln = re.sub(r"(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)", "", ln)
        ln = ln.strip().strip("|").strip()
        if not ln or re.fullmatch(r"[|\s:-]*", ln):
            continue
        lines.append(ln)
    start = 0
    for i, ln in enumerate(lines[:80]):
        if ln.startswith("Tình trạng:"):
            start = i + 2  # the label and its value
            break
    end = len(lines)
    for i in range(start, len(lines)):
        if re.match(r"(Văn bản này chưa|Văn bản liên quan|Lược đồ|Tải về|Thưa Quý khách)", lines[i]):
            end = i - 1 if i > start and lines[i - 1].endswith("ban hành") else i
            break
    return "\n".join(lines[start:end]) + "\n"


def kind_of(text):
    head = re.sub(r"\s+", " ", text[:3000])
    if not re.search(r"CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM", head.upper()) or not re.search(r"Số\s*:", head):
        return None
    for k, pat in KINDS:
        if re.search(pat, text[:3000], re.M):
            return k
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--n", type=int, default=60)
    a = ap.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    used = used_names(repo)
    names = sorted(n for n in os.listdir(a.dataset) if n[0] in "89abcdef" and n.endswith(".md") and n not in used)
    random.Random(a.seed).shuffle(names)
    picked = []
    for n in names:
        if len(picked) >= a.n:
            break
        with open(os.path.join(a.dataset, n), encoding="utf-8", errors="replace") as f:
            raw = clean(f.read())
        k = kind_of(raw)
        m = YEAR.search(re.sub(r"\s+", " ", raw[:3000]))
        if not k or not m or not ("2023" <= m.group(1) <= "2025"):
            continue
        if len(raw) > 60000:  # a whole gazette issue or a code of procedures, not one letter or plan
            continue
        # Lists of administrative procedures give legal time limits to the public, customs rulings and tax
        # answers advise one firm: none of them assigns work.
        if re.search(r"THỦ TỤC HÀNH CHÍNH|QUY TRÌNH NỘI BỘ|XÁC ĐỊNH TRƯỚC MÃ SỐ|PHÂN LOẠI HÀNG HÓA|V/V (?:THUẾ|TIỀN THUÊ|KHAI|CHÍNH SÁCH THUẾ|HOÀN THUẾ|HÓA ĐƠN)",
                     re.sub(r"\s+", " ", raw[:1500]).upper()):
            continue
        picked.append((n, k, m.group(1)))
        os.makedirs(os.path.join(a.out, "texts"), exist_ok=True)
        with open(os.path.join(a.out, "texts", "%s-%s-%s.txt" % (k, m.group(1), n[:8])), "w", encoding="utf-8") as f:
            f.write(raw)
    with open(os.path.join(a.out, "SOURCES.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tsource (src/etl/dataset/)\tkind\tyear\n")
        for n, k, y in picked:
            f.write("%s-%s-%s.txt\t%s\t%s\t%s\n" % (k, y, n[:8], n, k, y))
    print(len(picked), "documents drawn with seed", a.seed)


if __name__ == "__main__":
    main()

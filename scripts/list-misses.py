#!/usr/bin/env python3
"""Print the Nơi nhận items and reference dates an extractor gets wrong on a gold folder.

score.py --verbose lists metadata and task differences but only counts the sets; this lists
each Nơi nhận item missed or extra and each matched reference whose date differs.

Usage: scripts/list-misses.py --cmd "/tmp/vm7 extract --json" --gold DIR
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
from score import norm, norm_number  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--gold", required=True)
    a = ap.parse_args()
    for name in sorted(os.listdir(a.gold)):
        if not name.endswith(".json"):
            continue
        slug = name[:-5]
        gold = json.load(open(os.path.join(a.gold, name), encoding="utf-8"))
        out = subprocess.run(shlex.split(a.cmd) + [os.path.join(a.gold, slug + ".txt")], capture_output=True)
        try:
            pred = json.loads(out.stdout.decode("utf-8"))
        except ValueError:
            print(f"{slug}: no JSON")
            continue
        if isinstance(pred, list):
            pred = pred[0]
        rows = []
        gn = {norm(x): x for x in gold.get("noi_nhan") or [] if norm(x)}
        pn = {norm(x): x for x in pred.get("noi_nhan") or [] if norm(x)}
        rows += [f"  nơi nhận missed: {gn[k]!r}" for k in gn if k not in pn]
        rows += [f"  nơi nhận extra:  {pn[k]!r}" for k in pn if k not in gn]
        gd = {norm_number(r.get("number")): r.get("date") for r in gold.get("references") or []}
        for r in pred.get("references") or []:
            k = norm_number(r.get("number"))
            if k in gd and (r.get("date") or None) != (gd[k] or None):
                rows.append(f"  reference {r.get('number')}: date want {gd[k]!r} got {r.get('date')!r}")
        if rows:
            print(slug)
            print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

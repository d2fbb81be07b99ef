#!/usr/bin/env bash
# Scores vanthu extract --json with ../shared/eval/score.py on the dev set,
# every tuning set and the held-out set, one line each (the README's table):
# metadata, references, Kính gửi, Nơi nhận, timed tasks, all tasks.
# Usage: scripts/score-all.sh   (builds vanthu-cli first)
set -euo pipefail
cd "$(dirname "$0")/.."
make -s cli >/dev/null
printf '%-10s %6s %6s %6s %6s %6s %6s\n' set meta refs kg noi timed all
for d in ../shared/corpus/dev docs/extract/testdata/tuning/*/ docs/extract/testdata/heldout; do
  ls "$d"/*.json >/dev/null 2>&1 || continue
  python3 ../shared/eval/score.py --cmd "./vanthu-cli extract --json" --gold "$d" 2>/dev/null | awk -v set="$(basename "$d")" '
    # an F1 with nothing in the gold is not a figure: "—"
    function f1(line,   v) { v = line; sub(/.*F1 /, "", v); sub(/ .*/, "", v); return line ~ /gold 0\)/ ? "—" : v }
    /^metadata fields right/ {meta=$4}
    /^recipients/ {kg=f1($0)}
    /^Nơi nhận/ {noi=f1($0)}
    /^references:/ {refs=f1($0)}
    /^timed tasks/ {timed=f1($0)}
    /^all tasks/ {all=f1($0)}
    END {printf "%-10s %6s %6s %6s %6s %6s %6s\n", set, meta, refs, kg, noi, timed, all}'
done

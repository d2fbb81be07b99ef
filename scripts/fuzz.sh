#!/usr/bin/env bash
# Runs every Go fuzz target in the module for a short time each (default 8s).
set -euo pipefail
t="${1:-8s}"
cd "$(dirname "$0")/.."
grep -rl --include='*_test.go' '^func Fuzz' . | while read -r f; do
  dir="./$(dirname "${f#./}")"
  for name in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$f"); do
    echo "fuzz $dir $name ($t)"
    go test -run='^$' -fuzz="^${name}\$" -fuzztime="$t" -fuzzminimizetime=0 "$dir" >/tmp/vanthu-fuzz.log 2>&1 \
      || { cat /tmp/vanthu-fuzz.log; exit 1; }
  done
done

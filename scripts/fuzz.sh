#!/usr/bin/env bash
# Runs every Go fuzz target in the module for a short time each (default 8s).
# The seed corpora (testdata/fuzz, with every input that ever failed) run in
# the unit tests. A NEW failing input found here fails the run: it stays in
# the target's testdata/fuzz as a seed (go test writes it there), is printed
# with the failure, and must be committed with the fix, so the unit tests
# keep it forever after. The other targets still run, so one run reports
# every finding.
set -uo pipefail
t="${1:-8s}"
cd "$(dirname "$0")/.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
found=0
while read -r f; do
  dir="./$(dirname "${f#./}")"
  for name in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$f"); do
    echo "fuzz $dir $name ($t)"
    if ! go test -run='^$' -fuzz="^${name}\$" -fuzztime="$t" -fuzzminimizetime=0 "$dir" >"$log" 2>&1; then
      # The fuzz engine itself running out of time on a slow input, with no
      # failing input written, is no crasher: say so and go on.
      if grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
        echo "fuzz $dir $name: the engine ran out of time on a slow input (no failing input); not a finding"
        continue
      fi
      echo "FUZZ FINDING in $dir $name:"
      grep -v '^fuzz: elapsed' "$log"
      git ls-files --others --exclude-standard -- "$dir/testdata/fuzz" | while read -r new; do
        echo "kept as a seed: $new (commit it with the fix)"
      done
      found=1
    fi
  done
done < <(grep -rl --include='*_test.go' '^func Fuzz' . | sort)
if [ "$found" = 1 ]; then
  echo "fuzz: có đầu vào mới làm chương trình lỗi (new crasher found); xem ở trên"
  exit 1
fi
exit 0

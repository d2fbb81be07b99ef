#!/usr/bin/env bash
# Runs every Go fuzz target in the module for a short time each (default 8s).
# The seed corpora (testdata/fuzz, with every input that ever failed) run in
# the unit tests and gate CI; a NEW input found here in a few seconds is
# printed and saved under testdata/fuzz for a developer to commit, and fails
# the run only with FUZZ_STRICT=1, so that chance alone cannot block CI.
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
      echo "FUZZ FINDING in $dir $name:"
      grep -v '^fuzz: elapsed' "$log"
      found=1
      # Keep the new input out of the seed corpus of this run (it is shown
      # above and kept in fuzz-findings/), so the unit tests that follow
      # judge the code as committed.
      if [ "${FUZZ_STRICT:-0}" != 1 ]; then
        git ls-files --others --exclude-standard -- "$dir/testdata/fuzz" | while read -r new; do
          mkdir -p fuzz-findings && mv "$new" fuzz-findings/ && echo "saved $new in fuzz-findings/"
        done
      fi
    fi
  done
done < <(grep -rl --include='*_test.go' '^func Fuzz' . | sort)
if [ "$found" = 1 ] && [ "${FUZZ_STRICT:-0}" = 1 ]; then
  exit 1
fi
exit 0

#!/usr/bin/env bash
# Runs every Go test under a virtual display (the window's tests use Fyne's
# headless driver, but the GLFW package still wants an X server at init),
# prints the package lines and the failures, and ends with one summary line:
# "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
xvfb-run -a go test -count=1 -v ./... >"$log" 2>&1
status=$?
# Package results, and the output of anything that failed.
grep -E '^(ok|FAIL|\?|panic:|--- FAIL|\s+--- FAIL)|\[build failed\]|\.go:[0-9]+:' "$log" | grep -v '^=== ' || true
passed=$(grep -cE '^\s*--- PASS' "$log")
failed=$(grep -cE '^\s*--- FAIL' "$log")
skipped=$(grep -cE '^\s*--- SKIP' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a build failure or a panic outside a test function
  tail -40 "$log"
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"

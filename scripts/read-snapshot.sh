#!/usr/bin/env bash
# Records what `vanthu-cli read --json` gives for every .docx, .docm and .odt
# of the repository and of ../shared (plus any folder named on the command
# line), one file per input: stdout, then stderr and the exit code. Two
# snapshots taken before and after a change to a reader are compared with
# `diff -r BEFORE AFTER`: a refactoring must leave them identical.
#
# Usage: scripts/read-snapshot.sh OUTDIR [EXTRA-DIR...]   (after `make cli`)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 OUTDIR [EXTRA-DIR...]" >&2; exit 2; }
out=$1
shift
[ -x ./vanthu-cli ] || { echo "$0: build vanthu-cli first (make cli)" >&2; exit 2; }
mkdir -p "$out"
n=0
while IFS= read -r -d '' f; do
	name=$(printf '%s' "$f" | sed 's|^\./||; s|^\.\./|up-|; s|/|__|g')
	{
		./vanthu-cli read --json "$f" 2>"$out/.stderr" && rc=0 || rc=$?
		echo "--- stderr"
		cat "$out/.stderr"
		echo "--- exit $rc"
	} >"$out/$name.txt"
	n=$((n + 1))
done < <(find -L . ../shared "$@" -type f \( -iname '*.docx' -o -iname '*.docm' -o -iname '*.odt' \) \
	-not -path './.git/*' -not -path './dist/*' -print0 | sort -z)
rm -f "$out/.stderr"
echo "$n files read into $out"

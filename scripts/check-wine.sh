#!/usr/bin/env bash
# Tries the Windows build for real under Wine, outside the normal CI (slow,
# and it needs Debian's wine64): builds dist/vanthu.exe, then
#   1. the CLI reads and extracts a .docx whose file name is Vietnamese and
#      prints UTF-8 (the number and the issuer must come out right);
#   2. the CLI imports the sample folder and searches it without accents;
#   3. the window opens under Xvfb with nothing on stderr, and a screenshot
#      of it is left in dist/wine-window.png to be looked at.
# Wine 8 lacks ProcessPrng, which Go >= 1.24 needs: ../shared/tools/wine-run
# puts a test-only stand-in DLL in the Wine prefix.
# Usage: scripts/check-wine.sh [DISPLAY_NUMBER] (default 25).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-25}"
run="$PWD/../shared/tools/wine-run/run-exe.sh"
[ -x "$run" ] || { echo "thiếu $run"; exit 2; }
command -v wine64 >/dev/null || [ -x /usr/lib/wine/wine64 ] || { echo "cần wine64: sudo apt-get install wine64"; exit 2; }
make windows >/dev/null
work="$(mktemp -d)"
xvfb=""; app=""
trap 'kill $app $xvfb 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
export WINEPREFIX="${WINEPREFIX:-/tmp/wine-vanthu}" LANG=C.UTF-8
win() { echo "Z:${1//\//\\}"; }  # Wine sees / as Z:\
fail() { echo "LỖI: $*"; exit 1; }

name="công văn Kon Tum — cải cách hành chính.docx"
cp assets/samples/cv-ubnd-kontum-cchc-2021.docx "$work/$name"
"$run" dist/vanthu.exe extract --json "$(win "$work/$name")" >"$work/extract.json" 2>"$work/extract.err" \
  || fail "extract: $(cat "$work/extract.err")"
iconv -f UTF-8 -t UTF-8 "$work/extract.json" >/dev/null || fail "extract không in ra UTF-8"
grep -q '"UBND-KTTH\|/UBND-KTTH' "$work/extract.json" || fail "extract: thiếu số ký hiệu /UBND-KTTH"
grep -q 'Ủy ban nhân dân tỉnh Kon Tum' "$work/extract.json" || fail "extract: thiếu cơ quan ban hành có dấu"
[ -s "$work/extract.err" ] && fail "extract viết ra stderr: $(cat "$work/extract.err")"
echo "1. extract «$name»: UTF-8, số /UBND-KTTH, «Ủy ban nhân dân tỉnh Kon Tum» — được"

lib="$(win "$work/lib")"
"$run" dist/vanthu.exe import --library "$lib" "$(win "$PWD/assets/samples")" >"$work/import.txt" 2>&1 \
  || fail "import: $(tail -5 "$work/import.txt")"
"$run" dist/vanthu.exe search --library "$lib" cai cach hanh chinh >"$work/search.txt" 2>&1 || fail "search: $(cat "$work/search.txt")"
grep -q 'UBND-KTTH' "$work/search.txt" || fail "search không dấu không tìm thấy công văn: $(cat "$work/search.txt")"
echo "2. import 8 văn bản mẫu, search «cai cach hanh chinh» — được"

Xvfb ":$n" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=":$n" "$run" dist/vanthu.exe --library "$lib" >"$work/window.out" 2>"$work/window.err" & app=$!
sleep 25
kill -0 "$app" 2>/dev/null || fail "cửa sổ đã tắt: $(cat "$work/window.err")"
DISPLAY=":$n" import -window root -strip dist/wine-window.png
[ -s "$work/window.err" ] && fail "cửa sổ viết ra stderr: $(cat "$work/window.err")"
echo "3. cửa sổ mở dưới Wine, không in gì ra stderr; ảnh: dist/wine-window.png (hãy xem ảnh)"

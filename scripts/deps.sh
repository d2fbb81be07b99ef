#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages vanthu needs. Usage: scripts/deps.sh [run|test|windows]...
# It only calls apt-get for what is missing, so a second run costs nothing.
set -euo pipefail

build=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
       libxi-dev libxxf86vm-dev)
want=("${build[@]}")
for what in "$@"; do
  case "$what" in
    # OCR of scans (docs/read/ocr) needs the Tesseract program and its Vietnamese model.
    run) want+=(fonts-dejavu-core tesseract-ocr tesseract-ocr-vie) ;;
    # The tests read the .ics export back with Python's icalendar too.
    test) want+=(xvfb xauth tesseract-ocr tesseract-ocr-vie python3-icalendar) ;;
    windows) want+=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 file) ;;
    tesseract-windows) want+=(cmake make g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 file) ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Cài các gói còn thiếu: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! command -v go >/dev/null; then
  echo "Cần Go 1.26 trở lên (https://go.dev/dl); Debian: /usr/local/go/bin phải có trong PATH." >&2
  exit 1
fi

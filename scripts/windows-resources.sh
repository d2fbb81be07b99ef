#!/usr/bin/env bash
# Compiles the Windows icon, version information and manifest into a .syso
# that `go build` links into vanthu.exe. Usage: windows-resources.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/.."
v="${1:-1.0.0}"
IFS=. read -r a b c <<<"$v"
sed -e "s/@VERSION@/$v/g" -e "s/@VERSION_COMMA@/${a:-1},${b:-0},${c:-0},0/g" \
  assets/windows/vanthu.rc >/tmp/vanthu.rc
cp assets/windows/vanthu.manifest assets/icons/vanthu.ico /tmp/
(cd /tmp && x86_64-w64-mingw32-windres -O coff -i vanthu.rc -o "$OLDPWD/rsrc_windows_amd64.syso")

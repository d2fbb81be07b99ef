#!/usr/bin/env bash
# Cross-builds Tesseract 5.3.0 with Leptonica 1.82.0 for Windows x86-64,
# statically, with Debian's mingw-w64, into dist/tesseract/:
#
#   dist/tesseract/tesseract.exe        needs only KERNEL32 and msvcrt (no DLLs to ship)
#   dist/tesseract/tessdata/vie.traineddata
#   dist/tesseract/LICENSES/            Apache-2.0 (Tesseract, its Vietnamese model), BSD-2 (Leptonica)
#
# Copy the folder beside vanthu.exe: vanthu finds tesseract\tesseract.exe there.
#
# Sources: the Debian bookworm source packages (apt-get source, the same sources the Linux
# packages are built from), downloaded once into third_party/tesseract-src/ (git-ignored, 31 MB)
# and checked against the SHA-256 sums pinned below on every run; nothing else is fetched.
# Leptonica is built without image libraries: vanthu hands Tesseract PGM pages (rendered PDF
# pages, and image files it decodes itself when the Tesseract it found cannot read them).
#
# Usage: scripts/build-tesseract-windows.sh        (about 15 minutes on two cores)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
src="$root/third_party/tesseract-src"
work="$root/build/tesseract-windows"
out="$root/dist/tesseract"
jobs="$(nproc)"

declare -A sha=(
  [leptonlib_1.82.0.orig.tar.gz]=155302ee914668c27b6fe3ca9ff2da63b245f6d62f3061c8f27563774b8ae2d6
  [tesseract_5.3.0.orig.tar.gz]=7e70870f8341e5ea228af2836ce79a36eefa11b01b56177b4a8997f330c014b8
  [tesseract-ocr-vie_4.1.0-2_all.deb]=1ba3dcd144d65d0f4cf7b8cb87a29b7ba35746f830261074942d38fe07404da3
)

# The cross toolchain and cmake, from apt.
scripts/deps.sh tesseract-windows

# Sources, once: Debian's source packages through a private apt configuration (a deb-src line
# of the same mirror), so the machine's apt settings are left alone.
mkdir -p "$src"
if [ ! -f "$src/tesseract_5.3.0.orig.tar.gz" ] || [ ! -f "$src/leptonlib_1.82.0.orig.tar.gz" ] ||
   [ ! -f "$src/tesseract-ocr-vie_4.1.0-2_all.deb" ]; then
  apt="$work/apt"
  mkdir -p "$apt/lists/partial"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
    >"$apt/sources.list"
  opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$apt/lists")
  apt-get -qq "${opts[@]}" update
  (cd "$src" && apt-get -qq "${opts[@]}" source --download-only tesseract=5.3.0-2 leptonlib=1.82.0-3 &&
    apt-get -qq download tesseract-ocr-vie=1:4.1.0-2 && mv tesseract-ocr-vie_1%3a4.1.0-2_all.deb tesseract-ocr-vie_4.1.0-2_all.deb)
fi
for f in "${!sha[@]}"; do
  echo "${sha[$f]}  $src/$f" | sha256sum -c --quiet - || { echo "Sai mã kiểm tra (SHA-256) của $f: nguồn không đúng, dừng." >&2; exit 1; }
done
echo "Nguồn đã kiểm tra SHA-256: ${!sha[*]}"

rm -rf "$work/lept" "$work/tess" "$work/prefix" "$work/vie"
mkdir -p "$work/prefix"
tar -xzf "$src/leptonlib_1.82.0.orig.tar.gz" -C "$work" && mv "$work/leptonica-1.82.0" "$work/lept"
tar -xzf "$src/tesseract_5.3.0.orig.tar.gz" -C "$work" && mv "$work/tesseract-5.3.0" "$work/tess"
# Tesseract names the Winsock library as Windows spells it; mingw's file is lower case.
sed -i 's/set(LIB_Ws2_32 Ws2_32)/set(LIB_Ws2_32 ws2_32)/' "$work/tess/CMakeLists.txt"

cross=(-DCMAKE_SYSTEM_NAME=Windows -DCMAKE_SYSTEM_PROCESSOR=x86_64
  -DCMAKE_C_COMPILER=x86_64-w64-mingw32-gcc-posix -DCMAKE_CXX_COMPILER=x86_64-w64-mingw32-g++-posix
  -DCMAKE_RC_COMPILER=x86_64-w64-mingw32-windres
  -DCMAKE_FIND_ROOT_PATH="$work/prefix" -DCMAKE_FIND_ROOT_PATH_MODE_PROGRAM=NEVER
  -DCMAKE_FIND_ROOT_PATH_MODE_LIBRARY=ONLY -DCMAKE_FIND_ROOT_PATH_MODE_INCLUDE=ONLY -DCMAKE_FIND_ROOT_PATH_MODE_PACKAGE=ONLY
  -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DCMAKE_INSTALL_PREFIX="$work/prefix")

echo "== Leptonica 1.82.0"
cmake -S "$work/lept" -B "$work/lept/build" "${cross[@]}" -DSW_BUILD=OFF -DBUILD_PROG=OFF \
  -DENABLE_ZLIB=OFF -DENABLE_PNG=OFF -DENABLE_GIF=OFF -DENABLE_JPEG=OFF -DENABLE_TIFF=OFF \
  -DENABLE_WEBP=OFF -DENABLE_OPENJPEG=OFF >"$work/lept.log"
cmake --build "$work/lept/build" -j "$jobs" >>"$work/lept.log"
cmake --install "$work/lept/build" >>"$work/lept.log"

echo "== Tesseract 5.3.0"
lept_dir="$(dirname "$(find "$work/prefix" -name 'LeptonicaConfig.cmake' -o -name 'leptonica-config.cmake' | head -1)")"
cmake -S "$work/tess" -B "$work/tess/build" "${cross[@]}" -DLeptonica_DIR="$lept_dir" -DSW_BUILD=OFF \
  -DBUILD_TRAINING_TOOLS=OFF -DBUILD_TESTS=OFF -DGRAPHICS_DISABLED=ON -DDISABLE_ARCHIVE=ON -DDISABLE_CURL=ON \
  -DOPENMP_BUILD=OFF -DENABLE_LTO=OFF -DINSTALL_CONFIGS=ON \
  -DCMAKE_EXE_LINKER_FLAGS="-static -static-libgcc -static-libstdc++" >"$work/tess.log"
cmake --build "$work/tess/build" -j "$jobs" --target tesseract >>"$work/tess.log"

echo "== dist/tesseract"
rm -rf "$out"
mkdir -p "$out/tessdata" "$out/LICENSES"
exe="$(find "$work/tess/build" -name tesseract.exe | head -1)"
cp "$exe" "$out/tesseract.exe"
x86_64-w64-mingw32-strip "$out/tesseract.exe"
mkdir -p "$work/vie" && dpkg-deb -x "$src/tesseract-ocr-vie_4.1.0-2_all.deb" "$work/vie"
cp "$(find "$work/vie" -name vie.traineddata | head -1)" "$out/tessdata/"
cp "$work/tess/LICENSE" "$out/LICENSES/tesseract-LICENSE.txt"
cp "$work/lept/leptonica-license.txt" "$out/LICENSES/leptonica-license.txt"
cp "$work/vie/usr/share/doc/tesseract-ocr-vie/copyright" "$out/LICENSES/tessdata-vie-copyright.txt"
cat >"$out/README.txt" <<TXT
Tesseract 5.3.0 (Leptonica 1.82.0) for vanthu, built by scripts/build-tesseract-windows.sh from the
Debian bookworm source packages (SHA-256 checked). Keep this folder named "tesseract" beside vanthu.exe.
Licences: LICENSES\\ (Apache-2.0 for Tesseract and its Vietnamese model, BSD-2-Clause for Leptonica).
TXT

# Checks: a PE32+ console program that needs no DLL beyond Windows' own.
file "$out/tesseract.exe" | grep -q "PE32+ executable (console) x86-64" || { echo "tesseract.exe không phải chương trình Windows x86-64" >&2; exit 1; }
dlls="$(x86_64-w64-mingw32-objdump -p "$out/tesseract.exe" | sed -n 's/.*DLL Name: //p' | sort -u | tr '\n' ' ')"
echo "DLL cần: $dlls"
for d in $dlls; do
  case "${d,,}" in
    kernel32.dll | msvcrt.dll | user32.dll | advapi32.dll | ws2_32.dll | shell32.dll | ole32.dll | api-ms-win-*) ;;
    *) echo "tesseract.exe cần $d, không có sẵn trên Windows" >&2; exit 1 ;;
  esac
done
# Under Wine, Leptonica without libtiff prints "Error in pixReadMemTiff … bmfCreate" at start: its
# bitmap font for debug drawings, which OCR never uses.
if command -v wine >/dev/null; then
  WINEDEBUG=-all wine "$out/tesseract.exe" --tessdata-dir "$(winepath -w "$out/tessdata" 2>/dev/null || echo "$out/tessdata")" --list-langs
fi
du -sh "$out" "$out/tesseract.exe"
echo "Xong: $out"

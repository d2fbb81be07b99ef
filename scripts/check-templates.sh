#!/usr/bin/env bash
# Renders each built-in drafting template, filled from the seed letter, with
# LibreOffice and checks the PDF against Decree 30/2020/NĐ-CP Appendix I: A4,
# margins within 1 mm of 20/20/30/15 mm (top/bottom/left/right), one font
# family (Times New Roman, or Liberation Serif, the metric-compatible font
# LibreOffice puts in its place where Times New Roman is not installed), and
# the text. Writes the first page of each as assets/screenshots/draft-*.png.
# Outside the normal CI (LibreOffice is large and slow):
#   apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2 poppler-utils
#   scripts/check-templates.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdfinfo pdftotext pdffonts pdftoppm; do
  command -v "$tool" >/dev/null || { echo "thiếu $tool: apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2 poppler-utils"; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/vanthu-cli" ./internal/cmd/vanthu-cli
seed=docs/read/testdata/cv-ubnd-kontum-cchc-2021.docx
office=(--unit "Sở Y tế" --set "co_quan_chu_quan=ỦY BAN NHÂN DÂN TỈNH KON TUM" --set "co_quan=SỞ Y TẾ" --set so=05
  --set dia_danh="Kon Tum" --set luu=VP --set "quyen_han=KT. GIÁM ĐỐC" --set "chuc_vu=PHÓ GIÁM ĐỐC" --set "nguoi_ky=Nguyễn Văn An"
  --set "noi_dung=Sở Y tế đã rà soát các tồn tại, hạn chế được chỉ ra và giao các phòng chức năng xây dựng kế hoạch khắc phục."
  --set "ket_qua=Đã hoàn thành rà soát; đang triển khai khắc phục theo kế hoạch." --set "kien_nghi=Không.")
fail=0
bad() { echo "  LỖI: $*"; fail=1; }

# mm from PDF points
mm() { awk -v p="$1" 'BEGIN { printf "%.1f", p * 25.4 / 72 }'; }

check_pdf() { # name pdf [bottom]
  local name="$1" pdf="$2"
  local size
  size="$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')"
  echo "$name: $size"
  awk '{ if (($1 < 594 || $1 > 596.5) || ($3 < 841 || $3 > 843)) exit 1 }' <<<"$size" || bad "không phải khổ A4 (595 × 842 pt)"
  # Fonts: every font of the PDF is Times New Roman or its metric twin.
  local fonts
  fonts="$(pdffonts "$pdf" | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u)"
  echo "  phông: $(tr '\n' ' ' <<<"$fonts")"
  grep -qvE '^(TimesNewRoman|Times-|LiberationSerif)' <<<"$fonts" && bad "có phông khác Times New Roman: $fonts"
  # Margins from the word boxes of page 1: the leftmost and rightmost words
  # of justified body lines touch the margins; the first line the top one.
  pdftotext -f 1 -l 1 -bbox "$pdf" "$work/bbox.html"
  read -r xmin xmax ymin ymax < <(awk -F'"' '/<word/ { x0=$2; y0=$4; x1=$6; y1=$8;
      if (n == 0 || x0 < a) a = x0; if (n == 0 || x1 > b) b = x1; if (n == 0 || y0 < c) c = y0; if (n == 0 || y1 > d) d = y1; n++ }
      END { print a, b, c, d }' "$work/bbox.html")
  local left right top
  left="$(mm "$xmin")"; right="$(mm "$(awk -v x="$xmax" 'BEGIN { print 595.3 - x }')")"; top="$(mm "$ymin")"
  echo "  lề (từ chữ trang 1): trái $left mm, phải $right mm, trên $top mm"
  awk -v v="$left" 'BEGIN { exit !(v >= 29 && v <= 31) }' || bad "lề trái $left mm (30 ± 1)"
  awk -v v="$right" 'BEGIN { exit !(v >= 14 && v <= 16) }' || bad "lề phải $right mm (15 ± 1)"
  # The top of the first line's glyph box sits a little under the margin
  # (the line's leading above the capitals): 20 mm to 21 mm.
  awk -v v="$top" 'BEGIN { exit !(v >= 19.5 && v <= 21) }' || bad "lề trên $top mm (20, chữ đầu tiên trong 1 mm)"
  if [ "${3:-}" = bottom ]; then
    local bottom
    bottom="$(mm "$(awk -v y="$ymax" 'BEGIN { print 841.9 - y }')")"
    echo "  lề dưới (trang 1 đầy chữ): $bottom mm"
    # A full page ends within one line (14 pt × 1.15 ≈ 5.7 mm) above the margin.
    awk -v v="$bottom" 'BEGIN { exit !(v >= 19 && v <= 26) }' || bad "lề dưới $bottom mm (20, trong một dòng chữ)"
  fi
}

for name in cong-van-tra-loi ke-hoach-khac-phuc bao-cao-thuc-hien; do
  out="$work/$name.docx"
  case "$name" in # the unit's symbol SYT-VP, as Cài đặt would give it
    ke-hoach-khac-phuc) symbol=KH-SYT ;; bao-cao-thuc-hien) symbol=BC-SYT ;; *) symbol=SYT-VP ;;
  esac
  "$work/vanthu-cli" draft --library "$work/lib" --template "$name" --from "$seed" --date 2021-09-06 "${office[@]}" --set "ky_hieu=$symbol" -o "$out" >/dev/null
  "$work/vanthu-cli" check-draft "$out" || bad "$name: check-draft còn lỗi"
  soffice --headless --convert-to pdf --outdir "$work" "$out" >/dev/null 2>&1
  check_pdf "$name" "$work/$name.pdf"
  text="$(pdftotext "$work/$name.pdf" - | tr -s ' \n' '  ')"
  for want in "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Độc lập - Tự do - Hạnh phúc" "SỞ Y TẾ" "Kon Tum, ngày 06 tháng 9 năm 2021" \
      "Ủy ban nhân dân tỉnh Kon Tum về việc tăng cường" "Nơi nhận:" "Lưu: VT, VP." "Nguyễn Văn An"; do
    grep -qF "$want" <<<"$text" || bad "$name: thiếu «$want» trong bản in"
  done
  case "$name" in
    ke-hoach-khac-phuc) grep -qF "Số: 05/KH-SYT" <<<"$text" && grep -qF "25/10/2021" <<<"$text" || bad "$name: số hoặc thời hạn" ;;
    bao-cao-thuc-hien) grep -qF "Số: 05/BC-SYT" <<<"$text" || bad "$name: số" ;;
    cong-van-tra-loi) grep -qF "Số: 05/SYT-VP" <<<"$text" || bad "$name: số" ;;
  esac
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/$name.pdf" "assets/screenshots/draft-$name"
done

# The bottom margin needs a full page: a long reply.
long="$(for i in $(seq 1 40); do printf 'Nội dung trả lời dòng thứ %d, viết đủ dài để chiếm trọn một dòng của trang giấy khổ A4. ' "$i"; done)"
"$work/vanthu-cli" draft --template cong-van-tra-loi --from "$seed" --date 2021-09-06 "${office[@]}" --set ky_hieu=SYT-VP --set "noi_dung=$long" -o "$work/long.docx" >/dev/null
soffice --headless --convert-to pdf --outdir "$work" "$work/long.docx" >/dev/null 2>&1
check_pdf "công văn dài" "$work/long.pdf" bottom

if [ "$fail" = 1 ]; then
  echo "check-templates: có lỗi"
  exit 1
fi
echo "check-templates: đạt (A4, lề, phông, nội dung); ảnh trang đầu trong assets/screenshots/draft-*.png"

#!/usr/bin/env bash
# Renders a plan's HTML report (or takes an HTML file as is) and screenshots it with headless
# Chromium, to check by eye that the reviewer's report looks right on screen and in print.
# Not part of the tests or CI (the tests never need Chromium).
#
#   scripts/screenshot-report.sh [PLAN.md|REPORT.html|FOLDER] [OUT.png]
#
# A folder gives the batch scoreboard (--summary). Writes OUT.png (default out/report.png), a
# full-page A4 PDF beside it, and, when pdftoppm is installed, OUT-print-1.png… of its pages.
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:-Fixtures/markdown/bad/ke-hoach-5-nam-con-cho-trong.md}"
out="${2:-out/report.png}"
mkdir -p "$(dirname "$out")"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "Chromium is not installed (Debian: apt-get install -y chromium)." >&2
  exit 2
fi
html="${out%.png}.html"
case "$input" in
  *.html) cp "$input" "$html" ;;
  *)
    swift build --product kehoach-lint >/dev/null
    bin="$(swift build --show-bin-path)/kehoach-lint"
    summary=()
    [ -d "$input" ] && summary=(--summary)
    status=0
    "$bin" check "$input" "${summary[@]}" --format "html:$html" ${LANG_OPTION:+--lang "$LANG_OPTION"} || status=$?
    [ "$status" -le 1 ] || exit "$status"
    ;;
esac
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-dev-shm-usage)
"$browser" "${flags[@]}" --window-size="${WIDTH:-1100},${HEIGHT:-3000}" --screenshot="$out" "$url" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="${out%.png}.pdf" "$url" 2>/dev/null
if command -v pdftoppm >/dev/null; then pdftoppm -png -r 60 "${out%.png}.pdf" "${out%.png}-print"; fi
echo "Wrote $out and ${out%.png}.pdf"

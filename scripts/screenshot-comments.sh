#!/usr/bin/env bash
# Annotates a Word draft and renders page 1 of its PDF with the comments in the margin, to check
# by eye where `annotate` anchors each comment. Not part of the tests or CI.
#
#   scripts/screenshot-comments.sh [DRAFT.docx] [OUT.png]
#
# Needs LibreOffice 7.5 or later with its desktop part (Debian bookworm: libreoffice-writer and
# libreoffice-core from bookworm-backports) and an X display: the margin export
# ("ExportNotesInMargin") fails headless, so it runs under xvfb-run (Debian: xvfb). LibreOffice
# 7.4 (bookworm) has no such option and exports comments as note icons only.
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:-Fixtures/docx/bad/ke-hoach-nam-2021-thieu-muc.docx}"
out="${2:-out/comments-page-1.png}"
for tool in soffice xvfb-run pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (see the comment at the top)." >&2; exit 2; }
done
version=$(soffice --version | awk '{print $2}')
major=${version%%.*}
minor=$(echo "$version" | cut -d. -f2)
if [ "$major" -lt 7 ] || { [ "$major" -eq 7 ] && [ "$minor" -lt 5 ]; }; then
  echo "LibreOffice $version cannot put comments in the PDF margin (7.5 or later can)." >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"
binary=.build/debug/kehoach-lint
[ -x "$binary" ] || swift build --product kehoach-lint >/dev/null
"$binary" annotate "$input" -o "$work/draft.docx"
filter='pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
HOME="$work/home" SAL_USE_VCLPLUGIN=gen xvfb-run -a soffice --convert-to "$filter" --outdir "$work" "$work/draft.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/draft.pdf" "${out%.png}"
echo "page 1 with the comments in the margin: $out"

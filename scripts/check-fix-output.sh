#!/usr/bin/env bash
# Optional (CI or by hand) check of `kehoach-lint fix` on Word drafts with other readers:
# python-docx opens each tracked-changes copy and LibreOffice converts it to PDF (with the
# changes shown, as Writer displays them). SafeFixTests checks the text; this checks that the
# files are Word files other programs accept, and that a page setup change (w:sectPrChange)
# gives an A4 PDF (pdfinfo).
#
# Needs: a built kehoach-lint (swift build), python3 with python-docx, libreoffice (soffice).
# Usage: scripts/check-fix-output.sh [OUTPUT-FOLDER]   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
binary=.build/debug/kehoach-lint
export SOURCE_DATE_EPOCH=1600000000
for draft in Fixtures/fix/*.docx Fixtures/docx/bad/the-thuc-kho-letter.docx; do
  name=$(basename "$draft" .docx)
  status=0
  "$binary" fix "$draft" -o "$out/$name.sua.docx" --force 2>/dev/null || status=$?
  [ "$status" -eq 1 ] || { echo "$draft: fix exited $status, expected 1 (fixes found)" >&2; exit 1; }
  python3 - "$out/$name.sua.docx" <<'PY'
import sys, docx
document = docx.Document(sys.argv[1])
body = document.element.body
revisions = len(body.findall(".//{*}ins")) + len(body.findall(".//{*}del")) + len(body.findall(".//{*}sectPrChange"))
assert revisions > 0, "no tracked change in " + sys.argv[1]
if body.findall(".//{*}sectPrChange"):
    section = document.sections[-1]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297), "the page is not A4"
print(f"{sys.argv[1]}: python-docx reads {len(document.paragraphs)} paragraphs, {revisions} revisions")
PY
  soffice --headless --convert-to pdf --outdir "$out" "$out/$name.sua.docx" >/dev/null 2>&1
  [ -s "$out/$name.sua.pdf" ] || { echo "$name: LibreOffice made no PDF" >&2; exit 1; }
  echo "$out/$name.sua.pdf: LibreOffice converted it"
  # Writer does not keep a section's tracked change: it shows the new page, as if accepted.
  if command -v pdfinfo >/dev/null && unzip -p "$out/$name.sua.docx" word/document.xml | grep -q "sectPrChange"; then
    pdfinfo "$out/$name.sua.pdf" | grep -q "(A4)" || { echo "$name: the PDF page is not A4" >&2; exit 1; }
    echo "$out/$name.sua.pdf: A4"
  fi
done

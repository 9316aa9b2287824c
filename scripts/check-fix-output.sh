#!/usr/bin/env bash
# Optional (CI or by hand) check of `kehoach-lint fix` on Word drafts with other readers:
# python-docx opens each tracked-changes copy and LibreOffice converts it to PDF (with the
# changes shown, as Writer displays them). SafeFixTests checks the text; this checks that the
# files are Word files other programs accept.
#
# Needs: a built kehoach-lint (swift build), python3 with python-docx, libreoffice (soffice).
# Usage: scripts/check-fix-output.sh [OUTPUT-FOLDER]   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
binary=.build/debug/kehoach-lint
export SOURCE_DATE_EPOCH=1600000000
for draft in Fixtures/fix/*.docx; do
  name=$(basename "$draft" .docx)
  status=0
  "$binary" fix "$draft" -o "$out/$name.sua.docx" --force 2>/dev/null || status=$?
  [ "$status" -eq 1 ] || { echo "$draft: fix exited $status, expected 1 (fixes found)" >&2; exit 1; }
  python3 - "$out/$name.sua.docx" <<'PY'
import sys, docx
document = docx.Document(sys.argv[1])
body = document.element.body
revisions = len(body.findall(".//{*}ins")) + len(body.findall(".//{*}del"))
assert revisions > 0, "no tracked change in " + sys.argv[1]
print(f"{sys.argv[1]}: python-docx reads {len(document.paragraphs)} paragraphs, {revisions} revisions")
PY
  soffice --headless --convert-to pdf --outdir "$out" "$out/$name.sua.docx" >/dev/null 2>&1
  [ -s "$out/$name.sua.pdf" ] || { echo "$name: LibreOffice made no PDF" >&2; exit 1; }
  echo "$out/$name.sua.pdf: LibreOffice converted it"
done

#!/usr/bin/env bash
# Regenerates the Word twins of the Markdown fixture plans, made by real writers:
#   Fixtures/docx/good/NAME.docx              pandoc (Markdown → DOCX, letter points kept as typed) with
#                                             --reference-doc Fixtures/reference/nd30-reference.docx
#                                             (A4, the decree's margins, Times New Roman 14: see
#                                             scripts/make-reference-docx.py)
#   Fixtures/docx/good/NAME-numbering.docx    python-docx; "Phần I.", "I.", "1." come from numbering.xml
#   Fixtures/docx/good/NAME-numbering.xml     the same as a Flat OPC "Word XML Document"
#   Fixtures/docx/good/NAME-libreoffice.docx  pandoc → ODT (reference nd30-reference.odt) → LibreOffice
#                                             headless → DOCX
#   Fixtures/docx/bad/NAME.docx               python-docx twins of Fixtures/markdown/bad/*.md (labels typed)
#   Fixtures/docx/bad/ke-hoach-nam-2020-danh-so-tu-dong.docx
#                                             DOCX only: pandoc turns "a) … e) g)" into Word's lowerLetter
#                                             numbering, which has no "đ", so Word shows "f)" for "g)"
# Good twins get an empty sidecar (they must lint clean like their Markdown twin). Bad twins'
# sidecars are written from the linter's findings; DocxFixtureTwinTests checks that they name
# the same rules and messages as the Markdown sidecars, so review those before committing.
#
# Needs: pandoc, python3 with python-docx (pip install python-docx), soffice (apt-get install
# libreoffice-writer-nogui; without it the LibreOffice twins are left as they are).
# Usage: scripts/make-docx-fixtures.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v pandoc >/dev/null || { echo "pandoc is missing (apt-get install pandoc)" >&2; exit 2; }
python3 -c "import docx" 2>/dev/null || { echo "python-docx is missing (pip install python-docx)" >&2; exit 2; }

good=Fixtures/docx/good
bad=Fixtures/docx/bad
mkdir -p "$good" "$bad"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# "a) …" stays typed text: pandoc's fancy lists would make Word numbering of it, and Word's
# letters (a…z) skip the Vietnamese "đ)" (see the DOCX-only bad fixture below).
reader=markdown-raw_html-fancy_lists
reference=Fixtures/reference/nd30-reference

for markdown in Fixtures/markdown/good/*.md; do
  name=$(basename "$markdown" .md)
  pandoc -f "$reader" -t docx --reference-doc "$reference.docx" "$markdown" -o "$good/$name.docx"
  scripts/make-docx-numbered-twin.py "$markdown" "$good/$name-numbering.docx"
  scripts/docx-to-flat-opc.py "$good/$name-numbering.docx" "$good/$name-numbering.xml"
  if command -v soffice >/dev/null; then
    pandoc -f "$reader" -t odt --reference-doc "$reference.odt" "$markdown" -o "$work/$name-libreoffice.odt"
    soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/$name-libreoffice.odt" >/dev/null
    cp "$work/$name-libreoffice.docx" "$good/$name-libreoffice.docx"
  else
    echo "soffice not found: $good/$name-libreoffice.docx left as it is" >&2
  fi
  for twin in "$good/$name.docx" "$good/$name-numbering.docx" "$good/$name-numbering.xml" "$good/$name-libreoffice.docx"; do
    [ -f "$twin" ] && : >"$twin.expected"
  done
done

pandoc -f markdown-raw_html -t docx --reference-doc "$reference.docx" Fixtures/markdown/good/ke-hoach-nam-2020.md -o "$bad/ke-hoach-nam-2020-danh-so-tu-dong.docx"

swift build --product kehoach-lint >/dev/null
for markdown in Fixtures/markdown/bad/*.md "$bad/ke-hoach-nam-2020-danh-so-tu-dong.docx"; do
  name=$(basename "$markdown" .md)
  name=$(basename "$name" .docx)
  if [ "${markdown%.md}" != "$markdown" ]; then
    # Typed labels: the mistakes these variants carry are in the typed section numbers.
    scripts/make-docx-numbered-twin.py --typed "$markdown" "$bad/$name.docx"
  fi
  # Sidecar lines: POSITION SEVERITY RULE-ID MESSAGE, POSITION = ¶N or ¶N:tableT[R,C].
  .build/debug/kehoach-lint check --format json --fail-on never "$bad/$name.docx" | python3 -c '
import json, sys
for report in json.load(sys.stdin)["files"]:
    for finding in report["findings"]:
        position = "\u00b6%d" % finding.get("paragraph", 0)
        cell = finding.get("cell")
        if cell:
            position += ":table%d[%d,%d]" % (cell["table"], cell["row"], cell["column"])
        print(position, finding["severity"], finding["ruleId"], finding["message"])
' >"$bad/$name.docx.expected"
done
echo "DOCX twins written to $good and $bad"

#!/usr/bin/env bash
# Issue 16's acceptance on the public DOCX corpus (<repo>/../shared/docx-corpus, see its
# SOURCES.md; another folder as $1 or KEHOACH_DOCX_CORPUS): every corpus .docx is annotated
# into a temporary folder, then
#   - the input's SHA-256 is unchanged;
#   - python-docx opens the output and lists its comments;
#   - new comments = the input's findings (`check --format json`) + 1 (the verdict);
#   - `check` on the output gives the input's findings, plus the draft-hygiene "comments left
#     in" finding (compared without the file name; the hygiene finding's count changes when
#     the input already had comments);
#   - LibreOffice (headless, one soffice call for all outputs) converts every output to PDF.
# Files annotate refuses (Strict Open XML, no body paragraph to anchor a comment) are counted
# and listed, not failures, when no output is written and the input is untouched.
# Run by scripts/test.sh on CI and wherever the corpus is; installs python-docx and
# LibreOffice on CI when missing (scripts/check-docx-templates.sh, run after it, uses them too).
# Exit 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repository=$(pwd)
corpus=${1:-${KEHOACH_DOCX_CORPUS:-$repository/../shared/docx-corpus}}
binary=${KEHOACH_LINT:-$repository/.build/debug/kehoach-lint}

if [ "${CI:-}" = "true" ]; then
  if ! python3 -c "import docx" 2>/dev/null; then
    echo "Installing python-docx"
    python3 -m pip install --quiet python-docx || python3 -m pip install --quiet --break-system-packages python-docx
  fi
  if ! command -v soffice >/dev/null; then
    echo "Installing LibreOffice (Writer, no GUI)"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
  fi
fi
if [ ! -d "$corpus" ]; then
  echo "corpus round trip: skipped, no corpus at $corpus"
  exit 0
fi
started=$(date +%s)
[ -x "$binary" ] || swift build --product kehoach-lint

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/out" "$work/pdf"
mapfile -t inputs < <(find "$corpus" -maxdepth 1 -name '*.docx' | sort)
echo "corpus round trip: ${#inputs[@]} .docx files in $corpus"

(cd "$corpus" && sha256sum "${inputs[@]##*/}") >"$work/before.sha256"
# check exits 1 when a finding is an error, 2 when a file cannot be read: both are data here.
"$binary" check --format json "${inputs[@]}" >"$work/input.json" || [ $? -le 2 ]
SOURCE_DATE_EPOCH=1600000000 "$binary" annotate "${inputs[@]}" --output-dir "$work/out" --author "corpus round trip" \
  >/dev/null 2>"$work/annotate.err" || [ $? -le 2 ]
outputs=("$work"/out/*.docx)
"$binary" check --format json "${outputs[@]}" >"$work/output.json" || [ $? -le 2 ]
(cd "$corpus" && sha256sum --quiet -c "$work/before.sha256") >"$work/sha.err" 2>&1 || true
annotated=$(date +%s)

# One soffice for every output, with a profile of its own (another running LibreOffice is not
# disturbed) and a time limit.
lo_status=0
if command -v soffice >/dev/null; then
  timeout "${KEHOACH_LO_TIMEOUT:-600}" soffice -env:UserInstallation="file://$work/lo-profile" --headless \
    --convert-to pdf --outdir "$work/pdf" "${outputs[@]}" >"$work/lo.out" 2>&1 || lo_status=$?
else
  echo "corpus round trip: soffice not found, PDF conversion not checked"
  lo_status=-1
fi
converted=$(date +%s)

status=0
python3 scripts/corpus-roundtrip-verify.py "$corpus" "$work" "$lo_status" || status=$?
echo "corpus round trip: check + annotate + check $((annotated - started)) s, LibreOffice $((converted - annotated)) s, total $(($(date +%s) - started)) s"
exit $status

#!/usr/bin/env bash
# The Word templates (`init --profile ID -o X.docx`) in other readers: python-docx opens each
# and finds its Heading styles; LibreOffice (headless, one call) converts each to PDF. Skips a
# reader that is not installed, saying so. Exit 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${KEHOACH_LINT:-$(pwd)/.build/debug/kehoach-lint}
[ -x "$binary" ] || swift build --product kehoach-lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t profiles < <("$binary" profiles | cut -f1)
for profile in "${profiles[@]}"; do
  "$binary" init --profile "$profile" -o "$work/$profile.docx"
done
echo "docx templates: ${#profiles[@]} profiles (${profiles[*]})"
status=0
if python3 -c "import docx" 2>/dev/null; then
  python3 - "$work" <<'PY' || status=1
import glob, sys, docx
failures = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.docx")):
    document = docx.Document(path)
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    section = document.sections[0]
    print(f"  python-docx: {path.rsplit('/', 1)[1]}: {len(document.paragraphs)} paragraphs, "
          f"{len(headings)} headings, {len(document.tables)} tables, page {section.page_width.mm:.0f}x{section.page_height.mm:.0f} mm")
    if round(section.page_width.mm) != 210 or round(section.page_height.mm) != 297:
        failures += 1
sys.exit(1 if failures else 0)
PY
else
  echo "  python-docx not installed: skipped"
fi
if command -v soffice >/dev/null; then
  timeout 300 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work" \
    "$work"/*.docx >/dev/null 2>&1 || status=1
  converted=$(find "$work" -maxdepth 1 -name '*.pdf' | wc -l)
  echo "  LibreOffice: $converted/${#profiles[@]} templates converted to PDF"
  [ "$converted" -eq "${#profiles[@]}" ] || status=1
else
  echo "  LibreOffice not installed: skipped"
fi
exit $status

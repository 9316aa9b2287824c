#!/usr/bin/env bash
# The test command (README): installs what is missing, runs every test, then checks format.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
swift test --skip-build
# Our Word output in other readers (python-docx, LibreOffice): the templates, and annotate's
# round trip on the public DOCX corpus (CI, or wherever the corpus is).
if [ "${CI:-}" = "true" ] || [ -d ../shared/docx-corpus ]; then
  scripts/corpus-roundtrip.sh
  scripts/check-docx-templates.sh
fi
# The self-check page in a real browser: always in CI (which installs Chromium and Selenium),
# locally when they are there.
if [ "${CI:-}" = "true" ]; then scripts/install-browser-deps.sh; fi
if command -v chromium >/dev/null && command -v chromedriver >/dev/null && python3 -c "import selenium" 2>/dev/null; then
  echo "browser test: running scripts/browser-test.py (screenshots in out/browser-test)"
  python3 scripts/browser-test.py out/browser-test
  echo "browser test: RAN AND PASSED"
else
  echo "browser test: SKIPPED (no chromium, chromedriver or selenium; CI=true installs them)"
fi
swift-format lint --strict --recursive Sources Tests Package.swift Fuzz Soak
echo "swift-format: no findings"

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
swift-format lint --strict --recursive Sources Tests Package.swift Fuzz Soak
echo "swift-format: no findings"

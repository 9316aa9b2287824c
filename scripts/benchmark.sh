#!/usr/bin/env bash
# The benchmark (not part of CI): installs the peers (pandoc, python-docx, xmllint, unzip,
# cmark-gfm), builds a release binary, generates the inputs into .bench/ and prints every
# figure with its target. Takes several minutes on two cores.
# Usage: scripts/benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
missing=()
for tool in pandoc:pandoc xmllint:libxml2-utils unzip:unzip cmark-gfm:cmark-gfm; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -c "import docx" 2>/dev/null || python3 -m pip install -q python-docx
swift build -c release --product kehoach-lint 2>&1 | tail -1
mkdir -p .bench
python3 Benchmarks/generate_plans.py .bench
cp Fixtures/markdown/good/ke-hoach-nam-2021.md .bench/small.md
python3 Benchmarks/run.py "$(swift build -c release --show-bin-path)/kehoach-lint" .bench

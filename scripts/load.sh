#!/usr/bin/env bash
# Load on `kehoach-lint serve`, loopback only, bounded in count and time (15 minutes at most):
# 500 uploads of a ~40-page plan 8 at a time (p50/p95, throughput, RSS before/after), then
# 50 simultaneous 40 MB uploads (peak RSS, 200/413/503). Uses the release build:
#   swift build -c release && scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${KEHOACH_LINT_BINARY:-.build/release/kehoach-lint}"
[ -x "$binary" ] || { echo "no $binary: run swift build -c release first" >&2; exit 2; }
python3 -c "import docx" 2>/dev/null || python3 -m pip install --quiet python-docx
exec python3 scripts/load.py --binary "$binary" "$@"

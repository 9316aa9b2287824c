#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and lints a bundled fixture plan.
# Usage: scripts/lint-fixture.sh [extra kehoach-lint check options]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product kehoach-lint >/dev/null
.build/release/kehoach-lint check Fixtures/markdown/bad/ke-hoach-5-nam-thieu-lo-trinh.md "$@"

#!/usr/bin/env bash
# Soak run (issue 9): every fixture (Fixtures/markdown, docx, hostile) linted ITERATIONS times
# in one process through the library (Soak/, a package of its own like Fuzz/), RSS printed
# after a warm-up iteration and at the end; exits 1 when RSS grew by more than the threshold
# (16 MB by default) or an iteration's results differ from the first's.
# Usage: scripts/soak.sh [ITERATIONS=1000] [--jobs N] [--time-limit SECONDS] [--max-growth MB]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
(cd Soak && swift build -c release --scratch-path ../.build-soak 2>&1 | tail -1)
.build-soak/release/Soak "${@:-1000}" --root "$PWD"

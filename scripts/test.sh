#!/usr/bin/env bash
# The test command (README): installs what is missing, runs every test, then checks format.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
swift test --skip-build
swift-format lint --strict --recursive Sources Tests Package.swift Fuzz Soak
echo "swift-format: no findings"

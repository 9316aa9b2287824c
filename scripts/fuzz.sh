#!/usr/bin/env bash
# Runs the libFuzzer targets (Fuzz/Package.swift) for a given time each, seeded from Fixtures/.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET=600] [TARGET…]
# Targets: FuzzMarkdown (reader + outline + all rules), FuzzRulePack (YAML packs, configuration),
#          FuzzWordXML (WordprocessingML bytes), FuzzDocx (ZIP/DOCX bytes).
# New inputs go to .fuzz/corpus/TARGET (Fixtures/ is never written); crashes to
# .fuzz/crashes/TARGET — turn each into a regression fixture under Fixtures/hostile/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzMarkdown FuzzRulePack FuzzWordXML FuzzDocx)
(cd Fuzz && swift build -c release --scratch-path ../.build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xlinker --allow-multiple-definition 2>&1 \
  | grep -v "Cannot export local symbol" | tail -3)
for target in "${targets[@]}"; do
  binary=".build-fuzz/release/$target"
  [ -x "$binary" ] || { echo "$target: not built, skipped"; continue; }
  corpus=".fuzz/corpus/$target"
  seeds=".fuzz/seeds/$target"
  crashes=".fuzz/crashes/$target"
  mkdir -p "$corpus" "$seeds" "$crashes"
  case "$target" in
    FuzzMarkdown) find Fixtures -name '*.md' -exec cp {} "$seeds/" \; ;;
    FuzzRulePack) find Rules -name '*.yml' -exec sh -c 'cp "$1" "$2/$(echo "$1" | tr / _)"' _ {} "$seeds" \; ;;
    FuzzWordXML) find Fixtures Tests -name '*.xml' -exec cp {} "$seeds/" \; 2>/dev/null || true ;;
    FuzzDocx) find Fixtures Tests -name '*.docx' -size -2M -exec cp {} "$seeds/" \; 2>/dev/null || true ;;
  esac
  echo "== $target: ${seconds}s"
  log=".fuzz/$target.log"
  set +e
  LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt" KEHOACH_LINT_RULES="$PWD/Rules" "$binary" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=200000 \
    -rss_limit_mb=4096 -timeout=10 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
  status=$?
  set -e
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" || true
  if [ $status -ne 0 ]; then
    echo "$target: FAILED (status $status); see $log and $crashes/"
    exit 1
  fi
done

#!/usr/bin/env bash
# Runs the release CLI on each hostile input on its own and prints its wall time and peak
# memory (max RSS) against the guarantee of issue 9: every file ends in ≤ 2 s and ≤ 200 MB,
# with the result its sidecar names. Timings live here, never in the unit tests.
# Usage: scripts/hostile.sh [--large]
#   --large  also generates and times inputs too big to commit (a 50 MB paragraph that
#            compresses 10:1, a 50 MB Markdown paragraph, a 100 MB cut download, a 201 MB
#            sparse file), in a temporary folder removed afterwards.
# Exits 1 when any file fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release 2>&1 | tail -1
binary=.build/release/kehoach-lint
config=$(mktemp)
echo "{}" >"$config"  # Fixtures/.kehoach-lint.yml excludes hostile/** from folder walks
large=""
cleanup() { rm -f "$config"; [ -n "$large" ] && rm -rf "$large"; return 0; }
trap cleanup EXIT
inputs=(Fixtures/hostile)
if [ "${1:-}" = "--large" ]; then
  large=$(mktemp -d)
  python3 scripts/make-hostile-fixtures.py --large "$large"
  inputs+=("$large")
fi
python3 - "$binary" "$config" "${inputs[@]}" <<'EOF'
import json, os, pathlib, subprocess, sys, tempfile, time

MAX_SECONDS, MAX_MB = 2.0, 200
binary, config, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
files = sorted(
    path for folder in folders for path in pathlib.Path(folder).rglob("*")
    if path.is_file() and path.suffix != ".error" and path.name != "README.md"
)
rows, failures = [], 0
for path in files:
    sidecar = pathlib.Path(f"{path}.error")
    expected = sidecar.read_text().split() if sidecar.exists() else []
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        process = subprocess.Popen([binary, "check", "--config", config, "--format", "json", str(path)],
                                   stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own rusage
        seconds = time.monotonic() - start
        out.seek(0)
        try:
            report = json.loads(out.read())["files"][0]
            error = report.get("error")
            got = [error["code"]] if error else ["readable"] + sorted({f["ruleId"] for f in report["findings"]})
        except (ValueError, KeyError, IndexError):
            got = [f"no report (status {os.waitstatus_to_exitcode(status)})"]
    megabytes = usage.ru_maxrss / 1024
    ok = seconds <= MAX_SECONDS and megabytes <= MAX_MB and (not expected or got == expected)
    failures += not ok
    name = os.path.relpath(path, "Fixtures/hostile") if str(path).startswith("Fixtures/hostile") else f"(large) {path.name}"
    rows.append((name, " ".join(got), " ".join(expected) or "-", f"{seconds:.2f}", f"{megabytes:.0f}", "PASS" if ok else "FAIL"))

header = ("input", "result", "expected", "seconds", "max RSS MB", "")
widths = [max(len(row[i]) for row in rows + [header]) for i in range(len(header))]
for row in [header] + rows:
    print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
slowest = max(rows, key=lambda row: float(row[3]))
largest = max(rows, key=lambda row: float(row[4]))
print(f"\n{len(rows) - failures}/{len(rows)} pass (≤ {MAX_SECONDS:.0f} s, ≤ {MAX_MB} MB, expected result); "
      f"slowest {slowest[0]} {slowest[3]} s, largest {largest[0]} {largest[4]} MB")
sys.exit(1 if failures else 0)
EOF

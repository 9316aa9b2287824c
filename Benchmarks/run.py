#!/usr/bin/env python3
"""Measures kehoach-lint against the floor (libxml2's own streaming parse, cmark-gfm) and the
tools people would otherwise use (pandoc, python-docx), side by side in one run, and prints
every figure with its target (met / not met). Wall times are medians of several runs; peak
memory is the child's maximum resident set size from wait4.

Usage: run.py BINARY INPUT_DIR   (scripts/benchmark.sh prepares both)"""
import os
import statistics
import subprocess
import sys
import time
import zipfile

BINARY, INPUTS = sys.argv[1], sys.argv[2]
DEVNULL = subprocess.DEVNULL


def run(command, shell=False):
    """Wall seconds and peak RSS (MiB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, shell=shell, stdout=DEVNULL, stderr=DEVNULL, executable="/bin/bash" if shell else None)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed ({os.waitstatus_to_exitcode(status)}): {command}")
    return elapsed, usage.ru_maxrss / 1024


def median(command, repeats=5, shell=False):
    runs = [run(command, shell) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def lint(path, *options):
    return [BINARY, "check", path, "--fail-on", "never", "--no-color", *options]


rows = []


def report(name, value, unit, target=None, met=None):
    verdict = "" if met is None else ("met" if met else "NOT MET")
    rows.append((name, f"{value:.3f} {unit}" if isinstance(value, float) else f"{value} {unit}", target or "", verdict))


def inputs(name):
    return os.path.join(INPUTS, name)


# DOCX end to end against the floor and the peers.
large_docx = inputs("large-2.docx")
with zipfile.ZipFile(large_docx) as archive:
    document_xml_size = archive.getinfo("word/document.xml").file_size
ours, ours_rss = median(lint(large_docx), repeats=5)
floor, _ = median(f"unzip -p '{large_docx}' word/document.xml | xmllint --stream --noout -", repeats=5, shell=True)
pandoc, _ = median(["pandoc", "-f", "docx", "-t", "plain", large_docx, "-o", "/dev/null"], repeats=3)
python_docx_script = (
    "import docx,sys\nd=docx.Document(sys.argv[1])\nn=sum(len(p.text) for p in d.paragraphs)\n"
    "n+=sum(len(c.text) for t in d.tables for r in t.rows for c in r.cells)\n")
python_docx, _ = median([sys.executable, "-c", python_docx_script, large_docx], repeats=3)
report("large DOCX: kehoach-lint (unzip+parse+outline+all rules)", ours, "s")
report("large DOCX: floor unzip | xmllint --stream", floor, "s")
report("large DOCX: pandoc -f docx -t plain", pandoc, "s")
report("large DOCX: python-docx (paragraphs + tables)", python_docx, "s")
report("large DOCX: kehoach-lint / floor", ours / floor, "×", "≤ 2×", ours / floor <= 2)
report("large DOCX: pandoc / kehoach-lint", pandoc / ours, "×", "≥ 20×", pandoc / ours >= 20)
report("large DOCX: python-docx / kehoach-lint", python_docx / ours, "×")
memory_limit = 3 * document_xml_size / 1048576 + 40
report("large DOCX: peak memory (max RSS)", ours_rss, "MiB", f"≤ 3 × document.xml ({document_xml_size / 1048576:.1f} MiB) + 40 = {memory_limit:.0f} MiB", ours_rss <= memory_limit)

# Markdown end to end against cmark-gfm.
large_md = inputs("large-2.md")
ours_md, _ = median(lint(large_md), repeats=5)
cmark, _ = median(["cmark-gfm", "-e", "table", large_md], repeats=5)
report("large Markdown: kehoach-lint", ours_md, "s")
report("large Markdown: floor cmark-gfm -e table", cmark, "s")
report("large Markdown: kehoach-lint / floor", ours_md / cmark, "×", "≤ 3×", ours_md / cmark <= 3)

# Linear growth: double the document, at most 2.2× the time.
for kind in ("md", "docx"):
    single, _ = median(lint(inputs(f"large-2.{kind}")), repeats=3)
    double, _ = median(lint(inputs(f"large-4.{kind}")), repeats=3)
    report(f"size ×2 ({kind}): time ratio", double / single, "×", "≤ 2.2×", double / single <= 2.2)

# Batch throughput with 1 and 2 workers.
batch = inputs("batch")
count = len(os.listdir(batch))
one, _ = median(lint(batch, "--jobs", "1"), repeats=1)
two, _ = median(lint(batch, "--jobs", "2"), repeats=1)
report(f"batch of {count}: 1 worker", count / one, "documents/s")
report(f"batch of {count}: 2 workers", count / two, "documents/s")
report("batch: speed-up on 2 cores", one / two, "×", "≥ 1.8×", one / two >= 1.8)
report("batch: parallel efficiency", one / two / 2 * 100, "%")

# Start-up and a small plan.
startup, _ = median([BINARY, "--version"], repeats=10)
small, _ = median(lint(inputs("small.md")), repeats=10)
report("start-up (--version)", startup * 1000, "ms")
report("small plan end to end", small * 1000, "ms", "≤ 50 ms", small <= 0.05)

width = max(len(r[0]) for r in rows)
print(f"{'figure'.ljust(width)}  {'value':>20}  {'target':<40} verdict")
for name, value, target, verdict in rows:
    print(f"{name.ljust(width)}  {value:>20}  {target:<40} {verdict}")

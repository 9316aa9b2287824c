#!/usr/bin/env python3
"""Checks the corpus round trip's results (scripts/corpus-roundtrip.sh writes them into WORK):
SHA-256 of the inputs, comments in each output (python-docx), findings before and after,
the PDFs LibreOffice wrote. Prints the figures and every failure; exit 1 when any.

Usage: corpus-roundtrip-verify.py CORPUS WORK LO_STATUS"""
import collections
import json
import os
import re
import sys
import zipfile

corpus, work, lo_status = sys.argv[1], sys.argv[2], int(sys.argv[3])
try:
    import docx
except ImportError:
    docx = None

HYGIENE_COMMENTS = re.compile(r"-hygiene-comments$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def reports(name):
    with open(os.path.join(work, name), encoding="utf-8") as handle:
        return {os.path.basename(f["path"]): f for f in json.load(handle)["files"]}


def key(finding):
    """A finding without the file it is in (the output has another name)."""
    return json.dumps({k: v for k, v in finding.items() if k != "file"}, sort_keys=True, ensure_ascii=False)


def comment_count(path):
    """w:comment elements in the comments part, read from the ZIP (works whatever python-docx can open)."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.lower().endswith("comments.xml") and "extended" not in n.lower()]
        return sum(archive.read(n).count(b":comment ") + archive.read(n).count(b"<comment ") for n in names)


def python_docx_comments(path):
    """The comments python-docx lists, or the error it raises."""
    try:
        return len(docx.Document(path).comments), None
    except Exception as error:  # any failure to open is what we report
        return None, f"{type(error).__name__}: {error}"


inputs = reports("input.json")
outputs = reports("output.json")
refusals = {}
with open(os.path.join(work, "annotate.err"), encoding="utf-8") as handle:
    for line in handle:
        name, _, reason = line.partition(": ")
        if name.endswith(".docx") and not line.startswith("Đã ghi"):
            refusals[os.path.basename(name)] = reason.strip()
with open(os.path.join(work, "sha.err"), encoding="utf-8") as handle:
    changed = [line.split(":")[0] for line in handle if "FAILED" in line]

failures = [f"input changed: {name}" for name in changed]
refused, checked, comments_total, python_docx_input_fails = [], 0, 0, []
for name in sorted(inputs):
    before = inputs[name]
    stem = name[: -len(".docx")]
    output_name = stem + ".gop-y.docx"
    output_path = os.path.join(work, "out", output_name)
    if not os.path.exists(output_path):
        if name in refusals:
            refused.append(f"{name}: {refusals[name]}" + (f" (check: {before['error']})" if before.get("error") else ""))
        else:
            failures.append(f"{name}: no output and no refusal")
        continue
    checked += 1
    after = outputs.get(output_name)
    if after is None or after.get("error") or before.get("error"):
        failures.append(f"{name}: check before {before.get('error')}, after {after and after.get('error')}")
        continue
    findings = before["findings"]
    new_comments = comment_count(output_path) - comment_count(os.path.join(corpus, name))
    comments_total += new_comments
    if new_comments != len(findings) + 1:
        failures.append(f"{name}: {new_comments} new comments for {len(findings)} findings")
    if docx is not None:
        listed, error = python_docx_comments(output_path)
        if error:
            _, input_error = python_docx_comments(os.path.join(corpus, name))
            if input_error:
                python_docx_input_fails.append(name)
            else:
                failures.append(f"{name}: python-docx opens the input but not the output: {error}")
        elif listed != comment_count(output_path):
            failures.append(f"{name}: python-docx lists {listed} comments, the comments part has {comment_count(output_path)}")
    others_before = collections.Counter(key(f) for f in findings if not HYGIENE_COMMENTS.search(f["ruleId"]))
    others_after = collections.Counter(key(f) for f in after["findings"] if not HYGIENE_COMMENTS.search(f["ruleId"]))
    hygiene_after = [f for f in after["findings"] if HYGIENE_COMMENTS.search(f["ruleId"])]
    if others_before != others_after:
        gone = list((others_before - others_after).elements())[:2]
        new = list((others_after - others_before).elements())[:2]
        failures.append(f"{name}: findings differ; gone {gone}, new {new}")
    if len(hygiene_after) != 1:
        failures.append(f"{name}: {len(hygiene_after)} 'comments left in' findings after annotate")

pdfs = {f[: -len(".pdf")] for f in os.listdir(os.path.join(work, "pdf")) if f.endswith(".pdf")}
outputs_written = [f[: -len(".docx")] for f in os.listdir(os.path.join(work, "out")) if f.endswith(".docx")]
if lo_status >= 0:
    missing = sorted(set(outputs_written) - pdfs)
    if lo_status != 0:
        failures.append(f"soffice exited {lo_status} (124: time limit)")
    failures += [f"{stem}.docx: LibreOffice wrote no PDF" for stem in missing]

print(f"corpus round trip: {len(inputs)} inputs read by check, {checked} annotated and checked, "
      f"{comments_total} comments added, {len(refused)} refused by annotate, "
      f"{len(pdfs)}/{len(outputs_written)} outputs converted to PDF by LibreOffice"
      + ("" if lo_status >= 0 else " (not run)") + ", "
      + (f"python-docx: {len(python_docx_input_fails)} outputs it cannot open, nor their inputs"
         if docx is not None else "python-docx not installed: comments listed from the ZIP only"))
for line in refused:
    print(f"  refused (not a failure): {line}")
for name in python_docx_input_fails:
    print(f"  python-docx cannot open the input either (not a failure): {name}")
for line in failures:
    print(f"  FAIL {line}")
sys.exit(1 if failures else 0)

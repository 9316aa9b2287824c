#!/usr/bin/env python3
"""Writes Fixtures/reference/nd30-reference.docx: pandoc's own reference document laid out as
Nghị định 30/2020/NĐ-CP, Phụ lục I sets (A4 portrait; margins top and bottom 20 mm, left 30 mm,
right 20 mm; Times New Roman; body 14 pt; headings 14 pt). Pandoc copies a reference
document's styles and its section setup into what it writes, so
`pandoc --reference-doc Fixtures/reference/nd30-reference.docx` makes a DOCX in the decree's
format. Also writes nd30-reference.odt (LibreOffice's conversion of it) for pandoc's ODT writer.

Usage: scripts/make-reference-docx.py   (needs pandoc, python-docx; soffice for the ODT)"""
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.shared import Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nd30_format  # noqa: E402

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out_dir = os.path.join(root, "Fixtures", "reference")
os.makedirs(out_dir, exist_ok=True)
target = os.path.join(out_dir, "nd30-reference.docx")
with tempfile.TemporaryDirectory() as work:
    default = os.path.join(work, "default.docx")
    with open(default, "wb") as handle:
        handle.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True, capture_output=True).stdout)
    document = Document(default)
    nd30_format.apply(document, body_pt=14, left_mm=30, right_mm=20)
    for style in document.styles:
        if style.style_id in ("Heading1", "Heading2", "Heading3", "Title"):
            style.font.size = Pt(14)
    document.save(target)
    if shutil.which("soffice"):
        subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", work, target], check=True, capture_output=True)
        shutil.copy(os.path.join(work, "nd30-reference.odt"), os.path.join(out_dir, "nd30-reference.odt"))
print("written", target)

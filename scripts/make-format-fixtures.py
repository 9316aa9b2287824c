#!/usr/bin/env python3
"""Writes the fixtures of the decree's format rules (Nghị định 30/2020/NĐ-CP, Phụ lục I):

  Fixtures/docx/bad/the-thuc-*.docx    the Word twin of Fixtures/markdown/good/ke-hoach-nam-2021.md
                                       (python-docx, scripts/make-docx-numbered-twin.py) in the
                                       decree's format, then one real slip each (SLIPS below)
  Fixtures/docx/template/mau-the-thuc-libreoffice.docx
                                       a Word file made by LibreOffice (--convert-to docx) from
                                       mau-the-thuc.fodt, a short plan written by hand with A4,
                                       the decree's margins and Times New Roman 14: no format finding

Sidecars (NAME.docx.expected) come from the linter:
  KEHOACH_LINT_UPDATE_FIXTURES=1 swift test --skip-build --filter FixtureTests
then review every line: each bad fixture must carry its slip's finding and nothing else new.

Usage: scripts/make-format-fixtures.py   (needs python-docx; soffice for the template)"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

from docx.oxml.ns import qn
from docx.shared import Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
import nd30_format  # noqa: E402

spec = importlib.util.spec_from_file_location("twin", os.path.join(HERE, "make-docx-numbered-twin.py"))
twin_module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(twin_module)

SOURCE = os.path.join(ROOT, "Fixtures", "markdown", "good", "ke-hoach-nam-2021.md")


def letter_paper(document):
    for section in document.sections:
        section.page_width, section.page_height = Inches(8.5), Inches(11)


def font_of_normal(name):
    def apply(document):
        fonts = document.styles["Normal"].element.get_or_add_rPr().find(qn("w:rFonts"))
        for attribute in ("ascii", "hAnsi", "cs"):
            fonts.set(qn("w:" + attribute), name)
    return apply


def body_size(points):
    def apply(document):
        document.styles["Normal"].font.size = Pt(points)
    return apply


# name → (text replacements in the Markdown, change to the laid-out document)
SLIPS = {
    "the-thuc-kho-letter": ([], letter_paper),
    "the-thuc-phong-arial": ([], font_of_normal("Arial")),
    "the-thuc-co-chu-12": ([], body_size(12)),
    "the-thuc-ngay-thieu-so-0": ([("Trà Bồng, ngày 28 tháng 12 năm 2020", "Trà Bồng, ngày 8 tháng 12 năm 2020")], None),
    "the-thuc-so-ky-hieu-cach": ([("Số: 210/KH-UBND", "Số:210 /KH-UBND")], None),
    "the-thuc-quoc-hieu-chu-thuong": ([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam")], None),
    "the-thuc-tieu-ngu-gach-dai": ([("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")], None),
}


def make_bad():
    markdown = open(SOURCE, encoding="utf-8").read()
    for name, (replacements, change) in SLIPS.items():
        text = markdown
        for old, new in replacements:
            if old not in text:
                sys.exit(f"{name}: {old!r} not found")
            text = text.replace(old, new, 1)
        twin = twin_module.Twin(False)
        twin.convert(text)
        nd30_format.apply(twin.document)
        if change:
            change(twin.document)
        twin.document.core_properties.author = "kehoach-lint fixtures"
        twin.document.save(os.path.join(ROOT, "Fixtures", "docx", "bad", name + ".docx"))


def make_template():
    if not shutil.which("soffice"):
        print("soffice not found: the LibreOffice template is left as it is", file=sys.stderr)
        return
    folder = os.path.join(ROOT, "Fixtures", "docx", "template")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work,
             os.path.join(folder, "mau-the-thuc.fodt")], check=True, capture_output=True)
        shutil.copy(os.path.join(work, "mau-the-thuc.docx"), os.path.join(folder, "mau-the-thuc-libreoffice.docx"))


if __name__ == "__main__":
    make_bad()
    make_template()

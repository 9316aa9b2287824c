#!/usr/bin/env python3
"""Writes Fixtures/docx/good/ke-hoach-nam-2021-kem-theo-quyet-dinh.docx: the good annual plan
as it is issued with a decision (the Quyết định carries the Quốc hiệu, number, date and
recipients; the plan under it starts with its title and "(Ban hành kèm theo Quyết định số …)").
A valid plan the decree-format rules must pass clean. Made by pandoc with the decree's page
format (Fixtures/reference/nd30-reference.docx), like the good Word twins.

Usage: scripts/make-attached-plan-fixture.py   (needs pandoc)"""
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "Fixtures/markdown/good/ke-hoach-nam-2021.md"
REFERENCE = ROOT / "Fixtures/reference/nd30-reference.docx"
OUT = ROOT / "Fixtures/docx/good/ke-hoach-nam-2021-kem-theo-quyet-dinh.docx"
SUBJECT = ("**Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số"
           " và bảo đảm an toàn thông tin mạng năm 2021 của huyện Trà Bồng**")
ISSUED_WITH = ("*(Ban hành kèm theo Quyết định số 210/QĐ-UBND ngày 28/12/2020 của Ủy ban nhân dân"
               " huyện Trà Bồng)*")


def main():
    plan = SOURCE.read_text(encoding="utf-8")
    plan = plan[plan.index("# KẾ HOẠCH"):]
    assert plan.count(SUBJECT) == 1
    plan = plan.replace(SUBJECT, SUBJECT + "\n\n" + ISSUED_WITH, 1)
    with tempfile.TemporaryDirectory() as work:
        markdown = pathlib.Path(work) / "plan.md"
        markdown.write_text(plan, encoding="utf-8")
        subprocess.run(
            ["pandoc", "-f", "markdown-raw_html-fancy_lists", "-t", "docx", "--reference-doc", str(REFERENCE),
             str(markdown), "-o", str(OUT)],
            check=True)
    sidecar = OUT.with_name(OUT.name + ".expected")
    if not sidecar.exists():
        sidecar.write_text("", encoding="utf-8")


if __name__ == "__main__":
    main()

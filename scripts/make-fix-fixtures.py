#!/usr/bin/env python3
"""Derives the safe-fix fixtures (Fixtures/fix/) from a good plan: each variant puts in one
fault that `kehoach-lint fix` knows the one right text for, and SafeFixTests checks that the
fixed plan has lost that finding and gained none. The Word twins are made by pandoc with
the decree's page format (Fixtures/reference/nd30-reference.docx, as the good twins) and
letter points kept as typed text (Word's own numbering has no "đ)" and is not text to fix).
Sidecars (NAME.expected) are written by FixtureTests with KEHOACH_LINT_UPDATE_FIXTURES=1 and
reviewed by hand; NAME.md.fixed is the expected corrected text of each Markdown variant.

Needs: pandoc.  Usage: scripts/make-fix-fixtures.py   (from anywhere)"""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOOD = ROOT / "Fixtures/markdown/good/ke-hoach-nam-2021.md"
OUT = ROOT / "Fixtures/fix"
REFERENCE = ROOT / "Fixtures/reference/nd30-reference.docx"

# name: [(right text, faulty text)], each replaced once in the good plan.
VARIANTS = {
    # Type codes: "Quyết định" with a resolution's code, and with a công văn's symbol.
    "so-ky-hieu-sai": [
        ("Quyết định số 749/QĐ-TTg", "Quyết định số 749/NQ-TTg"),
        ("Quyết định số 2323/QĐ-BTTTT", "Quyết định số 2323/BTTTT-THH"),
    ],
    # The catalog's date of 17/NQ-CP is 07/3/2019; the slip seen in seed001.
    "ngay-ban-hanh-sai": [("17/NQ-CP ngày 07/3/2019", "17/NQ-CP ngày 09/3/2020")],
    # Latin letters after "c)": "f)" where "d)" belongs, then "g)" for "đ)".
    "diem-sai-thu-tu": [
        ("d) Tổ chức 01 đợt kiểm tra", "f) Tổ chức 01 đợt kiểm tra"),
        ("đ) Xây dựng phương án ứng cứu", "g) Xây dựng phương án ứng cứu"),
    ],
    # A skipped Roman number: "VIII." after "VI." (the text cites "Mục VII", the right one).
    "muc-nhay-so": [("## VII. DANH MỤC", "## VIII. DANH MỤC")],
    # A repeated Roman number: "VI." twice.
    "muc-trung-so": [("## VII. DANH MỤC", "## VI. DANH MỤC")],
}


def main():
    OUT.mkdir(exist_ok=True)
    good = GOOD.read_text(encoding="utf-8")
    for name, edits in VARIANTS.items():
        text = good
        for right, wrong in edits:
            assert text.count(right) == 1, right
            text = text.replace(right, wrong, 1)
        markdown = OUT / f"{name}.md"
        markdown.write_text(text, encoding="utf-8")
        (OUT / f"{name}.md.fixed").write_text(good, encoding="utf-8")
        subprocess.run(
            [
                "pandoc", "-f", "markdown-raw_html-fancy_lists", "-t", "docx", "--reference-doc", str(REFERENCE),
                str(markdown), "-o", str(OUT / f"{name}.docx"),
            ],
            check=True)
        for plan in (markdown, OUT / f"{name}.docx"):
            sidecar = plan.with_name(plan.name + ".expected")
            if not sidecar.exists():
                sidecar.write_text("", encoding="utf-8")


if __name__ == "__main__":
    main()

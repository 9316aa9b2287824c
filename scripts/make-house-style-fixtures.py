#!/usr/bin/env python3
"""Regenerates the house-style fixtures of issue 14 (Fixtures/house-styles/) from the four
hand-written clean plans, so every variant stays in sync with its Markdown:

  STYLE/NAME.md                  the clean plan, written by hand (not touched here)
  STYLE/NAME.pandoc.docx         pandoc's DOCX of it (real footnotes, a plain table)
  STYLE/NAME.word.docx           a Word-style DOCX: Heading 1-3 styles with automatic numbering
                                 from numbering.xml (the "I.", "1." labels are not typed),
                                 "Phần thứ nhất" typed on a Heading 1 with its title on the next
                                 paragraph, bold-line headings turned into Heading styles, real
                                 merged cells for a two-row table header, real footnotes
  STYLE/NAME--DEFECT.md          a mutant: the clean plan with one or two real slips (MUTANTS)
  STYLE/NAME--DEFECT.word.docx   the Word-style twin of a few mutants (WORD_MUTANTS)
  FILE.findings                  what the linter must say about FILE (see below)

A .findings file lists the findings a plan MUST have, one a line, and the test allows no other
error or warning (info is free):

  SEVERITY[|SEVERITY] RULE-ID[|RULE-ID…] @LINE[|LINE…]     (@* = any place)

A leading "?" marks a finding that MAY be present (a consequence the guidance also supports).
A clean plan's file has no finding lines. The places of a mutant's findings are the lines of
the anchor texts given in MUTANTS below, found in the mutant, so they move with the text. The
rule ids are the bundled packs' ids; "legal-issuer-symbol" is the rule issue 14 asks for
(issuer and symbol agree), named here before it exists.

Every DOCX is laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I sets, so the decree's format
checks find nothing in a clean plan: pandoc writes with --reference-doc
Fixtures/reference/nd30-reference.docx (A4, Times New Roman 14), the Word-style twins get A4,
the decree's margins and Times New Roman through scripts/nd30_format.py, at the body size and
left margin each house uses (FORMAT: 13 or 14 pt, 30 or 35 mm, all within the decree's ranges).

Needs pandoc and python-docx 1.2+ (pip install python-docx).
Usage: scripts/make-house-style-fixtures.py   (from anywhere)"""
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nd30_format  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "house-styles")
REFERENCE = os.path.join(ROOT, "..", "reference", "nd30-reference.docx")
# Each house's body size (pt) and left margin (mm), within the decree's 13-14 pt and 30-35 mm.
FORMAT = {
    "a-bo-quyet-dinh": (14, 30),
    "b-so-nam-2021": (13, 35),
    "c-huyen-5-nam": (14, 35),
    "d-tinh-nam-2021": (13, 30),
}
CLEAN = [
    "a-bo-quyet-dinh/bo-tu-phap-5-nam.md",
    "b-so-nam-2021/so-tnmt-nam-2021.md",
    "c-huyen-5-nam/binh-son-5-nam.md",
    "d-tinh-nam-2021/binh-dinh-nam-2021.md",
]

# Each mutant: the clean plan, a name, the replacements (old, new, count) that make the slip,
# and the findings it must have: (severity, rule ids, anchors) where each anchor is a text of
# the mutant whose line is an acceptable place ("*" = anywhere); optional findings start "?".
MUTANTS = [
    # A: Bộ Tư pháp, five-year plan inside a Quyết định (profile bo-tinh-2021-2025, rules bt1-*).
    (CLEAN[0], "nam-20178", "a year typed 20178 (the seed's own slip)",
     [("ngày 12/7/2018 của Thủ tướng", "ngày 12/7/20178 của Thủ tướng", 1)],
     [("error", "bt1-legal-impossible-date", ["12/7/20178"])]),
    (CLEAN[0], "52-nq-tu", "the Politburo's resolution written with a provincial committee's symbol",
     [("Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về", "Nghị quyết số 52-NQ/TU ngày 27/9/2019 của Bộ Chính trị về", 1)],
     [("error|warning", "bt1-legal-issuer-symbol", ["52-NQ/TU"])]),
    (CLEAN[0], "lo-trinh-thieu-2024", "the roadmap skips 2024",
     [("- Năm 2024: Cơ sở dữ liệu lý lịch tư pháp đồng bộ với Tòa án, Viện kiểm sát, Bộ Công an; hoàn thành nâng cấp Cơ sở dữ liệu quốc gia về pháp luật.\n", "", 1)],
     [("error", "bt1-roadmap-years", ["## VI. LỘ TRÌNH THỰC HIỆN", "- Năm 2023: đưa Trung tâm dữ liệu", "- Năm 2025: 100% sổ hộ tịch"])]),
    # B: Sở Tài nguyên và Môi trường, annual 2021 (profile phu-luc-ii-2021, rules pl2-*).
    (CLEAN[1], "attt-7-phan-tram", "security spending cut to 7,6% (rows and the stated share)",
     [("| Quý III/2021 | 420 |", "| Quý III/2021 | 100 |", 1),
      ("|  |  |  | 1.920 | 680 |", "|  |  |  | 1.600 | 680 |", 1),
      ("| 5.120 | 1.510 |", "| 4.800 | 1.510 |", 1),
      ("là 6.630 triệu đồng, gồm chi đầu tư phát triển 5.120", "là 6.310 triệu đồng, gồm chi đầu tư phát triển 4.800", 1),
      ("là 800 triệu đồng, chiếm 12%", "là 480 triệu đồng, chiếm 7,6%", 1)],
     [("error", "pl2-security-spending-share", ["chiếm 7,6%", "|  | Tổng cộng |"]),
      ("?error", "pl2-security-spending-share", ["chiếm 7,6%", "|  | Tổng cộng |"])]),
    (CLEAN[1], "tong-khong-khop", "the total row's Chi thường xuyên does not add up",
     [("| 5.120 | 1.510 |", "| 5.120 | 1.610 |", 1)],
     [("error", "pl2-project-totals", ["|  | Tổng cộng |"]),
      ("?error", "pl2-project-totals", ["|  | Tổng cộng |", "chi thường xuyên 1.510"])]),
    (CLEAN[1], "cho-trong-bang", "a template placeholder left in a table cell",
     [("| 7 | Bồi dưỡng kỹ năng số cho công chức, viên chức của Sở | Văn phòng Sở |",
       "| 7 | Bồi dưỡng kỹ năng số cho công chức, viên chức của Sở | <TÊN ĐƠN VỊ> |", 1)],
     [("warning", "pl2-placeholders", ["<TÊN ĐƠN VỊ>"])]),
    # C: huyện Bình Sơn, terse five-year plan (profile phu-luc-i-2021-2025, rules pl1-*).
    (CLEAN[2], "nhiem-vu-2026", "a task running into 2026",
     [("| 25 điểm cầu cấp xã | 2022-2023 |", "| 25 điểm cầu cấp xã | 2025-2026 |", 1)],
     [("error", "pl1-project-time-frame", ["2025-2026"]),
      ("?warning", "pl1-dates-within-period", ["2025-2026"])]),
    (CLEAN[2], "cho-trong-chu-thich", "a template placeholder left in a footnote",
     [("gửi Phòng Văn hóa và Thông tin.\n", "gửi <TÊN ĐƠN VỊ>.\n", 1)],
     [("warning", "pl1-placeholders", ["<TÊN ĐƠN VỊ>"])]),
    (CLEAN[2], "thieu-giai-phap", "the mandatory Giải pháp section left out (and with it the 1% commitment)",
     [("## IV. GIẢI PHÁP\n\n### 1. Giải pháp tài chính\n\nBảo đảm mức tối thiểu 1% tổng chi ngân sách huyện cho phát triển Chính quyền số, bao gồm chi thường xuyên và chi đầu tư phát triển; bố trí tối thiểu 10% kinh phí ứng dụng CNTT cho an toàn thông tin.\n\n### 2. Giải pháp tổ chức\n\nĐưa kết quả ứng dụng CNTT vào tiêu chí thi đua hằng năm của các cơ quan, đơn vị; tuyên truyền về Chính quyền số trên hệ thống truyền thanh huyện.\n\n", "", 1),
      ("## V. LỘ TRÌNH", "## IV. LỘ TRÌNH", 1), ("## VI. KINH PHÍ", "## V. KINH PHÍ", 1),
      ("## VII. TỔ CHỨC", "## VI. TỔ CHỨC", 1)],
     [("error", "pl1-required-sections", ["## IV. LỘ TRÌNH THỰC HIỆN", "## III. NHIỆM VỤ"]),
      ("error", "pl1-digital-government-budget-share", ["*"])]),
    # D: tỉnh Bình Định, annual 2021 citing its five-year plan (profile bo-tinh-2021, rules bt2-*).
    (CLEAN[3], "hai-ngay", "the five-year plan cited with two dates",
     [("Triển khai các nhiệm vụ năm 2021 của Kế hoạch giai đoạn 2021-2025 của tỉnh;",
       "Triển khai các nhiệm vụ năm 2021 của Kế hoạch số 112/KH-UBND ngày 21/10/2020 của UBND tỉnh về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng giai đoạn 2021-2025;", 1)],
     [("warning|error", "bt2-legal-date-conflict", ["ngày 21/10/2020", "ngày 12/10/2020"])]),
    (CLEAN[3], "attt-7-5-phan-tram", "the plan states its security spending at 7,5%",
     [("Kinh phí cho an toàn thông tin là 4.700 triệu đồng, chiếm 12,8% tổng kinh phí.",
       "Kinh phí cho an toàn thông tin là 2.745 triệu đồng, chiếm 7,5% tổng kinh phí.", 1)],
     [("error", "bt2-security-spending-share", ["chiếm 7,5%"]),
      ("?error|warning", "bt2-security-spending-share|bt2-project-totals", ["chiếm 7,5%"])]),
    (CLEAN[3], "nhiem-vu-2022", "an annual task running into 2022",
     [("| 50% UBND cấp xã có điểm cầu | 2021 |", "| 50% UBND cấp xã có điểm cầu | 2021-2022 |", 1)],
     [("error", "bt2-project-time-frame", ["2021-2022"]),
      ("?warning", "bt2-dates-within-period", ["2021-2022"])]),
]

HEADER = """# Issue 14 house-style fixture: the findings this plan must have, one a line
#   SEVERITY[|SEVERITY] RULE-ID[|RULE-ID…] @LINE[|LINE…]   (@* any place; leading ? = may be present)
# and no other error or warning. Written by scripts/make-house-style-fixtures.py.
"""


def write_findings(path, note, lines):
    with open(path + ".findings", "w", encoding="utf-8") as out:
        out.write(HEADER)
        if note:
            out.write(f"# {note}\n")
        for line in lines:
            out.write(line + "\n")


def line_of(text, anchor):
    if anchor == "*":
        return "*"
    index = text.find(anchor)
    if index < 0:
        sys.exit(f"anchor not found: {anchor!r}")
    return str(text.count("\n", 0, index) + 1)


def make_mutants():
    for clean, name, note, replacements, findings in MUTANTS:
        text = open(os.path.join(ROOT, clean), encoding="utf-8").read()
        for old, new, count in replacements:
            if text.count(old) < count:
                sys.exit(f"{clean}: {old!r} not found for mutant {name}")
            text = text.replace(old, new, count)
        path = os.path.join(ROOT, clean[: -len(".md")] + f"--{name}.md")
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
        lines = []
        for severity, rules, anchors in findings:
            places = sorted({line_of(text, anchor) for anchor in anchors}, key=lambda p: (p == "*", int(p) if p.isdigit() else 0))
            lines.append(f"{severity} {rules} @{'|'.join(places)}")
        write_findings(path, note, lines)


# Word-style DOCX


HEADING_ABSTRACT = 80
LEVELS = [("upperRoman", "Phần %1."), ("upperRoman", "%2."), ("decimal", "%3.")]
ROMAN = r"[IVXLC]+"
FOOTNOTE_REF = re.compile(r"\[\^(\d+)\]")
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class WordStyle:
    def __init__(self):
        self.document = Document()
        self.numbering = self.document.part.numbering_part.element
        levels = "".join(
            f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:pStyle w:val="Heading{index + 1}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
            for index, (fmt, text) in enumerate(LEVELS)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{HEADING_ABSTRACT}">'
            f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        )
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        self.next_num = 80
        self.num = self.new_num()
        self.footnotes = {}
        self.footnote_part = None

    def new_num(self):
        """A list instance; restarting "I." at 1, for a part whose "Phần" label is typed."""
        self.next_num += 1
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{self.next_num}"><w:abstractNumId w:val="{HEADING_ABSTRACT}"/>'
                f'<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return self.next_num

    @staticmethod
    def num_properties(level, num_id):
        return parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')

    def add_runs(self, paragraph, text, bold=False):
        for index, piece in enumerate(re.split(r"\*\*", text)):
            for italic_index, part in enumerate(re.split(r"(?<![*\w])\*(?=\S)|(?<=\S)\*(?![*\w])", piece)):
                for chunk_index, chunk in enumerate(FOOTNOTE_REF.split(part)):
                    if chunk_index % 2 == 1:
                        self.footnote_reference(paragraph, int(chunk))
                        continue
                    for line_index, line in enumerate(chunk.split("\n")):
                        if line_index > 0:
                            paragraph.add_run().add_break(WD_BREAK.LINE)
                        if line:
                            run = paragraph.add_run(line)
                            run.bold = bold or index % 2 == 1
                            run.italic = italic_index % 2 == 1 or None

    def footnote_reference(self, paragraph, number):
        run = paragraph.add_run()
        run._r.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{number}"/>'))

    def paragraph(self, text, style=None, bold=False):
        paragraph = self.document.add_paragraph(style=style)
        self.add_runs(paragraph, text, bold)
        return paragraph

    def numbered_heading(self, level, text):
        paragraph = self.paragraph(text, style=f"Heading {level + 1}")
        paragraph._p.get_or_add_pPr().append(self.num_properties(level, self.num))
        return paragraph

    def unnumbered_heading(self, level, text):
        paragraph = self.paragraph(text, style=f"Heading {level + 1}")
        paragraph._p.get_or_add_pPr().append(self.num_properties(0, 0))
        return paragraph

    def heading(self, level, text):
        """ATX heading level 1-3, or a bold-line heading given its level."""
        if level == 1:
            labelled = re.match(rf"^Phần\s+({ROMAN})\.?\s*(.*)$", text)
            if labelled:
                self.numbered_heading(0, labelled.group(2))
            elif re.match(r"^(Phần|PHẦN)\s+thứ\s+\w+", text, re.IGNORECASE):
                self.num = self.new_num()  # "Phần thứ hai": typed label, "I." starts again
                self.unnumbered_heading(0, text)
            elif text.lower().startswith("phụ lục"):
                self.unnumbered_heading(0, text)
            else:  # "# KẾ HOẠCH", "# QUYẾT ĐỊNH": the document's title
                self.paragraph(text, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
            return
        pattern = rf"^{ROMAN}\.\s+" if level == 2 else r"^\d+\.\s+"
        stripped = re.sub(pattern, "", text, count=1)
        if stripped != text:
            self.numbered_heading(level - 1, stripped)
        else:
            self.unnumbered_heading(level - 1, text)

    def table(self, rows):
        cells = [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows]
        cells = [row for row in cells if not all(re.fullmatch(r":?-+:?", cell) for cell in row)]
        width = max(len(row) for row in cells)
        table = self.document.add_table(rows=len(cells), cols=width)
        table.style = self.document.styles["Table Grid"]
        header, second = cells[0], cells[1] if len(cells) > 1 else []
        # A two-row header flattened in Markdown: the first cell of the second row is empty and
        # the first row repeats the merged title over the columns it spans.
        two_rows = bool(second) and not second[0] and any(header[i] == header[i + 1] for i in range(width - 1))
        for row_index, row in enumerate(cells):
            for column, text in enumerate(row):
                if two_rows and row_index == 0 and column > 0 and header[column] == header[column - 1]:
                    continue
                self.add_runs(table.cell(row_index, column).paragraphs[0], text)
        if two_rows:
            column = 0
            while column < width:
                end = column
                while end + 1 < width and header[end + 1] == header[column]:
                    end += 1
                if end > column:
                    table.cell(0, column).merge(table.cell(0, end))
                elif not second[column]:
                    table.cell(0, column).merge(table.cell(1, column))
                column = end + 1

    def add_footnotes(self):
        if not self.footnotes:
            return
        body = "".join(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
            for number, text in sorted(self.footnotes.items())
        )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f"{body}</w:footnotes>"
        )
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode("utf-8"), self.document.part.package)
        self.document.part.relate_to(part, RT.FOOTNOTES)

    def convert(self, markdown):
        lines = markdown.split("\n")
        body = []
        for line in lines:
            definition = re.match(r"^\[\^(\d+)\]:\s*(.*)$", line)
            if definition:
                self.footnotes[int(definition.group(1))] = definition.group(2)
            else:
                body.append(line)
        index = 0
        while index < len(body):
            line = body[index]
            if not line.strip():
                index += 1
                continue
            if line.startswith("|"):
                rows = []
                while index < len(body) and body[index].startswith("|"):
                    rows.append(body[index])
                    index += 1
                self.table(rows)
                continue
            heading = re.match(r"^(#{1,6})\s+(.*?)\s*$", line)
            if heading:
                self.heading(min(len(heading.group(1)), 3), heading.group(2))
                index += 1
                continue
            block = [line]
            index += 1
            while index < len(body) and body[index].strip() and not re.match(r"^(#{1,6}\s|[-+*] |\|)", body[index]):
                block.append(body[index].strip())
                index += 1
            text = "\n".join(block)
            bold_line = re.fullmatch(r"\*\*(.+)\*\*", text)
            if text[:2] in ("- ", "+ "):
                self.paragraph(text[2:], style="List Bullet")
            elif bold_line and re.match(rf"^{ROMAN}\.\s", bold_line.group(1)):
                self.heading(2, bold_line.group(1))  # a bold-line "I. Căn Cứ …" is a section
            elif bold_line and re.match(r"^\d+\.\s", bold_line.group(1)):
                self.heading(3, bold_line.group(1))
            elif bold_line and "**" not in bold_line.group(1):
                self.paragraph(bold_line.group(1), bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                self.paragraph(text)
        self.add_footnotes()


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Mutants that also get a Word-style DOCX twin (a slip in a real footnote, in a table with
# real merged header cells); their places are "any paragraph" (@*), the rule must match.
WORD_MUTANTS = [
    "b-so-nam-2021/so-tnmt-nam-2021--tong-khong-khop.md",
    "c-huyen-5-nam/binh-son-5-nam--cho-trong-chu-thich.md",
]


def apply_house_format(document, plan):
    body_pt, left_mm = FORMAT[plan.split("/")[0]]
    nd30_format.apply(document, body_pt=body_pt, left_mm=left_mm, right_mm=15 if left_mm == 35 else 20)


def make_docx():
    for mutant in WORD_MUTANTS:
        source = os.path.join(ROOT, mutant)
        word = WordStyle()
        word.convert(open(source, encoding="utf-8").read())
        apply_house_format(word.document, mutant)
        word.document.core_properties.author = "kehoach-lint fixtures"
        target = source[: -len(".md")] + ".word.docx"
        word.document.save(target)
        lines = []
        for line in open(source + ".findings", encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            lines.append(re.sub(r"@\S+", "@*", line.strip()))
        write_findings(target, "the Word-style twin of " + os.path.basename(mutant), lines)
    for clean in CLEAN:
        source = os.path.join(ROOT, clean)
        stem = source[: -len(".md")]
        subprocess.run(
            ["pandoc", "-f", "markdown-raw_html-fancy_lists", "-t", "docx", "--reference-doc", REFERENCE, source, "-o",
             stem + ".pandoc.docx"],
            check=True,
        )
        word = WordStyle()
        word.convert(open(source, encoding="utf-8").read())
        apply_house_format(word.document, clean)
        word.document.core_properties.author = "kehoach-lint fixtures"
        word.document.save(stem + ".word.docx")
        for path in (source, stem + ".pandoc.docx", stem + ".word.docx"):
            write_findings(path, "a clean plan: no error, no warning", [])


if __name__ == "__main__":
    make_mutants()
    make_docx()

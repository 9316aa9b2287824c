#!/usr/bin/env python3
"""Writes the Word twin of a Markdown fixture plan with python-docx, the way drafters make
it in Word, keeping the text exactly as written (runs of spaces, soft line breaks as
line breaks).

Default mode: the section labels ("Phần I.", "I.", "1.") are automatic numbering from a real
numbering.xml, not typed, so they are absent from the document's text. Heading 1 and 2 take
their number through the style (numPr in styles.xml, the usual "multilevel list linked to
headings"); Heading 3 paragraphs carry a direct numPr, so both ways are exercised. Letter
points ("a)", "đ)") stay typed, as in real Vietnamese drafts (Word's lowerLetter has no "đ").

--typed: labels stay typed in the heading text (for the bad twins, whose mistakes are in the
typed labels). Ordered Markdown lists ("1. …") become Word numbered lists either way, each
starting where the Markdown list starts; "- " items use the template's List Bullet style.

Handles the Markdown the fixtures use: ATX headings, paragraphs, "- "/"+ " and "N. " lists,
pipe tables, **bold**, *italic*, HTML comments (dropped, as cmark drops HTML blocks).

Laid out as Nghị định 30/2020/NĐ-CP sets (scripts/nd30_format.py).

Usage: scripts/make-docx-numbered-twin.py [--typed] PLAN.md OUT.docx   (needs python-docx)"""
import os
import re
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nd30_format  # noqa: E402

HEADING_ABSTRACT = 90
HEADING_NUM = 90
LIST_ABSTRACT = 91
HEADING_LEVELS = [("upperRoman", "Phần %1."), ("upperRoman", "%2."), ("decimal", "%3.")]
HEADING_LABEL = [re.compile(r"^Phần\s+[IVXLC]+\.?\s*"), re.compile(r"^[IVXLC]+\.\s*"), re.compile(r"^\d+\.\s*")]
ORDERED_ITEM = re.compile(r"^(\d{1,9})\.\s+")


class Twin:
    def __init__(self, typed):
        self.typed = typed
        self.document = Document()
        self.numbering = self.document.part.numbering_part.element
        self.next_num = 100
        self.add_abstract(HEADING_ABSTRACT, HEADING_LEVELS, heading_styles=True)
        self.add_abstract(LIST_ABSTRACT, [("decimal", "%1.")])
        if not typed:
            self.add_num(HEADING_NUM, HEADING_ABSTRACT)
            for level in (0, 1):
                properties = self.document.styles[f"Heading {level + 1}"].element.get_or_add_pPr()
                properties.insert(0, self.num_properties(level, HEADING_NUM))

    # numbering.xml

    def add_abstract(self, abstract_id, levels, heading_styles=False):
        xml = "".join(
            f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:pStyle w:val="Heading{index + 1}"/>' if heading_styles else "")
            + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
            for index, (fmt, text) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{xml}</w:abstractNum>'
        )
        first_num = self.numbering.find(qn("w:num"))  # abstractNum elements come before num elements
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)

    def add_num(self, num_id, abstract_id, start=None):
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start is not None else ""
        )
        self.numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>')
        )

    @staticmethod
    def num_properties(level, num_id):
        return parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')

    def new_ordered_list(self, start):
        self.next_num += 1
        self.add_num(self.next_num, LIST_ABSTRACT, start)
        return self.next_num

    # blocks

    @staticmethod
    def add_runs(paragraph, text, bold=False):
        """Adds text with **bold** and *italic* stretches; "\\n" becomes a line break."""
        for index, piece in enumerate(re.split(r"\*\*", text)):
            for italic_index, part in enumerate(re.split(r"(?<![*\w])\*(?=\S)|(?<=\S)\*(?![*\w])", piece)):
                lines = part.split("\n")
                for line_index, line in enumerate(lines):
                    if line_index > 0:
                        paragraph.add_run().add_break(WD_BREAK.LINE)
                    if line:
                        run = paragraph.add_run(line)
                        run.bold = bold or index % 2 == 1
                        run.italic = italic_index % 2 == 1 or None

    def paragraph(self, text, style=None, bold=False):
        paragraph = self.document.add_paragraph(style=style)
        self.add_runs(paragraph, text, bold)
        return paragraph

    def heading(self, level, text):
        level = min(level, 3)
        stripped = HEADING_LABEL[level - 1].sub("", text, count=1)
        style = f"Heading {level}"
        if self.typed:
            self.paragraph(text, style=style)
        elif stripped != text:
            paragraph = self.paragraph(stripped, style=style)
            if level == 3:
                paragraph._p.get_or_add_pPr().append(self.num_properties(2, HEADING_NUM))
        elif level == 1:
            # "# KẾ HOẠCH": the document's title, a centred bold line in Word, not a section
            self.paragraph(text, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            # An unlabelled heading: numId 0 cancels the number its style would give it.
            paragraph = self.paragraph(text, style=style)
            paragraph._p.get_or_add_pPr().append(self.num_properties(0, 0))

    def table(self, rows):
        cells = [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows]
        cells = [row for row in cells if not all(re.fullmatch(r":?-+:?", cell) for cell in row)]
        width = max(len(row) for row in cells)
        table = self.document.add_table(rows=len(cells), cols=width)
        table.style = self.document.styles["Table Grid"]
        for row_index, row in enumerate(cells):
            for column, text in enumerate(row):
                self.add_runs(table.cell(row_index, column).paragraphs[0], text)

    def convert(self, markdown):
        lines = markdown.split("\n")
        index = 0
        ordered_list = None  # (num id) of the ordered list being written, until another block
        while index < len(lines):
            line = lines[index]
            if not line.strip():
                index += 1
                continue
            if line.lstrip().startswith("<!--"):
                while index < len(lines) and "-->" not in lines[index]:
                    index += 1
                index += 1
                continue
            if line.startswith("|"):
                rows = []
                while index < len(lines) and lines[index].startswith("|"):
                    rows.append(lines[index])
                    index += 1
                self.table(rows)
                ordered_list = None
                continue
            heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
            if heading:
                self.heading(len(heading.group(1)), heading.group(2))
                ordered_list = None
                index += 1
                continue
            # A paragraph or list item runs on over continuation lines (cmark's lazy lines).
            block = [line]
            index += 1
            while index < len(lines) and lines[index].strip() and not self.starts_block(lines[index]):
                block.append(lines[index].strip())
                index += 1
            text = "\n".join(block)
            ordered = ORDERED_ITEM.match(text)
            if text[:2] in ("- ", "+ ", "* "):
                self.paragraph(text[2:], style="List Bullet")
                ordered_list = None
            elif ordered:
                if ordered_list is None:
                    ordered_list = self.new_ordered_list(int(ordered.group(1)))
                paragraph = self.paragraph(text[ordered.end():])
                paragraph._p.get_or_add_pPr().append(self.num_properties(0, ordered_list))
            elif text.startswith("**") and text.endswith("**") and text.count("**") == 2:
                self.paragraph(text[2:-2], bold=True)
                ordered_list = None
            else:
                self.paragraph(text)
                ordered_list = None

    @staticmethod
    def starts_block(line):
        return bool(re.match(r"^(#{1,6}\s|[-+*] |\||\d{1,9}\.\s|<!--)", line))


def main(arguments):
    typed = "--typed" in arguments
    paths = [argument for argument in arguments if argument != "--typed"]
    if len(paths) != 2:
        sys.exit(__doc__)
    twin = Twin(typed)
    twin.convert(open(paths[0], encoding="utf-8").read())
    # Laid out as the decree sets (A4, margins, Times New Roman 14): the twins differ from
    # their Markdown plan in content only.
    nd30_format.apply(twin.document)
    twin.document.core_properties.author = "kehoach-lint fixtures"
    twin.document.save(paths[1])


if __name__ == "__main__":
    main(sys.argv[1:])

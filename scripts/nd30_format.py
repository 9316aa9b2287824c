"""The decree's administrative format (Nghị định 30/2020/NĐ-CP, Phụ lục I) applied to a
python-docx Document: A4 portrait, margins within the decree's ranges, Times New Roman for
every style (theme fonts replaced: Word would otherwise show the theme's Calibri/Cambria),
the body text at one size of 13 or 14 pt, text in black.

Used by make-reference-docx.py (pandoc's --reference-doc), make-docx-numbered-twin.py and
make-house-style-fixtures.py, so every good Word fixture is laid out as the decree sets."""
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"


def apply(document, body_pt=14, left_mm=30, right_mm=20, top_mm=20, bottom_mm=20):
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(top_mm), Mm(bottom_mm)
        section.left_margin, section.right_margin = Mm(left_mm), Mm(right_mm)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = parse_xml(f"<w:rPrDefault {nsdecls('w')}><w:rPr/></w:rPrDefault>")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        run_defaults.append(properties)
    set_fonts(properties)
    set_size(properties, body_pt)
    for style in styles.findall(qn("w:style")):
        run = style.find(qn("w:rPr"))
        if run is None:
            continue
        if run.find(qn("w:rFonts")) is not None:
            set_fonts(run)
        for color in run.findall(qn("w:color")):
            run.remove(color)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(body_pt)


def set_fonts(properties):
    """Times New Roman for Latin and complex-script text, theme attributes dropped."""
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        properties.insert(0, fonts)
    for name in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        fonts.attrib.pop(qn("w:" + name), None)
    for name in ("ascii", "hAnsi", "cs"):
        fonts.set(qn("w:" + name), FONT)


def set_size(properties, points):
    for name in ("w:sz", "w:szCs"):
        element = properties.find(qn(name))
        if element is None:
            element = parse_xml(f"<{name} {nsdecls('w')}/>")
            properties.append(element)
        element.set(qn("w:val"), str(points * 2))

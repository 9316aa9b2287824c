#!/usr/bin/env python3
"""Derives the bad Markdown fixtures from the complete plans, so they follow the good plans
when those change. Each variant changes one thing a reviewer looks for; its expected
findings live in the sidecar NAME.md.expected (reviewed by hand, not generated here).

Usage: scripts/make-bad-fixtures.py   (from anywhere)"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOOD = ROOT / "Fixtures/markdown/good"
BAD = ROOT / "Fixtures/markdown/bad"


def sections(text, level):
    """Splits text into (heading, body) chunks at headings of exactly `level` #'s."""
    lines = text.split("\n")
    prefix = "#" * level + " "
    chunks, current = [], []
    for line in lines:
        is_heading = line.startswith(prefix) or (line.startswith("#") and len(line) - len(line.lstrip("#")) < level)
        if is_heading and current:
            chunks.append(current)
            current = []
        current.append(line)
    chunks.append(current)
    return ["\n".join(chunk) for chunk in chunks]


def drop_section(text, heading):
    chunks = sections(text, 2)
    kept = [chunk for chunk in chunks if not chunk.startswith(heading)]
    assert len(kept) == len(chunks) - 1, heading
    return "\n".join(kept)


def move_section_before(text, heading, before):
    chunks = sections(text, 2)
    moving = next(chunk for chunk in chunks if chunk.startswith(heading))
    chunks.remove(moving)
    index = next(i for i, chunk in enumerate(chunks) if chunk.startswith(before))
    chunks.insert(index, moving)
    return "\n".join(chunks)


def replace_once(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


def empty_subsection(text, heading):
    """Keeps `heading` but removes everything up to the next heading."""
    start = text.index(heading)
    body_start = start + len(heading)
    next_heading = re.search(r"\n#", text[body_start:])
    end = body_start + next_heading.start() if next_heading else len(text)
    return text[:body_start] + "\n" + text[end:]


def write(name, text):
    (BAD / name).write_text(text, encoding="utf-8")
    print("wrote", BAD / name)


five = (GOOD / "ke-hoach-5-nam-2021-2025.md").read_text(encoding="utf-8")
annual = (GOOD / "ke-hoach-nam-2021.md").read_text(encoding="utf-8")

# Section VI (roadmap) removed: one missing-section error, and VII now follows V.
write("ke-hoach-5-nam-thieu-lo-trinh.md", drop_section(five, "## VI. LỘ TRÌNH THỰC HIỆN"))

# Section VIII (organisation) moved before VI, numbers kept: order and numbering warnings.
write("ke-hoach-5-nam-sai-thu-tu.md", move_section_before(five, "## VIII. TỔ CHỨC THỰC HIỆN", "## VI. LỘ TRÌNH THỰC HIỆN"))

# A draft still carrying the template: slots, blank number and date, an empty optional
# section, a copied instruction, an unquantified target, a point lettered "f)".
draft = five
draft = replace_once(draft, "| Số: 125/KH-UBND |", "| Số:      /KH-UBND |")
draft = replace_once(draft, "Trà Bồng, ngày 25 tháng 9 năm 2020", "Trà Bồng, ngày      tháng 9 năm 2020")
draft = replace_once(draft, "giai đoạn 2021-2025 của huyện Trà Bồng**", "giai đoạn 2021-2025 của <SỞ/BAN/NGÀNH/HUYỆN/THÀNH PHỐ/THỊ XÃ>**")
draft = empty_subsection(draft, "### 3. Phát triển các hệ thống nền tảng")
draft = replace_once(
    draft, "## VI. LỘ TRÌNH THỰC HIỆN\n",
    "## VI. LỘ TRÌNH THỰC HIỆN\n\nXác định lộ trình thực hiện các nội dung Kế hoạch. Trong đó, dự kiến kết quả thực hiện Kế hoạch trong mỗi năm.\n")
draft = replace_once(
    draft, "## IV. NHIỆM VỤ\n",
    "f) Chuyển đổi số trong doanh nghiệp: đến năm 2025, 50% doanh nghiệp trên địa bàn sử dụng hóa đơn điện tử.\n\n"
    "- Nâng cao chất lượng cung cấp dịch vụ công trực tuyến cho người dân.\n\n## IV. NHIỆM VỤ\n")
draft = replace_once(draft, "## VIII. TỔ CHỨC THỰC HIỆN\n", "## VIII. TỔ CHỨC THỰC HIỆN\n\nCác xã, thị trấn: (bổ sung nếu có)\n")
write("ke-hoach-5-nam-con-cho-trong.md", draft)

# Annual plan without IV (solutions) and VII (project list): two missing-section errors.
write("ke-hoach-nam-2021-thieu-muc.md", drop_section(drop_section(annual, "## IV. GIẢI PHÁP"), "## VII. DANH MỤC NHIỆM VỤ, DỰ ÁN"))

# Annual plan whose tasks never mention the 4-layer security model.
write("ke-hoach-nam-2021-thieu-mo-hinh-4-lop.md", re.sub(r"(theo )?[Mm]ô hình (4|bốn) lớp", "theo các biện pháp kỹ thuật", annual))

province = (GOOD / "tinh-ke-hoach-5-nam-2021-2025.md").read_text(encoding="utf-8")
plan2020 = (GOOD / "ke-hoach-nam-2020.md").read_text(encoding="utf-8")

# A province's five-year draft without the project list (IX) and never naming the 4-layer model.
write(
    "tinh-ke-hoach-5-nam-thieu-danh-muc.md",
    re.sub(r"[Mm]ô hình (4|bốn) lớp", "các giải pháp kỹ thuật", drop_section(province, "## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN")))

# A 2020 plan that skips the assessment of 2019 and the postal-service task.
no_postal = drop_section(plan2020, "## II. ĐÁNH GIÁ KẾT QUẢ ỨNG DỤNG CNTT NĂM 2019").replace("bưu chính công ích", "bưu chính")
write("ke-hoach-nam-2020-thieu-danh-gia.md", no_postal)

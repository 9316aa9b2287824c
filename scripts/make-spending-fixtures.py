#!/usr/bin/env python3
"""Derives the spending fixtures (issue 6) from the complete five-year plan: each bad variant
changes one figure a reviewer checks with a calculator; the "tỷ đồng" variant rewrites every
amount of the plan's own part in billion đồng and must give the same ratios and no finding.
Expected findings live in the sidecars NAME.md.expected (reviewed by hand, not generated).

Usage: scripts/make-spending-fixtures.py   (from anywhere)"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOOD = ROOT / "Fixtures/markdown/good"
BAD = ROOT / "Fixtures/markdown/bad"

five = (GOOD / "ke-hoach-5-nam-2021-2025.md").read_text(encoding="utf-8")
annual = (GOOD / "ke-hoach-nam-2021.md").read_text(encoding="utf-8")


def replace_once(text, old, new):
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def row(text, number, old_cell, new_cell):
    """Replaces one cell of the project-list row numbered `number`."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith(f"| {number} | ") and old_cell in line:
            lines[index] = line.replace(old_cell, new_cell, 1)
            return "\n".join(lines)
    raise AssertionError(f"row {number}: {old_cell}")


def write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")
    print("wrote", folder / name)


# Security at 7%: the two security tasks shrink to 1.064 of 15.200 (the difference moves to
# tasks of the same funding sources, so every other figure still adds up).
low = five
low = row(low, 7, "| 1.250 |", "| 600 |")
low = row(low, 8, "| 900 |", "| 464 |")
low = row(low, 1, "| 3.150 |", "| 3.800 |")
low = row(low, 4, "| 1.400 |", "| 1.836 |")
low = replace_once(low, "an toàn thông tin là 2.150 triệu đồng, chiếm 14,1%", "an toàn thông tin là 1.064 triệu đồng, chiếm 7%")
write(BAD, "ke-hoach-5-nam-attt-7-phan-tram.md", low)

# The total row says 15.800 where the tasks add up to 15.200.
write(BAD, "ke-hoach-5-nam-tong-khong-khop.md", replace_once(five, "|  | Tổng cộng |  |  |  |  | 15.200 |  |", "|  | Tổng cộng |  |  |  |  | 15.800 |  |"))

# Task 5 names no funding source.
write(BAD, "ke-hoach-5-nam-thieu-nguon-von.md", row(five, 5, "| 1.250 | NS tỉnh |", "| 1.250 |  |"))

# Task 6 runs in 2026-2027, after the period.
write(BAD, "ke-hoach-5-nam-nhiem-vu-2026.md", row(five, 6, "| 2023-2025 |", "| 2026-2027 |"))

# The roadmap skips 2024.
write(BAD, "ke-hoach-5-nam-lo-trinh-thieu-2024.md", re.sub(r"\n- Năm 2024: [^\n]*", "", five, count=1))

# A province's five-year draft dated 20/10/2020, after its 15/10/2020 deadline.
late = five
late = replace_once(late, "| ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG |", "| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI |")
late = replace_once(late, "Trà Bồng, ngày 25 tháng 9 năm 2020", "Quảng Ngãi, ngày 20 tháng 10 năm 2020")
write(BAD, "ke-hoach-5-nam-tinh-20-10-2020.md", late)

# The annual plan dated 20/9/2020, before the five-year plan it cites (Kế hoạch số 125/KH-UBND
# ngày 25/9/2020) was issued.
write(BAD, "ke-hoach-nam-2021-truoc-ke-hoach-5-nam.md", replace_once(annual, "Trà Bồng, ngày 28 tháng 12 năm 2020", "Trà Bồng, ngày 20 tháng 9 năm 2020"))


# The same plan in billion đồng: the unit line, the project list and the figures of Phần II
# mục VII ("Kinh phí thực hiện"); Phần I keeps its own million-đồng figures.
def billions(match):
    value = int(match.group(1).replace(".", ""))
    text = f"{value / 1000:.3f}".rstrip("0").rstrip(".").replace(".", ",")
    return text


part_two = five.index("# Phần II.")
head, tail = five[:part_two], five[part_two:]
kinh_phi = tail.index("## VII. KINH PHÍ THỰC HIỆN")
organisation = tail.index("## VIII. TỔ CHỨC THỰC HIỆN")
section = tail[kinh_phi:organisation]
section = re.sub(r"(\d{1,3}(?:\.\d{3})*) triệu đồng", lambda m: billions(m) + " tỷ đồng", section)
tail = tail[:kinh_phi] + section + tail[organisation:]
listing = tail.index("## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN")
table = tail[listing:]
table = replace_once(table, "ĐVT: triệu đồng", "ĐVT: tỷ đồng")
table = re.sub(r"\| (\d{1,3}(?:\.\d{3})*) \| (?=[^|]*\|$)", lambda m: f"| {billions(m)} | ", table, flags=re.M)
tail = tail[:listing] + table
write(GOOD, "ke-hoach-5-nam-2021-2025-ty-dong.md", head + tail)

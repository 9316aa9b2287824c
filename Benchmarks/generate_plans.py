#!/usr/bin/env python3
"""Generates benchmark inputs from the complete fixture plans (never committed):
  large-N.md      a realistic five-year plan scaled to about N×150 pages, with a 200-row
                  project table and about N×250 legal citations (N=2 gives the ~300-page,
                  500-citation plan of the benchmark);
  large-N.docx    the same as Word, with real automatic numbering (numbering.xml) for the
                  "Phần I / I. / 1." labels and real tables (python-docx);
  batch/          2,000 plans of mixed sizes and formats.
Usage: generate_plans.py OUT_DIR"""
import pathlib
import random
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOOD = ROOT / "Fixtures/markdown/good"
TWIN = ROOT / "scripts/make-docx-numbered-twin.py"


def markdown_to_docx(text, target):
    """The Word twin of a Markdown plan, labels as automatic numbering (python-docx)."""
    source = target.with_suffix(".source.md")
    source.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, str(TWIN), str(source), str(target)], check=True)
    source.unlink()

CITATIONS = [
    "Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ",
    "Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ",
    "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ",
    "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị",
    "Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ",
    "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ",
    "Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ",
    "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ",
    "Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 của Thủ tướng Chính phủ",
    "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ",
]
SUBJECTS = ["Văn phòng HĐND và UBND huyện", "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch",
            "UBND các xã, thị trấn", "Phòng Nội vụ", "Trung tâm Truyền thông - Văn hóa - Thể thao"]
ACTIONS = ["triển khai", "nâng cấp", "duy trì vận hành", "mở rộng", "hoàn thiện", "kết nối, tích hợp"]
OBJECTS = ["hệ thống quản lý văn bản và điều hành", "Cổng thông tin điện tử huyện", "hệ thống một cửa điện tử",
           "cơ sở dữ liệu chuyên ngành", "hạ tầng mạng LAN", "hệ thống hội nghị truyền hình trực tuyến"]


def paragraph(rng, citations):
    words = [f"{rng.choice(SUBJECTS)} chủ trì {rng.choice(ACTIONS)} {rng.choice(OBJECTS)}"]
    if citations:
        words.append(f"theo {rng.choice(CITATIONS)}")
    words.append(f"bảo đảm đến năm {rng.randint(2021, 2025)} đạt {rng.randint(50, 100)}% mục tiêu đề ra")
    sentence = ", ".join(words) + "."
    return " ".join([sentence] + [f"Kết quả được báo cáo định kỳ hằng quý, tỷ lệ hồ sơ xử lý trên môi trường mạng đạt {rng.randint(40, 99)}%." for _ in range(4)])


def project_table(rows, rng):
    lines = ["ĐVT: triệu đồng", "",
             "| TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mới/Chuyển tiếp | Mục tiêu đầu tư | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |",
             "|---|---|---|---|---|---|---:|---|"]
    total = 0
    for index in range(1, rows + 1):
        security = index % 7 == 0
        amount = rng.randint(5, 40) * 100 if not security else rng.randint(20, 60) * 100
        total += amount
        name = "Thuê dịch vụ giám sát an toàn thông tin" if security else f"{rng.choice(ACTIONS).capitalize()} {rng.choice(OBJECTS)}"
        start = rng.randint(2021, 2024)
        lines.append(f"| {index} | {name} (gói {index}) | {rng.choice(SUBJECTS)} | Mới | Phục vụ chỉ đạo, điều hành | {start}-{start + 1} | {amount:,}".replace(",", ".") + " | NSĐP - Chi đầu tư phát triển |")
    lines.append(f"|  | Tổng cộng |  |  |  |  | {total:,}".replace(",", ".") + " |  |")
    return "\n".join(lines), total


def large_plan(scale):
    rng = random.Random(scale)
    base = (GOOD / "ke-hoach-5-nam-2021-2025.md").read_text(encoding="utf-8")
    table, total = project_table(200, rng)
    body_start = base.index("## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN")
    base = base[:body_start] + "## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN\n\n" + table + "\n"
    base = re.sub(r"Tổng kinh phí dự kiến[^\n]*", f"Tổng kinh phí dự kiến: {total:,} triệu đồng.".replace(",", "."), base, count=1)
    out, citations = [], 0
    for line in base.split("\n"):
        out.append(line)
        if line.startswith("## ") and "DANH MỤC" not in line:
            out.append("")
            for _ in range(60 * scale):
                with_citation = rng.random() < 0.28
                citations += with_citation
                out.append(paragraph(rng, with_citation))
                out.append("")
    return "\n".join(out), citations


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for scale in (1, 2, 4):
        text, citations = large_plan(scale)
        (out / f"large-{scale}.md").write_text(text, encoding="utf-8")
        markdown_to_docx(text, out / f"large-{scale}.docx")
        print(f"large-{scale}: {len(text) // 1024} KiB Markdown, ~{len(text) // 3000} pages, {citations} generated citations")
    batch = out / "batch"
    shutil.rmtree(batch, ignore_errors=True)
    batch.mkdir()
    sources = sorted(GOOD.glob("*.md")) + sorted((ROOT / "Fixtures/markdown/bad").glob("*.md"))
    docx_sources = []
    for source in sources[:6]:
        target = out / (source.stem + ".docx")
        markdown_to_docx(source.read_text(encoding="utf-8"), target)
        docx_sources.append(target)
    medium, _ = large_plan(1)
    pool = sources + docx_sources
    for index in range(2000):
        if index % 100 == 99:
            (batch / f"ke-hoach-{index:04d}.md").write_text(medium, encoding="utf-8")
            continue
        source = pool[index % len(pool)]
        shutil.copyfile(source, batch / f"ke-hoach-{index:04d}{source.suffix}")
    print(f"batch: 2000 plans ({sum(1 for p in batch.iterdir() if p.suffix == '.docx')} DOCX)")


if __name__ == "__main__":
    main()

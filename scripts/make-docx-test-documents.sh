#!/usr/bin/env bash
# Regenerates the small Word documents the DOCX reader's tests read, made by real writers
# (not hand-written XML), into Tests/KeHoachLintTests/Resources/docx/:
#   tracked-changes.docx          pandoc: the 5-year plan with a tracked deletion holding a
#                                 template placeholder and a tracked insertion (lints clean)
#   tracked-insertion.docx        pandoc: the same placeholder inside a tracked insertion
#   footnotes.docx                pandoc: footnotes citing legal documents
#   merged-cells.docx             python-docx: a project table with gridSpan and vMerge merges
#   text-box.docx                 LibreOffice: a text frame, written as mc:AlternateContent
#                                 (DrawingML text box + VML fallback holding the same text)
# Needs pandoc, python3 with python-docx, soffice (LibreOffice headless).
# Usage: scripts/make-docx-test-documents.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
out=Tests/KeHoachLintTests/Resources/docx
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

plan=Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md
placeholder='<SỞ/BAN/NGÀNH/HUYỆN/THÀNH PHỐ/THỊ XÃ>'
change='author="Chuyên viên" date="2020-09-01T00:00:00Z"'
# The first paragraph of Phần II gets the tracked changes.
python3 - "$plan" "$work" "$placeholder" "$change" <<'EOF'
import sys
plan, work, placeholder, change = sys.argv[1:]
text = open(plan, encoding="utf-8").read()
anchor = "UBND huyện Trà Bồng xây dựng nội dung Kế hoạch"
assert anchor in text
# Accepted, the sentence reads as in the good plan; the deleted placeholder must not show.
deleted = text.replace(anchor, f"UBND [{placeholder}]{{.deletion {change}}}[huyện Trà Bồng]{{.insertion {change}}} xây dựng nội dung Kế hoạch", 1)
inserted = text.replace(anchor, f"UBND huyện Trà Bồng [{placeholder}]{{.insertion {change}}} xây dựng nội dung Kế hoạch", 1)
open(f"{work}/tracked-changes.md", "w", encoding="utf-8").write(deleted)
open(f"{work}/tracked-insertion.md", "w", encoding="utf-8").write(inserted)
EOF
pandoc -f markdown-raw_html "$work/tracked-changes.md" -o "$out/tracked-changes.docx"
pandoc -f markdown-raw_html "$work/tracked-insertion.md" -o "$out/tracked-insertion.docx"

cat >"$work/footnotes.md" <<'EOF'
Căn cứ Nghị định số 73/2019/NĐ-CP[^1] và Công văn số 784/STTTT[^2], UBND huyện ban hành Kế hoạch.

Kinh phí thực hiện theo quy định hiện hành.[^1]

[^1]: Nghị định số 73/2019/NĐ-CP ngày 05/9/2019 của Chính phủ quy định quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước.
[^2]: Công văn số 784/STTTT ngày 29/7/2020 của Sở Thông tin và Truyền thông Quảng Ngãi.
EOF
pandoc -f markdown "$work/footnotes.md" -o "$out/footnotes.docx"

python3 - "$out/merged-cells.docx" <<'EOF'
import sys
from docx import Document
document = Document()
document.add_paragraph("ĐVT: triệu đồng")
rows = [
    ["STT", "Tên nhiệm vụ, dự án", "Kinh phí", ""],
    ["", "", "Tổng số", "Ngân sách tỉnh"],
    ["1", "Hệ thống hội nghị truyền hình", "2.400", "1.200"],
    ["2", "Số hóa hồ sơ", "1.800", "900"],
    ["Tổng cộng", "", "4.200", "2.100"],
]
table = document.add_table(rows=len(rows), cols=4)
table.style = document.styles["Table Grid"]
for r, row in enumerate(rows):
    for c, text in enumerate(row):
        if text:
            table.cell(r, c).text = text
table.cell(0, 0).merge(table.cell(1, 0))  # vMerge: STT over two header rows
table.cell(0, 1).merge(table.cell(1, 1))  # vMerge
table.cell(0, 2).merge(table.cell(0, 3))  # gridSpan: "Kinh phí" over two columns
table.cell(4, 0).merge(table.cell(4, 1))  # gridSpan: "Tổng cộng"
document.add_paragraph("Sau bảng.")
document.save(sys.argv[1])
EOF

cat >"$work/text-box.fodt" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:p>Đoạn neo trước khung.<draw:frame draw:name="Khung1" text:anchor-type="paragraph" svg:width="6cm" svg:height="2cm"><draw:text-box><text:p>Nội dung trong khung văn bản.</text:p></draw:text-box></draw:frame></text:p>
  <text:p>Đoạn sau khung.</text:p>
 </office:text></office:body>
</office:document>
EOF
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/text-box.fodt" >/dev/null 2>&1
cp "$work/text-box.docx" "$out/text-box.docx"
echo "test documents written to $out"

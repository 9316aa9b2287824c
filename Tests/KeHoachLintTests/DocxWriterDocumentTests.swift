import Foundation
import Testing

@testable import KeHoachLint

/// Small documents made by real writers (scripts/make-docx-test-documents.sh), committed in
/// Resources/docx: what pandoc, python-docx and LibreOffice actually write.
@Suite struct DocxWriterDocumentTests {
  static func resource(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/docx/\(name)").path
  }

  static func load(_ name: String) throws -> PlanDocument {
    try DocumentLoader().load(resource(name))
  }

  @Test("pandoc tracked changes: deleted text never reaches a rule, inserted text does")
  func trackedChanges() throws {
    let placeholder = "<SỞ/BAN/NGÀNH/HUYỆN/THÀNH PHỐ/THỊ XÃ>"
    let deleted = try Self.load("tracked-changes.docx")
    #expect(!deleted.blocks.contains { $0.text.contains(placeholder) })
    #expect(deleted.blocks.contains { $0.text.contains("UBND huyện Trà Bồng xây dựng nội dung Kế hoạch") })
    // The only finding about these drafts' content is the inserted placeholder; the changes
    // themselves are draft hygiene (left unaccepted), reported once each. These pandoc drafts
    // keep pandoc's own layout (Letter, Cambria), which the decree's format rules report.
    let isAboutContent = { (finding: Finding) in
      !finding.ruleID.contains("hygiene") && !finding.ruleID.contains(DecreeFormatRule.setName)
    }
    let clean = try TestSupport.linter().lint(file: Self.resource("tracked-changes.docx"))
    #expect(clean.error == nil)
    #expect(!clean.findings.contains(where: isAboutContent), "\(clean.findings.map(\.message.vi))")
    #expect(clean.findings.contains { $0.ruleID == "pl1-hygiene-tracked-changes" })

    let inserted = try TestSupport.linter().lint(file: Self.resource("tracked-insertion.docx"))
    let content = inserted.findings.filter(isAboutContent)
    #expect(content.map(\.ruleID) == ["pl1-placeholders"])
    #expect(content.first?.message.vi.contains(placeholder) == true)
    #expect(inserted.findings.contains { $0.ruleID == "pl1-hygiene-tracked-changes" })
  }

  @Test("pandoc footnotes become notes at the paragraph that cites them; the text keeps no marks")
  func footnotes() throws {
    let document = try Self.load("footnotes.docx")
    #expect(document.blocks.map(\.text).first?.hasPrefix("Căn cứ Nghị định số 73/2019/NĐ-CP và Công văn") == true)
    // pandoc writes a second note for the second citation of [^1], as Word would show it.
    #expect(document.notes.count == 3)
    #expect(document.notes.first?.text.hasPrefix("Nghị định số 73/2019/NĐ-CP ngày 05/9/2019") == true)
    #expect(document.notes.last?.text == document.notes.first?.text)
    #expect(document.notes.map(\.label) == ["1", "2", "3"])
    #expect(document.notes.map(\.location.paragraph) == [1, 1, 2])
  }

  @Test("python-docx merged cells: the project table's regular grid")
  func mergedCells() throws {
    let document = try Self.load("merged-cells.docx")
    let block = try #require(document.blocks.first { $0.kind == .table })
    let table = try #require(block.table)
    #expect(table.caption == "ĐVT: triệu đồng")
    #expect(
      table.rows.map { $0.cells.map(\.text) } == [
        ["STT", "Tên nhiệm vụ, dự án", "Kinh phí", ""], ["", "", "Tổng số", "Ngân sách tỉnh"],
        ["1", "Hệ thống hội nghị truyền hình", "2.400", "1.200"], ["2", "Số hóa hồ sơ", "1.800", "900"],
        ["Tổng cộng", "", "4.200", "2.100"],
      ])
    #expect(
      table.rows.map { $0.cells.map(\.isCovered) } == [
        [false, false, false, true], [true, true, false, false], [false, false, false, false],
        [false, false, false, false], [false, true, false, false],
      ])
    #expect(table.rows[2].cells[1].location.cell == TableCellAddress(table: 1, row: 3, column: 2))
    #expect(document.blocks.last?.text == "Sau bảng.")
  }

  @Test("LibreOffice text frame: read once (not from both AlternateContent branches), after its paragraph")
  func textBox() throws {
    let document = try Self.load("text-box.docx")
    #expect(document.blocks.map(\.text) == ["Đoạn neo trước khung.", "Nội dung trong khung văn bản.", "Đoạn sau khung."])
    #expect(document.blocks.map(\.location.paragraph) == [1, 1, 2])
  }
}

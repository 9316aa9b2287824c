import Foundation
import Testing

@testable import KeHoachLint

/// `kehoach-lint init -o FILE.docx`: the Word template made from the same blocks as the
/// Markdown one, read back by the DOCX reader as Word would show it.
@Suite struct TemplateDocxTests {
  static func templates() throws -> [PlanTemplate] {
    try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory).map { try PlanTemplate(pack: $0, level: nil) }
  }

  static func read(_ template: PlanTemplate) throws -> PlanDocument {
    try DocxReader().read(bytes: try template.docx(), file: "\(template.profile.id).docx")
  }

  /// Every section as the outline reads it: "Phần I ĐÁNH GIÁ…", "I. MÔI TRƯỜNG PHÁP LÝ", nested.
  static func sectionTitles(_ document: PlanDocument) -> [String] {
    func flatten(_ nodes: [Outline.Node], depth: Int) -> [String] {
      nodes.flatMap { ["\(depth) \($0.label?.standardText ?? "-") \($0.title)"] + flatten($0.children, depth: depth + 1) }
    }
    return flatten(Outline(document: document).roots, depth: 1)
  }

  /// For every bundled profile: every section present, in order, numbered as the framework
  /// numbers it (by Word's automatic numbering, not typed), nothing else structural wrong, and
  /// every slot to fill reported — as for the Markdown template.
  @Test func aFreshWordTemplatePassesTheStructureAndReportsItsPlaceholders() throws {
    var checked: [String] = []
    for template in try Self.templates() {
      let id = template.profile.id
      let document = try Self.read(template)
      let report = try TestSupport.linter(profile: id).lint(document: document)
      #expect(report.error == nil)
      let structural = report.findings.filter { TemplateTests.structuralKinds.contains($0.kind) }
      #expect(structural.isEmpty, "\(id): \(structural.map(\.message.vi))")
      // The decree's format (the `the-thuc` rules, kind decree-format): paper, margins, font, sizes, header.
      let format = report.findings.filter { $0.kind == "decree-format" }
      #expect(format.isEmpty, "\(id): \(format.map(\.message.vi))")
      let placeholders = report.findings.filter { $0.kind == "placeholders" }
      // The number and the date in the header, the subject and the opening, one line per leaf section.
      let places = Set(placeholders.map { TestSupport.position($0.location) })
      let leaves = TemplateTests.leafCount(template.sections)
      #expect(places.count >= leaves + 3, "\(id): \(places.count) places with placeholders, \(leaves) leaf sections")
      // The same sections, labels and titles as the Markdown template's.
      let markdown = TestSupport.markdown(template.markdown, file: "\(id).md")
      #expect(Self.sectionTitles(document) == Self.sectionTitles(markdown), "\(id)")
      guard !template.sections.isEmpty else { continue }
      checked.append(id)
      #expect(!report.findings.contains { $0.kind == "profile-detection" }, "\(id)")
      #expect(Self.sectionTitles(document).count == TemplateTests.sectionCount(template.sections), "\(id)")
    }
    #expect(checked.count >= 5, "\(checked)")
  }

  /// Section labels come from Word's numbering (Heading styles bound to one list), so the
  /// text holds the title only and a section added in Word is numbered in turn.
  @Test func sectionNumbersAreWordsAutomaticNumbering() throws {
    let template = try #require(try Self.templates().first { $0.profile.id == "phu-luc-i-2021-2025" })
    let document = try Self.read(template)
    let headings = document.blocks.filter {
      if case .heading = $0.kind { return true }
      return false
    }
    #expect(headings.first?.label == "Phần I.")
    #expect(headings.first { $0.text == "LỘ TRÌNH THỰC HIỆN" }?.label == "VI.")
    #expect(headings.first { $0.text == "Phát triển nguồn nhân lực" }?.label == "7.")
    #expect(headings.first { $0.text == "LỘ TRÌNH THỰC HIỆN" }?.kind == .heading(level: 2))
    #expect(headings.allSatisfy { $0.label != nil && !$0.text.hasPrefix($0.label ?? "") })
    // The roadmap's years and the project list with its columns and unit line.
    let texts = document.blocks.map(\.text)
    for year in 2021...2025 { #expect(texts.contains { $0.hasPrefix("Năm \(year): <") }) }
    #expect(texts.contains("ĐVT: triệu đồng"))
    let list = try #require(document.blocks.last { $0.kind == .table }?.table)
    #expect(list.rows.first?.cells.map(\.text).prefix(3) == ["TT", "Danh mục nhiệm vụ, dự án", "Đơn vị chủ trì"])
    #expect(texts.contains("Nơi nhận:"))
  }

  /// The header: issuer and number left, Quốc hiệu and Tiêu ngữ, then place and date right.
  @Test func headerBlockIsTheDecreesTwoColumnTable() throws {
    let pack = try #require(try Self.pack("phu-luc-ii-2021"))
    let document = try DocxReader().read(bytes: try PlanTemplate(pack: pack, level: .district).docx(), file: "t.docx")
    let header = try #require(document.blocks.first?.table)
    #expect(
      header.rows.map { $0.cells.map(\.text) } == [
        ["ỦY BAN NHÂN DÂN <HUYỆN/THỊ XÃ/THÀNH PHỐ>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        ["Số: ..../KH-UBND", "<Địa danh>, ngày .... tháng .... năm ...."],
      ])
    #expect(document.blocks.dropFirst().first?.text == "KẾ HOẠCH")
  }

  /// Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins 20/20/30/20 mm, Times New Roman
  /// for every script, body 14 pt; the date line italic. And the same bytes every time.
  @Test func pageFormatFollowsTheDecreeAndTheBytesAreStable() throws {
    let template = try #require(try Self.templates().first { $0.profile.id == "bo-tinh-2021-2025" })
    let bytes = try template.docx()
    #expect(try template.docx() == bytes)
    let package = try DocxPackage(bytes: bytes, file: "t.docx", limits: DocxLimits())
    let document = try Self.part("word/document.xml", of: package)
    let styles = try Self.part("word/styles.xml", of: package)
    #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
    #expect(document.contains(#"<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701""#))
    #expect(
      styles.contains(
        #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/>"#
      ))
    for level in 1...3 { #expect(styles.contains(#"<w:name w:val="heading \#(level)"/>"#)) }
    #expect(styles.contains(#"<w:outlineLvl w:val="0"/>"#))
    #expect(
      document.contains(#"<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">&lt;Địa danh&gt;, ngày"#))
    let numbering = try Self.part("word/numbering.xml", of: package)
    for text in ["Phần %1.", "%2.", "%3.", "%4)"] { #expect(numbering.contains(#"<w:lvlText w:val="\#(text)"/>"#)) }
  }

  static func part(_ name: String, of package: DocxPackage) throws -> String {
    let bytes = try package.read(name)
    return String(decoding: try #require(bytes), as: UTF8.self)
  }

  static func pack(_ id: String) throws -> RulePack? {
    try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory).first { $0.profile.id == id }
  }
}

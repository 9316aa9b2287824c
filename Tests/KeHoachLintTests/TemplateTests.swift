import Foundation
import Testing

@testable import KeHoachLint

@Suite struct TemplateTests {
  static let structuralKinds: Set<String> = ["required-sections", "section-order", "section-numbering", "empty-section"]

  /// Every bundled profile with required sections: its fresh template has every section, in
  /// order and numbered as the framework numbers them, and nothing else structural is wrong;
  /// every slot to fill (header, title, each section's line, the list row) is reported.
  @Test func aFreshTemplatePassesTheStructureAndReportsItsPlaceholders() throws {
    let packs = try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory)
    var checked: [String] = []
    for pack in packs {
      let template = try PlanTemplate(pack: pack, level: nil)
      guard !template.sections.isEmpty else { continue }
      checked.append(pack.profile.id)
      let linter = try TestSupport.linter(profile: pack.profile.id)
      let report = linter.lint(document: TestSupport.markdown(template.markdown, file: "\(pack.profile.id).md"))
      let structural = report.findings.filter { Self.structuralKinds.contains($0.kind) }
      #expect(structural.isEmpty, "\(pack.profile.id): \(structural.map { "\($0.location.line ?? 0) \($0.message.vi)" })")
      #expect(!report.findings.contains { $0.kind == "profile-detection" })
      let placeholders = report.findings.filter { $0.kind == "placeholders" }
      let lines = Set(placeholders.compactMap(\.location.line))
      // One placeholder line per leaf section, the number and the date in the header.
      let leaves = Self.leafCount(template.sections)
      #expect(lines.count >= leaves + 3, "\(pack.profile.id): \(lines.count) lines with placeholders, \(leaves) leaf sections")
      #expect(template.markdown.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && template.markdown.contains("Độc lập - Tự do - Hạnh phúc"))
      #expect(template.markdown.contains("Số: ..../KH-"))
    }
    #expect(checked.count >= 5, "\(checked)")
  }

  /// The five-year template lists each roadmap year and the project list with its columns.
  @Test func fiveYearTemplateHasRoadmapYearsAndProjectList() throws {
    let pack = try #require(
      try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory).first { $0.profile.id == "phu-luc-i-2021-2025" })
    let text = try PlanTemplate(pack: pack, level: .district).markdown
    for year in 2021...2025 { #expect(text.contains("- Năm \(year): <")) }
    #expect(text.contains("ỦY BAN NHÂN DÂN <HUYỆN/THỊ XÃ/THÀNH PHỐ>") && text.contains("Số: ..../KH-UBND"))
    #expect(text.contains("ĐVT: triệu đồng"))
    #expect(
      text.contains(
        "| TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mới/Chuyển tiếp | Mục tiêu đầu tư | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |"
      ))
    // The roadmap rule finds every year.
    let report = try TestSupport.linter(profile: pack.profile.id).lint(document: TestSupport.markdown(text))
    #expect(!report.findings.contains { $0.kind == "roadmap-years" })
    // Sections in the framework's order.
    let positions = ["# Phần I.", "# Phần II.", "## VI. LỘ TRÌNH THỰC HIỆN", "## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN"].map {
      text.range(of: $0)?.lowerBound
    }
    #expect(positions.allSatisfy { $0 != nil } && positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
  }

  static func sectionCount(_ sections: [RequiredSection]) -> Int {
    sections.reduce(0) { $0 + 1 + sectionCount($1.children) }
  }

  static func leafCount(_ sections: [RequiredSection]) -> Int {
    sections.reduce(0) { $0 + ($1.children.isEmpty ? 1 : leafCount($1.children)) }
  }
}

import Foundation

@testable import KeHoachLint

/// Reports the reporter tests render: real fixtures linted under repository-relative paths
/// (so golden files do not depend on where the clone is), and a hand-built batch with what
/// a real plan's facts (budget figures, legal citations), a Word plan and an unreadable file.
enum SampleReports {
  static let toolVersion = "9.9.9"
  /// 14/11/2023 22:13:20 UTC, shown in Vietnam's time zone.
  static let options = ReportOptions(
    language: .vi, toolVersion: toolVersion, generatedAt: Date(timeIntervalSince1970: 1_700_000_000),
    timeZone: TimeZone(secondsFromGMT: 7 * 3600) ?? .current)

  static func options(language: Language, color: Bool = false) -> ReportOptions {
    var copy = options
    copy.language = language
    copy.useColor = color
    return copy
  }

  /// A fixture linted as `Fixtures/…` (relative), with its SHA-256 as the loader sets it.
  static func fixture(_ relativePath: String) throws -> FileReport {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestSupport.repositoryRoot + "/" + relativePath)))
    var document = try DocumentLoader().read(bytes, path: relativePath)
    document.sourceSHA256 = SHA256.hex(bytes)
    return try TestSupport.linter().lint(document: document)
  }

  /// A plan with a dozen findings and a clean plan (linted once per test run).
  static func markdown() throws -> LintReport { try markdownReport.get() }

  /// A Markdown plan with its budget and citations, a Word plan, an unreadable file.
  static func mixed() throws -> LintReport { try mixedReport.get() }

  /// Every plan under Fixtures/.
  static func allFixtures() throws -> LintReport { try allFixturesReport.get() }

  private static let markdownReport = Result {
    LintReport(files: [
      try fixture("Fixtures/markdown/bad/ke-hoach-5-nam-con-cho-trong.md"), try fixture("Fixtures/markdown/good/ke-hoach-nam-2021.md"),
    ])
  }

  private static let allFixturesReport = Result {
    LintReport(files: try FixtureTests.fixturePaths().map { try fixture("Fixtures/" + $0) })
  }

  private static let mixedReport = Result { try makeMixed() }

  private static func makeMixed() throws -> LintReport {
    // Its citations and budget are the facts the checks computed (never filled in by hand).
    let annual = try fixture("Fixtures/markdown/bad/ke-hoach-nam-2021-thieu-muc.md")
    return LintReport(files: [annual, word(), unreadable()])
  }

  static func word() -> FileReport {
    let path = "du-thao/Ke hoach so 12, ban 2.docx"
    let source = GuidanceSource(document: "Công văn 784/STTTT ngày 29/7/2020", section: "Phụ lục I", quote: "Kinh phí thực hiện")
    let findings = [
      Finding(
        ruleID: "pl1-security-share", kind: "security-spending-share", severity: .error,
        message: LocalizedText(vi: "Chi cho an toàn thông tin chỉ 7,5% (dưới 10%).", en: "Security spending is 7.5% (below 10%)."),
        location: SourceLocation(file: path, paragraph: 212, cell: TableCellAddress(table: 3, row: 14, column: 6)), source: source,
        headingPath: ["Phần II NỘI DUNG KẾ HOẠCH", "VII. KINH PHÍ THỰC HIỆN"], quote: "Tổng cộng: 40.000",
        fixHint: LocalizedText(vi: "Bổ sung nhiệm vụ an toàn thông tin.", en: "Add security tasks.")),
      Finding(
        ruleID: "pl1-placeholders", kind: "placeholders", severity: .warning,
        message: LocalizedText(
          vi: "Còn chỗ trống: “<ĐƠN VỊ>” & “100%”, chưa điền.\r\nDòng hai.", en: "Blank: “<UNIT>” & “100%”.\r\nLine two."),
        location: SourceLocation(file: path, paragraph: 8), source: source, headingPath: [], quote: "KẾ HOẠCH … của <ĐƠN VỊ>"),
      Finding(
        ruleID: "unused-suppression", kind: "unused-suppression", severity: .info,
        message: LocalizedText(vi: "Chỉ thị tắt quy tắc không có tác dụng.", en: "The suppression suppresses nothing."),
        location: SourceLocation(file: path, paragraph: 30), source: GuidanceSource(document: "kehoach-lint")),
    ]
    let verdicts = [
      RequirementVerdict(
        id: "pl1-security-share", ruleID: "pl1-security-share",
        title: LocalizedText(vi: "Chi an toàn thông tin ≥ 10%", en: "Security ≥ 10%"),
        status: .notMet, source: source),
      RequirementVerdict(
        id: "pl1-placeholders", ruleID: "pl1-placeholders", title: LocalizedText(vi: "Không còn chỗ trống", en: "No blanks"),
        status: .notMet,
        source: source),
      RequirementVerdict(
        id: "pl1-legal-basis", ruleID: "pl1-legal-basis",
        title: LocalizedText(vi: "Căn cứ pháp lý còn hiệu lực", en: "Legal basis in force"),
        status: .needsReview, source: source),
      RequirementVerdict(
        id: "pl1-required-sections/Phần II/IV/3", ruleID: "pl1-required-sections",
        title: LocalizedText(vi: "Có mục “3. Phát triển các hệ thống nền tảng”", en: "Section 3 is present"), status: .notApplicable,
        source: source),
      RequirementVerdict(
        id: "pl1-numbering", ruleID: "pl1-numbering", title: LocalizedText(vi: "Đánh số liên tục", en: "Numbering"), status: .met,
        source: source),
    ]
    var summary = PlanSummary(document: PlanDocument(file: path, format: .docx, blocks: []), profile: nil)
    summary.unit = "SỞ Y TẾ <TỈNH>"
    summary.number = "12/KH-SYT"
    summary.title = "KẾ HOẠCH Ứng dụng CNTT giai đoạn 2021-2025 của Sở Y tế"
    summary.profileVersion = "2020.7.1"
    summary.budget = BudgetFacts(
      total: 40_000, securityAmount: 3_000, securityShare: 0.075,
      perYear: [2021: 6_000, 2022: 9_500, 2023: 8_000, 2024: 9_000, 2025: 7_500])
    return FileReport(
      path: path, format: .docx, profileID: "phu-luc-i-2021-2025", findings: findings, error: nil, verdicts: verdicts,
      sha256: String(repeating: "ab", count: 32), summary: summary)
  }

  static func unreadable() -> FileReport {
    FileReport(path: "du-thao/cu.doc", format: nil, profileID: nil, findings: [], error: .legacyWordDocument(path: "du-thao/cu.doc"))
  }
}

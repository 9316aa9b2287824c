import Foundation
import Testing

@testable import KeHoachLint

/// One facts path and one text index: what the reports show is what the checks computed, and
/// every rule reads every text a person reads (nested tables, notes, merged cells once).
@Suite struct FactsPathTests {
  // MARK: The text index

  /// A plan whose placeholders and late dates hide in a nested table and a footnote, with a
  /// merged cell whose covered neighbour repeats its text.
  static func hiddenTextPlan() -> PlanDocument {
    let file = "hidden.docx"
    func at(_ paragraph: Int, cell: TableCellAddress? = nil) -> KeHoachLint.SourceLocation {
      SourceLocation(file: file, paragraph: paragraph, cell: cell)
    }
    let nested = Table(
      rows: [
        TableRow(
          cells: [
            TableCell(
              text: "Đơn vị <TÊN ĐƠN VỊ> hoàn thành ngày 15/3/2027", location: at(4, cell: TableCellAddress(table: 2, row: 1, column: 1)))
          ],
          isHeader: false, location: at(4))
      ], number: 2)
    let outer = Table(
      rows: [
        TableRow(
          cells: [
            TableCell(text: "Nhiệm vụ", location: at(3, cell: TableCellAddress(table: 1, row: 1, column: 1)), nestedTables: [nested]),
            TableCell(text: "Gộp <Ô GỘP>", location: at(3, cell: TableCellAddress(table: 1, row: 1, column: 2))),
            TableCell(text: "Gộp <Ô GỘP>", location: at(3, cell: TableCellAddress(table: 1, row: 1, column: 3)), isCovered: true),
          ], isHeader: false, location: at(3))
      ], number: 1)
    let blocks = [
      Block(kind: .heading(level: 2), text: "I. NHIỆM VỤ", label: nil, location: at(1)),
      Block(kind: .paragraph, text: "Nội dung.", location: at(2)),
      Block(kind: .table, text: "", location: at(3), table: outer),
    ]
    let notes = [Block(kind: .paragraph, text: "1 Xem văn bản của <SỞ/BAN/NGÀNH> trước ngày 30/6/2026.", location: at(9))]
    return PlanDocument(file: file, format: .docx, blocks: blocks, notes: notes)
  }

  static func check(_ kind: String, spec: String, in document: PlanDocument) throws -> [Finding] {
    let rule = try RuleExampleTests.makeRule(kind: kind, spec: spec)
    let context = RuleContext(
      document: document, outline: Outline(document: document), profile: TestSupport.testProfile,
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
    return rule.check(context)
  }

  @Test func indexHoldsNestedTablesNotesAndMergedCellsOnce() {
    let index = TextIndex(document: Self.hiddenTextPlan())
    let texts = index.entries.map(\.text)
    #expect(texts.contains("Đơn vị <TÊN ĐƠN VỊ> hoàn thành ngày 15/3/2027"))
    #expect(texts.filter { $0 == "Gộp <Ô GỘP>" }.count == 1)
    #expect(index.notes.map(\.text) == ["1 Xem văn bản của <SỞ/BAN/NGÀNH> trước ngày 30/6/2026."])
    #expect(index.entries(ofBlock: 2).count == 3)
    #expect(index.entries(inBlocks: 0..<2).map(\.text) == ["I. NHIỆM VỤ", "Nội dung."])
  }

  @Test func placeholdersInANestedTableAndAFootnoteAreFound() throws {
    let findings = try Self.check(
      "placeholders", spec: "patterns:\n  - {regex: '<[^<>]{2,80}>', name: {vi: chỗ điền, en: slot}}\n", in: Self.hiddenTextPlan())
    let places = findings.map { TestSupport.position($0.location) }.sorted()
    #expect(places == ["¶3:table1[1,2]", "¶4:table2[1,1]", "¶9"])
  }

  @Test func datesInANestedTableAndAFootnoteAreFound() throws {
    let findings = try Self.check("dates-within-period", spec: "", in: Self.hiddenTextPlan())
    let quoted = findings.map(\.message.vi)
    #expect(findings.count == 2)
    #expect(quoted.contains { $0.contains("15/3/2027") })
    #expect(quoted.contains { $0.contains("30/6/2026") })
  }

  // MARK: One scope

  static let twoKinhPhi = """
    # KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025

    ## Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016-2020

    ### 7. Kinh phí

    Đã chi 3.000 triệu đồng.

    ## Phần II. NỘI DUNG KẾ HOẠCH

    ### VII. KINH PHÍ THỰC HIỆN:

    a) Kinh phí năm 2021

    Tổng kinh phí: 9.000 triệu đồng.

    """

  @Test func scopeMatchesTitlesByPrefixOutsideTheAssessmentPart() {
    let outline = Outline(document: TestSupport.markdown(Self.twoKinhPhi))
    let scope = SectionScope(["Kinh phí thực hiện", "Kinh phí"])
    #expect(scope.sections(in: outline).map(\.displayTitle) == ["VII. KINH PHÍ THỰC HIỆN:"])
    #expect(SectionScope(["Kinh phí năm 2021"]).resolve(in: outline) == .absent, "a lettered point is not a section")
    #expect(SectionScope([]).resolve(in: outline) == .wholePlan)
    // Only in the assessment part: that section, rather than nothing.
    let pastOnly = Outline(document: TestSupport.markdown(String(Self.twoKinhPhi.split(separator: "## Phần II")[0])))
    #expect(scope.sections(in: pastOnly).map(\.displayTitle) == ["7. Kinh phí"])
  }

  // MARK: Facts in reports

  @Test func reportsListEveryCitationTheChecksRead() throws {
    let file = try SampleReports.fixture("Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md")
    let summary = try #require(file.summary)
    let document = try DocumentLoader().load(TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-5-nam-2021-2025.md")
    let extracted = CitationExtractor(catalog: try TestSupport.linter().resources.legalCatalog).citations(in: document)
    #expect(summary.citations.count == extracted.count)
    #expect(summary.citations.count > 20)
    #expect(summary.reviewCoverage?.list == "Phụ lục III")

    let report = LintReport(files: [file])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONReporter().render(report, options: SampleReports.options).utf8))
        as? [String: Any])
    let plan = try #require((json["files"] as? [[String: Any]])?.first?["plan"] as? [String: Any])
    #expect((plan["citations"] as? [Any])?.count == summary.citations.count)

    let table = CitationsReporter().render(report, options: SampleReports.options)
    #expect(table.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Vị trí") }.count == summary.citations.count)

    let html = HTMLReporter().render(report, options: SampleReports.options)
    for citation in summary.citations { #expect(html.contains(HTML.escape(citation.text))) }
    #expect(!html.contains("Chưa có dữ liệu."))
  }

  static let securityPlan = """
    # KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025

    ## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN

    ĐVT: triệu đồng

    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
    |---|---|---|---|---|---|
    | 1 | Nâng cấp mạng LAN | Văn phòng | 2022 | 9.000 | NSĐP |
    | 2 | Giám sát an toàn thông tin | Văn phòng | 2023 | 1.000 | NSĐP |

    """

  @Test func budgetFactsListTheSecurityRowsAndNeedAVocabulary() throws {
    let document = TestSupport.markdown(Self.securityPlan)
    let outline = Outline(document: document)
    let configuration = Configuration(rulesDirectory: TestSupport.rulesDirectory)
    let withWords = PlanAnalysis(
      document: document, outline: outline, profile: try TestSupport.profile(adding: "security-terms: [an toàn thông tin]\n"),
      configuration: configuration, resources: RuleResources())
    let facts = try #require(PlanSummary(analysis: withWords).budget)
    #expect(facts.total == 10_000)
    #expect(facts.securityShare == 0.1)
    #expect(facts.securityRows.map(\.name) == ["Giám sát an toàn thông tin"])
    #expect(facts.securityRows.first?.location.line == 10)

    let withoutWords = PlanAnalysis(
      document: document, outline: outline, profile: TestSupport.testProfile, configuration: configuration, resources: RuleResources())
    let bare = try #require(PlanSummary(analysis: withoutWords).budget)
    #expect(bare.total == 10_000)
    #expect(bare.securityShare == nil && bare.securityAmount == nil, "no share without the profile's words, never a red 0%")
  }

  // MARK: The design, kept

  /// Facts come from the analysis store, never from downcasting rule objects.
  @Test func noDowncastToARuleTypeOutsideTheRegistry() throws {
    let sources = TestSupport.repositoryRoot + "/Sources"
    let files = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
    #expect(files.count > 50)
    let downcast = try NSRegularExpression(pattern: #"as[?!]\s*\(?\s*[A-Z][A-Za-z]*Rule\b"#)
    for file in files where !file.hasSuffix("BuiltInRules.swift") {
      let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
      let found = downcast.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
      #expect(found == nil, "\(file) downcasts to a rule type")
    }
  }
}

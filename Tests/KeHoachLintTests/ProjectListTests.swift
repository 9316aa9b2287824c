import Foundation
import Testing

@testable import KeHoachLint

/// The project list ("Danh mục nhiệm vụ, dự án"): tables found by their header, split across
/// pages, with two-row headers, merged cells from Word, and the budget summary.
@Suite struct ProjectListTests {
  static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? -1 }

  /// A list split over two tables, the second repeating the header and starting with the rest
  /// of a row broken by the page; a two-row header with years under "Kinh phí".
  static let splitList = """
    ## IX. Danh mục nhiệm vụ, dự án

    ĐVT: triệu đồng

    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mới/Chuyển tiếp | Mục tiêu | Thời gian | Kinh phí | | | Nguồn vốn |
    |---|---|---|---|---|---|---|---|---|---|
    | | | | | | | Tổng | 2021 | 2022 | |
    | 1 | Xây dựng CSDL văn bản | Văn phòng | Mới | Đăng tải văn bản phục vụ tra cứu | 2021-2022 | 500 | 200 | 300 | NSĐP |

    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mới/Chuyển tiếp | Mục tiêu | Thời gian | Kinh phí | | | Nguồn vốn |
    |---|---|---|---|---|---|---|---|---|---|
    | | | | | | | Tổng | 2021 | 2022 | |
    | | | | | của cán bộ, công chức và nhân dân | | | | | |
    | 2 | Thuê dịch vụ giám sát an toàn thông tin | Văn phòng | Mới | Phòng, chống mã độc | 2021-2022 | 100 | 20 | 80 | NSĐP |
    | | Tổng cộng | | | | | 600 | 220 | 380 | |

    """

  @Test func readsAListSplitAcrossPagesWithATwoRowHeader() throws {
    let document = TestSupport.markdown(Self.splitList)
    let lists = ProjectList.all(in: document)
    #expect(lists.count == 1)
    let list = try #require(lists.first)
    #expect(list.blockIndices.count == 2)
    #expect(list.yearColumns.map(\.year) == [2021, 2022])
    #expect(list.column(.total)?.title == "Kinh phí Tổng")
    #expect(list.tasks.count == 2)
    #expect(list.totalRows.count == 1)
    // The broken row's second line joins the first task's objective.
    #expect(list.tasks[0].text(list.column(.objective)).hasSuffix("nhân dân"))
    let summary = try #require(BudgetSummary(lists: lists, vocabulary: SecurityVocabulary(terms: ["an toàn thông tin"])))
    #expect(summary.total == 600)
    #expect(summary.security == 100)
    #expect(summary.byYear.map(\.label) == ["2021", "2022"])
    #expect(summary.byYear.map(\.amount) == [220, 380])
    #expect(summary.byYear.map(\.security) == [20, 80])
    #expect(summary.statedTotal == 600)
  }

  @Test func splitListRaisesNoTotalsFinding() throws {
    let document = TestSupport.markdown(Self.splitList)
    let rule = try RuleExampleTests.makeRule(kind: "project-totals", spec: "sections: [Kinh phí thực hiện]\n")
    let context = RuleContext(
      document: document, outline: Outline(document: document), profile: TestSupport.testProfile,
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
    #expect(rule.check(context).isEmpty)
  }

  @Test func securityShareIsCheckedPerYear() throws {
    let document = TestSupport.markdown(Self.splitList)
    let rule = try RuleExampleTests.makeRule(
      kind: "security-spending-share", spec: "minimum-percent: 10\n")
    let context = RuleContext(
      document: document, outline: Outline(document: document),
      profile: try TestSupport.profile(adding: "security-terms: [an toàn thông tin]\n"),
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
    // 100 of 600 overall (16,7%) and 80 of 380 in 2022 pass; 20 of 220 in 2021 (9,1%) does not.
    let findings = rule.check(context)
    #expect(findings.count == 1)
    #expect(findings.first?.message.vi.contains("năm 2021") == true)
    #expect(findings.first?.location.cell?.column == 8)
  }

  /// A Word table: "Nguồn vốn" merged over "NSTW | NSĐP", "TT" merged down two rows.
  @Test func readsMergedHeaderCellsFromWord() throws {
    func cell(_ text: String, _ row: Int, _ column: Int, covered: Bool = false) -> TableCell {
      TableCell(
        text: text, location: SourceLocation(file: "a.docx", paragraph: 10, cell: TableCellAddress(table: 1, row: row, column: column)),
        isCovered: covered)
    }
    func row(_ number: Int, _ texts: [String], covered: Set<Int> = []) -> TableRow {
      TableRow(
        cells: texts.enumerated().map { cell($0.element, number, $0.offset + 1, covered: covered.contains($0.offset)) },
        isHeader: number <= 2, location: SourceLocation(file: "a.docx", paragraph: 10))
    }
    let table = Table(
      rows: [
        row(
          1, ["STT", "Tên nhiệm vụ", "Chủ đầu tư", "Mục tiêu", "Thời gian thực hiện", "Tổng mức đầu tư (tỷ đồng)", "Nguồn vốn", ""],
          covered: [7]),
        row(2, ["", "", "", "", "", "", "NSTW", "NSĐP"], covered: [0, 1, 2, 3, 4, 5]),
        row(3, ["1", "Nâng cấp mạng LAN", "Văn phòng", "Kết nối", "2022", "1,5", "0,5", "1"]),
      ], number: 1)
    let document = PlanDocument(
      file: "a.docx", format: .docx,
      blocks: [Block(kind: .table, text: "", location: SourceLocation(file: "a.docx", paragraph: 10), table: table)])
    let list = try #require(ProjectList.all(in: document).first)
    #expect(list.unit.unit == .billion)
    #expect(list.sourceAmountColumns.map(\.name) == ["NSTW", "NSĐP"])
    #expect(list.tasks.first?.amount(list.column(.total)) == .value(1500))
    let summary = try #require(BudgetSummary(lists: [list], vocabulary: SecurityVocabulary(terms: [])))
    #expect(summary.bySource.map(\.amount) == [500, 1000])
  }

  @Test func listsAssessingThePastAreNotPlanned() {
    let table = """
      | TT | Tên dự án | Chủ đầu tư | Mục tiêu | Thời gian | Tổng mức đầu tư | Nguồn vốn |
      |---|---|---|---|---|---|---|
      | 1 | Mạng LAN | Văn phòng | Kết nối | 2016-2018 | 900 | NSĐP |

      """
    let document = TestSupport.markdown(
      "# Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016-2020\n\n" + table
        + "# Phần II. NỘI DUNG KẾ HOẠCH\n\n## IV. NHIỆM VỤ\n\nd) Hằng năm, kiểm tra, đánh giá an toàn thông tin.\n\n"
        + table.replacingOccurrences(of: "2016-2018", with: "2022"))
    let outline = Outline(document: document)
    #expect(ProjectList.all(in: document).count == 2)
    let planned = ProjectList.planned(in: document, outline: outline)
    #expect(planned.count == 1)
    #expect(planned.first?.tasks.first?.text(planned.first?.column(.timeFrame)) == "2022")
  }

  @Test func ignoresTablesThatAreNotProjectLists() {
    let document = TestSupport.markdown("| Chỉ tiêu | Năm 2019 | Năm 2020 |\n|---|---|---|\n| Máy tính | 120 | 150 |\n")
    #expect(ProjectList.all(in: document).isEmpty)
  }

  @Test func theSamePlanInBillionsGivesTheSameFigures() throws {
    let linter = try TestSupport.linter()
    let million = try #require(
      linter.budgetSummary(for: try DocumentLoader().load(TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-5-nam-2021-2025.md")))
    let billion = try #require(
      linter.budgetSummary(
        for: try DocumentLoader().load(TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-5-nam-2021-2025-ty-dong.md")))
    #expect(million.writtenUnit == .million)
    #expect(billion.writtenUnit == .billion)
    #expect(million.total == 15_200)
    #expect(billion.total == million.total)
    #expect(million.security == 2_150)
    #expect(billion.security == million.security)
    #expect(billion.securityShare == million.securityShare)
    #expect(billion.bySource == million.bySource)
    // The camera system ("camera giám sát") is IoT, not security.
    #expect(million.securityTasks.count == 2)
  }

  @Test func theReportCarriesTheBudgetFigures() throws {
    let report = try TestSupport.linter().lint(file: TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-5-nam-2021-2025.md")
    let budget = try #require(report.summary?.budget)
    #expect(budget.total == 15_200)
    #expect(budget.securityAmount == 2_150)
    #expect(abs((budget.securityShare ?? 0) - 2_150.0 / 15_200.0) < 1e-6)
    #expect(budget.perSource["NS tỉnh"] == 4_850)
    // No year columns: each task spread over its time frame, adding up to the total.
    #expect(budget.perYear.keys.sorted() == [2021, 2022, 2023, 2024, 2025])
    #expect(abs(budget.perYear.values.reduce(0, +) - 15_200) < 0.01)
  }

  @Test(arguments: [
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", UnitLevel.province), ("UBND TỈNH QUẢNG NGÃI", .province),
    ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", .ministry), ("SỞ Y TẾ", .department), ("ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG", .district),
    ("UBND THÀNH PHỐ QUẢNG NGÃI", .district), ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", .province),
  ])
  func infersTheUnitLevel(_ body: String, _ level: UnitLevel) {
    #expect(UnitLevel.infer(issuingBody: VietnameseFolding.titleKey(body)) == level)
  }

  @Test func theLowerHeaderLineIsTheIssuingBody() {
    let document = TestSupport.markdown(
      "**ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**\n\n**SỞ Y TẾ**\n\nSố: 12/KH-SYT\n\nQuảng Ngãi, ngày 1 tháng 9 năm 2020\n\n# KẾ HOẠCH\n")
    #expect(UnitLevel.infer(from: document) == .department)
  }
}

/// The spending kinds' specs are strict: typos and wrong values are errors, not ignored.
@Suite struct SpendingSpecTests {
  @Test(arguments: [
    ("project-time-frame", "periode: [2021, 2025]\n"),
    // The dates moved to the profile (`draft-deadlines` in pack.yml): the old key is unknown.
    ("plan-deadline", "deadlines: {bo: 15/9/2020}\n"),
    ("security-spending-share", "minimum-percent: 10\nsecurity-term: [ATTT]\n"),
    ("project-row-completeness", "fields: [lead-unit, budget]\n"),
  ])
  func badSpecIsAnError(_ kind: String, _ spec: String) {
    #expect(throws: KeHoachLintError.self) { try RuleExampleTests.makeRule(kind: kind, spec: spec) }
  }

  @Test(arguments: ["by-level: {xa: 15/9/2020}", "by-level: {bo: 31/9/2020}", "by-level: {bo: 15/9/2020}\n  sources: {}"])
  func badDraftDeadlinesAreAnError(_ fields: String) {
    let yaml = "draft-deadlines:\n  source: {document: Công văn 2606/BTTTT-THH}\n  \(fields)\n"
    #expect(throws: (any Error).self) { try TestSupport.profile(adding: yaml) }
  }

  @Test func draftDeadlinesAreProfileData() throws {
    let profile = try TestSupport.profile(
      adding: "draft-deadlines:\n  source: {document: Công văn 2606/BTTTT-THH, section: mục 2.b}\n  by-level: {bo: 15/9/2020}\n")
    #expect(profile.draftDeadlines?.byLevel[.ministry] == CivilDate(year: 2020, month: 9, day: 15))
    #expect(profile.draftDeadlines?.byLevel.count == 1)
    #expect(profile.draftDeadlines?.source.section == "mục 2.b")
  }

  @Test func everyBundledPackLoadsItsSpendingRules() throws {
    let packs = try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory)
    for id in ["phu-luc-i-2021-2025", "phu-luc-ii-2021", "bo-tinh-2021-2025", "bo-tinh-2021"] {
      let pack = try #require(packs.first { $0.profile.id == id })
      let rules = try pack.rules()
      #expect(rules.contains { $0.info.kind == "security-spending-share" }, "\(id)")
      #expect(rules.contains { $0.info.kind == "plan-deadline" }, "\(id)")
    }
  }
}

/// The guidance's own sample (Phụ lục I, Phần II, mục IX) as a Markdown table: split over two
/// pages with the header repeated, the first row's objective broken by the page, "Nguồn vốn"
/// over two untitled columns, and no "mới/chuyển tiếp" column.
@Suite struct GuidanceSampleTableTests {
  static let sample = """
    ## IX. Danh mục nhiệm vụ, dự án

    ĐVT: triệu đồng

    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mục tiêu đầu tư | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn | |
    |---|---|---|---|---|---|---|---|
    | 1 | Xây dựng CSDL văn bản huyện | Văn phòng huyện | Đăng tải văn bản do UBND huyện, UBND xã và các phòng ban thuộc huyện ban hành phục vụ tra cứu | 2022 | 500 | Chi thường xuyên | NSDP |

    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mục tiêu đầu tư | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn | |
    |---|---|---|---|---|---|---|---|
    | | | | CC-CV và nhân dân | | | | |
    | 2 | Xây dựng hệ thống Hội nghị truyền hình huyện | Văn phòng huyện | Phục vụ họp, hội nghị, tập huấn qua mạng | 2022-2023 | 4.000 | Chi ĐTPT | NS Tỉnh |

    """

  @Test func readsTheSample() throws {
    let document = TestSupport.markdown(Self.sample)
    let list = try #require(ProjectList.all(in: document).first)
    #expect(list.unit.unit == .million)
    #expect(list.columns(.source).count == 2)
    #expect(list.tasks.count == 2)
    #expect(list.tasks[0].text(list.column(.objective)).hasSuffix("tra cứu\nCC-CV và nhân dân"))
    let summary = try #require(BudgetSummary(lists: [list], vocabulary: SecurityVocabulary(terms: [])))
    #expect(summary.total == 4_500)
    #expect(summary.bySource.map(\.label) == ["Chi thường xuyên – NSDP", "Chi ĐTPT – NS Tỉnh"])
  }

  @Test func theSampleLacksOnlyTheNewOrContinuingColumn() throws {
    let document = TestSupport.markdown(Self.sample)
    let rule = try RuleExampleTests.makeRule(kind: "project-row-completeness", spec: "")
    let context = RuleContext(
      document: document, outline: Outline(document: document), profile: TestSupport.testProfile,
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
    let findings = rule.check(context)
    #expect(findings.count == 1)
    #expect(findings.first?.message.vi.contains("mới hay chuyển tiếp") == true)
  }
}

import Foundation
import Testing

@testable import KeHoachLint

/// Issue 14, "Numbers read right": two-row headers with kinds of spending and group rows, the
/// plan's own statement of its security spending, security as a purpose (not an IOC, not
/// public-order cameras), exact decimals in the budget JSON, rows without a source.
@Suite struct NumbersReadRightTests {
  /// A Sở annual plan's list: "Dự kiến kinh phí năm 2021" over "Chi ĐTPT | Chi thường xuyên"
  /// (flattened as Markdown and pandoc write a merged cell: the title repeated), group rows
  /// with their subtotals, no total column.
  static func spendingTypeList(totalRecurrent: String = "1.210") -> String {
    """
    ## V. Kinh phí thực hiện

    Tổng kinh phí dự kiến năm 2021 là 5.330 triệu đồng, gồm chi đầu tư phát triển 4.120 triệu đồng và chi thường xuyên 1.210 triệu đồng.

    ## VII. Danh mục nhiệm vụ, dự án

    ĐVT: triệu đồng

    | TT | Tên nhiệm vụ, dự án | Đơn vị chủ trì | Mục tiêu | Thời gian thực hiện | Dự kiến kinh phí năm 2021 | Dự kiến kinh phí năm 2021 | Nguồn vốn |
    |---|---|---|---|---|---|---|---|
    |  |  |  |  |  | Chi ĐTPT | Chi thường xuyên |  |
    | A | Nhiệm vụ chuyển tiếp |  |  |  | 3.200 | 830 |  |
    | 1 | Xây dựng cơ sở dữ liệu đất đai | Văn phòng Đăng ký đất đai | Dữ liệu của 02 huyện | 2021 | 3.200 |  | NS tỉnh |
    | 2 | Duy trì cơ sở dữ liệu tài nguyên và môi trường | Trung tâm CNTT | Dữ liệu được cập nhật | 2021 |  | 450 | NS tỉnh |
    | 3 | Thuê dịch vụ giám sát an toàn thông tin | Trung tâm CNTT | Máy chủ được giám sát | 2021 |  | 380 | NS tỉnh |
    | B | Nhiệm vụ mới |  |  |  | 920 | 380 |  |
    | 4 | Nâng cấp trạm quan trắc tự động | Trung tâm Quan trắc | Dữ liệu truyền tự động | 2021 | 500 |  | NS tỉnh |
    | 5 | Triển khai mô hình 4 lớp | Trung tâm CNTT | Hệ thống được trang bị tường lửa | 2021 | 420 |  | NS tỉnh |
    | 6 | Số hóa hồ sơ thủ tục hành chính | Văn phòng Sở | 30% kết quả được số hóa | 2021 |  | 380 | NS tỉnh |
    |  | Tổng cộng |  |  |  | 4.120 | \(totalRecurrent) |  |

    """
  }

  static func context(_ document: PlanDocument, profile: String = "security-terms: [an toàn thông tin, mô hình 4 lớp]\n") throws
    -> RuleContext
  {
    RuleContext(
      document: document, outline: Outline(document: document), profile: try TestSupport.profile(adding: profile),
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
  }

  @Test func kindsOfSpendingUnderATwoRowHeaderAddUpPerColumnAndOverall() throws {
    let document = TestSupport.markdown(Self.spendingTypeList())
    let list = try #require(ProjectList.all(in: document).first)
    #expect(list.spendingTypeColumns.map(\.name) == ["Chi ĐTPT", "Chi thường xuyên"])
    #expect(list.column(.total) == nil)
    // "A. Nhiệm vụ chuyển tiếp" and "B. Nhiệm vụ mới" are groups: their subtotals are not tasks.
    #expect(list.tasks.map { $0.text(list.column(.index)) } == ["1", "2", "3", "4", "5", "6"])
    #expect(list.tasks[1].groupStatus == "Chuyển tiếp")
    #expect(list.tasks[4].groupStatus == "Mới")
    let summary = try #require(BudgetSummary(lists: [list], vocabulary: SecurityVocabulary(terms: ["an toàn thông tin", "mô hình 4 lớp"])))
    #expect(summary.total == 5330)
    #expect(summary.security == 800)
    #expect(summary.statedTotal == 5330)

    let totals = try RuleExampleTests.makeRule(kind: "project-totals", spec: "sections: [Kinh phí thực hiện]\n")
    #expect(totals.check(try Self.context(document)).isEmpty)
    let share = try RuleExampleTests.makeRule(kind: "security-spending-share", spec: "minimum-percent: 10\nper-year: false\n")
    #expect(share.check(try Self.context(document)).isEmpty)

    // A wrong "Chi thường xuyên" total is reported in that column, and only there.
    let wrong = TestSupport.markdown(Self.spendingTypeList(totalRecurrent: "1.310"))
    let findings = totals.check(try Self.context(wrong))
    #expect(findings.count == 1)
    #expect(findings.first?.message.vi.contains("Chi thường xuyên") == true)
    #expect(findings.first?.message.vi.contains("1.210") == true)
  }

  /// The same header as Word writes it: "Dự kiến kinh phí năm 2021" spans two columns (the
  /// second cell covered), "TT", "Tên nhiệm vụ" … are merged down two rows.
  @Test func wordMergedTwoRowHeaderReadsTheSame() throws {
    func row(_ number: Int, _ texts: [String], covered: Set<Int> = []) -> TableRow {
      TableRow(
        cells: texts.enumerated().map { column, text in
          TableCell(
            text: text,
            location: SourceLocation(file: "a.docx", paragraph: 10, cell: TableCellAddress(table: 1, row: number, column: column + 1)),
            isCovered: covered.contains(column))
        }, isHeader: number <= 2, location: SourceLocation(file: "a.docx", paragraph: 10))
    }
    let table = Table(
      rows: [
        row(
          1, ["TT", "Tên nhiệm vụ, dự án", "Đơn vị chủ trì", "Mục tiêu", "Thời gian", "Dự kiến kinh phí năm 2021", "", "Nguồn vốn"],
          covered: [6]),
        row(2, ["", "", "", "", "", "Chi ĐTPT", "Chi thường xuyên", ""], covered: [0, 1, 2, 3, 4, 7]),
        row(3, ["A", "Nhiệm vụ chuyển tiếp", "", "", "", "1.000", "300", ""]),
        row(4, ["1", "Nâng cấp mạng LAN", "Văn phòng", "Kết nối", "2021", "1.000", "", "NS tỉnh"]),
        row(5, ["2", "Giám sát an toàn thông tin", "Văn phòng", "Phòng, chống mã độc", "2021", "", "300", "NS tỉnh"]),
        row(6, ["", "Tổng cộng", "", "", "", "1.000", "300", ""]),
      ], number: 1)
    let document = PlanDocument(
      file: "a.docx", format: .docx,
      blocks: [Block(kind: .table, text: "", location: SourceLocation(file: "a.docx", paragraph: 10), table: table)])
    let list = try #require(ProjectList.all(in: document).first)
    #expect(list.spendingTypeColumns.map(\.name) == ["Chi ĐTPT", "Chi thường xuyên"])
    #expect(list.tasks.count == 2)
    let summary = try #require(BudgetSummary(lists: [list], vocabulary: SecurityVocabulary(terms: ["an toàn thông tin"])))
    #expect(summary.total == 1300)
    #expect(summary.security == 300)
    #expect(summary.statedTotal == 1300)
  }

  /// A list whose rows name no security item, and a text stating a share below the minimum:
  /// the plan's own words are a finding; a commitment ("dành tối thiểu 10%") is not a statement.
  @Test func aStatedShareBelowTheMinimumIsAFindingEvenWhenNoRowIsSecurity() throws {
    let markdown = """
      ## IV. Giải pháp

      Dành tối thiểu 10% kinh phí ứng dụng CNTT cho an toàn thông tin.

      ## V. Kinh phí thực hiện

      Tổng kinh phí năm 2021 là 4.000 triệu đồng. Kinh phí cho an toàn thông tin chiếm 7,5% tổng kinh phí.

      ## VII. Danh mục nhiệm vụ, dự án

      | TT | Tên nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian | Kinh phí | Nguồn vốn |
      |---|---|---|---|---|---|
      | 1 | Nâng cấp mạng LAN | Văn phòng | 2021 | 4.000 | NS tỉnh |

      """
    let rule = try RuleExampleTests.makeRule(
      kind: "security-spending-share", spec: "minimum-percent: 10\nper-year: false\nsections: [Kinh phí thực hiện]\n")
    let findings = rule.check(try Self.context(TestSupport.markdown(markdown)))
    let low = findings.filter { $0.message.vi.contains("“7,5%”") && $0.message.vi.contains("tối thiểu phải 10%") }
    #expect(low.count == 1)
    #expect(low.first?.severity == .error)
    #expect(low.first?.location.line == 7)
    #expect(!findings.contains { $0.location.line == 3 }, "a commitment is not the plan's figure")
  }

  @Test func aStatedAmountOrShareTheRowsDoNotGiveIsAWarning() throws {
    let statement = "Kinh phí cho các nhiệm vụ bảo đảm an toàn thông tin là 500 triệu đồng, chiếm 12,5% tổng kinh phí."
    func markdown(_ text: String) -> String {
      Self.spendingTypeList().replacingOccurrences(
        of: "chi thường xuyên 1.210 triệu đồng.", with: "chi thường xuyên 1.210 triệu đồng.\n\n" + text)
    }
    let rule = try RuleExampleTests.makeRule(
      kind: "security-spending-share", spec: "minimum-percent: 10\nper-year: false\nsections: [Kinh phí thực hiện]\n")
    // 500 and 12,5% against 800 (15%) in the rows: one warning naming both figures.
    let findings = rule.check(try Self.context(TestSupport.markdown(markdown(statement))))
    #expect(findings.count == 1)
    #expect(findings.first?.severity == .warning)
    #expect(findings.first?.message.vi.contains("800 triệu đồng") == true)
    // The figures the rows give (800, 15%) raise nothing.
    let agreeing = "Kinh phí cho các nhiệm vụ bảo đảm an toàn thông tin là 800 triệu đồng, chiếm 15% tổng kinh phí."
    #expect(rule.check(try Self.context(TestSupport.markdown(markdown(agreeing)))).isEmpty)
  }

  /// The bundled packs' vocabulary: a city operations centre and public-order cameras are not
  /// security spending; a SOC or a monitoring service is.
  @Test(arguments: ["phu-luc-i-2021-2025", "phu-luc-ii-2021", "bo-tinh-2021-2025", "bo-tinh-2021"])
  func securityIsWhatProtectsInformation(_ packID: String) throws {
    let packs = try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory)
    let vocabulary = try #require(packs.first { $0.profile.id == packID }?.profile.securityVocabulary)
    let markdown = """
      | TT | Tên nhiệm vụ, dự án | Đơn vị chủ trì | Mục tiêu | Thời gian | Kinh phí | Nguồn vốn |
      |---|---|---|---|---|---|---|
      | 1 | Trung tâm giám sát, điều hành đô thị thông minh (IOC) | Sở TT&TT | Giám sát, điều hành tập trung, bảo đảm an toàn thông tin | 2022 | 28.000 | NSĐP |
      | 2 | Lắp đặt camera giám sát an ninh, trật tự tại thị trấn | Công an huyện | Giám sát an ninh, trật tự | 2022 | 6.000 | NSĐP |
      | 3 | Xây dựng Trung tâm giám sát, điều hành an toàn thông tin mạng (SOC) | Sở TT&TT | Giám sát tập trung các hệ thống | 2022 | 19.000 | NSĐP |
      | 4 | Thuê dịch vụ giám sát an toàn thông tin, phòng chống mã độc | Sở TT&TT | 100% máy trạm được bảo vệ | 2022 | 1.000 | NSĐP |
      | 5 | Thuê dịch vụ SOC cho Cổng dịch vụ công | Sở TT&TT | Phát hiện sớm tấn công | 2022 | 500 | NSĐP |
      | 6 | Nâng cấp hệ thống chăm sóc khách hàng | Sở TT&TT | Trả lời người dân | 2022 | 700 | NSĐP |

      """
    let list = try #require(ProjectList.all(in: TestSupport.markdown(markdown)).first)
    let summary = try #require(BudgetSummary(lists: [list], vocabulary: vocabulary))
    #expect(
      summary.securityTasks.map(\.name) == [
        "Xây dựng Trung tâm giám sát, điều hành an toàn thông tin mạng (SOC)",
        "Thuê dịch vụ giám sát an toàn thông tin, phòng chống mã độc", "Thuê dịch vụ SOC cho Cổng dịch vụ công",
      ])
    #expect(summary.security == 20500)
  }

  /// Figures spread over a multi-year time frame are estimates; amounts are exact decimals in
  /// JSON; rows without a source count under "không ghi nguồn".
  @Test func budgetFactsAreExactDecimalsAndSourcesAddUp() throws {
    let markdown = """
      | TT | Tên nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian | Kinh phí | Nguồn vốn |
      |---|---|---|---|---|---|
      | 1 | Nâng cấp mạng LAN | Văn phòng | 2021-2023 | 1.000 | NSĐP |
      | 2 | Giám sát an toàn thông tin | Văn phòng | 2021 | 141,447 | NSĐP |
      | 3 | Số hóa hồ sơ | Văn phòng | 2022 | 858,553 |  |

      """
    let list = try #require(ProjectList.all(in: TestSupport.markdown(markdown)).first)
    let summary = try #require(BudgetSummary(lists: [list], vocabulary: SecurityVocabulary(terms: ["an toàn thông tin"])))
    let facts = summary.facts
    #expect(facts.perYearIsDerived)
    #expect(facts.perSource == ["NSĐP": 1141.447, BudgetSummary.unsourced: 858.553])
    #expect(summary.bySource.map(\.amount).reduce(0, +) == summary.total)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = try #require(String(data: try encoder.encode(facts), encoding: .utf8))
    #expect(json.contains("\"securityShare\":0.070724"))
    #expect(json.contains("\"2021\":474.780333"))
    #expect(json.contains("\"total\":2000"))
    // No binary-fraction tails ("…00000000002", "…99999999998").
    #expect(json.range(of: #"\d\.\d*(0{6,}|9{6,})\d"#, options: .regularExpression) == nil, "\(json)")
    // The JSON reads back to the same figures.
    #expect(try JSONDecoder().decode(BudgetFacts.self, from: Data(json.utf8)) == facts)
  }
}

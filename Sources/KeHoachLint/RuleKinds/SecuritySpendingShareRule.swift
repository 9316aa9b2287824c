import Foundation

/// At least a set share (10%) of the plan's spending goes to information security products and
/// services: the tasks of the project list that are security items, by name or objective,
/// against the list's total, overall and for each year the list gives amounts for. The words
/// that make a security item are the profile's (`security-terms` in `pack.yml`), which the
/// report's budget facts count with too.
public struct SecuritySpendingShareRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var minimumPercent: Decimal
    public var perYear: Bool
    /// Sections stating the plan's total and security amounts in words ("Kinh phí thực hiện"),
    /// used when the plan has no project list.
    public var sections: SectionScope

    enum CodingKeys: String, CodingKey, CaseIterable {
      case minimumPercent = "minimum-percent", perYear = "per-year", sections
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      minimumPercent = Decimal(try container.decode(Double.self, forKey: .minimumPercent))
      perYear = try container.decodeIfPresent(Bool.self, forKey: .perYear) ?? true
      sections = try container.decodeIfPresent(SectionScope.self, forKey: .sections) ?? SectionScope([])
    }
  }

  static let table = """
    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
    |---|---|---|---|---|---|
    | 1 | Nâng cấp mạng LAN | Văn phòng | 2022 | 9.000 | NSĐP |
    | 2 | Giám sát an toàn thông tin | Văn phòng | 2023 | SECURITY | NSĐP |

    """

  public static let description = RuleDescription(
    kind: "security-spending-share",
    title: LocalizedText(
      vi: "Kinh phí an toàn thông tin đạt tỷ lệ tối thiểu", en: "Information security spending reaches the minimum share"),
    rationale: LocalizedText(
      vi:
        "Hướng dẫn yêu cầu tỷ lệ kinh phí chi cho sản phẩm, dịch vụ an toàn thông tin mạng đạt tối thiểu 10% tổng kinh phí kế hoạch hằng năm, 5 năm và các dự án CNTT; người thẩm định cộng các dòng an toàn thông tin trong danh mục và chia cho tổng.",
      en:
        "The guidance requires at least 10% of the spending of the annual and five-year plans and of each IT project to go to information security products and services; reviewers add up the security rows of the list and divide by the total."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown: "ĐVT: triệu đồng\n\n" + table.replacingOccurrences(of: "SECURITY", with: "1.000"),
        spec: "minimum-percent: 10\n", profile: "security-terms: [an toàn thông tin, ATTT]\n"),
      RuleExample(
        markdown:
          "## V. Kinh phí thực hiện\n\nTổng kinh phí: 4.000 triệu đồng; kinh phí bảo đảm an toàn thông tin là ↓300 triệu đồng.\n",
        spec: "minimum-percent: 10\nsections: [Kinh phí thực hiện]\n", profile: "security-terms: [an toàn thông tin]\n"),
      RuleExample(
        markdown: "ĐVT: triệu đồng\n\n" + table.replacingOccurrences(of: "SECURITY", with: "700")
          + "| | Tổng cộng | | | ↓9.700 | |\n",
        spec: "minimum-percent: 10\n", profile: "security-terms: [an toàn thông tin, ATTT]\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    // A framework without security words sets no share to check.
    guard let vocabulary = context.profile.securityVocabulary else { return [] }
    let statements = securityStatements(context, vocabulary: vocabulary)
    let lists = context.plannedProjectLists
    guard let last = lists.last, let summary = context.analysis.budget, let security = summary.security, summary.total > 0 else {
      // The amounts stated, else the share stated (one finding for one statement).
      let computed = checkStatedAmounts(context, vocabulary: vocabulary)
      return computed.isEmpty ? checkStatements(statements, table: nil, context: context) : computed
    }
    let totalRow = last.totalRows.last
    let blockIndex = last.blockIndices.last
    var findings: [Finding] = []
    if let share = summary.securityShare, share < spec.minimumPercent {
      let message = Messages.securityShareLow(
        security: security, total: summary.total, minimum: spec.minimumPercent, year: nil, source: info.source)
      findings.append(context.finding(info, message, at: Self.totalLocation(of: last), blockIndex: blockIndex))
    }
    findings += checkStatements(statements, table: (security, summary.total, summary.byYear.count > 1), context: context)
    guard spec.perYear, lists.count == 1, !summary.byYearIsProRata else { return findings }
    for line in summary.byYear where line.amount > 0 {
      guard let year = Int(line.label), let share = BudgetSummary.percent(line.security, of: line.amount),
        share < spec.minimumPercent, let column = last.yearColumns.first(where: { $0.year == year })?.column
      else { continue }
      let location = totalRow?.cell(column)?.contentLocation ?? column.location
      let message = Messages.securityShareLow(
        security: line.security, total: line.amount, minimum: spec.minimumPercent, year: year, source: info.source)
      findings.append(context.finding(info, message, at: location, blockIndex: blockIndex))
    }
    return findings
  }

  /// Where the list's overall figure is: the total row's total cell, else its first amount
  /// ("Chi ĐTPT | Chi thường xuyên" without a total column), else the header.
  static func totalLocation(of list: ProjectList) -> SourceLocation {
    let columns = (list.column(.total).map { [$0] } ?? []) + list.amountColumns
    if let row = list.totalRows.last,
      let cell = columns.lazy.compactMap({ row.cell($0) }).first(where: { !$0.text.trimmingWhitespace().isEmpty })
    {
      return cell.contentLocation
    }
    return list.column(.total)?.location ?? list.headerLocation
  }

  /// What the plan says it spends on security in the rule's sections.
  private func securityStatements(_ context: RuleContext, vocabulary: SecurityVocabulary) -> [SecurityStatement] {
    guard let section = spec.sections.section(in: context.outline) else { return [] }
    return section.body.flatMap { blockIndex -> [SecurityStatement] in
      let block = context.document.blocks[blockIndex]
      guard block.kind != .table else { return [] }
      return SecurityStatement.all(in: block.text, blockIndex: blockIndex, vocabulary: vocabulary)
    }
  }

  /// The plan's own words: a stated share below the minimum is a finding whatever the rows
  /// say (the plan admits it); a stated amount or share the list's security rows do not give
  /// is a warning (the rows are classified by words, so the reviewer decides which is right).
  /// `table` is the list's security amount and total, and whether it spans several years.
  private func checkStatements(
    _ statements: [SecurityStatement], table: (security: Decimal, total: Decimal, multiYear: Bool)?, context: RuleContext
  ) -> [Finding] {
    var findings: [Finding] = []
    let tableShare = table.flatMap { BudgetSummary.percent($0.security, of: $0.total) }
    for statement in statements {
      let block = context.document.blocks[statement.blockIndex]
      guard let start = statement.start else { continue }
      let location = block.location(at: start)
      // A sentence about one year of a multi-year list is a part, not the plan's figure.
      if statement.years.count == 1, table?.multiYear == true { continue }
      var agrees = true
      if let table, let amount = statement.amount, abs(amount.millions - table.security) > amount.tolerance { agrees = false }
      if let tableShare, let share = statement.share, abs(share - tableShare) > statement.shareTolerance { agrees = false }
      if let share = statement.share, share < spec.minimumPercent, !(agrees && tableShare.map { $0 < spec.minimumPercent } == true) {
        let message = Messages.statedSecurityShareLow(
          written: statement.shareWritten ?? "", minimum: spec.minimumPercent, source: info.source)
        findings.append(context.finding(info, message, at: location, blockIndex: statement.blockIndex))
      }
      if let table, let tableShare, !agrees {
        let message = Messages.statedSecurityDiffers(
          amount: statement.amount?.written, share: statement.shareWritten, tableSecurity: table.security,
          tableShare: tableShare)
        var finding = context.finding(info, message, at: location, blockIndex: statement.blockIndex)
        finding.severity = min(finding.severity, .warning)
        findings.append(finding)
      }
    }
    return findings
  }

  /// Without a project list: the security amount and the total the text states ("Tổng kinh
  /// phí: 15.200 triệu đồng … an toàn thông tin là 1.064 triệu đồng"); a stated share is
  /// checked on its own (`checkStatements`).
  private func checkStatedAmounts(_ context: RuleContext, vocabulary: SecurityVocabulary) -> [Finding] {
    guard let section = spec.sections.section(in: context.outline) else { return [] }
    let range = section.body
    guard let total = AmountBreakdown(document: context.document, range: range, ignoring: []).statements.first?.total,
      total.millions > 0
    else { return [] }
    for blockIndex in range where context.document.blocks[blockIndex].kind != .table {
      let block = context.document.blocks[blockIndex]
      for amount in StatedAmount.all(in: block.text) where vocabulary.matches(amount.label) {
        guard let share = BudgetSummary.percent(amount.millions, of: total.millions), share < spec.minimumPercent else { return [] }
        let message = Messages.securityShareLow(
          security: amount.millions, total: total.millions, minimum: spec.minimumPercent, year: nil, source: info.source)
        return [context.finding(info, message, at: block.location(at: amount.range.lowerBound), blockIndex: blockIndex)]
      }
    }
    return []
  }
}
